/**
 * The entries already in the entries folder, read through a cache keyed by
 * each file's size and modification time, so that a rebuild of a large archive
 * does not parse ten thousand unchanged entries again. The cache is a plain
 * JSON file under `--cache`; deleting it only makes the next run read every entry.
 */
import { statSync } from "node:fs";
import { mkdir, readFile, readdir, writeFile, rename } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { error, warning, type Problem } from "../problems.ts";
import type { EntryFrontMatter } from "../schema/entry.ts";
import { parseEntryFile, readEntryStamp } from "./entry-file.ts";

/** An entry already in the entries folder. */
export interface ExistingEntry {
  /** Relative to the entries folder, with `/`. */
  path: string;
  data: EntryFrontMatter;
  /** False when an editor changed the file since ingest wrote it. */
  untouched: boolean;
  inputsHash: string;
}

/** An entry file that does not read: an editor's to mend, never overwritten. */
export interface BrokenEntry {
  path: string;
  source?: string;
}

export interface ExistingEntries {
  entries: ExistingEntry[];
  broken: BrokenEntry[];
}

interface CachedEntry extends ExistingEntry {
  size: number;
  mtimeMs: number;
}

const CACHE_VERSION = 1;
const cacheFile = (cacheDir: string) => join(cacheDir, "ingest", "entries.json");

async function readCache(cacheDir: string): Promise<Map<string, CachedEntry>> {
  try {
    const cached = JSON.parse(await readFile(cacheFile(cacheDir), "utf8")) as {
      version: number;
      entries: CachedEntry[];
    };
    if (cached.version !== CACHE_VERSION) return new Map();
    return new Map(cached.entries.map((entry) => [entry.path, entry]));
  } catch {
    // No cache, or one from an interrupted run: read every entry.
    return new Map();
  }
}

async function writeCache(cacheDir: string, entries: CachedEntry[]): Promise<void> {
  const file = cacheFile(cacheDir);
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify({ version: CACHE_VERSION, entries }));
  await rename(temporary, file);
}

/** Every regular file below `dir` (none if it does not exist), sorted, skipping dot files. */
export async function listFiles(dir: string): Promise<string[]> {
  let dirents;
  try {
    dirents = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (caught) {
    if ((caught as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw caught;
  }
  return dirents
    .filter((dirent) => dirent.isFile())
    .map((dirent) => join(dirent.parentPath, dirent.name))
    .filter((file) => !relative(dir, file).split(/[\\/]/).some((part) => part.startsWith(".")))
    .sort();
}

/** Runs `work` over `items` with at most `limit` at a time, keeping the order of results. */
export async function mapLimited<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export async function readExistingEntries(
  entriesDir: string,
  cacheDir: string,
  problems: Problem[],
): Promise<ExistingEntries> {
  const cache = await readCache(cacheDir);
  const files = await listFiles(entriesDir);
  const fresh: CachedEntry[] = [];
  const broken: BrokenEntry[] = [];
  const found: Problem[] = [];

  await mapLimited(files, 32, async (file) => {
    const path = relative(entriesDir, file).split("\\").join("/");
    const label = join(entriesDir, path);
    if (!path.endsWith(".md")) {
      found.push(warning(label, "is not an entry (.md); the entries folder holds only entries"));
      return;
    }
    // Synchronous: ten thousand stats through the thread pool wait on each other.
    const { size, mtimeMs } = statSync(file);
    const cached = cache.get(path);
    if (cached && cached.size === size && cached.mtimeMs === mtimeMs) {
      fresh.push(cached);
      return;
    }
    const text = await readFile(file, "utf8");
    const parsed = parseEntryFile(text);
    if (!parsed.ok) {
      found.push(error(label, parsed.message));
      broken.push({ path, ...(parsed.source ? { source: parsed.source } : {}) });
      return;
    }
    const stamp = readEntryStamp(text, parsed.entry.data.generatedFrom);
    fresh.push({ path, data: parsed.entry.data, ...stamp, size, mtimeMs });
  });

  fresh.sort((a, b) => a.path.localeCompare(b.path));
  broken.sort((a, b) => a.path.localeCompare(b.path));
  problems.push(...found.sort((a, b) => a.file.localeCompare(b.file)));
  return {
    entries: fresh.map(({ size: _size, mtimeMs: _mtime, ...entry }) => entry),
    broken,
  };
}

/** Remembers the entries as they now stand, so that the next run need not read them. */
export async function rememberEntries(
  entriesDir: string,
  cacheDir: string,
  entries: readonly ExistingEntry[],
): Promise<void> {
  const cached = await mapLimited(entries, 64, async (entry): Promise<CachedEntry | undefined> => {
    try {
      const { size, mtimeMs } = statSync(join(entriesDir, entry.path));
      return { ...entry, size, mtimeMs };
    } catch {
      return undefined;
    }
  });
  await writeCache(cacheDir, cached.filter((entry): entry is CachedEntry => entry !== undefined));
}
