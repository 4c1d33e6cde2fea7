/**
 * Taking files over from the published site into the folder that will replace
 * it. A build records the size and modification time of what it wrote; a later
 * build trusts a published file only while it still has both (anything that
 * touched it since changes the time), and then hard-links it into the new
 * folder: the new folder sits beside the published one, on the same file
 * system, and replaces it as a whole, so sharing the file is safe and free.
 */
import { copyFileSync, linkSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
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

/**
 * The files one build step wrote into the site, each with the key of what it
 * was made from, kept under the cache folder: the next build's same step takes
 * a file over when its key is the same and the published file is untouched.
 */
export class KeptFiles {
  private readonly written: Record<string, [key: string, ...stamp: FileStamp]> = {};

  private constructor(
    private readonly record: string | undefined,
    private readonly published: string | undefined,
    private readonly previous: Record<string, [key: string, ...stamp: FileStamp]>,
    private readonly dir: string,
  ) {}

  /**
   * The record `name` of the build step that writes into `dir`, which will
   * replace `reuse.publishedDir`; without `reuse` nothing is taken over.
   */
  static async open(
    name: string,
    dir: string,
    reuse: { publishedDir: string; cacheDir: string } | undefined,
  ): Promise<KeptFiles> {
    if (reuse === undefined) return new KeptFiles(undefined, undefined, {}, dir);
    const record = path.join(reuse.cacheDir, "site", `${name}.json`);
    const published = path.resolve(reuse.publishedDir);
    let previous: Record<string, [string, ...FileStamp]> = {};
    try {
      const saved = JSON.parse(await readFile(record, "utf8")) as { site: string; files: typeof previous };
      if (saved.site === published) previous = saved.files;
    } catch {
      // No record yet: every file is made.
    }
    return new KeptFiles(record, published, previous, dir);
  }

  /** Takes `file` (relative, with `/`) over from the published site if it was made from `key` and is untouched. */
  keep(file: string, key: string, made?: Set<string>): boolean {
    const before = this.previous[file];
    if (this.published === undefined || before === undefined || before[0] !== key) return false;
    const from = path.join(this.published, file);
    if (!unchangedSince(from, [before[1], before[2]])) return false;
    shareFile(from, path.join(this.dir, file), made);
    this.written[file] = before;
    return true;
  }

  /** Records `file`, just written into the new folder, as made from `key`. */
  wrote(file: string, key: string): void {
    this.written[file] = [key, ...stampOf(path.join(this.dir, file))];
  }

  /** Saves the record; for once the new folder has replaced the published site. */
  async save(): Promise<void> {
    if (this.record === undefined) return;
    await mkdir(path.dirname(this.record), { recursive: true });
    const temporary = `${this.record}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify({ site: this.published, files: this.written }));
    await rename(temporary, this.record);
  }
}
