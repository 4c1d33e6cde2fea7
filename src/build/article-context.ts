/**
 * What an article's page takes from the rest of the archive: the articles
 * before and after it, its related articles and its story. Builds that `serve`
 * runs keep it in the cache, one file a month, so that `serve` can render a
 * saved entry's page from that entry alone within a second
 * (render-saved-entry.ts), while the rebuild that follows brings every other
 * page up to date.
 */
import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { readVersionedJson, writeJsonAtomically } from "../lib/atomic-file.ts";
import type { ArticlePageView } from "../model/page-views.ts";

export type ArticleContext = Pick<ArticlePageView, "previous" | "next" | "related" | "story">;

const VERSION = 1;

/** The folder in the cache. */
export const ARTICLE_CONTEXT_DIR = "article-context";

interface MonthFile {
  version: number;
  /** By the article's site path. */
  articles: Record<string, ArticleContext>;
}

/** `/2025/01/slug/` → `2025-01.json`; undefined for a path that is not an article's. */
export function monthFileOf(articlePath: string): string | undefined {
  const match = /^\/(\d{4})\/(\d{2})\/[^/]+\/$/.exec(articlePath);
  return match ? `${match[1]}-${match[2]}.json` : undefined;
}

export function contextOf(view: ArticlePageView): ArticleContext {
  const context: ArticleContext = { related: view.related };
  if (view.previous) context.previous = view.previous;
  if (view.next) context.next = view.next;
  if (view.story) context.story = view.story;
  return context;
}

/** Writes the context of every article page into `dir`, and removes months that no longer have articles. */
export async function saveArticleContext(dir: string, views: readonly ArticlePageView[]): Promise<void> {
  const months = new Map<string, MonthFile>();
  for (const view of views) {
    const file = monthFileOf(view.path);
    if (file === undefined) continue;
    let month = months.get(file);
    if (!month) {
      month = { version: VERSION, articles: {} };
      months.set(file, month);
    }
    month.articles[view.path] = contextOf(view);
  }
  for (const [file, month] of months) await writeJsonAtomically(join(dir, file), month);
  const present = await readdir(dir).catch(() => [] as string[]);
  for (const name of present) {
    if (/^\d{4}-\d{2}\.json$/.test(name) && !months.has(name)) await rm(join(dir, name), { force: true });
  }
}

/** The kept context of the article at `articlePath`, if the last build that kept one had that article. */
export async function readArticleContext(dir: string, articlePath: string): Promise<ArticleContext | undefined> {
  const file = monthFileOf(articlePath);
  if (file === undefined) return undefined;
  const month = await readVersionedJson<MonthFile>(join(dir, file), VERSION);
  return month?.articles[articlePath];
}
