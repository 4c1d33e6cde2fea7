/**
 * The one record of what a build wrote into the site, and from what. Every
 * output — a page, a feed, the sitemap, a part of the search index (a folder of
 * files) — is recorded with the key of its input (a hash of the page's view,
 * of a search part's documents…) and the size and time of each of its files.
 *
 * The next build asks `takeOver(output, key)`: when the key is the same and
 * every file is still in the published site as written, the files are shared
 * (hard-linked) into the new folder instead of being made again. Anything else
 * — no record, another key, a file touched since — and the output is made anew.
 * Deleting the cache folder only makes the next build make everything.
 *
 * One file per build step under `CACHE/output/`, all in this one format.
 */
import path from "node:path";
import { readVersionedJson, writeJsonAtomically } from "../lib/atomic-file.ts";
import { stampOf, unchangedSince, type FileRecord } from "../lib/file-stamps.ts";

const VERSION = 1;

/** One output as a build wrote it. */
export interface OutputRecord {
  key: string;
  /** Its files, by path relative to the site folder. */
  files: FileRecord;
}

interface Saved {
  version: number;
  /**
   * The published site these outputs are in, relative to the cache folder: a
   * project moved whole (its site and cache together) still finds its outputs;
   * a build into another folder does not.
   */
  site: string;
  outputs: Record<string, OutputRecord>;
  /** What the step keeps beside its outputs (the search index: each article's document hash). */
  notes: Record<string, string>;
}

/** Where the published site is, and where its record lives. */
export interface Reuse {
  publishedDir: string;
  cacheDir: string;
}

export class OutputCache {
  private readonly outputs: Record<string, OutputRecord> = {};
  /** Notes for the next build; `notesBefore` are the last build's. */
  readonly notes: Record<string, string> = {};

  private constructor(
    /** The new site folder outputs are written into. */
    private readonly dir: string,
    private readonly record: string | undefined,
    private readonly published: string | undefined,
    /** `published`, relative to the cache folder: what the record names. */
    private readonly site: string | undefined,
    private readonly before: Record<string, OutputRecord>,
    readonly notesBefore: Readonly<Record<string, string>>,
  ) {}

  /** The record of build step `step` whose outputs go into `dir`; without `reuse` nothing is taken over. */
  static async open(step: string, dir: string, reuse: Reuse | undefined): Promise<OutputCache> {
    if (reuse === undefined) return new OutputCache(dir, undefined, undefined, undefined, {}, {});
    const record = path.join(reuse.cacheDir, "output", `${step}.json`);
    const published = path.resolve(reuse.publishedDir);
    const site = path.relative(path.resolve(reuse.cacheDir), published);
    const saved = await readVersionedJson<Saved>(record, VERSION);
    const current = saved?.site === site ? saved : undefined;
    return new OutputCache(dir, record, published, site, current?.outputs ?? {}, current?.notes ?? {});
  }

  /**
   * The files of `output` to share from the published site into the new one,
   * as `[from, to]` pairs, when it was made from `key` and is intact; the output
   * then counts as written. Undefined: it must be made.
   */
  takeOver(output: string, key: string): Array<[from: string, to: string]> | undefined {
    const before = this.before[output];
    if (this.published === undefined || before === undefined || before.key !== key) return undefined;
    const pairs: Array<[string, string]> = [];
    for (const [file, stamp] of Object.entries(before.files)) {
      const from = path.join(this.published, file);
      if (!unchangedSince(from, stamp)) return undefined;
      pairs.push([from, path.join(this.dir, file)]);
    }
    this.outputs[output] = before;
    return pairs;
  }

  /** Records `output`, just made from `key` as `files` (relative to the site folder, with `/`). */
  wrote(output: string, key: string, files: readonly string[]): void {
    const record: FileRecord = {};
    for (const file of files) record[file] = stampOf(path.join(this.dir, file));
    this.outputs[output] = { key, files: record };
  }

  /** The key `output` was last made from, if the last build recorded it. */
  keyBefore(output: string): string | undefined {
    return this.before[output]?.key;
  }

  /** Saves the record; for once the new folder has replaced the published site. */
  async save(): Promise<void> {
    if (this.record === undefined || this.site === undefined) return;
    const saved: Saved = { version: VERSION, site: this.site, outputs: this.outputs, notes: this.notes };
    await writeJsonAtomically(this.record, saved);
  }
}
