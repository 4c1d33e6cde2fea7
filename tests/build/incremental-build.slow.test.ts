/**
 * A rebuild takes over from the published site every page, and every part of
 * the search index, whose input did not change. It must still give exactly the
 * site a cold build of the same content gives: every file, byte for byte. Each
 * case changes the content the way an editor would, rebuilds the published site
 * with its cache, builds the same content cold into a fresh folder, and compares.
 * The folders are on a file system that lists files in the order they were made
 * where there is one (scratch-folder.ts): a rebuild makes them in another order.
 */
import { mkdir, readdir, readFile, rename, rm, unlink, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIngest } from "../../src/ingest/run-ingest.ts";
import { loadSiteSettings } from "../../src/content/site-settings.ts";
import { renderSite } from "../../src/build/render-site.ts";
import { writeSynthArchive } from "../../bench/synth/synth-archive.ts";
import { makeScratchFolder } from "./scratch-folder.ts";

/** Few articles per search part, so that these small archives have several parts. */
const PART_LIMIT = 8;

let work = "";
let synth = "";
let held = "";
const folders = () => ({
  sources: path.join(synth, "sources"),
  taxonomy: path.join(synth, "taxonomy"),
  entries: path.join(work, "entries"),
  cache: path.join(work, "cache"),
  out: path.join(work, "site"),
});

async function build(outDir: string, cacheDir: string, pathPrefix?: string): Promise<string[]> {
  const { entries, taxonomy } = folders();
  const lines: string[] = [];
  const log = (line: string) => lines.push(line);
  const result = await renderSite({
    entriesDir: entries,
    taxonomyDir: taxonomy,
    outDir,
    cacheDir,
    searchPartLimit: PART_LIMIT,
    site: await loadSiteSettings(undefined, { pathPrefix }),
    log,
  });
  expect(result.problems.filter((problem) => problem.severity === "error")).toEqual([]);
  expect(result.ok).toBe(true);
  return lines;
}

async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** Every file of `actual` equals the same file of `expected`, and neither has a file the other lacks. */
async function expectSameSite(actual: string, expected: string): Promise<void> {
  const files = await filesBelow(expected);
  expect(await filesBelow(actual)).toEqual(files);
  const different: string[] = [];
  for (const file of files) {
    const [a, b] = await Promise.all([readFile(path.join(actual, file)), readFile(path.join(expected, file))]);
    if (!a.equals(b)) different.push(file);
  }
  expect(different).toEqual([]);
}

let coldCount = 0;
/** Rebuilds the published site incrementally and compares it with a cold build of the same content. */
async function rebuildAndCompare(pathPrefix?: string): Promise<string[]> {
  const { out, cache } = folders();
  const lines = await build(out, cache, pathPrefix);
  coldCount += 1;
  const cold = path.join(work, `cold-${coldCount}`);
  await build(cold, path.join(work, `cold-cache-${coldCount}`), pathPrefix);
  await expectSameSite(out, cold);
  await rm(cold, { recursive: true, force: true });
  return lines;
}

const kept = (lines: readonly string[]): number => Number(/kept (\d+) unchanged/.exec(lines.join("\n"))?.[1] ?? 0);
const keptParts = (lines: readonly string[]): number => Number(/(\d+) kept \(/.exec(lines.join("\n"))?.[1] ?? 0);

async function entryFiles(): Promise<string[]> {
  return (await filesBelow(folders().entries)).filter((file) => file.endsWith(".md"));
}

beforeAll(async () => {
  work = await makeScratchFolder("incremental-build-");
  synth = path.join(work, "synth");
  await writeSynthArchive({ n: 31, seed: "incremental", out: synth });
  // The last source is held back and added later, as an editor adds an article.
  const names = (await readdir(folders().sources)).sort();
  held = path.join(work, names.at(-1)!);
  await rename(path.join(folders().sources, names.at(-1)!), held);
  const { sources, taxonomy, entries, cache, out } = folders();
  await runIngest({ sources, taxonomy, entries, cache, today: "2030-01-01" }, () => {});
  await build(out, cache);
});

afterAll(async () => rm(work, { recursive: true, force: true }));

describe("an incremental rebuild", () => {
  it("keeps every page and search part when nothing changed", async () => {
    const lines = await rebuildAndCompare();
    expect(lines.join("\n")).toMatch(/rendered 0 pages/);
    expect(lines.join("\n")).toMatch(/ 0 indexed, \d+ kept \(/);
  });

  it("equals a cold build after a source is added and ingested", async () => {
    const { sources, taxonomy, entries, cache } = folders();
    await rename(held, path.join(sources, path.basename(held)));
    await runIngest({ sources, taxonomy, entries, cache, today: "2030-01-01" }, () => {});
    const lines = await rebuildAndCompare();
    expect(kept(lines)).toBeGreaterThan(0);
    expect(keptParts(lines)).toBeGreaterThan(0);
    // Feeds are outputs like pages: those of the tags the new article does not carry are kept.
    expect(lines.join("\n")).toMatch(/rendered \d+ pages, kept [1-9]\d* unchanged/);
  });

  it("equals a cold build after an editor changes an entry's title and body", async () => {
    const [first] = await entryFiles();
    const file = path.join(folders().entries, first!);
    const text = await readFile(file, "utf8");
    const edited = text.replace(/^title: .*$/m, 'title: "A corrected headline"').replace(/\n\n/, "\n\nA new opening paragraph.\n\n");
    expect(edited).not.toBe(text);
    await writeFile(file, edited);
    const lines = await rebuildAndCompare();
    expect(kept(lines)).toBeGreaterThan(0);
  });

  it("equals a cold build after an entry is removed", async () => {
    const files = await entryFiles();
    await unlink(path.join(folders().entries, files[Math.floor(files.length / 2)]!));
    await rebuildAndCompare();
  });

  it("equals a cold build after a person is renamed in the taxonomy", async () => {
    const file = path.join(folders().taxonomy, "people.yaml");
    const text = await readFile(file, "utf8");
    const renamed = text.replace(/^(\s*-?\s*name: )(.+)$/m, "$1Renamed Person");
    expect(renamed).not.toBe(text);
    await writeFile(file, renamed);
    await rebuildAndCompare();
  });

  it("equals a cold build under another path prefix, where every page changes", async () => {
    const lines = await rebuildAndCompare("/news/");
    expect(kept(lines)).toBe(0);
  });

  it("renders again a published page that was changed by hand", async () => {
    const { out } = folders();
    const page = path.join(out, "archive", "index.html");
    await writeFile(page, "tampered");
    const lines = await rebuildAndCompare("/news/");
    expect(lines.join("\n")).toMatch(/rendered 1 pages/);
  });
});

describe("a build whose site folder is gone, with its cache kept", () => {
  const storeOf = () => path.join(folders().cache, "search-parts");
  const fromCache = (lines: readonly string[]): number => Number(/\((\d+) from the cache\)/.exec(lines.join("\n"))?.[1] ?? 0);
  const indexedParts = (lines: readonly string[]): number => Number(/(\d+) indexed/.exec(lines.join("\n"))?.[1] ?? -1);

  it("takes every search part from the cache instead of indexing it, and equals a cold build", async () => {
    await rebuildAndCompare("/news/");
    const parts = (await readdir(storeOf())).length;
    expect(parts).toBeGreaterThan(1);
    await rm(folders().out, { recursive: true, force: true });
    // A cache restored by a tool that keeps no file times (an archive, a CI cache) still serves.
    for (const file of await readdir(storeOf(), { recursive: true })) await utimes(path.join(storeOf(), file), 0, 0);
    const lines = await rebuildAndCompare("/news/");
    expect(indexedParts(lines)).toBe(0);
    expect(fromCache(lines)).toBe(parts);
  });

  it("indexes again a part whose kept file changed since", async () => {
    const [key] = (await readdir(storeOf())).sort();
    const manifest = JSON.parse(await readFile(path.join(storeOf(), key!, "files.json"), "utf8")) as Record<string, unknown>;
    const file = Object.keys(manifest).find((name) => name.endsWith("pagefind-entry.json"))!;
    // A new file in place of the link, so that the published site's copy stays as it was.
    const kept = path.join(storeOf(), key!, file);
    const text = await readFile(kept, "utf8");
    await unlink(kept);
    await writeFile(kept, text.replace("{", '{"tampered":true,'));
    await rm(folders().out, { recursive: true, force: true });
    const lines = await rebuildAndCompare("/news/");
    expect(indexedParts(lines)).toBe(1);
  });

  it("drops the parts no build uses any more, and nothing it did not make", async () => {
    const store = storeOf();
    const stale = path.join(store, "A".repeat(43));
    const foreign = path.join(store, "B".repeat(43));
    const note = path.join(store, "README");
    await rm(stale, { recursive: true, force: true });
    await mkdir(stale, { recursive: true });
    await mkdir(foreign, { recursive: true });
    await writeFile(path.join(stale, "files.json"), "{}");
    await writeFile(path.join(foreign, "notes.txt"), "an editor's file");
    await writeFile(note, "kept");
    await build(folders().out, folders().cache, "/news/");
    const left = await readdir(store);
    expect(left).not.toContain("A".repeat(43));
    expect(left).toContain("B".repeat(43));
    expect(left).toContain("README");
    expect(await readFile(path.join(foreign, "notes.txt"), "utf8")).toBe("an editor's file");
  });
});
