/**
 * Rules fitted to the thirty-fifth blind Việt Nam–Russia set (474–485): a day
 * written without its year, after an event the text writes out with its own
 * days. With the reworded real lines it was written for and lines it must not
 * match.
 */
import { describe, expect, it } from "vitest";
import { yearAfterEventWithItsDays } from "../../src/ingest/event-days-written.ts";
import type { EventSpan } from "../../src/ingest/relative-dates.ts";

const visit2024: EventSpan = {
  name: "Vladimir Putin's state visit to Việt Nam",
  start: { year: 2024, month: 6, day: 19 },
  end: { year: 2024, month: 6, day: 20 },
  anchorOnly: true,
};
const visit2013: EventSpan = {
  name: "Vladimir Putin's state visit to Việt Nam (2013)",
  start: { year: 2013, month: 11, day: 12 },
  end: { year: 2013, month: 11, day: 12 },
  anchorOnly: true,
};

describe("a day after an event the text writes with its days (blind-vnru-35, 476)", () => {
  const page = [
    "Deputy Prime Minister Tran Hong Ha on July 9 co-chairs an online meeting with and his Russian counterpart Dmitry Chernyshenko.",
    "At the meeting, Deputy PM Ha said Vietnamese ministries and agencies are busy putting into practice the outcomes of Russian President Vladimir Putin's state visit to Vietnam from June 19 - 20, paid at the invitation of Party General Secretary Nguyen Phu Trong.",
    "The two Deputy PMs weighed what both sides had achieved in carrying out the Minutes of the 24th meeting of the intergovernmental committee in April 2023.",
  ].join("\n");

  it("puts `July 9` in 2024, the year of the visit `from June 19 - 20`", () => {
    expect(yearAfterEventWithItsDays({ month: 7, day: 9 }, [visit2013, visit2024], page)).toBe(2024);
  });

  it("reads nothing when the event's days are not written, or the day comes before the event", () => {
    const noDays = page.replace(" from June 19 - 20", "");
    expect(yearAfterEventWithItsDays({ month: 7, day: 9 }, [visit2013, visit2024], noDays)).toBeUndefined();
    // A preview (`on June 5 … will pay a state visit from June 19 - 20`): the day is before the visit.
    expect(yearAfterEventWithItsDays({ month: 6, day: 5 }, [visit2024], page)).toBeUndefined();
    // Too long after the event to be looking back on it.
    expect(yearAfterEventWithItsDays({ month: 12, day: 30 }, [visit2024], page)).toBeUndefined();
  });
});
