/**
 * The entries folder, read: every entry validated (file name and front matter),
 * with its stamp (which fields an editor changed) and its body's hash and
 * length. Ingest and the site both read the entries through here, through one
 * cache (`CACHE/entries.json`) keyed by each file's size and modification time,
 * so that a rebuild of a large archive parses only the entries that changed.
 * A body is read again only when something needs it (`readEntryBody`).
 * Deleting the cache only makes the next run read every entry.
 */
import { readFileSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { readVersionedJson, writeJsonAtomically } from "../lib/atomic-file.ts";
import { stampOf, unchangedSince, type FileStamp } from "../lib/file-stamps.ts";
import { listFolder } from "../lib/list-folder.ts";
import { mapLimited } from "../lib/map-limited.ts";
import { hashText, parseEntryFile, readEntryStamp, slugOfEntryPath, type StampedField } from "./entry-file.ts";
import { SlugSchema, type EntryFrontMatter } from "./entry-schema.ts";
import { problem, type Problem } from "./problems.ts";

/** An entry of the entries folder. */
export interface StoredEntry {
  /** Relative to the entries folder, with `/`. */
  path: string;
  /** The slug part of the file name (`YYYY-MM-DD-slug.md`). */
  slug: string;
  data: EntryFrontMatter;
  inputsHash: string;
  /** The fields an editor changed since ingest wrote them; none: untouched. */
  edited: StampedField[];
  /** `bodyHashOf` the body: identifies it without reading it. */
  bodyHash: string;
  /** The body's length in characters. */
  bodyCharacters: number;
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

export interface EntriesRead {
  /** Sorted by path. */
  entries: StoredEntry[];
  broken: BrokenEntry[];
  /** Temporary files of entry writes (atomic-file.ts), for ingest to clean up. */
  temporary: string[];
  /** Files that are not entries, and entries that do not read. */
  problems: Problem[];
}

/** The hash of an entry's body, as the cache and the Markdown cache know it. */
export const bodyHashOf = (body: string): string => hashText(body.trimEnd());

interface CachedEntry extends Omit<StoredEntry, "editsSeen"> {
  size: number;
  mtimeMs: number;
}

const CACHE_VERSION = 3;
const cacheFile = (cacheDir: string) => join(cacheDir, "entries.json");
const ENTRY_FILE_NAME = /^\d{4}-\d{2}-\d{2}-.+\.md$/;

/**
 * The cache file as this process last read or wrote it, with the file's own size and
 * modification time then. A build reads the entries twice, in ingest and then for the
 * site, and ten thousand entries make ten megabytes of JSON: parsed once, not twice.
 * Any other writer of the file changes its stamp, and then it is read again.
 */
let known: { file: string; stamp: FileStamp; entries: Map<string, CachedEntry> } | undefined;

/** The file's size and time, or undefined when it is gone. */
function stampIfAny(file: string): FileStamp | undefined {
  try {
    return stampOf(file);
  } catch {
    return undefined;
  }
}

async function readCache(cacheDir: string | undefined): Promise<Map<string, CachedEntry>> {
  if (cacheDir === undefined) return new Map();
  const file = cacheFile(cacheDir);
  if (known?.file === file && unchangedSince(file, known.stamp)) return known.entries;
  const stamp = stampIfAny(file);
  // No cache, one of an older format or one from an interrupted run: read every entry.
  const cached = await readVersionedJson<{ version: number; entries: CachedEntry[] }>(file, CACHE_VERSION);
  const entries = new Map((cached?.entries ?? []).map((entry) => [entry.path, entry]));
  known = cached && stamp ? { file, stamp, entries } : undefined;
  return entries;
}

/**
 * The cache record of each entry as it was read, with the size and modification time
 * of its file then: remembering an entry that was not written again needs no new
 * stat, and a file edited since keeps the older stamp, so the next run reads it.
 */
const recordOf = new WeakMap<StoredEntry, CachedEntry>();

const sameFields = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((field, index) => field === b[index]);

/** Why the name of an entry file cannot be an entry's, or undefined when it can. */
function unfitName(path: string): string | undefined {
  const name = path.split("/").at(-1) ?? path;
  if (!ENTRY_FILE_NAME.test(name)) return "file name must be YYYY-MM-DD-slug.md";
  const slug = slugOfEntryPath(path);
  if (!SlugSchema.safeParse(slug).success) return `the slug "${slug}" in the file name must be ASCII, lower case, with single hyphens`;
  return undefined;
}

/** Reads the entries folder (an empty archive when it does not exist). */
export async function readEntries(entriesDir: string, cacheDir?: string): Promise<EntriesRead> {
  const cache = await readCache(cacheDir);
  const listing = await listFolder(entriesDir);
  const entries: StoredEntry[] = [];
  const broken: BrokenEntry[] = [];
  const problems: Problem[] = [];
  for (const skipped of listing.skipped) problems.push(problem("entry-not-markdown", skipped.path, skipped.why));

  await mapLimited(listing.files, 32, async (file) => {
    const path = relative(entriesDir, file).split(sep).join("/");
    const label = join(entriesDir, path);
    if (!path.endsWith(".md")) {
      problems.push(problem("entry-not-markdown", label, "is not an entry (.md); the entries folder holds only entries"));
      return;
    }
    // Synchronous: ten thousand stats through the thread pool wait on each other.
    const { size, mtimeMs } = statSync(file);
    const cached = cache.get(path);
    if (cached && cached.size === size && cached.mtimeMs === mtimeMs) {
      const { size: _size, mtimeMs: _time, ...entry } = cached;
      const stored = { ...entry, editsSeen: true };
      recordOf.set(stored, cached);
      entries.push(stored);
      return;
    }
    const text = await readFile(file, "utf8");
    const parsed = parseEntryFile(text);
    const unfit = unfitName(path) ?? (parsed.ok ? undefined : parsed.message);
    if (unfit !== undefined || !parsed.ok) {
      problems.push(problem("entry-invalid", label, unfit ?? "does not read"));
      const source = parsed.ok ? parsed.entry.data.source : parsed.source;
      broken.push({ path, ...(source ? { source } : {}) });
      return;
    }
    const stamp = readEntryStamp(parsed.entry, text);
    // Copied through JSON: parsed values are slices of the file's text, which would otherwise stay alive.
    const data = JSON.parse(JSON.stringify(parsed.entry.data)) as EntryFrontMatter;
    const stored: StoredEntry = {
      path,
      slug: slugOfEntryPath(path),
      data,
      ...stamp,
      bodyHash: bodyHashOf(parsed.entry.body),
      bodyCharacters: parsed.entry.body.length,
      editsSeen: cached !== undefined && sameFields(cached.edited, stamp.edited),
    };
    const { editsSeen: _seen, ...record } = stored;
    recordOf.set(stored, { ...record, size, mtimeMs });
    entries.push(stored);
  });

  entries.sort((a, b) => a.path.localeCompare(b.path));
  broken.sort((a, b) => a.path.localeCompare(b.path));
  problems.sort((a, b) => a.file.localeCompare(b.file));
  return { entries, broken, temporary: listing.temporary, problems };
}

/**
 * The body of an entry file written the usual way (`---` on the first line), cut off
 * as `parseEntryFile` cuts it (gray-matter: after the first line that starts with
 * `---`, one line break dropped, then any others) without parsing the front matter:
 * the YAML parse was most of the time a cold build spent reading bodies, for values
 * `readEntries` already has. Undefined for any other file, which is parsed in full.
 */
export function entryBodyOf(text: string): string | undefined {
  if (!text.startsWith("---\n")) return undefined;
  const close = text.indexOf("\n---", 3);
  if (close === -1) return undefined;
  let body = text.slice(close + "\n---".length);
  if (body.startsWith("\r")) body = body.slice(1);
  if (body.startsWith("\n")) body = body.slice(1);
  return body.replace(/^\n+/, "");
}

/**
 * The Markdown body of the entry at `path` (relative to the entries folder), read now.
 * Called for entries `readEntries` found valid; a body that changed since is caught
 * by its hash (src/build/render-markdown.ts).
 */
export function readEntryBody(entriesDir: string, path: string): string {
  const text = readFileSync(join(entriesDir, path), "utf8");
  const body = entryBodyOf(text);
  if (body !== undefined) return body;
  const parsed = parseEntryFile(text);
  if (!parsed.ok) throw new Error(`${join(entriesDir, path)}: ${parsed.message}`);
  return parsed.entry.body;
}

/** Remembers the entries as they now stand, so that the next run need not read them. */
export async function rememberEntries(entriesDir: string, cacheDir: string, entries: readonly StoredEntry[]): Promise<void> {
  const file = cacheFile(cacheDir);
  const before = known?.file === file ? known.entries : undefined;
  const records = entries.flatMap((entry): CachedEntry[] => {
    const read = recordOf.get(entry);
    if (read) return [read];
    // Written by this run: its file's stamp now.
    const stamp = stampIfAny(join(entriesDir, entry.path));
    const { editsSeen: _seen, ...record } = entry;
    return stamp ? [{ ...record, size: stamp[0], mtimeMs: stamp[1] }] : [];
  });
  // Every entry as the file already records it (a run that wrote nothing): nothing to write.
  if (before && records.length === before.size && records.every((record) => before.get(record.path) === record)) return;
  await writeJsonAtomically(file, { version: CACHE_VERSION, entries: records });
  const stamp = stampIfAny(file);
  known = stamp ? { file, stamp, entries: new Map(records.map((record) => [record.path, record])) } : undefined;
}
