import { describe, expect, it } from "vitest";
import { planEntry, type PlanContext } from "../../src/ingest/plan-entry.ts";
import { LONG_BODY_CHARACTERS } from "../../src/content/entry-schema.ts";
import { compileTaxonomy } from "../../src/taxonomy/tag-article.ts";

const context: PlanContext = {
  matcher: compileTaxonomy({ people: [], events: [], topics: [] }),
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
