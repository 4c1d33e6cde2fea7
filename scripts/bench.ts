/**
 * `npm run bench [-- --n 1000,10000 --runs 3 --keep DIR --skip-hugo]`
 *
 * For each archive size N: writes a synthetic archive with `npm run synth`, then,
 * alternating, builds it cold with `news-archive build` (empty entries and cache),
 * builds the same entries with Hugo (`bench/hugo/`), and rebuilds ours after adding
 * one source. Each build is a child process; its wall time and the peak memory of
 * its whole process tree are measured. Prints the medians as a table, with our times
 * as ratios of Hugo's, the growth between sizes and the targets.
 * Output folders go to /dev/shm (memory) where it exists, else the system's temp folder.
 * Exit codes: 0 done, 1 a build failed, 2 wrong usage.
 */
import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readdir, rename, rm, unlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { growthLines, resultsTable, targetLines, type BuildSample, type SizeResult } from "../bench/measure/bench-report.ts";
import { writeHugoContent } from "../bench/measure/hugo-content.ts";
import { describeMachine, formatMachine, hugoVersion } from "../bench/measure/machine.ts";
import { countPages } from "../bench/measure/page-count.ts";
import { parsePhaseTimings } from "../bench/measure/phase-timings.ts";
import { canSampleProcessMemory } from "../bench/measure/process-tree-memory.ts";
import { runMeasured, type MeasuredRun } from "../bench/measure/run-measured.ts";
import { formatCount, formatDuration } from "../bench/measure/table-format.ts";

const ROOT = path.resolve(import.meta.dirname, "..");
const CLI = path.join(ROOT, "scripts", "news-archive.js");
const HUGO_SITE = path.join(ROOT, "bench", "hugo");

interface BenchOptions {
  n: number[];
  runs: number;
  keep?: string;
  skipHugo: boolean;
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

const progress = (line: string) => process.stderr.write(`${line}\n`);

/** Memory-backed temp space keeps the disk out of the figures (as for Hugo's published numbers). */
function scratchRoot(): string {
  return existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir();
}

class BuildFailed extends Error {}

function lastLines(text: string, count = 20): string {
  return text.trimEnd().split("\n").slice(-count).join("\n");
}

function checked(what: string, run: MeasuredRun): MeasuredRun {
  if (run.exitCode !== 0) {
    throw new BuildFailed(`${what} failed with exit code ${run.exitCode}; its last lines:\n${lastLines(run.output)}`);
  }
  return run;
}

const sampleOf = (run: MeasuredRun, memory: boolean): BuildSample => ({
  wallMs: run.wallMs,
  ...(memory ? { peakRssBytes: run.peakRssBytes } : {}),
  phases: parsePhaseTimings(run.output),
});

/** The folders of one archive size. */
function layoutOf(dir: string) {
  return {
    synth: path.join(dir, "synth"),
    sources: path.join(dir, "synth", "sources"),
    taxonomy: path.join(dir, "synth", "taxonomy"),
    heldOut: path.join(dir, "held-out"),
    entries: path.join(dir, "entries"),
    cache: path.join(dir, "cache"),
    site: path.join(dir, "site"),
    hugoContent: path.join(dir, "hugo-content"),
    hugoCache: path.join(dir, "hugo-cache"),
    hugoResources: path.join(dir, "hugo-resources"),
    hugoSite: path.join(dir, "hugo-site"),
  };
}

/**
 * Writes N + 1 sources and sets the last one aside: synth's article i does not
 * depend on N, so the first N are exactly the N-article archive, and the last is
 * the article the rebuild adds.
 */
async function synthesize(n: number, folders: ReturnType<typeof layoutOf>): Promise<string> {
  const run = await runMeasured("npm", ["run", "--silent", "synth", "--", "--n", String(n + 1), "--out", folders.synth, "--force"], {
    cwd: ROOT,
  });
  checked("npm run synth", run);
  const names = (await readdir(folders.sources)).sort();
  const last = names.at(-1);
  if (names.length !== n + 1 || last === undefined) throw new BuildFailed(`synth wrote ${names.length} sources, not ${n + 1}`);
  await mkdir(folders.heldOut, { recursive: true });
  await rename(path.join(folders.sources, last), path.join(folders.heldOut, last));
  return last;
}

function ourBuild(folders: ReturnType<typeof layoutOf>): Promise<MeasuredRun> {
  return runMeasured(
    process.execPath,
    [
      CLI,
      "build",
      "--sources", folders.sources,
      "--taxonomy", folders.taxonomy,
      "--entries", folders.entries,
      "--cache", folders.cache,
      "--out", folders.site,
    ],
    { cwd: ROOT },
  );
}

function hugoBuild(folders: ReturnType<typeof layoutOf>): Promise<MeasuredRun> {
  return runMeasured(
    "hugo",
    [
      "--quiet",
      "--noBuildLock",
      "-s", HUGO_SITE,
      "--contentDir", folders.hugoContent,
      "--cacheDir", folders.hugoCache,
      "-d", folders.hugoSite,
    ],
    // Hugo writes its resources folder into the site unless told otherwise; keep the repository clean.
    { cwd: ROOT, env: { ...process.env, HUGO_RESOURCEDIR: folders.hugoResources } },
  );
}

/** Fills `result` run by run, so that the runs done before a failure are still reported. */
async function benchSize(
  result: SizeResult,
  dir: string,
  options: BenchOptions,
  withHugo: boolean,
  memory: boolean,
): Promise<void> {
  const { n } = result;
  const folders = layoutOf(dir);
  progress(`${formatCount(n)} articles: synth → ${dir}`);
  const added = await synthesize(n, folders);

  for (let run = 1; run <= options.runs; run += 1) {
    const label = `${formatCount(n)} articles, run ${run}/${options.runs}`;
    await Promise.all([folders.entries, folders.cache, folders.site].map((folder) => rm(folder, { recursive: true, force: true })));
    const cold = checked("our cold build", await ourBuild(folders));
    result.cold.push(sampleOf(cold, memory));
    progress(`${label}: ours cold ${formatDuration(cold.wallMs)}`);
    if (run === 1) {
      result.pages.cold = await countPages(folders.site);
      if (withHugo) await writeHugoContent(folders.entries, folders.taxonomy, folders.hugoContent);
    }

    if (withHugo) {
      await rm(folders.hugoSite, { recursive: true, force: true });
      const hugo = checked("hugo", await hugoBuild(folders));
      result.hugo.push(sampleOf(hugo, memory));
      progress(`${label}: Hugo ${formatDuration(hugo.wallMs)}`);
      if (run === 1) result.pages.hugo = await countPages(folders.hugoSite);
    }

    const addedSource = path.join(folders.sources, added);
    await copyFile(path.join(folders.heldOut, added), addedSource);
    const rebuild = checked("our rebuild", await ourBuild(folders));
    result.rebuild.push(sampleOf(rebuild, memory));
    progress(`${label}: ours +1 article ${formatDuration(rebuild.wallMs)}`);
    if (run === 1) result.pages.rebuild = await countPages(folders.site);
    await unlink(addedSource);
  }
}

async function bench(options: BenchOptions): Promise<number> {
  const installedHugo = hugoVersion();
  const hugo = options.skipHugo ? undefined : installedHugo;
  const machine = describeMachine(installedHugo);
  const memory = canSampleProcessMemory();
  const notes: string[] = [];
  if (options.skipHugo) notes.push("Hugo skipped (--skip-hugo): our figures alone, no ratios.");
  else if (hugo === undefined) notes.push("Hugo is not installed (apt-get install hugo): our figures alone, no ratios.");
  if (!memory) notes.push("Peak memory is not measured: this system has no /proc.");
  for (const note of notes) progress(note);

  const loadAtStart = os.loadavg()[0] ?? 0;
  const root = options.keep ? path.resolve(options.keep) : await mkdtemp(path.join(scratchRoot(), "news-archive-bench-"));
  await mkdir(root, { recursive: true });
  const results: SizeResult[] = [];
  let exitCode = 0;
  try {
    for (const n of options.n) {
      const dir = path.join(root, `n${n}`);
      const result: SizeResult = { n, cold: [], rebuild: [], hugo: [], pages: {} };
      try {
        await benchSize(result, dir, options, hugo !== undefined, memory);
      } finally {
        if (result.cold.length > 0) results.push(result);
        if (!options.keep) await rm(dir, { recursive: true, force: true });
      }
    }
  } catch (caught) {
    if (!(caught instanceof BuildFailed)) throw caught;
    progress(caught.message);
    progress("The table below holds the runs finished before the failure.");
    exitCode = 1;
  } finally {
    if (!options.keep) await rm(root, { recursive: true, force: true });
  }

  if (results.length === 0) return exitCode;
  const lines = [
    "",
    `news-archive bench: medians of ${options.runs} run${options.runs === 1 ? "" : "s"}; output on ${options.keep ? path.resolve(options.keep) : scratchRoot()}`,
    formatMachine(machine),
    // Other work on the machine slows both tools; a load above the core count means the figures are noisy.
    `load average (1 min): ${loadAtStart.toFixed(1)} at the start, ${(os.loadavg()[0] ?? 0).toFixed(1)} at the end`,
    "",
    resultsTable(results),
    "",
    "ours, cold: empty entries folder and cache (ingest + render + search index); ours, +1 article: the same archive",
    "rebuilt after one more source was added; other: the wall time the phases leave out (starting Node, feeds,",
    "sitemap, replacing the output folder). Peak memory: the sum over the build's whole process tree.",
    ...notes,
    "",
    ...growthLines(results),
    ...targetLines(results),
    ...(options.keep ? ["", `kept: ${path.resolve(options.keep)}`] : []),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
  return exitCode;
}

export async function main(argv: string[]): Promise<number> {
  const program = new Command("bench")
    .description("Measure cold builds, rebuilds after one added article and Hugo's build of the same synthetic archive.")
    .addOption(new Option("--n <sizes>", "archive sizes, comma-separated").argParser(sizeList).default([1000, 10000], "1000,10000"))
    .addOption(new Option("--runs <count>", "runs per measurement; medians are reported").argParser(positiveInteger).default(3))
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
  return bench(options);
}

process.exitCode = await main(process.argv);
