/**
 * Files a build wrote, recognised later by their size and modification time.
 * A later build trusts a published file only while it still has both (anything
 * that touched it since changes the time), and then hard-links it into the
 * folder that will replace the published one: the two sit side by side on the
 * same file system, so sharing the file is safe and free.
 */
import { copyFileSync, linkSync, mkdirSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/** Size and modification time of a file as written. */
export type FileStamp = [size: number, mtimeMs: number];

/** Files below a folder, by relative path with `/`. */
export type FileRecord = Record<string, FileStamp>;

export function stampOf(file: string): FileStamp {
  const stats = statSync(file);
  return [stats.size, stats.mtimeMs];
}

/** True when `file` still has the recorded size and time. */
export function unchangedSince(file: string, stamp: FileStamp): boolean {
  try {
    const stats = statSync(file);
    return stats.isFile() && stats.size === stamp[0] && stats.mtimeMs === stamp[1];
  } catch {
    return false;
  }
}

/**
 * Puts `from` at `to`: a hard link, or a copy where links fail. `made` remembers
 * the folders already created, so that a run over thousands of files asks for
 * each folder once.
 */
export function shareFile(from: string, to: string, made: Set<string> = new Set()): void {
  const folder = path.dirname(to);
  if (!made.has(folder)) {
    mkdirSync(folder, { recursive: true });
    made.add(folder);
  }
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** Every file below `root`, by path relative to `base` (default `root`); top-level folders of `root` named in `skip` are left out. */
export function filesBelow(root: string, skip: ReadonlySet<string> = new Set(), base = root): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    if (skip.has(path.relative(root, full).split(path.sep)[0]!)) continue;
    files.push(path.relative(base, full).split(path.sep).join("/"));
  }
  return files.sort();
}
