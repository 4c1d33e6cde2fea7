import { describe, expect, it } from "vitest";
import { chunk, pageLinks, type PageLink } from "../../src/model/paginate.ts";

describe("chunk", () => {
  it("splits into pages of the given size, the last one shorter", () => {
    const items = Array.from({ length: 45 }, (_, index) => index);
    const pages = chunk(items, 20);
    expect(pages.map((page) => page.length)).toEqual([20, 20, 5]);
    expect(pages.flat()).toEqual(items);
  });

  it("gives exactly full pages when the count divides evenly", () => {
    expect(chunk([1, 2, 3, 4], 2)).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it("gives one empty page for an empty list", () => {
    expect(chunk([], 20)).toEqual([[]]);
  });
});

const show = (links: PageLink[]): string =>
  links.map((link) => ("gap" in link ? "…" : link.current ? `[${link.number}]` : String(link.number))).join(" ");

describe("pageLinks", () => {
  it("lists every page of a short list", () => {
    expect(show(pageLinks(1, 1))).toBe("[1]");
    expect(show(pageLinks(2, 4))).toBe("1 [2] 3 4");
  });

  it("keeps first, last and neighbours, with gaps between", () => {
    expect(show(pageLinks(10, 500))).toBe("1 … 8 9 [10] 11 12 … 500");
    expect(show(pageLinks(1, 500))).toBe("[1] 2 3 … 500");
    expect(show(pageLinks(500, 500))).toBe("1 … 498 499 [500]");
  });

  it("never hides a single page behind a gap", () => {
    expect(show(pageLinks(5, 9))).toBe("1 2 3 4 [5] 6 7 8 9");
    expect(show(pageLinks(4, 10))).toBe("1 2 3 [4] 5 6 … 10");
  });
});
