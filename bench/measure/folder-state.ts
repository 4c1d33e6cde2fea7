/**
 * Folders of a built archive as the bench handles them: snapshots it restores
 * before every rebuild, files replaced the way editors' tools save them, and
 * digests of every file to compare two sites byte for byte.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { digestTree, treeDifferences } from "./tree-digest.ts";

export { digestTree } from "./tree-digest.ts";

/**
 * A copy of the folder `from` at `to` (replacing it), modification times kept
 * to the nanosecond (`cp -a`): the build trusts a cached source, entry or
 * published page by its size and time, so a copy that changed them would make
 * every rebuild cold.
 *
 * Subfolders named in `link` are hard-linked instead, much faster for
 * thousands of pages. That is safe only for folders nothing writes into in
 * place: the build writes entries to a temporary file renamed over the old one
 * and a new site beside the published one, and the bench saves its own edits
 * the same way (`replaceFile`). The cache is always copied. Subfolders in
 * `skip` are left out.
 */
export async function copyState(
  from: string,
  to: string,
  options: { link?: readonly string[]; skip?: readonly string[] } = {},
): Promise<void> {
  await rm(to, { recursive: true, force: true });
  await mkdir(to, { recursive: true });
  for (const name of readdirSync(from)) {
    if (options.skip?.includes(name)) continue;
    const flags = options.link?.includes(name) ? "-al" : "-a";
    const copied = spawnSync("cp", [flags, path.join(from, name), path.join(to, name)], { encoding: "utf8" });
    if (copied.status !== 0) throw new Error(`cp ${flags} ${path.join(from, name)} ${to} failed: ${copied.stderr}`);
  }
}

/** What an archive's state holds; everything but the cache is hard-linked into a restored copy. */
export const LINKED_FOLDERS = ["sources", "taxonomy", "entries", "site"] as const;

/**
 * Writes `text` to `file` through a new file renamed over it, as most editors
 * save: the old file's other hard links (the snapshot's) keep the old bytes.
 * The new file is written in `staging` (on the same file system) so that a
 * watcher of the folder sees only the rename, one event, as for a real save.
 */
export async function replaceFile(file: string, text: string, staging: string): Promise<void> {
  await mkdir(staging, { recursive: true });
  const temporary = path.join(staging, `${path.basename(file)}.${process.pid}.saving`);
  await writeFile(temporary, text);
  await rename(temporary, file);
}

/** The differences between two folders' contents (empty when they are byte for byte the same). */
export function compareFolders(actual: string, expected: string, limit?: number): { files: number; differences: string[] } {
  const [have, want] = [digestTree(actual), digestTree(expected)];
  return { files: Object.keys(want.files).length, differences: have.digest === want.digest ? [] : treeDifferences(have, want, limit) };
}

/** The text of every entry (`.md`) below `entriesDir`, by relative path with `/`. */
export function readEntryTexts(entriesDir: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const name of readdirSync(entriesDir, { recursive: true }).map(String).sort()) {
    if (name.endsWith(".md")) texts.set(name.split(path.sep).join("/"), readFileSync(path.join(entriesDir, name), "utf8"));
  }
  return texts;
}
