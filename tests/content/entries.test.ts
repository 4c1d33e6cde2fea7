import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readEntries, rememberEntries } from "../../src/content/entries.ts";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** An entries folder holding the seed entries, and an empty cache folder. */
function archive(): { entries: string; cache: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "entries-"));
  made.push(dir);
  const entries = path.join(dir, "entries");
  cpSync(path.join(import.meta.dirname, "../../content/articles"), entries, { recursive: true });
  return { entries, cache: path.join(dir, "cache") };
}

const titleOf = (read: Awaited<ReturnType<typeof readEntries>>, file: string) =>
  read.entries.find((entry) => entry.path === file)?.data.title;

describe("the entries cache", () => {
  it("keeps the cache file as it is when a run remembers the entries it read", async () => {
    const { entries, cache } = archive();
    await rememberEntries(entries, cache, (await readEntries(entries, cache)).entries);
    const cacheFile = path.join(cache, "entries.json");
    const before = statSync(cacheFile);
    const read = await readEntries(entries, cache);
    expect(read.entries).toHaveLength(5);
    await rememberEntries(entries, cache, read.entries);
    const after = statSync(cacheFile);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  });

  it("reads again, in the next run, an entry edited after this run read it", async () => {
    const { entries, cache } = archive();
    const read = await readEntries(entries, cache);
    const file = read.entries[0]!.path;
    const title = read.entries[0]!.data.title;
    // The editor saves while the run is busy: the run remembers what it read, with the stamp it read it at.
    const full = path.join(entries, file);
    writeFileSync(full, readFileSync(full, "utf8").replace(/^title: .*$/m, "title: Saved while the run was busy"));
    utimesSync(full, new Date(), new Date(Date.now() + 5000));
    await rememberEntries(entries, cache, read.entries);
    expect(title).not.toBe("Saved while the run was busy");
    expect(titleOf(await readEntries(entries, cache), file)).toBe("Saved while the run was busy");
  });

  it("takes an entry from the cache while its file keeps its size and time", async () => {
    const { entries, cache } = archive();
    const file = (await readEntries(entries, cache)).entries[1]!.path;
    const full = path.join(entries, file);
    // A whole second, which setting the time again gives back exactly.
    const atime = new Date(1_700_000_000_000);
    const mtime = atime;
    utimesSync(full, atime, mtime);
    const read = await readEntries(entries, cache);
    await rememberEntries(entries, cache, read.entries);
    const text = readFileSync(full, "utf8");
    const title = read.entries[1]!.data.title;
    // Same size, same time: the cache cannot tell, and answers from its record.
    writeFileSync(full, text.replace(title, "X".repeat(Buffer.byteLength(title))));
    utimesSync(full, atime, mtime);
    expect(titleOf(await readEntries(entries, cache), file)).toBe(title);
  });

  it("reads the cache file again when another writer replaced it", async () => {
    const { entries, cache } = archive();
    const read = await readEntries(entries, cache);
    await rememberEntries(entries, cache, read.entries);
    const cacheFile = path.join(cache, "entries.json");
    const saved = JSON.parse(readFileSync(cacheFile, "utf8")) as { entries: Array<{ path: string; data: { title: string } }> };
    const file = saved.entries[2]!.path;
    saved.entries[2]!.data.title = "As another run recorded it";
    writeFileSync(cacheFile, JSON.stringify(saved));
    utimesSync(cacheFile, new Date(), new Date(Date.now() + 5000));
    expect(titleOf(await readEntries(entries, cache), file)).toBe("As another run recorded it");
  });
});
