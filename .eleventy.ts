/**
 * The site as Eleventy sees it — a table of contents.
 *
 * Eleventy never finds this file by itself: it is always passed explicitly
 * (`configPath`), by `renderSite` (src/site/render-site.ts) and `serveSite`
 * (src/site/serve-site.ts), which run under tsx so that TypeScript imports work.
 *
 * Input:  templates/ (only `*.11ty.ts` page templates; `_components/` are plain modules)
 * Output: a temporary folder beside `--out`, swapped in when the build succeeded.
 *
 * Data handed in (`handOver`, computed once per build before Eleventy runs):
 *   site     SiteSettings  — title, language, siteUrl, pathPrefix (content/site.yaml + flags)
 *   archive  ArchiveModel  — articles with rendered bodies, tag indexes and pages,
 *                            date archive, paginated lists (src/site/archive-model.ts)
 *
 * Pages:
 *   home.11ty.ts           /  and  /page/N/                     archive.homePages
 *   article.11ty.ts        /YYYY/MM/slug/                        archive.articles
 *   tag-index.11ty.ts      /people/  /events/  /topics/          archive.tagIndexes
 *   tag.11ty.ts            /people/SLUG/  (+ /page/N/), events, topics   archive.tagPages
 *   archive.11ty.ts        /archive/
 *   archive-year.11ty.ts   /archive/YYYY/                        archive.years
 *   archive-month.11ty.ts  /archive/YYYY/MM/                     archive.months
 *   404.11ty.ts            /404.html
 *   redirect.11ty.ts       old addresses of renamed tags         archive.redirects
 *   fingerprinted-assets.11ty.ts  /assets/NAME.HASH.EXT      templates/assets/ (global data assetFiles)
 * Assets are published under content-hashed names; templates link them with
 * `assetPath(name)` (src/site/fingerprint-assets.ts).
 *
 * Entries are never Eleventy templates: their Markdown is rendered (sanitised) by
 * remark before Eleventy runs, so no template language ever sees article text.
 */
import { fileURLToPath } from "node:url";
import { ASSETS_SOURCE_DIR, listAssets } from "./src/site/fingerprint-assets.ts";
import type { GlobalData } from "./src/site/template-data.ts";

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
  // fingerprinted-assets.11ty.ts, from a list made afresh at the start of every build.
  eleventyConfig.addGlobalData("assetFiles", () => listAssets());
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
 * Hands the site settings and the archive model to the templates as global data.
 * Functions are called by Eleventy at the start of every build (so `serve` can
 * hand over a fresh model after an edit). The objects are frozen at the top so
 * that Eleventy shares them with every page instead of deep-copying them.
 */
export function handOver(
  eleventyConfig: EleventyConfig,
  data: () => GlobalData | Promise<GlobalData>,
): void {
  eleventyConfig.addGlobalData("site", async () => Object.freeze((await data()).site));
  eleventyConfig.addGlobalData("archive", async () => Object.freeze((await data()).archive));
}
