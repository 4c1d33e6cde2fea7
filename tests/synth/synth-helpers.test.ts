import { describe, expect, it } from "vitest";
import { Random, ZipfSampler } from "../../bench/synth/random.ts";
import { countPhrase, foldPhrase, phrasesOverlap } from "../../bench/synth/phrase.ts";
import { PhraseRegistry } from "../../bench/synth/phrase-registry.ts";
import { dateRange, dayFirst, dayOf, isoOf, monthDay, monthDaySpan, weekday } from "../../bench/synth/dates.ts";
import { countWords } from "../../bench/synth/sentences.ts";

describe("Random", () => {
  it("repeats a stream for the same seed and stream name, and differs otherwise", () => {
    const draw = (seed: string, stream: string) => {
      const random = new Random(seed, stream);
      return Array.from({ length: 5 }, () => random.uint32());
    };
    expect(draw("s", "a")).toEqual(draw("s", "a"));
    expect(draw("s", "a")).not.toEqual(draw("s", "b"));
    expect(draw("s", "a")).not.toEqual(draw("t", "a"));
  });

  it("keeps int() inside its bounds and reaches both ends", () => {
    const random = new Random("bounds", "int");
    const seen = new Set(Array.from({ length: 2000 }, () => random.int(3, 7)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });
});

describe("ZipfSampler", () => {
  it("draws the first index far more often than a middle one", () => {
    const sampler = new ZipfSampler(100);
    const random = new Random("zipf", "draw");
    const counts = new Array<number>(100).fill(0);
    for (let i = 0; i < 20_000; i++) counts[sampler.draw(random)]! += 1;
    expect(counts[0]).toBeGreaterThan(20 * (counts[50] as number));
    expect(counts.every((count) => count >= 0)).toBe(true);
  });

  it("draws distinct indexes and respects a veto", () => {
    const sampler = new ZipfSampler(10);
    const drawn = sampler.drawDistinct(new Random("zipf", "distinct"), 5, (index) => index !== 0);
    expect(new Set(drawn).size).toBe(5);
    expect(drawn).not.toContain(0);
  });
});

describe("foldPhrase and countPhrase", () => {
  it("fold case, diacritics, đ and punctuation", () => {
    expect(foldPhrase("Đặng Minh Khôi")).toBe("dang minh khoi");
    expect(foldPhrase("Mishustin’s visit to Việt Nam")).toBe("mishustin s visit to viet nam");
    expect(foldPhrase("two-way trade")).toBe(foldPhrase("Two way TRADE"));
  });

  it("count whole words only", () => {
    const text = foldPhrase("PM Chính met Chính Phủ officials; Chinh said so.");
    expect(countPhrase(text, "chinh")).toBe(3);
    expect(countPhrase(foldPhrase("Islamabad talks"), "lam")).toBe(0);
    expect(countPhrase(foldPhrase("Lâm Đồng province"), "lam dong")).toBe(1);
  });

  it("see containment either way as an overlap", () => {
    expect(phrasesOverlap("chairman vuong", "vice chairman vuong dinh dong")).toBe(true);
    expect(phrasesOverlap("vice chairman vuong dinh dong", "chairman vuong")).toBe(true);
    expect(phrasesOverlap("chairman vuong", "chairman vuongg")).toBe(false);
  });
});

describe("PhraseRegistry", () => {
  it("refuses a phrase that overlaps another owner's, but not the same owner's", () => {
    const registry = new PhraseRegistry();
    registry.reserve(["Hà Nội"]);
    registry.add("Phạm Minh Chính", "pham-minh-chinh");
    expect(registry.isFree("Pham Minh Chinh", "pham-minh-chinh")).toBe(true);
    expect(registry.isFree("Prime Minister Phạm Minh Chính", "pham-minh-chinh")).toBe(true);
    expect(registry.isFree("Minh Chính", "someone-else")).toBe(false);
    expect(registry.isFree("Deputy PM Phạm Minh Chính Hùng", "someone-else")).toBe(false);
    expect(registry.isFree("Hà Nội Văn", "someone-else")).toBe(false);
    expect(registry.isFree("Phạm Minh Hùng", "someone-else")).toBe(true);
  });
});

describe("dates", () => {
  it("round-trip ISO dates and write them as the sources do", () => {
    const day = dayOf("2025-01-14");
    expect(isoOf(day)).toBe("2025-01-14");
    expect(weekday(day)).toBe("Tuesday");
    expect(monthDay(day)).toBe("January 14");
    expect(dayFirst(dayOf("2025-05-09"))).toBe("09/05/2025");
    expect(dateRange(day, day + 1)).toBe("14–15 January 2025");
    expect(dateRange(dayOf("2025-11-28"), dayOf("2025-12-02"))).toBe("28 November – 2 December 2025");
    expect(monthDaySpan(day, day + 1)).toBe("January 14-15");
    expect(monthDaySpan(dayOf("2025-01-31"), dayOf("2025-02-01"))).toBe("January 31");
  });
});

describe("countWords", () => {
  it("counts whitespace-separated words", () => {
    expect(countWords("  HÀ NỘI — Prime Minister\nmet\tthem. ")).toBe(7);
    expect(countWords("")).toBe(0);
  });
});
