/**
 * The site as Eleventy builds it: a table of contents.
 *
 * `news-archive build` runs Eleventy with this configuration over `templates/`
 * (src/build/eleventy-runner.ts) and hands over, as global data:
 *   site       the settings of content/site.yaml, and `site.nav`: the hand-written
 *              pages that asked to be in the navigation;
 *   pageViews  one view per output, by template (src/model/page-views.ts): exactly
 *              what the page shows, so a page whose view did not change is not
 *              rendered again (src/build/render-pages.ts).
 *
 * Add a page, a layout or a filter here or in templates/ without touching src/:
 * see "Customising" in the README.
 */
import { renderPageMarkdown } from "./src/lib/markdown.ts";
import { ASSETS_PATH, assetPath, listAssets } from "./src/lib/fingerprint-assets.ts";
import { formatLongDate } from "./src/model/format-date.ts";
import { href } from "./src/model/urls.ts";

/** The parts of Eleventy's configuration API used here. */
export interface EleventyConfig {
  addExtension(extensions: string | string[], options: { key: string }): void;
  setTemplateFormats(formats: string[]): void;
  setLibrary(name: "md", library: { render(text: string): string }): void;
  addPassthroughCopy(copy: Record<string, string>): void;
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
  addShortcode(name: string, shortcode: (...args: never[]) => string): void;
  addGlobalData(name: string, value: unknown): void;
  ignores: { add(glob: string): void };
  setQuietMode(quiet: boolean): void;
}

export default function configure(eleventyConfig: EleventyConfig) {
  // ── Outputs, one template each, one output per view ────────────────────────
  //   home.11ty.ts           /, /page/N/                 the newest articles
  //   article.11ty.ts        /YYYY/MM/slug/              an article
  //   tag-index.11ty.ts      /people/ /events/ /topics/  the tag indexes
  //   tag.11ty.ts            /people/SLUG/ (+ /page/N/)  a person's, event's, topic's articles
  //   archive.11ty.ts        /archive/                   years and months
  //   archive-year.11ty.ts   /archive/YYYY/
  //   archive-month.11ty.ts  /archive/YYYY/MM/
  //   search.11ty.ts         /search/                    search (Pagefind)
  //   page.11ty.ts           /NAME/                      content/pages/NAME.md, written by hand
  //   404.11ty.ts            /404.html
  //   redirect.11ty.ts       old addresses of renamed tags
  //   feed.11ty.ts           /feed.xml, /feed.json, /people/SLUG/feed.xml …
  //   sitemap.11ty.ts        /sitemap.xml (an index and parts past 50,000 pages)
  //   robots.11ty.ts         /robots.txt
  //   headers.11ty.ts        /_headers                   for Netlify and Cloudflare Pages
  // Components (header, lists, pager…) are plain modules in templates/_components/;
  // templates/_layouts/site.11ty.ts is the layout for pages added as templates.
  eleventyConfig.addExtension(["11ty.ts"], { key: "11ty.js" });
  eleventyConfig.setTemplateFormats(["11ty.ts", "njk", "md"]);

  // ── Markdown: the archive's own pipeline (remark, sanitised) ───────────────
  // Entries never become templates (their Markdown is rendered by the build), and no
  // template language runs over Markdown: text in Markdown stays text.
  eleventyConfig.setLibrary("md", { render: (text) => renderPageMarkdown(text).value });

  // ── Assets: templates/assets/ under content-hashed names, cached for a year ─
  eleventyConfig.addPassthroughCopy(
    Object.fromEntries(listAssets().map((asset) => [asset.file, `${ASSETS_PATH.slice(1)}${asset.path.slice(ASSETS_PATH.length)}`])),
  );

  // ── Filters and shortcodes for Nunjucks and Markdown pages ─────────────────
  // {{ "site.css" | assetPath }} → /assets/site.3f2a9c1b.css (without the path prefix)
  eleventyConfig.addFilter("assetPath", (name: string) => assetPath(name));
  // {{ "2025-01-14" | readableDate }} → 14 January 2025
  eleventyConfig.addFilter("readableDate", (isoDay: string) => formatLongDate(isoDay));
  // {% sitePath "/people/to-lam/" %} → the address with the path prefix (`site` is global data)
  eleventyConfig.addShortcode("sitePath", function (this: { ctx?: { site?: { pathPrefix: string } } }, path: string) {
    return href(this.ctx?.site?.pathPrefix ?? "/", path);
  } as (...args: never[]) => string);

  eleventyConfig.setQuietMode(true);
  return {
    dir: { input: "templates", includes: "_components", layouts: "_layouts" },
    // Belt and braces: no template language may ever run over Markdown or HTML files.
    markdownTemplateEngine: false,
    htmlTemplateEngine: false,
  };
}
