/**
 * What `build` does to the rendered site before it replaces `--out`: the
 * steps that work on the finished pages (search index, feeds, sitemap,
 * robots.txt, `_headers`). They run in order on the temporary folder; one that
 * throws fails the build and the previous site stays in place.
 */
import { indexSiteForSearch } from "./search-index.ts";
import type { RenderedSite } from "./render-site.ts";
import { writeCrawlerFiles } from "./write-crawler-files.ts";
import { writeFeeds } from "./write-feeds.ts";
import { writeHeadersFile } from "./write-headers-file.ts";

export type FinishingStep = (rendered: RenderedSite, log: (line: string) => void) => Promise<void>;

/** Every step, in an order that works one after another (`serve`). */
export const FINISHING_STEPS: readonly FinishingStep[] = [
  writeFeeds,
  // Pagefind indexes the article pages as rendered; it writes only pagefind/, no pages.
  indexSiteForSearch,
  // The sitemap lists the HTML files in the folder: it comes after every step that writes pages.
  writeCrawlerFiles,
  writeHeadersFile,
];

/**
 * `build` runs the search index beside the rendering of the pages other than
 * articles (`besideRendering`: Pagefind reads only the article pages and writes
 * only `pagefind/`), and these after it.
 */
export const SEARCH_STEP: FinishingStep = indexSiteForSearch;
export const STEPS_AFTER_PAGES: readonly FinishingStep[] = FINISHING_STEPS.filter((step) => step !== SEARCH_STEP);
