import { describe, expect, it } from "vitest";
import { canSampleProcessMemory, descendantsOf, parseParentPid, parseVmRss } from "../../bench/measure/process-tree-memory.ts";
import { runMeasured } from "../../bench/measure/run-measured.ts";

const MIB = 1024 * 1024;

describe("parseVmRss", () => {
  it("reads the resident set from /proc/PID/status, in bytes", () => {
    const status = "Name:\tnode\nVmPeak:\t 1220024 kB\nVmHWM:\t   61288 kB\nVmRSS:\t   61288 kB\nRssAnon:\t   22456 kB\n";
    expect(parseVmRss(status)).toBe(61288 * 1024);
  });
  it("is undefined for a process without memory (a zombie), not fooled by RssAnon", () => {
    expect(parseVmRss("Name:\tsh\nState:\tZ (zombie)\nRssAnon:\t0 kB\n")).toBeUndefined();
  });
});

describe("parseParentPid", () => {
  it("reads the fourth field of /proc/PID/stat", () => {
    expect(parseParentPid("4711 (node) S 4700 4711 4700 0 -1 4194304 2291")).toBe(4700);
  });
  it("is not misled by spaces and parentheses in the command name", () => {
    expect(parseParentPid("812 (tsx (worker) 2) R 811 812 800 0 -1")).toBe(811);
  });
});

describe("descendantsOf", () => {
  it("finds children, grandchildren and nothing outside the tree", () => {
    const parents = new Map([
      [10, 1],
      [11, 10],
      [12, 11],
      [13, 10],
      [20, 1],
      [21, 20],
    ]);
    expect(descendantsOf(10, parents).sort((a, b) => a - b)).toEqual([10, 11, 12, 13]);
  });
});

/** Node code that fills `mib` MiB (touching every page, so it is resident) and holds it `ms` milliseconds. */
const holdMemory = (mib: number, ms: number) => `const b = Buffer.alloc(${mib} * 1024 * 1024, 1); setTimeout(() => b.length, ${ms});`;

describe.skipIf(!canSampleProcessMemory())("runMeasured on Linux", () => {
  it("sees a child that allocates 100 MiB", async () => {
    const run = await runMeasured(process.execPath, ["-e", holdMemory(100, 400)]);
    expect(run.exitCode).toBe(0);
    expect(run.peakRssBytes).toBeGreaterThanOrEqual(80 * MIB);
  });

  it("sums the whole tree: two grandchildren of 80 MiB each count together", async () => {
    // The child starts both grandchildren and waits; one process alone never holds more than ~130 MiB.
    const child = `
      const { spawn } = require("node:child_process");
      const code = ${JSON.stringify(holdMemory(80, 1000))};
      let left = 2;
      for (let i = 0; i < 2; i += 1) spawn(process.execPath, ["-e", code], { stdio: "inherit" }).on("exit", () => { left -= 1; });
    `;
    const run = await runMeasured(process.execPath, ["-e", child]);
    expect(run.exitCode).toBe(0);
    expect(run.peakRssBytes).toBeGreaterThanOrEqual(2 * 80 * MIB);
  });

  it("reports the exit code and the output of the command", async () => {
    const run = await runMeasured(process.execPath, ["-e", 'console.log("phase render 12 ms"); process.exitCode = 3']);
    expect(run.exitCode).toBe(3);
    expect(run.output).toBe("phase render 12 ms\n");
    expect(run.wallMs).toBeGreaterThan(0);
  });
});
