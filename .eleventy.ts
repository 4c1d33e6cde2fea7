/**
 * The site as Eleventy sees it — a table of contents.
 *
 * Eleventy never finds this file by itself: it is always passed explicitly
 * (`configPath`), by `renderSite` (src/build/render-site.ts) and `serveSite`
 * (src/cli/serve.ts), which run under tsx so that TypeScript imports work.
 *
 * Input:  templates/ (only `*.11ty.ts` page templates; `_components/` are plain modules)
 * Output: a temporary folder beside `--out`, swapped in when the build succeeded.
 *
 * Data handed in (`handOver`, computed before Eleventy runs):
 *   site       SiteSettings — title, language, siteUrl, pathPrefix (content/site.yaml + flags)
 *   pageViews  PageViews    — the pages to render, by template, each as the plain view
 *                             of the archive model it shows (src/model/page-views.ts).
 *                             A build hands over only the pages whose view changed
 *                             (src/build/render-pages.ts); `serve` hands over all.
 *
 * Pages (each template paginates one page per view over `pageViews.KEY`):
 *   home.11ty.ts           /  and  /page/N/                              home
 *   article.11ty.ts        /YYYY/MM/slug/                                article
 *   tag-index.11ty.ts      /people/  /events/  /topics/                  tagIndex
 *   tag.11ty.ts            /people/SLUG/  (+ /page/N/), events, topics   tag
 *   archive.11ty.ts        /archive/                                     archiveIndex
 *   archive-year.11ty.ts   /archive/YYYY/                                archiveYear
 *   archive-month.11ty.ts  /archive/YYYY/MM/                             archiveMonth
 *   search.11ty.ts         /search/                                      search
 *   404.11ty.ts            /404.html                                     notFound
 *   redirect.11ty.ts       old addresses of renamed tags                 redirect
 *   fingerprinted-assets.11ty.ts  /assets/NAME.HASH.EXT (templates/assets/)   asset
 * Assets are published under content-hashed names; templates link them with
 * `assetPath(name)` (src/lib/fingerprint-assets.ts).
 *
 * Entries are never Eleventy templates: their Markdown is rendered (sanitised) by
 * remark before Eleventy runs, so no template language ever sees article text.
 */
import { fileURLToPath } from "node:url";
import { ASSETS_SOURCE_DIR } from "./src/lib/fingerprint-assets.ts";
import type { GlobalData } from "./src/build/template-data.ts";

/** The parts of Eleventy's configuration API used here. */
export interface EleventyConfig {
  addExtension(extensions: string | string[], options: { key: string }): void;
  setTemplateFormats(formats: string[]): void;
  addPassthroughCopy(copy: Record<string, string>): void;
  addGlobalData(name: string, value: unknown): void;
  addWatchTarget(target: string): void;
  on(event: string, callback: (...args: never[]) => unknown): void;
  setQuietMode(quiet: boolean): void;
  setServerOptions(options: { port?: number; ready?: () => unknown }): void;
}

export const TEMPLATES_DIR = fileURLToPath(new URL("./templates/", import.meta.url));

export default function configure(eleventyConfig: EleventyConfig) {
  eleventyConfig.addExtension(["11ty.ts"], { key: "11ty.js" });
  eleventyConfig.setTemplateFormats(["11ty.ts"]);
  // Not copied as they are: each asset is written under its content-hashed name by
  // fingerprinted-assets.11ty.ts, from the list in the page views.
  eleventyConfig.addWatchTarget(ASSETS_SOURCE_DIR);
  eleventyConfig.setQuietMode(true);
  return {
    dir: { input: TEMPLATES_DIR, includes: "_components" },
    // Belt and braces: no template language may ever run over Markdown or HTML.
    markdownTemplateEngine: false,
    htmlTemplateEngine: false,
  };
}

/**
 * Hands the site settings and the page views to the templates as global data.
 * Functions are called by Eleventy at the start of every build (so `serve` can
 * hand over fresh views after an edit). The objects are frozen at the top so
 * that Eleventy shares them with every page instead of deep-copying them.
 */
export function handOver(
  eleventyConfig: EleventyConfig,
  data: () => GlobalData | Promise<GlobalData>,
): void {
  eleventyConfig.addGlobalData("site", async () => Object.freeze((await data()).site));
  eleventyConfig.addGlobalData("pageViews", async () => Object.freeze((await data()).pageViews));
}
