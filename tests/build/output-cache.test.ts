/**
 * The record of what a build wrote, and from what: a later build takes an
 * output over when its key is the same and its files are as written, in the
 * site the record was made for.
 */
import { cp, mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OutputCache } from "../../src/build/output-cache.ts";
import { makeScratchFolder } from "./scratch-folder.ts";

let work = "";
beforeAll(async () => {
  work = await makeScratchFolder("output-cache-");
});
afterAll(async () => rm(work, { recursive: true, force: true }));

/** A project folder with a site published by one build that wrote `/a/index.html` from key `k1`. */
async function builtProject(root: string): Promise<void> {
  const reuse = { publishedDir: path.join(root, "_site"), cacheDir: path.join(root, ".cache") };
  const fresh = path.join(root, ".site-new");
  await mkdir(path.join(fresh, "a"), { recursive: true });
  await writeFile(path.join(fresh, "a", "index.html"), "<p>a</p>");
  const outputs = await OutputCache.open("pages", fresh, reuse);
  outputs.wrote("/a/", "k1", ["a/index.html"]);
  await rename(fresh, reuse.publishedDir);
  await outputs.save();
}

/** What the next build of `root`, into `site` (default `_site`), takes over of `/a/` made from `key`. */
async function takenOver(root: string, key = "k1", site = "_site"): Promise<Array<[string, string]> | undefined> {
  const next = path.join(root, ".site-next");
  const outputs = await OutputCache.open("pages", next, { publishedDir: path.join(root, site), cacheDir: path.join(root, ".cache") });
  return outputs.takeOver("/a/", key);
}

describe("the output record", () => {
  it("gives the next build an output made from the same key, from the published site", async () => {
    const root = path.join(work, "same");
    await builtProject(root);
    expect(await takenOver(root)).toEqual([
      [path.join(root, "_site", "a", "index.html"), path.join(root, ".site-next", "a", "index.html")],
    ]);
    expect(await takenOver(root, "k2")).toBeUndefined();
  });

  it("still does after the project is moved, site and cache together", async () => {
    const root = path.join(work, "before-move");
    await builtProject(root);
    const moved = path.join(work, "moved");
    await rename(root, moved);
    expect(await takenOver(moved)).toEqual([
      [path.join(moved, "_site", "a", "index.html"), path.join(moved, ".site-next", "a", "index.html")],
    ]);
  });

  it("does not when the build goes to another site folder, or a file was touched since", async () => {
    const root = path.join(work, "other-site");
    await builtProject(root);
    await cp(path.join(root, "_site"), path.join(root, "public"), { recursive: true, preserveTimestamps: true });
    expect(await takenOver(root, "k1", "public")).toBeUndefined();
    await writeFile(path.join(root, "_site", "a", "index.html"), "<p>edited</p>");
    expect(await takenOver(root)).toBeUndefined();
  });
});
