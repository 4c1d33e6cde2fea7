import { describe, expect, it } from "vitest";
import { searchPartPath, searchParts } from "../../src/model/search-parts.ts";

/** Articles newest first, as in the archive model: `count` on each of `days`. */
function articles(days: Array<[date: string, count: number]>): Array<{ path: string; date: string }> {
  const list = days.flatMap(([date, count]) =>
    Array.from({ length: count }, (_, index) => ({ date, path: `/${date.slice(0, 4)}/${date.slice(5, 7)}/a-${date}-${index}/` })),
  );
  return list.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

const sizes = (parts: ReturnType<typeof searchParts>) => parts.map((part) => part.articles.length);

describe("searchParts", () => {
  it("keeps an archive within the limit in one part at /pagefind/, oldest first", () => {
    const parts = searchParts(
      articles([
        ["2024-01-02", 2],
        ["2025-03-04", 1],
      ]),
      5,
    );
    expect(parts).toHaveLength(1);
    expect(parts[0]!.path).toBe("/pagefind/");
    expect(parts[0]!.articles[0]).toMatch(/^\/2024\//);
    expect(parts[0]!.articles.at(-1)).toMatch(/^\/2025\//);
  });

  it("gives an empty archive one empty part, so the search page always finds a bundle", () => {
    expect(searchParts([], 5)).toMatchObject([{ path: "/pagefind/", articles: [] }]);
  });

  it("splits a bigger archive by year, oldest year first, numbering the parts after the first", () => {
    const parts = searchParts(
      articles([
        ["2023-05-01", 2],
        ["2024-01-02", 3],
        ["2025-03-04", 2],
      ]),
      5,
    );
    expect(sizes(parts)).toEqual([2, 3, 2]);
    expect(parts.map((part) => part.path)).toEqual(["/pagefind/", "/pagefind/part/2/", "/pagefind/part/3/"]);
  });

  it("splits a year over the limit by half-year, quarter, month, third of a month, then by day", () => {
    const parts = searchParts(
      articles([
        ["2024-01-10", 2],
        ["2024-02-10", 2],
        ["2024-05-10", 1],
        ["2025-01-01", 4],
        ["2025-01-02", 4],
      ]),
      5,
    );
    // 2024 (5) fits; 2025 (8) is over: its first half, Q1, January and 1–10 January (8) all are, so by day.
    expect(sizes(parts)).toEqual([5, 4, 4]);
  });

  it("cuts at the first unit that brings each run within the limit", () => {
    const sizesOf = (days: Array<[string, number]>) => sizes(searchParts(articles(days), 5));
    // Half-years: January–June and July–December.
    expect(
      sizesOf([
        ["2025-06-30", 3],
        ["2025-07-01", 3],
      ]),
    ).toEqual([3, 3]);
    // Quarters inside a half: March and April.
    expect(
      sizesOf([
        ["2025-03-31", 3],
        ["2025-04-01", 3],
      ]),
    ).toEqual([3, 3]);
    // Months inside a quarter: 31 January and 1 February.
    expect(
      sizesOf([
        ["2025-01-31", 3],
        ["2025-02-01", 3],
      ]),
    ).toEqual([3, 3]);
    // Thirds of a month: the 10th and the 11th, the 20th and the 21st; the 21st and the 31st stay together.
    expect(
      sizesOf([
        ["2025-01-10", 3],
        ["2025-01-11", 3],
      ]),
    ).toEqual([3, 3]);
    expect(
      sizesOf([
        ["2025-01-20", 3],
        ["2025-01-21", 1],
        ["2025-01-31", 2],
      ]),
    ).toEqual([3, 3]);
  });

  it("changes only the part holding the day of an added article", () => {
    const before = searchParts(
      articles([
        ["2023-05-01", 3],
        ["2024-01-02", 3],
        ["2025-03-04", 3],
      ]),
      5,
    );
    const after = searchParts(
      articles([
        ["2023-05-01", 3],
        ["2024-01-02", 4],
        ["2025-03-04", 3],
      ]),
      5,
    );
    expect(after[0]).toEqual(before[0]);
    expect(after[2]).toEqual(before[2]);
    expect(after[1]).not.toEqual(before[1]);
  });

  it("never puts one day into two parts, however big the day", () => {
    const parts = searchParts(
      articles([
        ["2025-01-01", 7],
        ["2025-01-02", 1],
      ]),
      5,
    );
    expect(sizes(parts)).toEqual([7, 1]);
  });

  it("names part 1 /pagefind/ and the others below it", () => {
    expect(searchPartPath(1)).toBe("/pagefind/");
    expect(searchPartPath(12)).toBe("/pagefind/part/12/");
  });
});
