/**
 * The search index: Pagefind's Node API run over the article pages of a built
 * site, written to `pagefind/` inside it.
 *
 * Pagefind cannot add to an index it wrote before, so every build writes a
 * whole new one. The pages come in as HTML strings with their addresses, not
 * as a folder to crawl: a faster build can hand them over as soon as they are
 * rendered, without reading them back from disk.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { performance } from "node:perf_hooks";
import * as pagefind from "pagefind";
import type { Article } from "../site/archive-model.ts";
import type { RenderedSite } from "../site/render-site.ts";
import { outputFileOf, SEARCH_BUNDLE_PATH } from "../site/urls.ts";

/** The bundle's folder inside the site (`pagefind`); the search page loads `pagefind.js` from it. */
export const SEARCH_BUNDLE_DIR = SEARCH_BUNDLE_PATH.replace(/^\/+|\/+$/g, "");

export interface SearchDocument {
  /** Site-relative address without the path prefix (`/2025/01/slug/`); the search page adds the prefix. */
  url: string;
  html: string;
}

export interface SearchIndexReport {
  pageCount: number;
  outputPath: string;
}

/** How many pages are handed to Pagefind's process at once. */
const IN_FLIGHT = 16;

function failIf(errors: readonly string[], doing: string): void {
  if (errors.length > 0) throw new Error(`search index: ${doing} failed: ${errors.join("; ")}`);
}

/**
 * Indexes `documents` and writes the bundle to `outputPath`. Only the part of a
 * page marked `data-pagefind-body` is indexed. Throws on any Pagefind error, so
 * that the build fails and the previous site stays.
 */
export async function writeSearchIndex(
  documents: AsyncIterable<SearchDocument> | Iterable<SearchDocument>,
  outputPath: string,
  options: { language: string },
): Promise<SearchIndexReport> {
  const created = await pagefind.createIndex({ forceLanguage: options.language });
  failIf(created.errors, "starting Pagefind");
  const index = created.index;
  if (!index) throw new Error("search index: Pagefind returned no index");
  try {
    let pageCount = 0;
    let batch: Array<Promise<void>> = [];
    const add = async (document: SearchDocument) => {
      const added = await index.addHTMLFile({ url: document.url, content: document.html });
      failIf(added.errors, `indexing ${document.url}`);
      pageCount += 1;
    };
    for await (const document of documents) {
      batch.push(add(document));
      if (batch.length >= IN_FLIGHT) {
        await Promise.all(batch);
        batch = [];
      }
    }
    await Promise.all(batch);
    const written = await index.writeFiles({ outputPath });
    failIf(written.errors, `writing ${outputPath}`);
    return { pageCount, outputPath };
  } finally {
    await index.deleteIndex();
    // Stops Pagefind's process, so that nothing keeps the CLI running; the next call starts it again.
    await pagefind.close();
  }
}

/** The built article pages of `dir`, read back from disk. */
export async function* articleDocuments(dir: string, articles: readonly Article[]): AsyncGenerator<SearchDocument> {
  for (const article of articles) {
    yield { url: article.path, html: await readFile(path.join(dir, outputFileOf(article.path)), "utf8") };
  }
}

/** Finishing step of `build`: indexes the articles of the rendered site and prints the time it took. */
export async function indexSiteForSearch(rendered: RenderedSite, log: (line: string) => void): Promise<void> {
  const started = performance.now();
  const report = await writeSearchIndex(
    articleDocuments(rendered.dir, rendered.archive.articles),
    path.join(rendered.dir, SEARCH_BUNDLE_DIR),
    { language: rendered.site.language },
  );
  const expected = rendered.archive.articles.length;
  if (report.pageCount !== expected) {
    throw new Error(`search index: ${report.pageCount} of ${expected} articles were indexed`);
  }
  log(`phase search-index ${Math.round(performance.now() - started)} ms`);
}
