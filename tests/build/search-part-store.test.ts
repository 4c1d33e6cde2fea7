import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SearchPartStore } from "../../src/build/search-part-store.ts";

const KEY = "k".repeat(43);
const OTHER = "o".repeat(43);

let work = "";
const cache = () => path.join(work, "cache");
const store = () => path.join(cache(), "search-parts");

/** A part's folder as Pagefind leaves it: a few files, one in a subfolder. */
function writePart(folder: string, marker: string): string[] {
  mkdirSync(path.join(folder, "index"), { recursive: true });
  writeFileSync(path.join(folder, "pagefind-entry.json"), `{"part":"${marker}"}`);
  writeFileSync(path.join(folder, "index", "en_1.pf_index"), `index of ${marker}`);
  return ["index/en_1.pf_index", "pagefind-entry.json"];
}

beforeEach(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), "search-part-store-"));
});
afterEach(async () => rm(work, { recursive: true, force: true }));

describe("SearchPartStore", () => {
  it("gives back a kept part, file for file, into another folder", () => {
    const files = writePart(path.join(work, "site-1"), "one");
    new SearchPartStore(cache()).keep(KEY, path.join(work, "site-1"), files);
    const restored = new SearchPartStore(cache()).restore(KEY, path.join(work, "site-2"));
    expect(restored?.sort()).toEqual(files);
    expect(readFileSync(path.join(work, "site-2", "pagefind-entry.json"), "utf8")).toBe('{"part":"one"}');
  });

  it("has nothing for a key it never kept", () => {
    expect(new SearchPartStore(cache()).restore(KEY, path.join(work, "site"))).toBeUndefined();
  });

  it("refuses a part whose file changed, or whose list names a file outside it", () => {
    const files = writePart(path.join(work, "site-1"), "one");
    new SearchPartStore(cache()).keep(KEY, path.join(work, "site-1"), files);
    // The site's file is the same file (a hard link): a change to either shows in both.
    writeFileSync(path.join(store(), KEY, "pagefind-entry.json"), '{"part":"changed"}');
    expect(new SearchPartStore(cache()).restore(KEY, path.join(work, "site-2"))).toBeUndefined();

    writeFileSync(path.join(work, "secret"), "not a part");
    writeFileSync(path.join(store(), KEY, "files.json"), JSON.stringify({ "../../secret": "x" }));
    expect(new SearchPartStore(cache()).restore(KEY, path.join(work, "site-3"))).toBeUndefined();
  });

  it("refuses a key that is not a part key, so that no path can be made of it", () => {
    expect(new SearchPartStore(cache()).restore("../x", path.join(work, "site"))).toBeUndefined();
    expect(() => new SearchPartStore(cache()).keep("../x", path.join(work, "site"), [])).toThrow(/not a part key/);
  });

  it("keeps on pruning the parts this build used or made, and every folder it did not make", () => {
    new SearchPartStore(cache()).keep(KEY, path.join(work, "site-1"), writePart(path.join(work, "site-1"), "one"));
    new SearchPartStore(cache()).keep(OTHER, path.join(work, "site-2"), writePart(path.join(work, "site-2"), "two"));
    mkdirSync(path.join(store(), "z".repeat(43)));
    writeFileSync(path.join(store(), "z".repeat(43), "notes.txt"), "someone's notes");
    writeFileSync(path.join(store(), "README"), "kept");

    const next = new SearchPartStore(cache());
    expect(next.restore(KEY, path.join(work, "site-3"))).toBeDefined();
    next.prune();
    expect(readdirSync(store()).sort()).toEqual(["README", KEY, "z".repeat(43)].sort());
  });
});
