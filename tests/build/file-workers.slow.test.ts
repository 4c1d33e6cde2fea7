import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { linkFiles, removeTree } from "../../src/build/file-workers.ts";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A folder with `count` small files spread over a few subfolders, like a site's article folders. */
function siteOf(count: number): { root: string; files: string[] } {
  const root = mkdtempSync(path.join(tmpdir(), "file-workers-"));
  made.push(root);
  const files: string[] = [];
  for (let n = 0; n < count; n += 1) {
    const file = path.join(String(2000 + (n % 7)), String(n), "index.html");
    mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
    writeFileSync(path.join(root, file), `page ${n}`);
    files.push(file);
  }
  return { root, files };
}

describe("linkFiles", () => {
  // Both sides of the thread threshold: the work is the same either way.
  it.each([10, 2500])("links %i files into new folders, sharing each file", async (count) => {
    const { root, files } = siteOf(count);
    const target = mkdtempSync(path.join(tmpdir(), "file-workers-target-"));
    made.push(target);
    await linkFiles(files.map((file) => [path.join(root, file), path.join(target, "new", file)] as const));
    for (const file of [files[0]!, files.at(-1)!]) {
      expect(statSync(path.join(target, "new", file)).ino).toBe(statSync(path.join(root, file)).ino);
    }
    expect(readdirSync(path.join(target, "new"), { recursive: true }).filter((name) => String(name).endsWith(".html"))).toHaveLength(count);
  });

  it("fails when a file to link is missing", async () => {
    const { root } = siteOf(1);
    const pairs = Array.from({ length: 2500 }, (_, n) => [path.join(root, "missing", `${n}`), path.join(root, "to", `${n}`)] as const);
    await expect(linkFiles(pairs)).rejects.toThrow();
  });
});

describe("removeTree", () => {
  it.each([10, 2500])("removes a folder of %i files and the folder itself", async (count) => {
    const { root } = siteOf(count);
    await removeTree(root, count);
    expect(existsSync(root)).toBe(false);
  });

  it("does nothing for a folder that is not there", async () => {
    await expect(removeTree(path.join(tmpdir(), "file-workers-never-made"), 5000)).resolves.toBeUndefined();
  });
});
