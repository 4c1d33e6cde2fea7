import { describe, expect, it } from "vitest";
import { describeMachine, formatMachine, hugoVersion } from "../../bench/measure/machine.ts";

describe("hugoVersion", () => {
  it("is undefined when there is no such command, so the bench can say Hugo is missing", () => {
    expect(hugoVersion("hugo-that-is-not-installed-anywhere")).toBeUndefined();
  });
});

describe("formatMachine", () => {
  it("names the CPU, cores, memory, Node and Hugo", () => {
    const text = formatMachine({
      cpu: "AMD EPYC",
      cores: 2,
      memoryBytes: 24 * 1024 ** 3,
      os: "Linux 6.1 x64",
      node: "v20.20.2",
      hugo: "hugo v0.111.3+extended linux/amd64",
    });
    expect(text).toBe("machine: AMD EPYC, 2 cores, 24.0 GiB memory, Linux 6.1 x64\nnode v20.20.2; hugo v0.111.3+extended linux/amd64");
  });

  it("says plainly when Hugo is not installed", () => {
    expect(formatMachine(describeMachine(undefined))).toMatch(/; hugo: not installed$/);
  });
});
