import { describe, expect, it } from "vitest";
import { formatScoreReport, isDerivedFrom, scoreEntries, type EntryFacts } from "../../bench/synth/score-entries.ts";
import type { ManifestSource } from "../../bench/synth/synth-archive.ts";

const intended = (overrides: Partial<ManifestSource>): ManifestSource => ({
  file: "00000_0000000000000000.txt",
  format: "dateline-signoff",
  date: "2025-01-14",
  dateInferred: false,
  title: null,
  lede: "Prime Minister Phạm Minh Chính on Tuesday welcomed Russian Prime Minister Mikhail Mishustin, saying that the talks went well.",
  publisher: "VNS",
  author: null,
  dateline: "Hà Nội",
  originalUrl: null,
  captions: [],
  photoCredits: [],
  people: ["pham-minh-chinh", "mikhail-mishustin"],
  events: ["mishustin-visit"],
  topics: ["diplomacy", "energy"],
  organisations: [],
  places: [],
  storyOf: null,
  unknownNames: [],
  words: 700,
  ...overrides,
});

const entry = (overrides: Partial<EntryFacts>): EntryFacts => ({
  source: "00000_0000000000000000.txt",
  title: "Prime Minister Phạm Minh Chính welcomed Russian Prime Minister Mikhail Mishustin",
  date: "2025-01-14",
  dateline: "Hà Nội",
  people: ["pham-minh-chinh", "mikhail-mishustin"],
  events: ["mishustin-visit"],
  topics: ["energy", "diplomacy"],
  ...overrides,
});

describe("isDerivedFrom", () => {
  const lede = "During the talks, PM Chính on Tuesday welcomed Mishustin, saying that ties were strong.";
  it("accepts a headline that keeps the lede's words in order, some dropped", () => {
    expect(isDerivedFrom("PM Chính welcomed Mishustin", lede)).toBe(true);
    expect(isDerivedFrom("PM Chinh on Tuesday welcomed Mishustin…", lede)).toBe(true);
  });
  it("refuses reordered, foreign or too short headlines", () => {
    expect(isDerivedFrom("Mishustin welcomed PM Chính", lede)).toBe(false);
    expect(isDerivedFrom("PM Chính welcomed Putin", lede)).toBe(false);
    expect(isDerivedFrom("PM Chính", lede)).toBe(false);
  });
});

describe("scoreEntries", () => {
  it("gives full marks when ingest returns the intent (topic order aside)", () => {
    const report = scoreEntries([intended({})], [entry({})]);
    expect(report).toMatchObject({ missing: [], date: 1, derivedTitle: 1, dateline: 1, mismatches: [] });
    expect(report.people).toEqual({ precision: 1, recall: 1, exact: 1 });
    expect(report.topics).toEqual({ precision: 1, recall: 1, exact: 1 });
  });

  it("counts a wrong date, a missed person and an extra event, and names them", () => {
    const report = scoreEntries(
      [intended({})],
      [entry({ date: "2024-01-14", people: ["pham-minh-chinh"], events: ["mishustin-visit", "other-event"] })],
    );
    expect(report.date).toBe(0);
    expect(report.people).toEqual({ precision: 1, recall: 0.5, exact: 0 });
    expect(report.events).toEqual({ precision: 0.5, recall: 1, exact: 0 });
    expect(report.mismatches.map((m) => m.field)).toEqual(["date", "people", "events"]);
    expect(formatScoreReport(report)).toContain("missed: mikhail-mishustin");
  });

  it("scores a title line exactly and lists sources without an entry", () => {
    const titled = intended({ file: "a.txt", title: "PM meets Russian counterpart", format: "scraped-page" });
    const report = scoreEntries(
      [titled, intended({ file: "b.txt" })],
      [entry({ source: "a.txt", title: "PM meets Russian counterpart", dateline: undefined })],
    );
    expect(report.title).toBe(1);
    expect(report.missing).toEqual(["b.txt"]);
  });
});
