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

describe("a date marker that gives only the month", () => {
  const parse = (text: string) => parseSource(text, { today: "2026-12-03", eventSpans: () => [] });

  it("takes the day of that month the text reports (Báo Hà Tĩnh: ` date 2021-08` and `chiều 3/8`)", () => {
    const text = ` date 2021-08 Thủ tướng đề nghị phía Nga ưu tiên để Việt Nam sớm nhận được vaccine

Tại trụ sở Chính phủ chiều 3/8, Thủ tướng Phạm Minh Chính đã tiếp Đại sứ Liên bang Nga Bezdetko.`;
    expect(parse(text)).toMatchObject({
      date: "2021-08-03",
      dateInferred: true,
      title: "Thủ tướng đề nghị phía Nga ưu tiên để Việt Nam sớm nhận được vaccine",
    });
  });

  it("takes the month's first day, with a warning, when the text reports no day of it", () => {
    const parsed = parse(` date 2024-06 Đi cùng Tổng thống Putin có Bộ trưởng Ngoại giao Sergei Lavrov.

Đoàn còn có lãnh đạo nhiều bộ, ngành và tập đoàn của Nga, trong đó có 3/2 đại diện.`);
    expect(parsed.date).toBe("2024-06-01");
    expect(parsed.problems.map((problem) => problem.rule)).toContain("source-date-uncertain");
  });

  it("keeps a full date line of the page when it falls in that month", () => {
    expect(parse(` date 2024-06\nPutin arrives in Hanoi\nJune 20, 2024\nPresident Vladimir Putin arrived in Hanoi for talks.`).date).toBe(
      "2024-06-20",
    );
  });
});
