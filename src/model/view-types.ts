/**
 * The views: one plain, acyclic object per output of the site, holding exactly
 * what that output shows (page-views.ts makes them from the archive model). The
 * types are structural subsets of the model's, so components accept model
 * objects and views alike.
 *
 * Over 300 lines: declarations only, every output's view in one place for template writers.
 */
import type { SafeHtml } from "../lib/html.ts";
import type { ArchiveFeed } from "./archive-feeds.ts";
import type { Article, CompanyKind, Redirect, TagKind } from "./archive-model.ts";
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

/**
 * An article in a list: the link, its excerpt, and the few tags a list shows
 * (its first people and first event; a template leaves out the page's own).
 */
export interface ArticleSummary extends ArticleLink {
  excerpt: string;
  people: TagLink[];
  events: TagLink[];
}

/** An item of a list: an article, and the other reports of its story in the same list. */
export interface ListItemView {
  article: ArticleSummary;
  alsoReported: ArticleLink[];
  /** The story's page, when the article is part of one. */
  story?: string;
}

/** The other reports of an article's story, and its page. */
export interface StoryLink {
  path: string;
  title: string;
  others: ArticleLink[];
}

export interface ArticlePageView
  extends ArticleLink,
    Pick<
      Article,
      "excerpt" | "year" | "month" | "dateInferred" | "agency" | "author" | "dateline" | "originalUrl" | "captions" | "bodyHash"
    > {
  tags: Record<TagKind, TagLink[]>;
  /** What the kicker names: the article's main event, else its main topic. */
  kicker?: TagLink;
  story?: StoryLink;
  /** Non-enumerable: left out of the view's JSON. */
  readonly body: SafeHtml;
  previous?: ArticleLink;
  next?: ArticleLink;
  related: ArticleLink[];
}

export interface PageRef {
  path: string;
  number: number;
}

export interface ListPageView {
  basePath: string;
  path: string;
  /** 0 on the first page; numbered pages from 1 (see src/model/lists.ts). */
  number: number;
  pageCount: number;
  /**
   * The numbered page the first page's "Older" leads to (0 for an event's list):
   * the pager counts a reader's place from it. Not the list's length, which
   * changes with every article and would change every page's view with it.
   */
  olderOfFirst: number;
  items: ListItemView[];
  older?: PageRef;
  newer?: PageRef;
  /** The dates of the oldest and newest item on the page. */
  from?: string;
  to?: string;
}

/**
 * The archive's figures, on the home page's first page only: they change with
 * every article added, and a numbered page must not (src/model/lists.ts), so
 * that its address keeps its bytes, and a CDN's copy stays good.
 */
export interface ArchiveOverview {
  /** Articles in the whole archive. */
  articleCount: number;
  mostCovered: Record<CompanyKind, TagCountView[]>;
}

export interface HomePageView extends ListPageView {
  /** The first page only (`number` 0). */
  overview?: ArchiveOverview;
  /** The kinds of tag that have an index page (`/organisations/` only when there are organisations). */
  indexes: TagKind[];
}

/** Articles of a tag per month, for the strip of its coverage. */
export interface MonthCount {
  year: number;
  month: number;
  count: number;
}

export interface CoverageView {
  /** `YYYY-MM` of the first and the last article. */
  from: string;
  to: string;
  /** Every month from the first to the last, those without articles at 0. */
  months: MonthCount[];
  /** Each year with articles, and the page of the tag's list that begins it. */
  years: Array<{ year: number; count: number; path: string }>;
}

/** A tag as every page of its list shows it. */
export interface TagView {
  kind: TagKind;
  slug: string;
  name: string;
  description: string;
  start?: string;
  end?: string;
  path?: string;
}

/**
 * What the first page of a tag's list adds: its figures and the company it
 * keeps, which change with each article it gains; numbered pages leave them out
 * for the reason `ArchiveOverview` gives.
 */
export interface TagProfileView {
  /** Every report of the tag, where its list shows a story once. */
  articleCount: number;
  alongside: Record<CompanyKind, TagCountView[]>;
  coverage?: CoverageView;
  /** Events only. */
  relatedEvents: Array<TagLink & { start?: string; end?: string }>;
}

export interface TagPageView extends ListPageView {
  tag: TagView;
  /** The first page only (`number` 0). */
  profile?: TagProfileView;
  /** Events only: the page's items by when they were published, against the event's days. */
  phases?: { before: ListItemView[]; during: ListItemView[]; after: ListItemView[] };
}

export interface TagIndexEntry {
  kind: TagKind;
  name: string;
  description: string;
  start?: string;
  end?: string;
  path?: string;
  articleCount: number;
  /** The letter the A–Z list files it under. */
  letter: string;
}

export interface TagIndexView {
  kind: TagKind;
  path: string;
  /** A–Z (people by sort name), events newest first. */
  tags: TagIndexEntry[];
  /** The same tags, most articles first. */
  mostCovered: TagIndexEntry[];
  /** Every kind of tag that has an index page, this one too: the indexes a reader can switch between. */
  indexes: TagKind[];
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
  /** The most articles any month has: the archive's shading runs up to it. */
  busiestMonth: number;
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

export interface StoryPageView {
  path: string;
  title: string;
  from: string;
  to: string;
  /** Oldest first. */
  articles: ArticleSummary[];
  people: TagLink[];
  events: TagLink[];
}

export interface SearchPageView {
  path: string;
  facets: SearchFacet[];
  /** Site paths of the search index's parts (search-parts.ts), the first one `/pagefind/`. */
  parts: string[];
  /** What an empty search suggests: the most covered people and events. */
  suggestions: { people: TagCountView[]; events: TagCountView[] };
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

/** A publisher as the sources page lists it. */
export interface PublisherEntry extends TagIndexEntry {
  feedPath: string;
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
  /** With `list: publishers` in its front matter: every publisher, its count and feed. */
  publishers?: PublisherEntry[];
}

/** A hand-written page as the build hands it to the views: its Markdown already rendered. */
export interface ContentPageInput {
  slug: string;
  title: string;
  description?: string;
  html: SafeHtml;
  hash: string;
  /** A list the page shows after its text. */
  list?: "publishers";
}

/** Every output of the site by template, each with its view. */
export interface PageViews {
  article: ArticlePageView[];
  home: HomePageView[];
  tag: TagPageView[];
  tagIndex: TagIndexView[];
  story: StoryPageView[];
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
  "story",
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
