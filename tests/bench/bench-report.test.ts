import { describe, expect, it } from "vitest";
import { growthOf, resultsTable, summarise, targetChecks, type BuildSample, type SizeResult } from "../../bench/measure/bench-report.ts";

const MIB = 1024 * 1024;

const sample = (wallMs: number, peakMib: number, phases: Record<string, number> = {}): BuildSample => ({
  wallMs,
  peakRssBytes: peakMib * MIB,
  phases,
});

function size(n: number, coldMs: number[], rebuildMs: number[], hugoMs: number[], peakMib = 600): SizeResult {
  return {
    n,
    cold: coldMs.map((ms) => sample(ms, peakMib, { ingest: ms / 4, render: ms / 2, "search-index": ms / 8 })),
    rebuild: rebuildMs.map((ms) => sample(ms, peakMib / 2)),
    hugo: hugoMs.map((ms) => sample(ms, 1000)),
    pages: { cold: 14660, rebuild: 14661, hugo: 14659 },
  };
}

describe("summarise", () => {
  it("takes medians of wall time, memory and each phase", () => {
    const summary = summarise([sample(3000, 100, { render: 30 }), sample(1000, 300, { render: 10 }), sample(2000, 200, { render: 20 })]);
    expect(summary).toEqual({ wallMs: 2000, peakRssBytes: 200 * MIB, phases: { render: 20 } });
  });
});

describe("resultsTable", () => {
  it("gives our times as ratios of Hugo's median build time", () => {
    const table = resultsTable([size(10_000, [13_000, 12_400, 30_000], [4_000, 3_100, 3_200], [6_200, 6_000, 7_000])]);
    const lines = table.split("\n");
    expect(lines[0]).toMatch(/^\| articles \| build +\| +pages \| ingest \| render \| search index \| +other \| +wall \| peak memory \| × Hugo \|$/);
    expect(lines[2]).toContain("| ours, cold ");
    expect(lines[2]).toMatch(/\| 14,660 \|.* 13\.0 s \|.* +2\.10× \|$/);
    expect(lines[3]).toMatch(/ours, \+1 article .*\| 3\.20 s \|.*\| +0\.52× \|$/);
    expect(lines[4]).toMatch(/Hugo .*\| 6\.20 s \| +1000 MiB \| +1\.00× \|$/);
  });

  it("leaves out the Hugo row and the ratios when Hugo was not run", () => {
    const result = { ...size(1000, [1000], [500], []), pages: { cold: 1940 } };
    const table = resultsTable([result]);
    expect(table).not.toMatch(/\| Hugo +\|/);
    expect(table.split("\n")).toHaveLength(4);
    expect(table.split("\n")[2]).toMatch(/\| +– \|$/);
  });
});

describe("growthOf", () => {
  it("divides each size's cold build by the smallest size's", () => {
    const growth = growthOf([size(10_000, [110_000], [1], [62_000]), size(1000, [10_000], [1], [6_200])]);
    expect(growth).toEqual([{ from: 1000, to: 10_000, ours: 11, hugo: 10 }]);
  });
});

describe("targetChecks", () => {
  it("judges the largest archive against the targets", () => {
    const checks = targetChecks([size(1000, [5_000], [1_000], [1_000]), size(10_000, [12_000], [7_000], [6_000], 1200)]);
    expect(checks.map((check) => [check.what, check.measured, check.met])).toEqual([
      ["cold build", "2.00×", true],
      ["rebuild after one added article", "1.17×", false],
      ["cold build growth 1,000 → 10,000", "2.40×", true],
      ["peak memory", "1.17 GiB", false],
    ]);
  });

  it("cannot judge the Hugo ratios or growth without Hugo and a second size", () => {
    const checks = targetChecks([{ ...size(1000, [5_000], [1_000], []) }]);
    expect(checks.filter((check) => check.met === undefined).map((check) => check.what)).toEqual([
      "cold build",
      "rebuild after one added article",
      "cold build growth",
    ]);
  });
});
