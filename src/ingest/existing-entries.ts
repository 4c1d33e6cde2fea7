/**
 * The entries already in the entries folder, read through a cache keyed by
 * each file's size and modification time, so that a rebuild of a large archive
 * does not parse ten thousand unchanged entries again. The cache is a plain
 * JSON file under `--cache`; deleting it only makes the next run read every entry.
 */
import { statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { problem, type Problem } from "../content/problems.ts";
import { readVersionedJson, writeJsonAtomically } from "../lib/atomic-file.ts";
import { listFolder } from "../lib/list-folder.ts";
import { mapLimited } from "../lib/map-limited.ts";
import type { EntryFrontMatter } from "../content/entry-schema.ts";
import { parseEntryFile, readEntryStamp, type StampedField } from "../content/entry-file.ts";

/** An entry already in the entries folder. */
export interface ExistingEntry {
  /** Relative to the entries folder, with `/`. */
  path: string;
  data: EntryFrontMatter;
  inputsHash: string;
  /** The fields an editor changed since ingest wrote them; none: untouched. */
  edited: StampedField[];
  /**
   * True when the last run already saw these same edits (so the editor was told
   * about them then); false for a change since, or when there is no record.
   */
  editsSeen: boolean;
}

/** An entry file that does not read: an editor's to mend, never overwritten. */
export interface BrokenEntry {
  path: string;
  source?: string;
}

export interface ExistingEntries {
  entries: ExistingEntry[];
  broken: BrokenEntry[];
  /** Temporary files of entry writes (atomic-file.ts), for the caller to clean up. */
  temporary: string[];
}

interface CachedEntry extends Omit<ExistingEntry, "editsSeen"> {
  size: number;
  mtimeMs: number;
}

const CACHE_VERSION = 2;
const cacheFile = (cacheDir: string) => join(cacheDir, "ingest", "entries.json");

async function readCache(cacheDir: string): Promise<Map<string, CachedEntry>> {
  // No cache, one of an older format or one from an interrupted run: read every entry.
  const cached = await readVersionedJson<{ version: number; entries: CachedEntry[] }>(cacheFile(cacheDir), CACHE_VERSION);
  return new Map((cached?.entries ?? []).map((entry) => [entry.path, entry]));
}

const sameFields = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((field, index) => field === b[index]);

export async function readExistingEntries(
  entriesDir: string,
  cacheDir: string,
  problems: Problem[],
): Promise<ExistingEntries> {
  const cache = await readCache(cacheDir);
  const listing = await listFolder(entriesDir);
  const fresh: ExistingEntry[] = [];
  const broken: BrokenEntry[] = [];
  const found: Problem[] = [];
  for (const skipped of listing.skipped) found.push(problem("entry-not-markdown", skipped.path, skipped.why));

  await mapLimited(listing.files, 32, async (file) => {
    const path = relative(entriesDir, file).split("\\").join("/");
    const label = join(entriesDir, path);
    if (!path.endsWith(".md")) {
      found.push(problem("entry-not-markdown", label, "is not an entry (.md); the entries folder holds only entries"));
      return;
    }
    // Synchronous: ten thousand stats through the thread pool wait on each other.
    const { size, mtimeMs } = statSync(file);
    const cached = cache.get(path);
    if (cached && cached.size === size && cached.mtimeMs === mtimeMs) {
      fresh.push({ ...withoutStat(cached), editsSeen: true });
      return;
    }
    const text = await readFile(file, "utf8");
    const parsed = parseEntryFile(text);
    if (!parsed.ok) {
      found.push(problem("entry-invalid", label, parsed.message));
      broken.push({ path, ...(parsed.source ? { source: parsed.source } : {}) });
      return;
    }
    const stamp = readEntryStamp(parsed.entry, text);
    const editsSeen = cached !== undefined && sameFields(cached.edited, stamp.edited);
    fresh.push({ path, data: parsed.entry.data, ...stamp, editsSeen });
  });

  fresh.sort((a, b) => a.path.localeCompare(b.path));
  broken.sort((a, b) => a.path.localeCompare(b.path));
  problems.push(...found.sort((a, b) => a.file.localeCompare(b.file)));
  return { entries: fresh, broken, temporary: listing.temporary };
}

function withoutStat({ size: _size, mtimeMs: _mtime, ...entry }: CachedEntry): Omit<ExistingEntry, "editsSeen"> {
  return entry;
}

/** Remembers the entries as they now stand, so that the next run need not read them. */
export async function rememberEntries(
  entriesDir: string,
  cacheDir: string,
  entries: readonly ExistingEntry[],
): Promise<void> {
  const cached = await mapLimited(entries, 64, async ({ editsSeen: _seen, ...entry }): Promise<CachedEntry | undefined> => {
    try {
      const { size, mtimeMs } = statSync(join(entriesDir, entry.path));
      return { ...entry, size, mtimeMs };
    } catch {
      return undefined;
    }
  });
  await writeJsonAtomically(cacheFile(cacheDir), {
    version: CACHE_VERSION,
    entries: cached.filter((entry): entry is CachedEntry => entry !== undefined),
  });
}
