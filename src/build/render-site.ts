/**
 * Entries, taxonomy and hand-written pages → a finished site in `outDir`:
 *
 *   1. the archive model (prepare-archive.ts) and the pages of content/pages/;
 *   2. one view per output (src/model/page-views.ts);
 *   3. Eleventy renders the outputs whose view changed (render-pages.ts), while
 *      Pagefind indexes the article pages as they are written (search-index.ts);
 *   4. the new folder replaces `outDir` (publish.ts), and the output cache
 *      records what was made from what.
 *
 * Everything is built in a temporary folder beside `outDir`, which replaces it
 * only when every step succeeded: a failed build leaves the previous site as it was.
 */
import { rm } from "node:fs/promises";
import { loadPages, type HandWrittenPage } from "../content/pages.ts";
import { hasErrors, type Problem } from "../content/problems.ts";
import type { SiteSettings } from "../content/site-settings.ts";
import { renderPageMarkdown } from "../lib/markdown.ts";
import type { ArchiveModel } from "../model/archive-model.ts";
import { pageViewsOf, type ContentPageInput } from "../model/page-views.ts";
import type { SiteView } from "../model/template-data.ts";
import { bodyHashOf } from "../content/entries.ts";
import { prepareArchive } from "./prepare-archive.ts";
import { saveArticleContext } from "./article-context.ts";
import { makeSiblingTempDir, replaceDirectory } from "./publish.ts";
import { planRender } from "./render-pages.ts";
import { indexSiteForSearch } from "./search-index.ts";

export interface RenderSiteOptions {
  entriesDir: string;
  taxonomyDir: string;
  /** Pages written by hand; `content/pages` unless given. */
  pagesDir?: string;
  outDir: string;
  /** Where the caches are; without one everything is made afresh. */
  cacheDir?: string;
  /** The settings, resolved (content/site.yaml with the command line's overrides). */
  site: SiteSettings;
  /** Build from the valid entries even when others fail the schema (`--keep-going`). */
  skipInvalid?: boolean;
  /** Entries left out (relative paths, with `/`): those the entry rules rejected. */
  exclude?: ReadonlySet<string>;
  /** Progress: pages rendered and kept, the search index, `phase NAME N ms` lines for the bench. */
  log?: (line: string) => void;
  /** Articles per part of the search index (src/model/search-parts.ts); the default suits real archives. */
  searchPartLimit?: number;
  /** URLs per sitemap file; the protocol's 50,000 unless a test says otherwise. */
  sitemapLimit?: number;
  /** Where to keep each article's context for `serve` (article-context.ts); none: not kept. */
  articleContextDir?: string;
}

export interface RenderSiteResult {
  /** True when `outDir` now holds the new site. */
  ok: boolean;
  problems: Problem[];
  archive?: ArchiveModel;
}

/** The navigation's hand-written pages: those whose front matter asks, by `navOrder`, then title. */
export function siteViewOf(site: SiteSettings, pages: readonly HandWrittenPage[]): SiteView {
  const nav = pages
    .filter((page) => page.data.nav)
    .sort((a, b) => a.data.navOrder - b.data.navOrder || a.data.title.localeCompare(b.data.title))
    .map((page) => ({ path: `/${page.slug}/`, label: page.data.title }));
  return { ...site, nav };
}

function contentPageInput(page: HandWrittenPage): ContentPageInput {
  return {
    slug: page.slug,
    title: page.data.title,
    ...(page.data.description === undefined ? {} : { description: page.data.description }),
    html: renderPageMarkdown(page.body),
    hash: bodyHashOf(page.body),
    ...(page.data.list === undefined ? {} : { list: page.data.list }),
  };
}

export async function renderSite(options: RenderSiteOptions): Promise<RenderSiteResult> {
  const log = options.log ?? (() => {});
  const [prepared, hand] = await Promise.all([
    prepareArchive({
      entriesDir: options.entriesDir,
      taxonomyDir: options.taxonomyDir,
      ...(options.cacheDir === undefined ? {} : { cacheDir: options.cacheDir }),
      skipInvalid: options.skipInvalid === true,
      ...(options.exclude ? { exclude: options.exclude } : {}),
    }),
    loadPages(options.pagesDir),
  ]);
  const problems = [...prepared.problems, ...hand.problems];
  const { archive } = prepared;
  if (!archive || (hasErrors(problems) && !options.skipInvalid)) return { ok: false, problems };

  const site = siteViewOf(options.site, hand.pages);
  const views = pageViewsOf(archive, {
    site: options.site,
    pages: hand.pages.map(contentPageInput),
    ...(options.searchPartLimit === undefined ? {} : { searchPartLimit: options.searchPartLimit }),
    ...(options.sitemapLimit === undefined ? {} : { sitemapLimit: options.sitemapLimit }),
  });
  const reuse = options.cacheDir === undefined ? undefined : { publishedDir: options.outDir, cacheDir: options.cacheDir };
  const dir = await makeSiblingTempDir(options.outDir);
  const started = performance.now();
  let rememberSearch: () => Promise<void> = async () => {};
  try {
    const pages = await planRender({ views, site, dir, ...(reuse ? { reuse } : {}) });
    // Started first: it waits for the article pages it needs (pages.whenReadable).
    const search = indexSiteForSearch(
      {
        dir,
        articles: archive.articles,
        language: site.language,
        pages,
        ...(reuse ? { reuse } : {}),
        ...(options.searchPartLimit ? { partLimit: options.searchPartLimit } : {}),
      },
      log,
    );
    let renderDone = 0;
    // Whatever fails, nothing may still be writing into the folder when it is removed.
    const [rendering, indexing] = await Promise.allSettled([
      pages.render().then(() => {
        renderDone = performance.now();
        log(`rendered ${pages.rendered} pages, kept ${pages.reused} unchanged`);
        log(`phase render ${Math.round(renderDone - started)} ms`);
      }),
      search,
    ]);
    if (rendering.status === "rejected") throw rendering.reason;
    if (indexing.status === "rejected") throw indexing.reason;
    rememberSearch = indexing.value;
    // The search index is made beside the rendering: its phase is the time the build waits for it afterwards.
    log(`phase search-index ${Math.round(Math.max(0, performance.now() - renderDone))} ms`);
    await replaceDirectory(dir, options.outDir, pages.rendered + pages.reused);
    await pages.remember();
  } catch (caught) {
    await rm(dir, { recursive: true, force: true });
    throw caught;
  }
  await rememberSearch();
  if (options.articleContextDir !== undefined) await saveArticleContext(options.articleContextDir, views.article);
  return { ok: true, problems, archive };
}
