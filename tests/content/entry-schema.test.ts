import { describe, expect, it } from "vitest";
import { EntryFrontMatterSchema, isRealCalendarDate, ENTRY_FIELD_ORDER } from "../../src/content/entry-schema.ts";

const valid = {
  title: "General Secretary To Lam meets with Russian Prime Minister Mikhail Mishustin",
  date: "2025-05-09",
  source: "001_7323d1b9344210f5.txt",
  generatedFrom: "0123456789abcdef",
};

describe("EntryFrontMatterSchema", () => {
  it("accepts a minimal entry and fills the lists", () => {
    const parsed = EntryFrontMatterSchema.parse(valid);
    expect(parsed.people).toEqual([]);
    expect(parsed.captions).toEqual([]);
  });

  it("rejects an impossible date", () => {
    expect(EntryFrontMatterSchema.safeParse({ ...valid, date: "2025-02-31" }).success).toBe(false);
  });

  it("rejects a non-slug tag and more than eight topics", () => {
    expect(EntryFrontMatterSchema.safeParse({ ...valid, people: ["Tô Lâm"] }).success).toBe(false);
    const topics = Array.from({ length: 9 }, (_, i) => `topic-${i}`);
    expect(EntryFrontMatterSchema.safeParse({ ...valid, topics }).success).toBe(false);
  });

  it("rejects unknown fields such as url", () => {
    expect(EntryFrontMatterSchema.safeParse({ ...valid, url: "https://x.example" }).success).toBe(false);
  });

  it("orders fields as the interface lists them", () => {
    expect(ENTRY_FIELD_ORDER.slice(0, 3)).toEqual(["title", "date", "dateInferred"]);
    expect(ENTRY_FIELD_ORDER.at(-1)).toBe("generatedFrom");
  });
});

describe("isRealCalendarDate", () => {
  it("knows leap years", () => {
    expect(isRealCalendarDate("2024-02-29")).toBe(true);
    expect(isRealCalendarDate("2025-02-29")).toBe(false);
    expect(isRealCalendarDate("2025-13-01")).toBe(false);
  });
});
