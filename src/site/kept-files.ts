/**
 * Taking files over from the published site into the folder that will replace
 * it. A build records the size and modification time of what it wrote; a later
 * build trusts a published file only while it still has both (anything that
 * touched it since changes the time), and then hard-links it into the new
 * folder: the new folder sits beside the published one, on the same file
 * system, and replaces it as a whole, so sharing the file is safe and free.
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

/** Every file below `root`, stamped; top-level folders named in `skip` are left out. */
export function recordFiles(root: string, skip: ReadonlySet<string> = new Set()): FileRecord {
  const record: FileRecord = {};
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const relative = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/");
    if (skip.has(relative.split("/")[0]!)) continue;
    record[relative] = stampOf(path.join(root, relative));
  }
  return record;
}

/** True when every recorded file is still below `root` as recorded. */
export function recordIntact(root: string, record: FileRecord): boolean {
  return Object.entries(record).every(([file, stamp]) => unchangedSince(path.join(root, file), stamp));
}

/** Shares every recorded file of `from` into `to`. */
export function shareRecorded(from: string, to: string, record: FileRecord): void {
  const made = new Set<string>();
  for (const file of Object.keys(record)) shareFile(path.join(from, file), path.join(to, file), made);
}
