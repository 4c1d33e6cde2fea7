/**
 * `npm run bench [-- --n 1000,10000 --runs 3 --scenarios cold,add-middle --verify --markdown FILE --keep DIR --skip-hugo]`
 *
 * For each archive size N: writes a synthetic archive with `npm run synth` and
 * measures, run after run, every selected scenario (bench/measure/scenarios.ts):
 * our cold build, Hugo's and Hugo + Pagefind's build of the same entries, our
 * rebuild after five kinds of change (each from the same built archive), and
 * `serve`'s time from a saved entry to the reloaded page. Each is a child process;
 * its wall time and the peak memory of its whole process tree are measured. Prints
 * the medians as a table with ratios to Hugo and to Hugo + Pagefind, the growth
 * between sizes and the targets; `--markdown FILE` writes the same as Markdown.
 * Output folders go to /dev/shm (memory) where it exists, else the system's temp folder.
 * Exit codes: 0 done, 1 a build failed, 2 wrong usage.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { compileCommandLine, ROOT } from "../bench/measure/archive-builds.ts";
import type { SizeResult } from "../bench/measure/bench-report.ts";
import { benchSize, BuildFailed } from "../bench/measure/bench-size.ts";
import { describeMachine, formatLoad, formatMachine, gitCommit, hugoVersion } from "../bench/measure/machine.ts";
import { canSampleProcessMemory } from "../bench/measure/process-tree-memory.ts";
import { markdownReport, terminalReport, type ReportParts } from "../bench/measure/report-text.ts";
import { parseScenarios, planScenarios, SCENARIOS, type Scenario } from "../bench/measure/scenarios.ts";
import { ServeFailed } from "../bench/measure/serve-reload.ts";

interface BenchOptions {
  n: number[];
  runs: number;
  scenarios: Scenario[];
  keep?: string;
  skipHugo: boolean;
  verify: boolean;
  markdown?: string;
}

function sizeList(value: string): number[] {
  const sizes = value.split(",").map((part) => part.trim());
  if (sizes.some((size) => !/^\d+$/.test(size) || Number(size) < 1)) {
    throw new InvalidArgumentError("must be whole numbers ≥ 1 separated by commas, e.g. 1000,10000");
  }
  return sizes.map(Number);
}

function positiveInteger(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError("must be a whole number ≥ 1");
  return Number(value);
}

function scenarioList(value: string): Scenario[] {
  try {
    return parseScenarios(value);
  } catch (caught) {
    throw new InvalidArgumentError((caught as Error).message);
  }
}

const progress = (line: string) => process.stderr.write(`${line}\n`);

/** Memory-backed temp space keeps the disk out of the figures (as for Hugo's published numbers). */
function scratchRoot(): string {
  return existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir();
}

async function bench(options: BenchOptions, args: readonly string[]): Promise<number> {
  const installedHugo = hugoVersion();
  const machine = describeMachine(installedHugo);
  const memory = canSampleProcessMemory();
  const hugo = options.skipHugo
    ? { available: false, why: "Hugo skipped (--skip-hugo)" }
    : { available: installedHugo !== undefined, why: "Hugo is not installed (apt-get install hugo)" };
  const plan = planScenarios(options.scenarios, options.runs, hugo);
  const notes: string[] = [];
  if (plan.skipped.length > 0)
    notes.push(`${hugo.why}: ${plan.skipped.map((skip) => skip.scenario).join(", ")} not measured, no ratios to it.`);
  if (!memory) notes.push("Peak memory is not measured: this system has no /proc.");
  if (options.verify) notes.push("--verify: after the first run of each rebuild, the same inputs were built cold elsewhere and compared.");
  for (const note of notes) progress(note);
  if (plan.runs[0]?.length === 0) {
    progress("Nothing left to measure.");
    return 2;
  }

  const compiled = await compileCommandLine();
  if (compiled.exitCode !== 0) {
    progress(`news-archive --version failed:\n${compiled.output}`);
    return 1;
  }
  const loadAtStart = os.loadavg()[0] ?? 0;
  const root = options.keep ? path.resolve(options.keep) : await mkdtemp(path.join(scratchRoot(), "news-archive-bench-"));
  await mkdir(root, { recursive: true });
  const results: SizeResult[] = [];
  let exitCode = 0;
  try {
    for (const n of options.n) {
      const dir = path.join(root, `n${n}`);
      const result: SizeResult = { n, samples: {}, pages: {}, verify: {} };
      try {
        await benchSize(result, dir, { plan, memory, verify: options.verify, keep: options.keep !== undefined, progress });
      } finally {
        if (Object.keys(result.samples).length > 0) results.push(result);
        if (!options.keep) await rm(dir, { recursive: true, force: true });
      }
    }
  } catch (caught) {
    if (!(caught instanceof BuildFailed || caught instanceof ServeFailed)) throw caught;
    progress(caught.message);
    progress("The table below holds the runs finished before the failure.");
    exitCode = 1;
  } finally {
    if (!options.keep) await rm(root, { recursive: true, force: true });
  }
  // A rebuild that differs from a cold build is a failure, like a failed build.
  const differs = (result: SizeResult) =>
    result.snapshotIntact === false || Object.values(result.verify).some((found) => found.differences.length > 0);
  if (results.some(differs)) exitCode = 1;

  if (results.length === 0) return exitCode;
  const parts: ReportParts = {
    args,
    runs: options.runs,
    date: new Date().toISOString().slice(0, 10),
    commit: gitCommit(ROOT),
    machine: formatMachine(machine),
    load: formatLoad(loadAtStart, os.loadavg()[0] ?? 0, machine.cores),
    results,
    notes,
  };
  const where = options.keep ? path.resolve(options.keep) : scratchRoot();
  process.stdout.write(`${terminalReport(parts, where)}${options.keep ? `\nkept: ${where}` : ""}\n`);
  if (options.markdown) {
    await writeFile(options.markdown, `${markdownReport(parts)}\n`);
    progress(`Markdown written to ${options.markdown}`);
  }
  return exitCode;
}

export async function main(argv: string[]): Promise<number> {
  const program = new Command("bench")
    .description(
      "Measure our cold build, rebuilds after five kinds of change and serve's reload against Hugo and Hugo + Pagefind on the same synthetic archive.",
    )
    .addOption(new Option("--n <sizes>", "archive sizes, comma-separated").argParser(sizeList).default([1000, 10000], "1000,10000"))
    .addOption(new Option("--runs <count>", "runs per measurement; medians are reported").argParser(positiveInteger).default(3))
    .addOption(
      new Option("--scenarios <names>", `scenarios to measure, comma-separated: ${SCENARIOS.join(", ")}`)
        .argParser(scenarioList)
        .default([...SCENARIOS], "all"),
    )
    .addOption(new Option("--verify", "check that each rebuild's site and entries equal a cold build of the same inputs").default(false))
    .addOption(new Option("--markdown <file>", "also write the report as Markdown to FILE"))
    .addOption(new Option("--keep <dir>", "work in DIR and keep the archives, entries and sites there"))
    .addOption(new Option("--skip-hugo", "do not build with Hugo").default(false))
    .showHelpAfterError()
    .exitOverride();
  let options: BenchOptions;
  try {
    program.parse(argv);
    options = program.opts<BenchOptions>();
  } catch (caught) {
    if (caught instanceof CommanderError) return caught.exitCode === 0 ? 0 : 2;
    throw caught;
  }
  return bench(options, argv.slice(2));
}

process.exitCode = await main(process.argv);
