import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  removeStaleTemporaryFiles,
  removeStaleTemporaryFilesBelow,
  temporaryNameOf,
  writeFileAtomically,
  writeFileAtomicallySync,
} from "../../src/lib/atomic-file.ts";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The id of a process that has ended, as a later run finds a killed one's. */
const DEAD = spawnSync(process.execPath, ["-e", ""]).pid!;

function folder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "atomic-file-"));
  made.push(dir);
  return dir;
}

const listing = (dir: string) => readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();

describe("writeFileAtomically", () => {
  it("writes the file whole and leaves no temporary file", async () => {
    const dir = folder();
    await writeFileAtomically(path.join(dir, "a", "entry.md"), "text");
    expect(listing(dir)).toEqual(["a", path.join("a", "entry.md")]);
  });

  it("makes missing folders, however deep, and writes into existing ones, even one removed since", async () => {
    const dir = folder();
    await writeFileAtomically(path.join(dir, "2025", "01", "a.md"), "a");
    await writeFileAtomically(path.join(dir, "2025", "01", "b.md"), "b");
    rmSync(path.join(dir, "2025"), { recursive: true });
    await writeFileAtomically(path.join(dir, "2025", "01", "c.md"), "c", { exclusive: true });
    expect(listing(dir)).toEqual(["2025", path.join("2025", "01"), path.join("2025", "01", "c.md")]);
    expect(readFileSync(path.join(dir, "2025", "01", "c.md"), "utf8")).toBe("c");
  });

  it("fails, leaving nothing behind, when a file stands where a folder should", async () => {
    const dir = folder();
    writeFileSync(path.join(dir, "2025"), "not a folder");
    await expect(writeFileAtomically(path.join(dir, "2025", "01", "a.md"), "a")).rejects.toThrow();
    expect(listing(dir)).toEqual(["2025"]);
  });
});

describe("writeFileAtomicallySync", () => {
  it("replaces the file whole and leaves no temporary file", () => {
    const dir = folder();
    writeFileSync(path.join(dir, "page.html"), "old");
    writeFileAtomicallySync(path.join(dir, "page.html"), "new");
    expect(readFileSync(path.join(dir, "page.html"), "utf8")).toBe("new");
    expect(listing(dir)).toEqual(["page.html"]);
  });

  it("makes a missing folder", () => {
    const dir = folder();
    writeFileAtomicallySync(path.join(dir, "markdown", "x.html"), "<p>x</p>");
    expect(listing(dir)).toEqual(["markdown", path.join("markdown", "x.html")]);
  });

  it("leaves the old file and no temporary one when the write fails", () => {
    const dir = folder();
    mkdirSync(path.join(dir, "page.html"));
    expect(() => writeFileAtomicallySync(path.join(dir, "page.html"), "new")).toThrow();
    expect(listing(dir)).toEqual(["page.html"]);
  });
});

describe("temporary files of killed runs", () => {
  it("removes those of dead writers only", () => {
    const dir = folder();
    const dead = temporaryNameOf(path.join(dir, "x.md"), DEAD);
    const alive = temporaryNameOf(path.join(dir, "y.md"));
    for (const file of [dead, alive]) writeFileSync(file, "half");
    expect(removeStaleTemporaryFiles([dead, alive])).toEqual([dead]);
    expect(listing(dir)).toEqual([path.basename(alive)]);
  });

  it("in the cache, finds both namings at any depth and leaves records and live writers' files alone", () => {
    const cache = folder();
    mkdirSync(path.join(cache, "site"), { recursive: true });
    const files = {
      record: path.join("site", "search.json"),
      deadRecord: path.join("site", `search.json.${DEAD}.tmp`),
      liveRecord: path.join("site", `pages.json.${process.pid}.tmp`),
      deadEntry: `entries.json.news-archive-${DEAD}.tmp`,
    };
    for (const file of Object.values(files)) writeFileSync(path.join(cache, file), "{");
    expect(removeStaleTemporaryFilesBelow(cache).sort()).toEqual(
      [path.join(cache, files.deadEntry), path.join(cache, files.deadRecord)].sort(),
    );
    expect(listing(cache)).toEqual(["site", files.liveRecord, files.record].sort());
  });

  it("a missing cache is nothing to tidy", () => {
    expect(removeStaleTemporaryFilesBelow(path.join(folder(), "missing"))).toEqual([]);
  });
});
