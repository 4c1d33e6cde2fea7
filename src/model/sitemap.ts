/**
 * `sitemap.xml` (sitemaps.org protocol 0.9), made from the pages the build
 * renders: every HTML page of the archive but the not-found page and the
 * redirects of renamed tags, each with the date of its newest article as
 * `<lastmod>`. The protocol allows 50,000 URLs a file: a bigger site gets a
 * sitemap index at `/sitemap.xml` pointing to `/sitemap-1.xml`, `/sitemap-2.xml`…
 */
import { escapeXml } from "../lib/xml-escape.ts";
import {
  TEMPLATE_KEYS,
  type ArchiveMonthView,
  type ArchiveYearView,
  type ArticlePageView,
  type ListPageView,
  type PageViews,
  type StoryPageView,
  type TemplateKey,
} from "./view-types.ts";

export const SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
export const SITEMAP_PATH = "/sitemap.xml";

/** The protocol's limit for one sitemap file. */
export const SITEMAP_MAX_URLS = 50_000;

/** A page in the sitemap: its site path, and `YYYY-MM-DD` of its newest content when it has one. */
export interface SitemapPage {
  path: string;
  lastmod?: string;
}

/** One file of the sitemap: the list of pages, or the index of the lists. */
export type SitemapView = { path: string; kind: "urlset"; pages: SitemapPage[] } | { path: string; kind: "index"; parts: SitemapPage[] };

const partPath = (number: number): string => `/sitemap-${number}.xml`;

/** The newest of some `YYYY-MM-DD` dates (they sort as text). */
export function newestDate(dates: Iterable<string | undefined>): string | undefined {
  let newest: string | undefined;
  for (const date of dates) if (date !== undefined && (newest === undefined || date > newest)) newest = date;
  return newest;
}

/** The sitemap's files for `pages` (sorted by path); `limit` is the protocol's unless a test says otherwise. */
export function sitemapViews(pages: readonly SitemapPage[], limit: number = SITEMAP_MAX_URLS): SitemapView[] {
  const sorted = [...pages].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  if (sorted.length <= limit) return [{ path: SITEMAP_PATH, kind: "urlset", pages: sorted }];
  const parts: Array<{ path: string; kind: "urlset"; pages: SitemapPage[] }> = [];
  for (let start = 0; start < sorted.length; start += limit) {
    parts.push({ path: partPath(parts.length + 1), kind: "urlset", pages: sorted.slice(start, start + limit) });
  }
  const index: SitemapView = {
    path: SITEMAP_PATH,
    kind: "index",
    parts: parts.map((part) => {
      const lastmod = newestDate(part.pages.map((page) => page.lastmod));
      return lastmod === undefined ? { path: part.path } : { path: part.path, lastmod };
    }),
  };
  return [index, ...parts];
}

function checkedUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`sitemap URL "${value}" is not absolute`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error(`sitemap URL "${value}" must be an http(s) URL`);
  }
  // The normalised form: percent-encoded, so the sitemap holds only ASCII URLs.
  return url.href;
}

const entry = (tag: "url" | "sitemap", url: string, lastmod: string | undefined): string =>
  `  <${tag}><loc>${escapeXml(checkedUrl(url))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ""}</${tag}>`;

/**
 * The text of one sitemap file. `absolute` turns a site path into its absolute
 * URL; `more` are other pages to list (pages a user added as templates).
 */
export function renderSitemap(view: SitemapView, absolute: (path: string) => string, more: readonly SitemapPage[] = []): string {
  if (view.kind === "index") {
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<sitemapindex xmlns="${SITEMAP_NAMESPACE}">`,
      ...view.parts.map((part) => entry("sitemap", absolute(part.path), part.lastmod)),
      "</sitemapindex>",
      "",
    ].join("\n");
  }
  const listed = new Set(view.pages.map((page) => page.path));
  const pages = [...view.pages, ...more.filter((page) => !listed.has(page.path))];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<urlset xmlns="${SITEMAP_NAMESPACE}">`,
    ...pages.map((page) => entry("url", absolute(page.path), page.lastmod)),
    "</urlset>",
    "",
  ].join("\n");
}

/** Templates whose outputs are HTML pages a reader can land on (the sitemap lists them). */
const LISTED_PAGES = new Set<TemplateKey>([
  "article",
  "home",
  "tag",
  "tagIndex",
  "story",
  "archiveIndex",
  "archiveYear",
  "archiveMonth",
  "search",
  "page",
]);

/** The date of a page's newest article, for the sitemap. */
function lastmodOf(template: TemplateKey, view: PageViews[TemplateKey][number], newest: string | undefined): string | undefined {
  switch (template) {
    case "article":
      return (view as ArticlePageView).date;
    case "home":
    case "tag":
      return newestDate((view as ListPageView).items.map((item) => item.article.date));
    case "story":
      return (view as StoryPageView).to;
    case "archiveMonth":
      return newestDate((view as ArchiveMonthView).articles.map((article) => article.date));
    case "archiveYear":
      return newestDate((view as ArchiveYearView).months.flatMap((month) => month.articles.map((article) => article.date)));
    case "page":
      return undefined;
    default:
      return newest;
  }
}

/** The sitemap's pages: every listed page of `views`, with its newest article's date. */
export function sitemapPagesOf(views: Omit<PageViews, "sitemap" | "robots" | "headers">, newest: string | undefined): SitemapPage[] {
  const pages: SitemapPage[] = [];
  for (const template of TEMPLATE_KEYS) {
    if (!LISTED_PAGES.has(template)) continue;
    for (const view of views[template as keyof typeof views] as Array<PageViews[TemplateKey][number]>) {
      const lastmod = lastmodOf(template, view, newest);
      pages.push(lastmod === undefined ? { path: view.path } : { path: view.path, lastmod });
    }
  }
  return pages;
}
