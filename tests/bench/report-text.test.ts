import { describe, expect, it } from "vitest";
import type { SizeResult } from "../../bench/measure/bench-report.ts";
import { formatLoad } from "../../bench/measure/machine.ts";
import { markdownReport, terminalReport, type ReportParts } from "../../bench/measure/report-text.ts";
import { pagefindIndexedPages } from "../../bench/measure/archive-builds.ts";

const result: SizeResult = {
  n: 1000,
  samples: { cold: [{ wallMs: 14_000, peakRssBytes: 600 * 1024 ** 2, phases: {} }], hugo: [{ wallMs: 1_500, phases: {} }] },
  pages: { cold: 1942 },
  verify: {},
};

const parts: ReportParts = {
  args: ["--n", "1000", "--runs", "1"],
  runs: 1,
  date: "2026-12-04",
  commit: { hash: "abc1234", dirty: true },
  machine: "machine: AMD EPYC, 2 cores\nnode v20; hugo v0.111",
  load: formatLoad(1.04, 3.16, 2),
  results: [result],
  notes: ["Peak memory is not measured."],
};

describe("formatLoad", () => {
  it("gives the load at the start and the end beside the core count", () => {
    expect(parts.load).toBe("load average (1 min): 1.0 at the start, 3.2 at the end, on 2 cores");
  });
});

describe("markdownReport", () => {
  it("opens with the command, date, commit and load, then the machine, the table and the targets", () => {
    const text = markdownReport(parts);
    const lines = text.split("\n");
    expect(lines[0]).toBe(
      "One run of `npm run bench -- --n 1000 --runs 1` (medians of 1 run) on 2026-12-04 at commit `abc1234` with uncommitted changes; " +
        "load average (1 min): 1.0 at the start, 3.2 at the end, on 2 cores.",
    );
    expect(text).toContain("```\nmachine: AMD EPYC, 2 cores\nnode v20; hugo v0.111\n```\n\n| articles |");
    expect(text).toMatch(/\| +1,000 \| ours, cold +\| +1,942 \|/);
    expect(text).toContain("```\ntargets at 1,000 articles:\n  n/a     cold build: not measured");
  });
});

describe("terminalReport", () => {
  it("prints the same table with where the output went and what the rows mean", () => {
    const text = terminalReport(parts, "/dev/shm");
    expect(text).toContain("news-archive bench: medians of 1 run; output on /dev/shm; commit abc1234 with uncommitted changes");
    expect(text).toContain("| ours, cold ");
    expect(text).toContain("serve: save → reload: from saving an edited entry");
    expect(text).toContain("Peak memory is not measured.");
  });
});

describe("pagefindIndexedPages", () => {
  it("reads the page count of Pagefind's summary", () => {
    expect(pagefindIndexedPages("Total: \n  Indexed 1 language\n  Indexed 1000 pages\n  Indexed 1500 words\n")).toBe(1000);
    expect(pagefindIndexedPages("Error: nothing\n")).toBeUndefined();
  });
});
