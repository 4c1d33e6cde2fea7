import { beforeAll, describe, expect, it } from "vitest";
import { planEntry, type PlanContext } from "../../src/ingest/plan-entry.ts";
import { loadTaxonomy } from "../../src/taxonomy/load-taxonomy.ts";
import { LONG_BODY_CHARACTERS } from "../../src/content/entry-schema.ts";
import { compileTaxonomy } from "../../src/taxonomy/tag-article.ts";

const context: PlanContext = {
  matcher: compileTaxonomy({ people: [], events: [], topics: [], organisations: [], places: [] }),
  taxonomyHash: "test",
  today: "2026-01-01",
};

const PARAGRAPH = "One paragraph of the report, about as long as those of wire copy.";

/** A dated source with a title and `count` paragraphs. */
const report = (count: number): string => `date 2025-01-14\nA long report from the archive\n\n${`${PARAGRAPH}\n\n`.repeat(count)}`;

describe("planEntry and a long body", () => {
  it("writes the entry, with a warning that names the file, the body's length and the limit", () => {
    const { plan, problems } = planEntry("reports/long.txt", report(4_000), context);
    expect(plan!.body.length).toBeGreaterThan(LONG_BODY_CHARACTERS);
    expect(problems.filter((problem) => problem.rule === "source-long-body")).toEqual([
      {
        severity: "warning",
        rule: "source-long-body",
        file: "reports/long.txt",
        message: `its body is ${plan!.body.length.toLocaleString("en-US")} characters, over 200,000: check it is one article; its feed item carries only a summary`,
      },
    ]);
    expect(problems.some((problem) => problem.severity === "error")).toBe(false);
  });

  it("says nothing of a body up to the limit", () => {
    const { plan, problems } = planEntry("reports/under.txt", report(2_900), context);
    expect(plan!.body.length).toBeGreaterThan(LONG_BODY_CHARACTERS * 0.9);
    expect(plan!.body.length).toBeLessThanOrEqual(LONG_BODY_CHARACTERS);
    expect(problems.filter((problem) => problem.rule === "source-long-body")).toEqual([]);
  });
});

describe("planEntry and an event the taxonomy lacks", () => {
  let real: PlanContext;
  beforeAll(async () => {
    const { taxonomy, hash } = await loadTaxonomy("content/taxonomy");
    real = { matcher: compileTaxonomy(taxonomy), taxonomyHash: hash, today: "2026-12-01" };
  });

  const source = (title: string, lede: string) =>
    ` date 2026-01-27\n${title}\n\n${lede}\n\nThe two leaders agreed to keep in close contact.\n`;
  const eventWarnings = (text: string) =>
    planEntry("call.txt", text, real).problems.filter((found) => found.rule === "source-unknown-event");

  it("warns of a call the headline reports, with the day the lede states and the people tagged", () => {
    // People's Daily, 27 January 2026 (dev corpus 36), reworded.
    const text = source(
      "Xi holds phone talks with To Lam",
      "BEIJING, Jan. 26 (Xinhua) -- Chinese President Xi Jinping on Monday held phone talks with General Secretary To Lam.",
    );
    expect(eventWarnings(text)).toEqual([
      {
        severity: "warning",
        rule: "source-unknown-event",
        file: "call.txt",
        message:
          'its headline reports an event the taxonomy lacks: "Xi holds phone talks with To Lam" (2026-01-26, people: to-lam); add it to events.yaml to tag it',
      },
    ]);
    expect(planEntry("call.txt", text, real).unknownNames.event).toEqual({
      name: "Xi holds phone talks with To Lam",
      start: "2026-01-26",
      people: ["to-lam"],
    });
  });

  it("says nothing of a headline that reports no visit, meeting, talks, call, summit or anniversary", () => {
    // CPV Online, 23 November 2017 (dev corpus 20), reworded.
    const text = source(
      "PM: Vietnam always treasures special ties with Laos",
      "Prime Minister Nguyen Xuan Phuc said on Thursday that Vietnam treasures its ties with Laos.",
    );
    expect(eventWarnings(text)).toEqual([]);
  });

  it("says nothing when an event of the taxonomy was tagged", () => {
    const text = source(
      "General Secretary To Lam meets with Russian Prime Minister Mikhail Mishustin",
      "On May 8, at the Russian Government Headquarters in Moscow, General Secretary To Lam had a meeting with Russian Prime Minister Mikhail Mishustin.",
    ).replace("2026-01-27", "2025-05-09");
    expect(planEntry("meeting.txt", text, real).plan?.data.events).toEqual(["to-lam-russia-visit-victory-day-2025"]);
    expect(eventWarnings(text)).toEqual([]);
  });
});
