/**
 * The entries as the site needs them: read through the one entries reader
 * (src/content/entries.ts) and each body rendered through the Markdown cache
 * (render-markdown.ts). A cold build renders its many bodies on worker threads
 * while this thread goes on; a rebuild renders only the bodies it has not seen.
 */
import { readEntries, readEntryBody, type StoredEntry } from "../content/entries.ts";
import type { Problem } from "../content/problems.ts";
import { mapLimited } from "../lib/map-limited.ts";
import { startWorkerPool, threadsWorthStarting, type WorkerPool } from "../lib/worker-pool.ts";
import { plainParagraphs, renderPlainParagraphs, type MarkdownText } from "../lib/markdown.ts";
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
  // Plain ones (src/lib/markdown.ts) cost less to render here than to send to a thread,
  // so the threads are started only when the first other body comes: each loads the
  // Markdown pipeline anew, seconds of CPU that a body of plain paragraphs never needs.
  const unseen = read.entries.filter((entry) => !renderer.has(entry.bodyHash));
  const threads = unseen.length >= threadsFrom ? threadsWorthStarting() : 0;
  let pool: WorkerPool<string, MarkdownText> | undefined;
  const renderElsewhere = (markdown: string): Promise<MarkdownText> => {
    const paragraphs = plainParagraphs(markdown);
    if (paragraphs !== undefined) return Promise.resolve(renderPlainParagraphs(paragraphs));
    pool ??= startWorkerPool<string, MarkdownText>({
      module: new URL("./render-markdown.ts", import.meta.url),
      factory: "bodyRendererForThread",
      threads,
    });
    return pool.run(markdown);
  };
  try {
    await mapLimited(unseen, threads === 0 ? 1 : IN_FLIGHT, (entry) =>
      renderer.add(bodyOf(entry), threads === 0 ? undefined : renderElsewhere),
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
