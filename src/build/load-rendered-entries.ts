/**
 * The entries as the site needs them: read through the one entries reader
 * (src/content/entries.ts) and each body rendered through the Markdown cache
 * (render-markdown.ts). A cold build renders its many bodies on worker threads
 * while this thread goes on; a rebuild renders only the bodies it has not seen.
 */
import { readEntries, readEntryBody, type StoredEntry } from "../content/entries.ts";
import type { Problem } from "../content/problems.ts";
import { mapLimited } from "../lib/map-limited.ts";
import { startWorkerPool, threadsWorthStarting } from "../lib/worker-pool.ts";
import type { MarkdownText } from "../lib/markdown.ts";
import type { RenderedEntry } from "../model/archive-model.ts";
import type { KnownBody, MarkdownRenderer } from "./render-markdown.ts";

export interface LoadedRenderedEntries {
  /** In file order (sorted paths). */
  entries: RenderedEntry[];
  problems: Problem[];
}

/** Below this many bodies to render, starting threads costs more than it saves. */
const THREADS_FROM = 200;
/** Bodies rendered at once on the threads: enough to keep them busy. */
const IN_FLIGHT = 64;

export async function loadRenderedEntries(
  entriesDir: string,
  renderer: MarkdownRenderer,
  cacheDir?: string,
  threadsFrom: number = THREADS_FROM,
): Promise<LoadedRenderedEntries> {
  const read = await readEntries(entriesDir, cacheDir);
  const bodyOf = (entry: StoredEntry): KnownBody => ({
    bodyHash: entry.bodyHash,
    bodyCharacters: entry.bodyCharacters,
    markdown: () => readEntryBody(entriesDir, entry.path),
  });

  // The bodies never rendered before (a cold build: all of them), on threads when many.
  const unseen = read.entries.filter((entry) => !renderer.has(entry.bodyHash));
  const threads = unseen.length >= threadsFrom ? threadsWorthStarting() : 0;
  const pool =
    threads === 0
      ? undefined
      : startWorkerPool<string, MarkdownText>({
          module: new URL("./render-markdown.ts", import.meta.url),
          factory: "bodyRendererForThread",
          threads,
        });
  try {
    await mapLimited(unseen, pool ? IN_FLIGHT : 1, (entry) =>
      renderer.add(bodyOf(entry), pool === undefined ? undefined : (markdown) => pool.run(markdown)),
    );
  } finally {
    await pool?.close();
  }

  const entries = read.entries.map(
    (entry): RenderedEntry => ({ data: entry.data, file: entry.path, slug: entry.slug, rendered: renderer.rendered(bodyOf(entry)) }),
  );
  await renderer.save();
  return { entries, problems: read.problems };
}
