/**
 * The date rules on small pages printed as real sites print them
 * (fixtures/dated-pages.ts): the publication date wins over page clocks,
 * widgets, related links, footers and archive photos, and a page without a
 * usable date is refused with the message that says how to date it.
 */
import { describe, expect, it } from "vitest";
import { HOW_TO_DATE } from "../../src/ingest/date-line.ts";
import { parseSource } from "../../src/ingest/parse-source.ts";
import { DATED_PAGES } from "./fixtures/dated-pages.ts";

describe("the publication date of pages as sites print them", () => {
  it.each(DATED_PAGES.map((page) => [page.name, page] as const))("%s", (_name, page) => {
    const parsed = parseSource(page.text, { today: "2026-12-03", eventSpans: () => page.events ?? [] });
    expect(parsed.date, page.style).toBe(page.date);
    if (page.date === undefined) {
      const refusal = parsed.problems.find((problem) => problem.rule === "source-no-date");
      expect(refusal?.message).toContain(HOW_TO_DATE);
    }
  });
});
