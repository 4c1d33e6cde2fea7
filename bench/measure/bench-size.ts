/**
 * One archive size of `npm run bench`: synthesise it, build it once, keep a
 * snapshot of the built archive, then run the planned scenarios run by run,
 * each rebuild and `serve` starting from that same snapshot, so that no
 * scenario's change reaches the next.
 */
import { readFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import type { Manifest } from "../synth/synth-archive.ts";
import { generateWorld } from "../synth/world.ts";
import { changedEntries, withoutStamp } from "./archive-edits.ts";
import {
  archiveFolders,
  CLI,
  hugoBuild,
  ourBuild,
  ourPathArguments,
  pagefindIndexedPages,
  pagefindOverHugo,
  ROOT,
  sizeLayout,
  synthesize,
  type ArchiveFolders,
  type SizeLayout,
} from "./archive-builds.ts";
import { sequentialSample, type BuildSample, type SizeResult } from "./bench-report.ts";
import { compareFolders, copyState, digestTree, LINKED_FOLDERS, readEntryTexts, replaceFile } from "./folder-state.ts";
import { writeHugoContent } from "./hugo-content.ts";
import { countPages } from "./page-count.ts";
import { parsePhaseTimings } from "./phase-timings.ts";
import { addedEntryProblem, applyChange, prepareChanges, titleEdit, type ChangeKit } from "./rebuild-changes.ts";
import type { MeasuredRun } from "./run-measured.ts";
import { isAdd, isRebuild, type RebuildScenario, type Scenario, type ScenarioPlan } from "./scenarios.ts";
import { measureServeReload } from "./serve-reload.ts";
import { formatCount, formatDuration } from "./table-format.ts";

export class BuildFailed extends Error {}

export interface SizeOptions {
  plan: ScenarioPlan;
  /** Whether peak memory can be sampled here (Linux `/proc`). */
  memory: boolean;
  /** Build every rebuild's inputs cold too, and compare (first run of each). */
  verify: boolean;
  /** `--keep`: also keep the two sites of a rebuild that differs from its cold build. */
  keep: boolean;
  progress: (line: string) => void;
}

function lastLines(text: string, count = 20): string {
  return text.trimEnd().split("\n").slice(-count).join("\n");
}

function checked(what: string, run: MeasuredRun): MeasuredRun {
  if (run.exitCode !== 0) throw new BuildFailed(`${what} failed with exit code ${run.exitCode}; its last lines:\n${lastLines(run.output)}`);
  return run;
}

/** The state of one size while its scenarios run. */
class SizeBench {
  readonly layout: SizeLayout;
  readonly arena: ArchiveFolders;
  kit?: ChangeKit;
  private manifest?: Manifest;
  /** `--verify`: digests of the snapshot's hard-linked folders when it was made. */
  private snapshotDigests?: string[];

  constructor(
    readonly result: SizeResult,
    dir: string,
    readonly options: SizeOptions,
  ) {
    this.layout = sizeLayout(dir);
    this.arena = archiveFolders(this.layout.arena);
  }

  private sample(run: MeasuredRun): BuildSample {
    return {
      wallMs: run.wallMs,
      ...(this.options.memory ? { peakRssBytes: run.peakRssBytes } : {}),
      phases: parsePhaseTimings(run.output),
    };
  }

  private record(scenario: Scenario, sample: BuildSample, label: string): void {
    const samples = this.result.samples[scenario] ?? [];
    samples.push(sample);
    this.result.samples[scenario] = samples;
    this.options.progress(`${label}: ${scenario} ${formatDuration(sample.wallMs)}`);
  }

  async synthesize(): Promise<void> {
    const { n } = this.result;
    checked("npm run synth", await synthesize(n, this.layout.synth));
    this.manifest = JSON.parse(await readFile(path.join(this.layout.synth, "manifest.json"), "utf8")) as Manifest;
    if (this.manifest.sources.length !== n) throw new BuildFailed(`synth wrote ${this.manifest.sources.length} sources, not ${n}`);
  }

  /** The arena with synth's sources and taxonomy and nothing built: where a cold build starts. */
  private async emptyArena(): Promise<void> {
    await copyState(this.layout.synth, this.layout.arena, { link: ["sources"], skip: ["manifest.json"] });
  }

  /** After the first build: the snapshot, Hugo's content, and the changes the rebuilds will make. */
  private async afterFirstBuild(): Promise<void> {
    const { plan } = this.options;
    if (plan.snapshot) {
      await copyState(this.layout.arena, this.layout.snapshot, { link: LINKED_FOLDERS });
      if (this.options.verify) this.snapshotDigests = this.digestSnapshot();
    }
    if (plan.hugoContent) await writeHugoContent(this.arena.entries, this.arena.taxonomy, this.layout.hugoContent);
    if (plan.snapshot) {
      const manifest = this.manifest!;
      this.kit = await prepareChanges(this.arena, { world: generateWorld(manifest.seed), seed: manifest.seed, sources: manifest.sources });
      this.result.alias = { ...this.kit.alias };
    }
  }

  private digestSnapshot(): string[] {
    return LINKED_FOLDERS.map((name) => digestTree(path.join(this.layout.snapshot, name)).digest);
  }

  /**
   * `--verify`: whether the snapshot still holds what it held when it was made.
   * Its files are shared by hard links with every restored arena; a build or an
   * edit that wrote into a file in place would have changed it, and every later
   * scenario would have started from something else.
   */
  checkSnapshot(): void {
    if (this.snapshotDigests === undefined) return;
    this.result.snapshotIntact = this.digestSnapshot().every((digest, index) => digest === this.snapshotDigests![index]);
  }

  async setupBuild(): Promise<void> {
    await this.emptyArena();
    checked("the first (unmeasured) build", await ourBuild(this.arena));
    await this.afterFirstBuild();
  }

  async cold(run: number, label: string): Promise<void> {
    await this.emptyArena();
    const build = checked("our cold build", await ourBuild(this.arena));
    this.record("cold", this.sample(build), label);
    if (run === 1) {
      this.result.pages.cold = await countPages(this.arena.site);
      await this.afterFirstBuild();
    }
  }

  /**
   * The built archive without its site: entries and cache kept, as on a fresh
   * checkout whose cache folder was restored. `--verify` compares the site with
   * the snapshot's, itself a cold build of the same inputs.
   */
  async coldCache(run: number, label: string): Promise<void> {
    await copyState(this.layout.snapshot, this.layout.arena, { link: LINKED_FOLDERS });
    await rm(this.arena.site, { recursive: true, force: true });
    const build = checked("our cold build with the cache kept", await ourBuild(this.arena));
    this.record("cold-cache", this.sample(build), label);
    if (run !== 1) return;
    this.result.pages["cold-cache"] = await countPages(this.arena.site);
    if (!this.options.verify) return;
    const site = compareFolders(this.arena.site, path.join(this.layout.snapshot, "site"), Infinity);
    const entries = compareFolders(this.arena.entries, path.join(this.layout.snapshot, "entries"), Infinity);
    const differences = [...site.differences.map((line) => `site: ${line}`), ...entries.differences.map((line) => `entries: ${line}`)];
    this.result.verify["cold-cache"] = { files: site.files + entries.files, differences };
    const same = differences.length === 0;
    this.options.progress(`verify cold-cache: ${same ? "same as a cold build" : "DIFFERS from a cold build"}`);
  }

  /** Hugo, and Pagefind after it when `withPagefind`; Hugo's half is always the `hugo` sample too (one Hugo build a run). */
  async hugo(run: number, label: string, withPagefind: boolean): Promise<void> {
    await rm(this.layout.hugoSite, { recursive: true, force: true });
    const hugo = this.sample(checked("hugo", await hugoBuild(this.layout)));
    hugo.phases = {};
    this.record("hugo", hugo, label);
    if (run === 1) this.result.pages.hugo = this.result.pages["hugo+pagefind"] = await countPages(this.layout.hugoSite);
    if (!withPagefind) return;
    const pagefind = checked("pagefind over Hugo's site", await pagefindOverHugo(this.layout));
    const indexed = pagefindIndexedPages(pagefind.output);
    if (run === 1 && indexed !== this.result.n) {
      this.options.progress(
        `note: Pagefind indexed ${indexed ?? "an unknown number of"} pages of Hugo's site, not the ${this.result.n} articles`,
      );
    }
    this.record("hugo+pagefind", sequentialSample(hugo, this.sample(pagefind), ["render", "search-index"]), label);
  }

  async rebuild(scenario: RebuildScenario, run: number, label: string): Promise<void> {
    const kit = this.kit!;
    await copyState(this.layout.snapshot, this.layout.arena, { link: LINKED_FOLDERS });
    await applyChange(scenario, kit, this.arena, this.layout.staging);
    const verify = this.options.verify && run === 1;
    // The reference gets the changed inputs before the rebuild rewrites any entry.
    if (verify)
      await copyState(this.layout.arena, this.layout.reference, { link: ["sources", "taxonomy", "entries"], skip: ["cache", "site"] });
    const build = checked(`our rebuild (${scenario})`, await ourBuild(this.arena));
    this.record(scenario, this.sample(build), label);
    if (run !== 1) return;

    this.result.pages[scenario] = await countPages(this.arena.site);
    if (isAdd(scenario)) {
      const problem = await addedEntryProblem(this.arena.entries, kit.added[scenario]);
      if (problem) throw new BuildFailed(`${scenario}: ${problem}`);
    }
    if (scenario === "add-alias" && this.result.alias) {
      const stripped = (texts: Map<string, string>) => new Map([...texts].map(([file, text]) => [file, withoutStamp(text)]));
      const before = stripped(readEntryTexts(path.join(this.layout.snapshot, "entries")));
      this.result.alias.retagged = changedEntries(before, stripped(readEntryTexts(this.arena.entries))).length;
    }
    if (verify) await this.verify(scenario);
  }

  private async verify(scenario: RebuildScenario): Promise<void> {
    const reference = archiveFolders(this.layout.reference);
    checked(`the cold build of ${scenario}'s inputs`, await ourBuild(reference));
    const site = compareFolders(this.arena.site, reference.site, Infinity);
    const entries = compareFolders(this.arena.entries, reference.entries, Infinity);
    this.result.verify[scenario] = {
      files: site.files + entries.files,
      differences: [...site.differences.map((line) => `site: ${line}`), ...entries.differences.map((line) => `entries: ${line}`)],
    };
    const same = this.result.verify[scenario]!.differences.length === 0;
    this.options.progress(`verify ${scenario}: ${same ? "same as a cold build" : "DIFFERS from a cold build"}`);
    if (same || !this.options.keep) await rm(this.layout.reference, { recursive: true, force: true });
    else {
      // Both sites kept to look into: the rebuilt one beside its cold reference.
      const kept = `${this.layout.reference}-${scenario}`;
      await rm(kept, { recursive: true, force: true });
      await copyState(this.layout.arena, path.join(kept, "rebuilt"), { link: LINKED_FOLDERS });
      await rename(this.layout.reference, path.join(kept, "cold"));
    }
  }

  async serveReload(run: number, label: string): Promise<void> {
    await copyState(this.layout.snapshot, this.layout.arena, { link: LINKED_FOLDERS });
    const edit = await titleEdit(this.kit!, this.arena, run);
    const measured = await measureServeReload({
      command: process.execPath,
      args: [CLI, "serve", ...ourPathArguments(this.arena), "--port", "0"],
      cwd: ROOT,
      save: () => replaceFile(edit.file, edit.text, this.layout.staging),
      page: edit.page,
      expect: edit.expect,
    });
    if (measured.earlierReloads > 0)
      this.options.progress(`note: serve reloaded ${measured.earlierReloads}× before the page showed the edit`);
    this.record(
      "serve-reload",
      { wallMs: measured.wallMs, ...(this.options.memory ? { peakRssBytes: measured.peakRssBytes } : {}), phases: {} },
      label,
    );
  }
}

/** Fills `result` run by run, so that the runs done before a failure are still reported. */
export async function benchSize(result: SizeResult, dir: string, options: SizeOptions): Promise<void> {
  const bench = new SizeBench(result, dir, options);
  const { plan } = options;
  options.progress(`${formatCount(result.n)} articles: synth → ${dir}`);
  await bench.synthesize();
  if (plan.setupBuild) await bench.setupBuild();

  for (const [index, scenarios] of plan.runs.entries()) {
    const run = index + 1;
    const label = `${formatCount(result.n)} articles, run ${run}/${plan.runs.length}`;
    for (const scenario of scenarios) {
      if (scenario === "cold") await bench.cold(run, label);
      else if (scenario === "cold-cache") await bench.coldCache(run, label);
      else if (scenario === "hugo" || scenario === "hugo+pagefind") await bench.hugo(run, label, scenario === "hugo+pagefind");
      else if (scenario === "serve-reload") await bench.serveReload(run, label);
      else if (isRebuild(scenario)) await bench.rebuild(scenario, run, label);
    }
  }
  bench.checkSnapshot();
}
