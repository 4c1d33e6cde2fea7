/**
 * The entries folder as the site needs it: every entry validated, with its
 * Markdown rendered. Read through a cache (`CACHE/site/entries.json`) keyed by
 * each file's size and modification time, so that a rebuild of a big archive
 * neither reads nor parses nor renders the entries that did not change: their
 * front matter and excerpt come from the cache, and their rendered body is read
 * from the Markdown cache only if a page being rendered needs it.
 *
 * The cache is also tied to the code (code-fingerprint.ts): the schema or the
 * renderer changing makes every entry read again.
 */
import { readFileSync, statSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseEntryFile } from "../content/entry-file.ts";
import { mapLimited } from "../lib/map-limited.ts";
import type { Problem } from "../content/problems.ts";
import type { EntryFrontMatter } from "../content/entry-schema.ts";
import type { RenderedEntry } from "../model/archive-model.ts";
import { codeFingerprint } from "./code-fingerprint.ts";
import { listMarkdownFiles, readEntry } from "./load-entries.ts";
import { startWorkerPool, threadsWorthStarting } from "../lib/worker-pool.ts";
import type { CachedMarkdown, MarkdownRenderer } from "./render-markdown.ts";

export interface LoadedRenderedEntries {
  /** In file order (sorted paths). */
  entries: RenderedEntry[];
  problems: Problem[];
}

interface CachedEntry {
  /** Relative to the entries folder, with `/`. */
  file: string;
  size: number;
  mtimeMs: number;
  slug: string;
  data: EntryFrontMatter;
  /** The Markdown's hash (render-markdown.ts) and the excerpt rendered from it. */
  hash: string;
  excerpt: string;
  /** The Markdown's length (feeds summarise a long body without reading it). */
  characters: number;
}

interface EntryCache {
  version: number;
  code: string;
  entries: CachedEntry[];
}

const CACHE_VERSION = 2;
/** Files read at once when entries did change (a cold build reads them all). */
const READ_AHEAD = 64;

const cacheFile = (cacheDir: string): string => join(cacheDir, "site", "entries.json");

async function readCache(cacheDir: string): Promise<Map<string, CachedEntry>> {
  try {
    const cache = JSON.parse(await readFile(cacheFile(cacheDir), "utf8")) as EntryCache;
    if (cache.version !== CACHE_VERSION || cache.code !== codeFingerprint()) return new Map();
    return new Map(cache.entries.map((entry) => [entry.file, entry]));
  } catch {
    // No cache yet, or a damaged one: read every entry.
    return new Map();
  }
}

async function writeCache(cacheDir: string, entries: CachedEntry[]): Promise<void> {
  const file = cacheFile(cacheDir);
  await mkdir(join(cacheDir, "site"), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  const cache: EntryCache = { version: CACHE_VERSION, code: codeFingerprint(), entries };
  await writeFile(temporary, JSON.stringify(cache));
  await rename(temporary, file);
}

/** Below this many bodies to render, starting threads costs more than it saves. */
const THREADS_FROM = 200;

/** True when the cache's record of an entry still matches its file's size and time. */
function isCached(known: CachedEntry | undefined, stamp: { size: number; mtimeMs: number }): known is CachedEntry {
  return known !== undefined && known.size === stamp.size && known.mtimeMs === stamp.mtimeMs;
}

type Loaded = { entry: RenderedEntry; cached: CachedEntry } | { problem: Problem };

export async function loadRenderedEntries(
  entriesDir: string,
  renderer: MarkdownRenderer,
  cacheDir?: string,
  threadsFrom: number = THREADS_FROM,
): Promise<LoadedRenderedEntries> {
  const files = await listMarkdownFiles(entriesDir);
  const cache = cacheDir === undefined ? new Map<string, CachedEntry>() : await readCache(cacheDir);
  let changed = cache.size !== files.length;

  // Stat before reading: if a file changes in between, the next run sees a new time and reads it again.
  const stamps = new Map(files.map((file) => [file, statSync(join(entriesDir, file))] as const));
  // Many bodies to render (a cold build): rendered on worker threads, while this one reads.
  const toRender = files.filter((file) => !isCached(cache.get(file), stamps.get(file)!)).length;
  const threads = toRender >= threadsFrom ? threadsWorthStarting() : 0;
  const pool =
    threads === 0
      ? undefined
      : startWorkerPool<string, CachedMarkdown>({
          module: new URL("./render-markdown.ts", import.meta.url),
          factory: "bodyRendererForThread",
          threads,
        });
  renderer.renderElsewhere(pool === undefined ? undefined : (markdown) => pool.run(markdown));

  const results = await mapLimited(files, READ_AHEAD, async (file): Promise<Loaded> => {
    const full = join(entriesDir, file);
    // Should the rendered body be needed and no longer cached: from the file again.
    const markdown = (): string => {
      const parsed = parseEntryFile(readFileSync(full, "utf8"));
      if (!parsed.ok) throw new Error(`${full}: ${parsed.message}`);
      return parsed.entry.body;
    };
    const { size, mtimeMs } = stamps.get(file)!;
    const known = cache.get(file);
    if (isCached(known, { size, mtimeMs })) {
      const rendered = renderer.remembered(known, markdown);
      return { entry: { data: known.data, file, slug: known.slug, rendered }, cached: known };
    }
    changed = true;
    const read = readEntry(file, await readFile(full, "utf8"), full);
    if ("severity" in read) return { problem: read };
    // Rendered now, then held like a cached one: neither the Markdown nor the HTML stays alive.
    const { hash, excerpt, characters } = await renderer.render(read.body);
    // Copied through JSON: parsed values and the excerpt are slices of the file's and the
    // body's text, which would otherwise stay alive with them (some 10 KB an entry).
    const cached = JSON.parse(
      JSON.stringify({ file, size, mtimeMs, slug: read.slug, data: read.data, hash, excerpt, characters } satisfies CachedEntry),
    ) as CachedEntry;
    const rendered = renderer.remembered(cached, markdown);
    return { entry: { data: cached.data, file, slug: cached.slug, rendered }, cached };
  }).finally(async () => {
    renderer.renderElsewhere(undefined);
    await pool?.close();
  });

  const entries: RenderedEntry[] = [];
  const problems: Problem[] = [];
  const remembered: CachedEntry[] = [];
  for (const result of results) {
    if ("problem" in result) {
      problems.push(result.problem);
      changed = true;
      continue;
    }
    entries.push(result.entry);
    remembered.push(result.cached);
  }
  if (cacheDir !== undefined && changed) await writeCache(cacheDir, remembered);
  return { entries, problems };
}
