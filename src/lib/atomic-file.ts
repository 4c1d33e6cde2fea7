/**
 * Writing a file so that a reader (or a run killed half-way) sees the old text
 * or the new, never a half-written one: the text goes to a temporary file beside
 * it, which is then renamed over it (atomic within one file system).
 *
 * The temporary file's name carries the writer's process id and a suffix no
 * editor would choose (`2025-01-14-x.md.news-archive-1234.tmp`), so that a later
 * run can recognise one left by a killed run, and remove it, without ever
 * touching a file it did not make.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { isProcessAlive } from "./process-lock.ts";

const TEMP_PATTERN = /\.news-archive-(\d+)\.tmp$/;

export const temporaryNameOf = (file: string, pid = process.pid): string => `${file}.news-archive-${pid}.tmp`;

/** True for a temporary file of this module's (alive or stale). */
export const isTemporaryFile = (name: string): boolean => TEMP_PATTERN.test(name);

/** A write that failed because the folder it writes into is not there (yet). */
const isMissingFolder = (caught: unknown): boolean => (caught as NodeJS.ErrnoException | null)?.code === "ENOENT";

export async function writeFileAtomically(file: string, data: string | Uint8Array, options: { exclusive?: boolean } = {}): Promise<void> {
  const temporary = temporaryNameOf(file);
  const flags = options.exclusive ? { flag: "wx" } : {};
  try {
    // The folder is made only when the write finds it missing: a build writes thousands of
    // files into a few hundred folders, and a recursive mkdir before each costs more than the write.
    await writeFile(temporary, data, flags).catch(async (caught: unknown) => {
      if (!isMissingFolder(caught)) throw caught;
      await mkdir(dirname(file), { recursive: true });
      await writeFile(temporary, data, flags);
    });
    await rename(temporary, file);
  } catch (caught) {
    await rm(temporary, { force: true });
    throw caught;
  }
}

/** The same, for callers that cannot wait (a cache filled from synchronous code). */
export function writeFileAtomicallySync(file: string, data: string | Uint8Array): void {
  const temporary = temporaryNameOf(file);
  try {
    try {
      writeFileSync(temporary, data);
    } catch (caught) {
      if (!isMissingFolder(caught)) throw caught;
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(temporary, data);
    }
    renameSync(temporary, file);
  } catch (caught) {
    rmSync(temporary, { force: true });
    throw caught;
  }
}

/** Writes `value` as JSON, atomically. */
export async function writeJsonAtomically(file: string, value: unknown): Promise<void> {
  await writeFileAtomically(file, JSON.stringify(value));
}

/**
 * The JSON in `file` if it was written with `version` (a record of an older
 * format, a missing file or a broken one read as undefined: a cache starts over).
 */
export async function readVersionedJson<T extends { version: number }>(file: string, version: number): Promise<T | undefined> {
  try {
    const value = JSON.parse(await readFile(file, "utf8")) as T;
    return value?.version === version ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Of `paths` (temporary files of this module's, as a folder listing found
 * them), removes those whose writer is gone: a run killed while writing.
 * Returns the paths removed.
 */
export function removeStaleTemporaryFiles(paths: readonly string[], alive = isProcessAlive): string[] {
  const removed: string[] = [];
  for (const path of paths) {
    const pid = TEMP_PATTERN.exec(path)?.[1];
    if (pid === undefined || alive(Number(pid))) continue;
    rmSync(path, { force: true });
    removed.push(path);
  }
  return removed;
}

/**
 * The cache's records are written the same way under names of their own
 * (`search.json.1234.tmp`); a run killed between writing one and renaming it
 * leaves it behind, and no later run would write that name again.
 */
const ANY_TEMP_PATTERN = /\.(?:news-archive-)?(\d+)\.tmp$/;

/**
 * Removes, anywhere below `dir`, the temporary files (either naming) of
 * writers that are gone; for a folder only runs holding the lock write to
 * (the cache). Returns the paths removed.
 */
export function removeStaleTemporaryFilesBelow(dir: string, alive = isProcessAlive): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: "utf8" });
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = ANY_TEMP_PATTERN.exec(name)?.[1];
    if (pid === undefined || alive(Number(pid))) continue;
    rmSync(join(dir, name), { force: true });
    removed.push(join(dir, name));
  }
  return removed;
}
