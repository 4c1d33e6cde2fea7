/**
 * The views: one plain, acyclic object per output of the site, holding exactly
 * what that output shows (page-views.ts makes them from the archive model). The
 * types are structural subsets of the model's, so components accept model
 * objects and views alike.
 */
import type { SafeHtml } from "../lib/html.ts";
import type { ArchiveFeed } from "./archive-feeds.ts";
import type { Article, Redirect, TagKind } from "./archive-model.ts";
import type { HeaderRule } from "./headers.ts";
import type { SearchFacet } from "./search-facets.ts";
import type { SitemapView } from "./sitemap.ts";

/** A tag as a link: its name, and its page when it has one. */
export interface TagLink {
  name: string;
  path?: string;
}

export interface TagCountView {
  tag: TagLink;
  count: number;
}

/** An article as a short link: title, date, publisher. */
export interface ArticleLink extends Pick<Article, "path" | "title" | "date" | "publisher"> {}

/** An article in a list: the link, its excerpt and its tags. */
export interface ArticleSummary extends ArticleLink {
  excerpt: string;
  tags: Record<TagKind, TagLink[]>;
}

export interface ArticlePageView
  extends ArticleSummary,
    Pick<Article, "year" | "month" | "dateInferred" | "author" | "dateline" | "originalUrl" | "captions" | "bodyHash"> {
  /** Non-enumerable: left out of the view's JSON. */
  readonly body: SafeHtml;
  previous?: ArticleLink;
  next?: ArticleLink;
  related: ArticleLink[];
}

export interface ListPageView {
  basePath: string;
  path: string;
  number: number;
  pageCount: number;
  total: number;
  items: ArticleSummary[];
}

export interface HomePageView extends ListPageView {
  /** Articles in the whole archive. */
  articleCount: number;
  mostCovered: Record<TagKind, TagCountView[]>;
}

export interface TagView {
  kind: TagKind;
  slug: string;
  name: string;
  description: string;
  start?: string;
  end?: string;
  path?: string;
  alongside: { people: TagCountView[]; topics: TagCountView[] };
}

export interface TagPageView extends ListPageView {
  tag: TagView;
}

export interface TagIndexEntry {
  kind: TagKind;
  name: string;
  description: string;
  start?: string;
  end?: string;
  path?: string;
  articleCount: number;
}

export interface TagIndexView {
  kind: TagKind;
  path: string;
  tags: TagIndexEntry[];
}

export interface MonthSummary {
  year: number;
  month: number;
  path: string;
  count: number;
}

export interface YearSummary {
  year: number;
  path: string;
  count: number;
  /** Only months with articles, January first. */
  months: MonthSummary[];
}

export interface ArchiveIndexView {
  path: string;
  articleCount: number;
  /** Newest year first. */
  years: YearSummary[];
}

export interface ArchiveYearView extends YearSummary {
  months: Array<MonthSummary & { articles: ArticleLink[] }>;
  /** The year before, if any. */
  earlier?: { year: number; path: string };
  /** The year after, if any. */
  later?: { year: number; path: string };
}

export interface ArchiveMonthView extends MonthSummary {
  /** Newest first. */
  articles: ArticleSummary[];
  earlier?: MonthSummary;
  later?: MonthSummary;
}

export interface SearchPageView {
  path: string;
  facets: SearchFacet[];
  /** Site paths of the search index's parts (search-shards.ts), the first one `/pagefind/`. */
  parts: string[];
}

export interface NotFoundView {
  path: string;
}

export interface RedirectView extends Redirect {
  path: string;
}

/** A feed: Atom or JSON Feed, its entries' bodies read only when it is rendered. */
export type FeedView = ArchiveFeed;

export type { SitemapView };

export interface RobotsView {
  path: string;
  sitemapPath: string;
}

/** The rules of `_headers` beyond the fixed ones (headers.ts). */
export interface HeadersView {
  path: string;
  fingerprintedAssets: string[];
  extraRules: HeaderRule[];
}

/** A page written by hand in content/pages/. */
export interface ContentPageView {
  path: string;
  title: string;
  description?: string;
  /** Identifies the body in the page's render input. */
  bodyHash: string;
  /** Non-enumerable: left out of the view's JSON. */
  readonly body: SafeHtml;
}

/** A hand-written page as the build hands it to the views: its Markdown already rendered. */
export interface ContentPageInput {
  slug: string;
  title: string;
  description?: string;
  html: SafeHtml;
  hash: string;
}

/** Every output of the site by template, each with its view. */
export interface PageViews {
  article: ArticlePageView[];
  home: HomePageView[];
  tag: TagPageView[];
  tagIndex: TagIndexView[];
  archiveIndex: ArchiveIndexView[];
  archiveYear: ArchiveYearView[];
  archiveMonth: ArchiveMonthView[];
  search: SearchPageView[];
  page: ContentPageView[];
  notFound: NotFoundView[];
  redirect: RedirectView[];
  feed: FeedView[];
  sitemap: SitemapView[];
  robots: RobotsView[];
  headers: HeadersView[];
}

export type TemplateKey = keyof PageViews;

export const TEMPLATE_KEYS: readonly TemplateKey[] = [
  "article",
  "home",
  "tag",
  "tagIndex",
  "archiveIndex",
  "archiveYear",
  "archiveMonth",
  "search",
  "page",
  "notFound",
  "redirect",
  "feed",
  "sitemap",
  "robots",
  "headers",
];


export function emptyPageViews(): PageViews {
  return Object.fromEntries(TEMPLATE_KEYS.map((key) => [key, []])) as unknown as PageViews;
}
