/**
 * What each page template renders from: one plain, acyclic view of the archive
 * model per page, holding exactly what that page shows. Templates read their
 * view and the site settings, never the whole model, which gives two things:
 *
 *   - a view's JSON is the page's render input: the same view with the same
 *     settings and code makes the same page, so a build can skip the pages
 *     whose view did not change (render-pages.ts);
 *   - Eleventy is handed small objects instead of the model's graph of articles
 *     and tags, which it would otherwise walk for every page.
 *
 * Article bodies are the one exception to "everything in the JSON": a view
 * carries the body's hash (`bodyHash`) as data, and the body itself as a
 * non-enumerable property that is read only when the page is rendered.
 *
 * The view types are in view-types.ts.
 */
import type { SiteSettings } from "../content/site-settings.ts";
import { ASSETS_PATH } from "../lib/fingerprint-assets.ts";
import { archiveFeeds, feedHeaderRules } from "./archive-feeds.ts";
import type { ArchiveModel, ArchiveMonth, ArchiveYear, Article, ListPage, Tag, TagCount, TagKind } from "./archive-model.ts";
import { searchFacets } from "./search-facets.ts";
import { searchParts, SEARCH_PART_LIMIT } from "./search-parts.ts";
import { sitemapPagesOf, sitemapViews, SITEMAP_PATH } from "./sitemap.ts";
import { ARCHIVE_PATH, HEADERS_PATH, NOT_FOUND_PATH, ROBOTS_PATH, SEARCH_PATH } from "./urls.ts";
import type {
  ArchiveMonthView,
  ArchiveYearView,
  ArticleLink,
  ArticlePageView,
  ArticleSummary,
  ContentPageInput,
  ContentPageView,
  ListPageView,
  MonthSummary,
  PageViews,
  TagCountView,
  TagIndexEntry,
  TagLink,
  TagView,
  TemplateKey,
  YearSummary,
} from "./view-types.ts";

export * from "./view-types.ts";


/** An article's link fields, with the publisher only when there is one. */
function linkFields(article: Article): ArticleLink {
  const link: ArticleLink = { path: article.path, title: article.title, date: article.date };
  if (article.publisher !== undefined) link.publisher = article.publisher;
  return link;
}

/** A tag's own fields, with the optional ones only when set. */
function tagFields(tag: Tag): Pick<TagIndexEntry, "kind" | "name" | "description" | "start" | "end" | "path"> {
  const fields: Pick<TagIndexEntry, "kind" | "name" | "description" | "start" | "end" | "path"> = {
    kind: tag.kind,
    name: tag.name,
    description: tag.description,
  };
  if (tag.start !== undefined) fields.start = tag.start;
  if (tag.end !== undefined) fields.end = tag.end;
  if (tag.path !== undefined) fields.path = tag.path;
  return fields;
}

/**
 * Marks a part of a view that many pages share (an article's summary, a tag's
 * link). Hidden from the view's JSON and from templates: it lets the render
 * input of a page be hashed with each shared part hashed once (render-pages.ts).
 */
export const SHARED_VIEW_PART: unique symbol = Symbol("shared view part");

function shared<T extends object>(part: T): T {
  Object.defineProperty(part, SHARED_VIEW_PART, { value: true });
  return part;
}

/** True for a part of a view made once and shown on many pages. */
export function isSharedViewPart(value: unknown): value is object {
  return typeof value === "object" && value !== null && SHARED_VIEW_PART in value;
}

/**
 * Views of one archive, made lazily and shared: an article's link and summary,
 * a tag's link and heading, are made once and referenced by every page that
 * shows them.
 */
class ViewMaker {
  private readonly tagLinks = new Map<Tag, TagLink>();
  private readonly articleLinks = new Map<Article, ArticleLink>();
  private readonly summaries = new Map<Article, ArticleSummary>();
  private readonly tags = new Map<Tag, TagView>();

  tagLink(tag: Tag): TagLink {
    let link = this.tagLinks.get(tag);
    if (!link) {
      link = shared(tag.path === undefined ? { name: tag.name } : { name: tag.name, path: tag.path });
      this.tagLinks.set(tag, link);
    }
    return link;
  }

  tagCounts(counts: readonly TagCount[]): TagCountView[] {
    return counts.map(({ tag, count }) => ({ tag: this.tagLink(tag), count }));
  }

  articleLink(article: Article): ArticleLink {
    let link = this.articleLinks.get(article);
    if (!link) {
      link = shared(linkFields(article));
      this.articleLinks.set(article, link);
    }
    return link;
  }

  private tagsOf(article: Article): Record<TagKind, TagLink[]> {
    return {
      people: article.tags.people.map((tag) => this.tagLink(tag)),
      events: article.tags.events.map((tag) => this.tagLink(tag)),
      topics: article.tags.topics.map((tag) => this.tagLink(tag)),
    };
  }

  summary(article: Article): ArticleSummary {
    let summary = this.summaries.get(article);
    if (!summary) {
      summary = shared({ ...linkFields(article), excerpt: article.excerpt, tags: this.tagsOf(article) });
      this.summaries.set(article, summary);
    }
    return summary;
  }

  articlePage(article: Article): ArticlePageView {
    const view: Omit<ArticlePageView, "body"> = {
      ...linkFields(article),
      excerpt: article.excerpt,
      tags: this.tagsOf(article),
      year: article.year,
      month: article.month,
      dateInferred: article.dateInferred,
      captions: article.captions,
      bodyHash: article.bodyHash,
      related: article.related.map((other) => this.articleLink(other)),
    };
    if (article.author !== undefined) view.author = article.author;
    if (article.dateline !== undefined) view.dateline = article.dateline;
    if (article.originalUrl !== undefined) view.originalUrl = article.originalUrl;
    if (article.previous) view.previous = this.articleLink(article.previous);
    if (article.next) view.next = this.articleLink(article.next);
    // The body stays out of the JSON (its hash is in it) and is read when the page is rendered.
    Object.defineProperty(view, "body", { enumerable: false, get: () => article.body });
    return view as ArticlePageView;
  }

  listPage(page: ListPage): ListPageView {
    return {
      basePath: page.basePath,
      path: page.path,
      number: page.number,
      pageCount: page.pageCount,
      total: page.total,
      items: page.items.map((article) => this.summary(article)),
    };
  }

  tag(tag: Tag): TagView {
    let view = this.tags.get(tag);
    if (!view) {
      view = shared(this.tagView(tag));
      this.tags.set(tag, view);
    }
    return view;
  }

  private tagView(tag: Tag): TagView {
    const { kind, name, description, start, end, path } = tagFields(tag);
    const alongside = { people: this.tagCounts(tag.alongside.people), topics: this.tagCounts(tag.alongside.topics) };
    const view: TagView = { kind, slug: tag.slug, name, description, alongside };
    if (start !== undefined) view.start = start;
    if (end !== undefined) view.end = end;
    if (path !== undefined) view.path = path;
    return view;
  }

  tagIndexEntry(tag: Tag): TagIndexEntry {
    return { ...tagFields(tag), articleCount: tag.articles.length };
  }
}

const monthSummary = (month: ArchiveMonth): MonthSummary => ({
  year: month.year,
  month: month.month,
  path: month.path,
  count: month.articles.length,
});

const yearSummary = (year: ArchiveYear): YearSummary => ({
  year: year.year,
  path: year.path,
  count: year.count,
  months: year.months.map(monthSummary),
});

export interface PageViewOptions {
  /** Absolute addresses in the feeds. */
  site: SiteSettings;
  /** Pages written by hand (content/pages/). */
  pages?: readonly ContentPageInput[];
  /** Articles per part of the search index (search-parts.ts); the default suits real archives. */
  searchPartLimit?: number;
  /** URLs a sitemap file holds at most; the protocol's 50,000 unless a test says otherwise. */
  sitemapLimit?: number;
}

function contentPageView(page: ContentPageInput): ContentPageView {
  const view: Omit<ContentPageView, "body"> = { path: `/${page.slug}/`, title: page.title, bodyHash: page.hash };
  if (page.description !== undefined) view.description = page.description;
  Object.defineProperty(view, "body", { enumerable: false, get: () => page.html });
  return view as ContentPageView;
}

/** The view of every output of the site. */
export function pageViewsOf(archive: ArchiveModel, options: PageViewOptions): PageViews {
  const make = new ViewMaker();
  const mostCovered = shared({
    people: make.tagCounts(archive.mostCovered.people),
    events: make.tagCounts(archive.mostCovered.events),
    topics: make.tagCounts(archive.mostCovered.topics),
  });
  const articleCount = archive.articles.length;
  const neighbourYear = (year: ArchiveYear | undefined) => (year ? { year: year.year, path: year.path } : undefined);
  const views: Omit<PageViews, "sitemap" | "robots" | "headers"> = {
    article: archive.articles.map((article) => make.articlePage(article)),
    home: archive.homePages.map((page) => ({ ...make.listPage(page), articleCount, mostCovered })),
    tag: archive.tagPages.map((page) => ({ ...make.listPage(page), tag: make.tag(page.tag) })),
    tagIndex: archive.tagIndexes.map((index) => ({
      kind: index.kind,
      path: index.path,
      tags: index.tags.map((tag) => make.tagIndexEntry(tag)),
    })),
    archiveIndex: [{ path: ARCHIVE_PATH, articleCount, years: archive.years.map(yearSummary) }],
    // Years and months run newest first: the next one in the list is the one before.
    archiveYear: archive.years.map((year, index) => {
      const view: ArchiveYearView = {
        ...yearSummary(year),
        months: year.months.map((month) => ({
          ...monthSummary(month),
          articles: month.articles.map((article) => make.articleLink(article)),
        })),
      };
      const earlier = neighbourYear(archive.years[index + 1]);
      const later = neighbourYear(archive.years[index - 1]);
      if (earlier) view.earlier = earlier;
      if (later) view.later = later;
      return view;
    }),
    archiveMonth: archive.months.map((month, index) => {
      const view: ArchiveMonthView = {
        ...monthSummary(month),
        articles: month.articles.map((article) => make.summary(article)),
      };
      const earlier = archive.months[index + 1];
      const later = archive.months[index - 1];
      if (earlier) view.earlier = monthSummary(earlier);
      if (later) view.later = monthSummary(later);
      return view;
    }),
    search: [
      {
        path: SEARCH_PATH,
        facets: searchFacets(archive),
        parts: searchParts(archive.articles, options.searchPartLimit ?? SEARCH_PART_LIMIT).map((part) => part.path),
      },
    ],
    page: (options.pages ?? []).map(contentPageView),
    notFound: [{ path: NOT_FOUND_PATH }],
    redirect: archive.redirects.map((redirect) => ({ ...redirect, path: redirect.from })),
    feed: [...archiveFeeds(archive, options.site)],
  };
  return {
    ...views,
    sitemap: sitemapViews(sitemapPagesOf(views, archive.articles[0]?.date), options.sitemapLimit),
    robots: [{ path: ROBOTS_PATH, sitemapPath: SITEMAP_PATH }],
    headers: [{ path: HEADERS_PATH, fingerprintedAssets: [`${ASSETS_PATH}*`], extraRules: feedHeaderRules() }],
  };
}
