/**
 * Once per `npm run test:faults`: a synthetic archive of 1,000 articles
 * (`npm run synth`), built once (the "old site"), and the changes the killed
 * runs then work on, so that the old site and the new one differ:
 *
 * - `build`: five sources added, one source's headline edited (its entry moves
 *   to a new address), one entry's title corrected by hand;
 * - `ingest`: the same, and an alias added to the taxonomy (every entry is then
 *   written again, and a few are tagged anew).
 *
 * Every run of the suite happens in one folder, the arena, restored from these
 * snapshots before each run: the build records the published site by its path,
 * so an incremental build is only incremental in the folder it was built in.
 * The references are cold runs (fresh cache) of the same inputs elsewhere.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { parseEntryFile } from "../../src/content/entry-file.ts";
import { DEFAULT_SEED, writeSynthArchive } from "../../bench/synth/synth-archive.ts";
import { cliArgs, expectSuccess, runCli, type Folders } from "./support/run.ts";
import { foldersIn, restoreArena, type Scenario } from "./support/arena.ts";
import { copyState, digestTree, type TreeDigest } from "./support/tree.ts";

export const OLD_ARTICLES = 1000;
const ADDED_SOURCES = 5;

export interface FaultSetup {
  work: string;
  /** Where every run of the suite happens; restore it with `copyState(states[x], arena)`. */
  arena: string;
  folders: Folders;
  states: { old: string } & Record<Scenario, string>;
  /** The old site, as built from the old state. */
  oldSite: TreeDigest;
  /** Cold build of the `build` state's inputs: the new site and entries. */
  newSite: TreeDigest;
  newEntries: TreeDigest;
  /** Entries of the `build` and `ingest` states before any run (after the hand edit). */
  startEntries: Record<Scenario, TreeDigest>;
  /** Cold ingest of the `ingest` state's inputs. */
  ingestEntries: TreeDigest;
  /**
   * One undisturbed run of each scenario in the arena, from its state: how long
   * it took (the kill points are drawn within it) and what it left.
   */
  undisturbed: Record<Scenario, { ms: number; site: TreeDigest; entries: TreeDigest }>;
}

declare module "vitest" {
  export interface ProvidedContext {
    faults: FaultSetup;
  }
}

async function entryFiles(root: string): Promise<string[]> {
  return (await readdir(root, { recursive: true })).filter((name) => name.endsWith(".md")).sort();
}

/** The entry made from `source` (a file name), relative to the entries folder. */
async function entryOf(entriesDir: string, source: string): Promise<{ file: string; title: string }> {
  for (const file of await entryFiles(entriesDir)) {
    const parsed = parseEntryFile(await readFile(path.join(entriesDir, file), "utf8"));
    if (parsed.ok && parsed.entry.data.source === source) return { file, title: parsed.entry.data.title };
  }
  throw new Error(`no entry for ${source}`);
}

/** The changes between the old site and the `build` runs. */
async function changeForBuild(state: string, synthSources: string[], synthDir: string): Promise<void> {
  const folders = foldersIn(state);
  for (const name of synthSources.slice(OLD_ARTICLES, OLD_ARTICLES + ADDED_SOURCES)) {
    await cp(path.join(synthDir, "sources", name), path.join(folders.sources, name), { preserveTimestamps: true });
  }
  // A headline edited in its source: the entry gets a new title, so a new address.
  // The first source from the eleventh on that prints its headline (a source without
  // one is titled from its lede, shortened, which its text does not hold as it is).
  let headlined = false;
  for (const edited of synthSources.slice(10, OLD_ARTICLES)) {
    const { title } = await entryOf(folders.entries, edited);
    const sourceFile = path.join(folders.sources, edited);
    const text = await readFile(sourceFile, "utf8");
    if (!text.includes(title)) continue;
    await writeFile(sourceFile, text.replace(title, `Exclusive: ${title}`));
    headlined = true;
    break;
  }
  if (!headlined) throw new Error("no old source prints its entry's title");
  // An editor's correction of another entry's title (kept by later runs).
  const corrected = await entryOf(folders.entries, synthSources[20]!);
  const entryFile = path.join(folders.entries, corrected.file);
  const entry = await readFile(entryFile, "utf8");
  await writeFile(entryFile, entry.replace(/^title: .*$/m, "title: A title corrected by hand"));
}

/** The further change of the `ingest` runs: an alias that six synthetic sources mention. */
async function changeForIngest(state: string): Promise<void> {
  const file = path.join(foldersIn(state).taxonomy, "people.yaml");
  const text = await readFile(file, "utf8");
  const changed = text.replace(/^( {2}aliases:\n)/m, "$1    - Andrei Dmitriev\n");
  if (changed === text) throw new Error("people.yaml has no aliases list to add to");
  await writeFile(file, changed);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  const work = await mkdtemp(path.join(os.tmpdir(), "news-archive-faults-"));
  const teardown = async () => {
    if (!process.env.FAULTS_KEEP) await rm(work, { recursive: true, force: true });
  };
  try {
    const synthDir = path.join(work, "synth");
    await mkdir(synthDir);
    await writeSynthArchive({ n: OLD_ARTICLES + ADDED_SOURCES, out: synthDir, seed: DEFAULT_SEED, force: false });
    const synthSources = (await readdir(path.join(synthDir, "sources"))).sort();

    // The old site: the first 1,000 sources, built cold in the arena.
    const arena = path.join(work, "arena");
    const folders = foldersIn(arena);
    await mkdir(folders.sources, { recursive: true });
    for (const name of synthSources.slice(0, OLD_ARTICLES)) {
      await cp(path.join(synthDir, "sources", name), path.join(folders.sources, name), { preserveTimestamps: true });
    }
    await cp(path.join(synthDir, "taxonomy"), folders.taxonomy, { recursive: true });
    const oldBuild = await runCli(cliArgs("build", folders));
    expectSuccess(oldBuild, "the old site's build");
    const oldSite = digestTree(folders.out);

    const states = {
      old: path.join(work, "states", "old"),
      build: path.join(work, "states", "build"),
      ingest: path.join(work, "states", "ingest"),
    };
    await mkdir(path.join(work, "states"));
    await copyState(arena, states.old);
    await copyState(states.old, states.build);
    await changeForBuild(states.build, synthSources, synthDir);
    await copyState(states.build, states.ingest);
    await changeForIngest(states.ingest);
    const startEntries = {
      build: digestTree(foldersIn(states.build).entries),
      ingest: digestTree(foldersIn(states.ingest).entries),
    };

    // References: the same inputs, cold (no cache, no published site), in other folders.
    const reference = path.join(work, "reference");
    const coldBuild = foldersIn(path.join(reference, "build"));
    await copyState(states.build, path.dirname(coldBuild.out), { skip: ["cache", "site"] });
    const coldIngest = foldersIn(path.join(reference, "ingest"));
    await copyState(states.ingest, path.dirname(coldIngest.out), { skip: ["cache", "site"] });
    // Side by side: only their results count, not their times.
    const [built, ingested] = await Promise.all([runCli(cliArgs("build", coldBuild)), runCli(cliArgs("ingest", coldIngest))]);
    expectSuccess(built, "the cold build of the new inputs");
    expectSuccess(ingested, "the cold ingest of the new inputs");

    // One undisturbed run of each scenario where the killed ones will run: how long it takes.
    const undisturbed = {} as FaultSetup["undisturbed"];
    for (const scenario of ["build", "ingest"] as const) {
      await restoreArena(scenario, states[scenario], arena);
      const run = await runCli(cliArgs(scenario, folders));
      expectSuccess(run, `the undisturbed ${scenario}`);
      undisturbed[scenario] = { ms: run.ms, site: digestTree(folders.out), entries: digestTree(folders.entries) };
    }

    const faults: FaultSetup = {
      work,
      arena,
      folders,
      states,
      oldSite,
      newSite: digestTree(coldBuild.out),
      newEntries: digestTree(coldBuild.entries),
      startEntries,
      ingestEntries: digestTree(coldIngest.entries),
      undisturbed,
    };
    project.provide("faults", faults);
    process.stdout.write(
      `faults: ${OLD_ARTICLES} articles synthesised and built (old site ${seconds(oldBuild.ms)}, ` +
        `cold build of the new inputs ${seconds(built.ms)}, cold ingest ${seconds(ingested.ms)}; ` +
        `undisturbed build ${seconds(undisturbed.build.ms)}, ingest ${seconds(undisturbed.ingest.ms)}) ` +
        `in ${seconds(Date.now() - started)} (${work})\n`,
    );
  } catch (caught) {
    await teardown();
    throw caught;
  }
  return teardown;
}
