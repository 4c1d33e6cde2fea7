import { describe, expect, it } from "vitest";
import { formatBytes, formatCount, formatDuration, formatRatio, formatTable } from "../../bench/measure/table-format.ts";

describe("formatTable", () => {
  it("pads every column to its widest cell and right-aligns numbers", () => {
    const table = formatTable(
      [{ header: "build" }, { header: "wall", align: "right" }],
      [
        ["ours, cold", "12.4 s"],
        ["Hugo", "6.20 s"],
      ],
    );
    expect(table.split("\n")).toEqual([
      "| build      |   wall |",
      "|------------|-------:|",
      "| ours, cold | 12.4 s |",
      "| Hugo       | 6.20 s |",
    ]);
  });

  it("shows a missing figure as a dash", () => {
    const table = formatTable([{ header: "a" }, { header: "b" }], [["x", undefined]]);
    expect(table.split("\n")[2]).toBe("| x   | –   |");
  });
});

describe("figures", () => {
  it("formats durations by size", () => {
    expect(formatDuration(850.4)).toBe("850 ms");
    expect(formatDuration(6_234)).toBe("6.23 s");
    expect(formatDuration(19_440)).toBe("19.4 s");
    expect(formatDuration(125_000)).toBe("2 min 05 s");
    expect(formatDuration(undefined)).toBeUndefined();
  });
  it("formats memory in MiB below a GiB and GiB above", () => {
    expect(formatBytes(512 * 1024 * 1024)).toBe("512 MiB");
    expect(formatBytes(1.02 * 1024 ** 3)).toBe("1.02 GiB");
  });
  it("formats ratios and counts", () => {
    expect(formatRatio(2.345)).toBe("2.35×");
    expect(formatCount(14659)).toBe("14,659");
  });
});
