import { describe, expect, it } from "vitest";
import {
  differenceSummary,
  growthOf,
  resultsTable,
  scenarioLabel,
  sequentialSample,
  summarise,
  targetChecks,
  verifyLines,
  type BuildSample,
  type SizeResult,
} from "../../bench/measure/bench-report.ts";
import type { Scenario } from "../../bench/measure/scenarios.ts";

const MIB = 1024 * 1024;

const sample = (wallMs: number, peakMib: number, phases: Record<string, number> = {}): BuildSample => ({
  wallMs,
  peakRssBytes: peakMib * MIB,
  phases,
});

/** A size with the given wall times per scenario; our builds get phases (serve prints none), peak memory `peakMib`. */
function size(n: number, walls: Partial<Record<Scenario, number[]>>, peakMib = 600): SizeResult {
  const samples: SizeResult["samples"] = {};
  for (const [scenario, times] of Object.entries(walls) as Array<[Scenario, number[]]>) {
    samples[scenario] = times.map((ms) =>
      scenario.startsWith("hugo")
        ? sample(ms, 1000)
        : scenario === "serve-reload"
          ? sample(ms, peakMib)
          : sample(ms, peakMib, { ingest: ms / 4, render: ms / 2, "search-index": ms / 8 }),
    );
  }
  return { n, samples, pages: { cold: 14660, hugo: 14659, "add-middle": 14661 }, verify: {} };
}

describe("summarise", () => {
  it("takes medians of wall time, memory and each phase", () => {
    const summary = summarise([sample(3000, 100, { render: 30 }), sample(1000, 300, { render: 10 }), sample(2000, 200, { render: 20 })]);
    expect(summary).toEqual({ wallMs: 2000, peakRssBytes: 200 * MIB, phases: { render: 20 } });
  });

  it("has nothing to say of no samples", () => {
    expect(summarise(undefined)).toEqual({ wallMs: undefined, peakRssBytes: undefined, phases: {} });
  });
});

describe("sequentialSample", () => {
  it("adds the times of two runs one after the other and keeps the larger peak, each time as a phase", () => {
    expect(sequentialSample(sample(6000, 900), sample(4000, 1200), ["render", "search-index"])).toEqual({
      wallMs: 10_000,
      peakRssBytes: 1200 * MIB,
      phases: { render: 6000, "search-index": 4000 },
    });
  });
});

describe("resultsTable", () => {
  const result = size(10_000, {
    cold: [13_000, 12_400, 30_000],
    hugo: [6_200, 6_000, 7_000],
    "hugo+pagefind": [10_000, 9_000, 11_000],
    "add-middle": [3_100, 4_000, 3_200],
    "serve-reload": [2_500],
  });

  it("has a row per measured scenario, in the bench's order, with ratios to Hugo and to Hugo + Pagefind", () => {
    const lines = resultsTable([result]).split("\n");
    expect(lines[0]).toMatch(
      /^\| articles \| build +\| +pages \| ingest \| render \| search index \| +other \| +wall \| peak memory \| × Hugo \| × Hugo \+ Pagefind \|$/,
    );
    expect(lines.slice(2).map((line) => line.split("|")[2]!.trim())).toEqual([
      "ours, cold",
      "Hugo",
      "Hugo + Pagefind",
      "ours, + article mid-archive",
      "serve: save → reload",
    ]);
    expect(lines[2]).toMatch(/\| 14,660 \|.* 13\.0 s \| +600 MiB \| +2\.10× \| +1\.30× \|$/);
    expect(lines[4]).toMatch(/\| 10\.0 s \| +1000 MiB \| +1\.61× \| +1\.00× \|$/);
    expect(lines[5]).toMatch(/\| 14,661 \|.*\| 3\.20 s \|.*\| +0\.52× \| +0\.32× \|$/);
    expect(lines[6]).toMatch(/\| +– \| +– \| +– \| +– \| +– \| 2\.50 s \|/);
  });

  it("leaves the ratios out when Hugo was not run", () => {
    const table = resultsTable([size(1000, { cold: [1000], "add-newest": [500] })]);
    expect(table).not.toMatch(/\| Hugo +\|/);
    expect(table.split("\n")).toHaveLength(4);
    expect(table.split("\n")[2]).toMatch(/\| +– \| +– \|$/);
  });

  it("says how many entries the alias re-tagged", () => {
    expect(scenarioLabel("add-alias", { alias: "A", person: "p", sources: 12, retagged: 11 })).toBe("ours, one alias added (11 re-tagged)");
    expect(scenarioLabel("add-alias")).toBe("ours, one alias added");
  });
});

describe("growthOf", () => {
  it("divides each size's cold build by the smallest size's", () => {
    const growth = growthOf([size(10_000, { cold: [110_000], hugo: [62_000] }), size(1000, { cold: [10_000], hugo: [6_200] })]);
    expect(growth).toEqual([{ from: 1000, to: 10_000, ours: 11, hugo: 10 }]);
  });
});

describe("targetChecks", () => {
  it("judges the largest archive: cold against Hugo + Pagefind, the mid-archive add against Hugo, our largest tree", () => {
    const checks = targetChecks([
      size(1000, { cold: [5_000], hugo: [1_000], "hugo+pagefind": [2_000], "add-middle": [100] }),
      size(10_000, { cold: [15_000], hugo: [6_000], "hugo+pagefind": [10_000], "add-middle": [3_600], "serve-reload": [1_000] }, 1200),
    ]);
    expect(checks.map((check) => [check.what, check.measured, check.met])).toEqual([
      ["cold build", "1.50×", true],
      ["rebuild after one article added mid-archive", "0.60×", false],
      ["largest process tree of ours", "1.17 GiB", false],
    ]);
  });

  it("cannot judge the ratios without Hugo", () => {
    const checks = targetChecks([size(1000, { cold: [5_000], "add-middle": [1_000] })]);
    expect(checks.filter((check) => check.met === undefined).map((check) => check.what)).toEqual([
      "cold build",
      "rebuild after one article added mid-archive",
    ]);
  });
});

describe("verifyLines", () => {
  it("says which rebuilds equal a cold build and what differs in the others", () => {
    const result = size(1000, { "edit-tags": [1] });
    result.verify = {
      "edit-tags": { files: 2500, differences: [] },
      "add-alias": { files: 2500, differences: ["site: differs pagefind/pagefind-entry.json", "site: extra pagefind/index/en_1.pf_index"] },
    };
    expect(verifyLines([result])).toEqual([
      "incremental build = cold build of the same inputs (--verify):",
      "  same     1,000 articles, ours, one entry's tags edited: site and entries equal a cold build's, byte for byte (2,500 files)",
      "  DIFFERS  1,000 articles, ours, one alias added: 2 files differ (all in the search index, site/pagefind/): " +
        "site: differs pagefind/pagefind-entry.json, site: extra pagefind/index/en_1.pf_index",
    ]);
    expect(verifyLines([size(1000, { cold: [1] })])).toEqual([]);
    expect(verifyLines([{ ...size(1000, { cold: [1] }), snapshotIntact: false }])[1]).toMatch(
      /^ {2}CHANGED {2}1,000 articles: the built archive/,
    );
  });

  it("tells differences in pages and entries from those in the search index", () => {
    const summary = differenceSummary([
      "entries: differs 2021/03/a.md",
      "site: differs 2021/03/a/index.html",
      "site: differs pagefind/x",
      "site: missing pagefind/y",
      "site: extra pagefind/z",
    ]);
    expect(summary).toBe(
      "5 files differ (3 of them in the search index): entries: differs 2021/03/a.md, site: differs 2021/03/a/index.html, site: differs pagefind/x, site: missing pagefind/y, …",
    );
  });
});
