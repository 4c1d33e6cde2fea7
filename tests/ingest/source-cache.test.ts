/**
 * Ingest remembers each source's hashes by the file's size and time, so that a
 * rebuild does not read the sources that did not change.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runIngest } from "../../src/ingest/run-ingest.ts";
import { SourceCache } from "../../src/ingest/source-cache.ts";

const SOURCE_TIME = new Date("2025-01-15T08:00:00Z");
type Options = { sources: string; entries: string; taxonomy: string; cache: string; today: string };
/** Every folder a test made, removed at the end. */
const made: string[] = [];

async function entryTexts(options: Options): Promise<string[]> {
  const files = (await readdir(options.entries, { recursive: true })).filter((file) => file.endsWith(".md")).sort();
  return Promise.all(files.map((file) => readFile(path.join(options.entries, file), "utf8")));
}

/** The text with its last " the " made " thy ": another entry from a file of the same size. */
function sameSizeEdit(text: string): string {
  const last = text.lastIndexOf(" the ");
  return `${text.slice(0, last)} thy ${text.slice(last + 5)}`;
}

const optionsIn = (work: string): Options => ({
  sources: path.join(work, "sources"),
  entries: path.join(work, "entries"),
  taxonomy: "content/taxonomy",
  cache: path.join(work, "cache"),
  today: "2030-01-01",
});

/** An archive of its own for each test (so that the tests hold in any order): one seed source, ingested once. */
async function ingestedArchive(): Promise<{ work: string; options: Options; source: string }> {
  const work = await mkdtemp(path.join(os.tmpdir(), "source-cache-"));
  made.push(work);
  const options = optionsIn(work);
  await mkdir(options.sources);
  const [first] = (await readdir("content/sources")).sort();
  const source = path.join(options.sources, first!);
  await copyFile(path.join("content/sources", first!), source);
  // A whole-second time, which utimes can set again exactly.
  await utimes(source, SOURCE_TIME, SOURCE_TIME);
  await runIngest(options, () => {});
  return { work, options, source };
}

afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("the source record", () => {
  it("is used under the same rules and taxonomy only", async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), "source-cache-"));
    made.push(work);
    const cache = await SourceCache.open(path.join(work, "record"), "rules-a");
    cache.remember("a.txt", 10, 1000, { textHash: "t", inputsHash: "i" });
    await cache.save();
    expect((await SourceCache.open(path.join(work, "record"), "rules-a")).known("a.txt", 10, 1000)).toEqual({
      textHash: "t",
      inputsHash: "i",
    });
    expect((await SourceCache.open(path.join(work, "record"), "rules-b")).known("a.txt", 10, 1000)).toBeUndefined();
    expect((await SourceCache.open(path.join(work, "record"), "rules-a")).known("a.txt", 11, 1000)).toBeUndefined();
  });
});

describe("ingest with the source record", () => {
  it("does not read a source whose size and time are unchanged", async () => {
    const { options, source } = await ingestedArchive();
    const before = await entryTexts(options);
    const { size } = await stat(source);
    // Same size and time, other words: a run that read the file would write another entry.
    await writeFile(source, sameSizeEdit(await readFile(source, "utf8")));
    await utimes(source, SOURCE_TIME, SOURCE_TIME);
    expect((await stat(source)).size).toBe(size);
    const summary = await runIngest(options, () => {});
    expect(summary.unchanged).toBe(1);
    expect(await entryTexts(options)).toEqual(before);
  });

  it("does not read it either after the whole archive moved to another folder", async () => {
    const { work, options } = await ingestedArchive();
    const before = await entryTexts(options);
    const moved = `${work}-moved`;
    await rename(work, moved);
    made.push(moved);
    const movedOptions = optionsIn(moved);
    const summary = await runIngest(movedOptions, () => {});
    expect(summary.unchanged).toBe(1);
    expect(await entryTexts(movedOptions)).toEqual(before);
  });

  it("reads it again once its time changed", async () => {
    const { options, source } = await ingestedArchive();
    const before = await entryTexts(options);
    await writeFile(source, sameSizeEdit(await readFile(source, "utf8")));
    await utimes(source, new Date(), new Date(Date.now() + 10_000));
    const summary = await runIngest(options, () => {});
    expect(summary, JSON.stringify(summary.problems)).toMatchObject({ written: 1 });
    expect(await entryTexts(options)).not.toEqual(before);
  });
});
