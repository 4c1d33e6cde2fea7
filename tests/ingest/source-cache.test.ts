/**
 * Ingest remembers each source's hashes by the file's size and time, so that a
 * rebuild does not read the sources that did not change.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIngest } from "../../src/ingest/run-ingest.ts";
import { SourceCache } from "../../src/ingest/source-cache.ts";

let work = "";
let options: { sources: string; entries: string; taxonomy: string; cache: string; today: string };
let source = "";
const SOURCE_TIME = new Date("2025-01-15T08:00:00Z");

async function entryTexts(): Promise<string[]> {
  const files = (await readdir(options.entries, { recursive: true })).filter((file) => file.endsWith(".md")).sort();
  return Promise.all(files.map((file) => readFile(path.join(options.entries, file), "utf8")));
}

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), "source-cache-"));
  options = {
    sources: path.join(work, "sources"),
    entries: path.join(work, "entries"),
    taxonomy: "content/taxonomy",
    cache: path.join(work, "cache"),
    today: "2030-01-01",
  };
  await mkdir(options.sources);
  const [first] = (await readdir("content/sources")).sort();
  source = path.join(options.sources, first!);
  await copyFile(path.join("content/sources", first!), source);
  // A whole-second time, which utimes can set again exactly.
  await utimes(source, SOURCE_TIME, SOURCE_TIME);
  await runIngest(options, () => {});
});

afterAll(async () => rm(work, { recursive: true, force: true }));

describe("the source record", () => {
  it("is used under the same rules and taxonomy only", async () => {
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
    const before = await entryTexts();
    const { size } = await stat(source);
    // Same size and time, other words: a run that read the file would write another entry.
    const text = await readFile(source, "utf8");
    const last = text.lastIndexOf(" the ");
    await writeFile(source, `${text.slice(0, last)} thy ${text.slice(last + 5)}`);
    await utimes(source, SOURCE_TIME, SOURCE_TIME);
    expect((await stat(source)).size).toBe(size);
    const summary = await runIngest(options, () => {});
    expect(summary.unchanged).toBe(1);
    expect(await entryTexts()).toEqual(before);
  });

  it("does not read it either after the whole archive moved to another folder", async () => {
    const before = await entryTexts();
    const moved = `${work}-moved`;
    await rename(work, moved);
    const old = work;
    work = moved;
    options = { ...options, sources: path.join(moved, "sources"), entries: path.join(moved, "entries"), cache: path.join(moved, "cache") };
    source = path.join(options.sources, path.relative(path.join(old, "sources"), source));
    const summary = await runIngest(options, () => {});
    expect(summary.unchanged).toBe(1);
    expect(await entryTexts()).toEqual(before);
  });

  it("reads it again once its time changed", async () => {
    const before = await entryTexts();
    await utimes(source, new Date(), new Date(Date.now() + 10_000));
    const summary = await runIngest(options, () => {});
    expect(summary, JSON.stringify(summary.problems)).toMatchObject({ written: 1 });
    expect(await entryTexts()).not.toEqual(before);
  });
});
