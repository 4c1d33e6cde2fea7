/**
 * An anniversary report names its pair of countries once and then writes "the
 * 75th anniversary of diplomatic relations between the two countries" (Việt Nam
 * News, blind-vnru-29, 404): with both of the event's countries named, that
 * keyword in the lede names the event as its alias would. The same words of
 * another pair of countries, a clause before the keyword ("when the two
 * countries are celebrating"), or one background sentence tag nothing.
 */
import { describe, expect, it } from "vitest";
import { eventsOf } from "./event-tagging.ts";

const ANNIVERSARY = "vietnam-russia-relations-75th-anniversary";

describe("the 75th anniversary written of `the two countries` (Việt Nam News, blind-vnru-29, 404)", () => {
  it("tags the embassy's ceremony whose lede says `between the two countries`", () => {
    expect(
      eventsOf(
        "2025-02-28",
        "Việt Nam – Russia diplomatic ties observed in Moscow",
        "MOSCOW — On Thursday the Vietnamese Embassy in Russia held a grand ceremony to celebrate the 75th anniversary of diplomatic relations between the two countries.",
        "Ambassador Đặng Minh Khôi spoke of the trustworthy friendship of the two countries over the past 75 years.",
      ),
    ).toContain(ANNIVERSARY);
  });

  it("does not tag the same words said of Việt Nam and China", () => {
    expect(
      eventsOf(
        "2025-02-28",
        "Việt Nam – China diplomatic ties observed in Beijing",
        "BEIJING — On Thursday the Vietnamese Embassy in China held a grand ceremony to celebrate the 75th anniversary of diplomatic relations between the two countries.",
        "The ambassador spoke of the friendship of the two countries over the past 75 years.",
      ),
    ).not.toContain(ANNIVERSARY);
  });

  it("does not tag one background sentence of a report on something else", () => {
    expect(
      eventsOf(
        "2025-09-10",
        "Russian university opens a Vietnamese language centre",
        "A Vietnamese language centre opened at the federal university in Kazan on Wednesday, with classes for students of economics, history and engineering from the coming autumn term, the university said.",
        "In January Việt Nam and Russia marked the 75th anniversary of diplomatic relations between the two countries.",
        "Ambassador Đặng Minh Khôi cut the ribbon.",
      ),
    ).not.toContain(ANNIVERSARY);
  });

  it("does not tag a visit that `takes place when the two countries are celebrating` the anniversary", () => {
    expect(
      eventsOf(
        "2025-01-15",
        "Party leader receives Russian Prime Minister",
        "During the reception the Party General Secretary stressed the significance of Mishustin's visit, saying that it takes place at a time when the two countries are celebrating the 75th anniversary of diplomatic relations, and is his first visit to Việt Nam as Russia's Prime Minister.",
      ),
    ).not.toContain(ANNIVERSARY);
  });

  it("does not take a keyword with no number (`cooperation between the two countries`) for a naming", () => {
    expect(
      eventsOf(
        "2025-02-28",
        "Russia and Việt Nam review their cooperation",
        "The ministers praised the military-technical cooperation between the two countries.",
        "Ambassador Đặng Minh Khôi attended the meeting in Moscow.",
      ),
    ).not.toContain(ANNIVERSARY);
  });
});
