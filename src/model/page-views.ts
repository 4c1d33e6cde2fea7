/**
 * What each template renders from: one plain, acyclic view of the archive model
 * per output, holding exactly what that output shows. Templates read their view
 * and the site settings, never the whole model, which gives two things:
 *
 *   - a view's JSON is the page's render input: the same view with the same
 *     settings and code makes the same page, so a build can skip the pages
 *     whose view did not change (src/build/render-pages.ts);
 *   - Eleventy is handed small objects instead of the model's graph of articles
 *     and tags, which it would otherwise walk for every page.
 *
 * Article bodies are the one exception to "everything in the JSON": a view
 * carries the body's hash (`bodyHash`) as data, and the body itself as a
 * non-enumerable property that is read only when the page is rendered.
 * The view types are in view-types.ts; their shared parts are made by view-maker.ts.
 */
import type { SiteSettings } from "../content/site-settings.ts";
import { ASSETS_PATH } from "../lib/fingerprint-assets.ts";
import { archiveFeeds, feedHeaderRules, tagFeedPath } from "./archive-feeds.ts";
import type { ArchiveModel, ArchiveMonth, ArchiveYear, ListItem, Story, Tag, TagPage } from "./archive-model.ts";
import { searchFacets } from "./search-facets.ts";
import { searchParts, SEARCH_PART_LIMIT } from "./search-parts.ts";
import { sitemapPagesOf, sitemapViews, SITEMAP_PATH } from "./sitemap.ts";
import { ARCHIVE_PATH, HEADERS_PATH, NOT_FOUND_PATH, ROBOTS_PATH, SEARCH_PATH } from "./urls.ts";
import { ViewMaker } from "./view-maker.ts";
import type {
  ArchiveMonthView,
  ArchiveYearView,
  ContentPageInput,
  ContentPageView,
  MonthSummary,
  PageViews,
  PublisherEntry,
  StoryPageView,
  TagPageView,
  YearSummary,
} from "./view-types.ts";

export * from "./view-types.ts";
export { isSharedViewPart, SHARED_VIEW_PART } from "./view-maker.ts";

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

/** Per tag, where each year of its coverage begins in its list: the first page, in reading order, holding that year. */
function yearPagesOf(tagPages: readonly TagPage[]): (tag: Tag) => Map<number, string> {
  const byTag = new Map<Tag, Map<number, string>>();
  for (const page of tagPages) {
    const years = byTag.get(page.tag) ?? new Map<number, string>();
    byTag.set(page.tag, years);
    for (const item of page.items) if (!years.has(item.article.year)) years.set(item.article.year, page.path);
  }
  return (tag) => byTag.get(tag) ?? new Map();
}

/** An event's items by when they were published: before its first day, during it, after its last. */
function phasesOf(items: readonly ListItem[], start: string, end: string | undefined) {
  const last = end ?? start;
  return {
    before: items.filter((item) => item.article.date < start),
    during: items.filter((item) => item.article.date >= start && item.article.date <= last),
    after: items.filter((item) => item.article.date > last),
  };
}

function contentPageView(page: ContentPageInput, publishers: () => PublisherEntry[]): ContentPageView {
  const view: Omit<ContentPageView, "body"> = { path: `/${page.slug}/`, title: page.title, bodyHash: page.hash };
  if (page.description !== undefined) view.description = page.description;
  if (page.list === "publishers") view.publishers = publishers();
  Object.defineProperty(view, "body", { enumerable: false, get: () => page.html });
  return view as ContentPageView;
}

/** The view of every output of the site. */
export function pageViewsOf(archive: ArchiveModel, options: PageViewOptions): PageViews {
  const make = new ViewMaker(yearPagesOf(archive.tagPages));
  const mostCovered = make.companyOf(archive.mostCovered);
  const articleCount = archive.articles.length;
  const indexes = archive.tagIndexes.map((index) => index.kind);
  const neighbourYear = (year: ArchiveYear | undefined) => (year ? { year: year.year, path: year.path } : undefined);
  const storyPage = (story: Story): StoryPageView => ({
    path: story.path,
    title: story.title,
    from: story.articles[0]!.date,
    to: story.articles.at(-1)!.date,
    articles: story.articles.map((article) => make.summary(article)),
    people: story.people.map((tag) => make.tagLink(tag)),
    events: story.events.map((tag) => make.tagLink(tag)),
  });
  const publishers = (): PublisherEntry[] =>
    [...archive.tags.publishers.values()]
      .filter((tag) => tag.path !== undefined)
      .sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name))
      .map((tag) => ({ ...make.tagIndexEntry(tag), feedPath: tagFeedPath(tag.path!) }));

  const views: Omit<PageViews, "sitemap" | "robots" | "headers"> = {
    article: archive.articles.map((article) => make.articlePage(article)),
    // The archive's and a tag's figures on first pages only (view-types.ts, `ArchiveOverview`).
    home: archive.homePages.map((page) => ({
      ...make.listPage(page),
      ...(page.number === 0 ? { overview: { articleCount, mostCovered } } : {}),
      indexes,
    })),
    tag: archive.tagPages.map((page) => {
      const view: TagPageView = { ...make.listPage(page), tag: make.tag(page.tag) };
      if (page.number === 0) view.profile = make.tagProfile(page.tag);
      if (page.tag.kind === "events" && page.tag.start) {
        const phases = phasesOf(page.items, page.tag.start, page.tag.end);
        view.phases = {
          before: phases.before.map((item) => make.listItem(item)),
          during: phases.during.map((item) => make.listItem(item)),
          after: phases.after.map((item) => make.listItem(item)),
        };
      }
      return view;
    }),
    tagIndex: archive.tagIndexes.map((index) => {
      const entries = index.tags.map((tag) => make.tagIndexEntry(tag));
      return {
        kind: index.kind,
        path: index.path,
        tags: entries,
        mostCovered: [...entries].sort((a, b) => b.articleCount - a.articleCount || a.name.localeCompare(b.name)),
        indexes,
      };
    }),
    story: archive.stories.map(storyPage),
    archiveIndex: [
      {
        path: ARCHIVE_PATH,
        articleCount,
        busiestMonth: Math.max(0, ...archive.months.map((month) => month.articles.length)),
        years: archive.years.map(yearSummary),
      },
    ],
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
      const view: ArchiveMonthView = { ...monthSummary(month), articles: month.articles.map((article) => make.summary(article)) };
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
        suggestions: { people: mostCovered.people.slice(0, 6), events: mostCovered.events.slice(0, 6) },
      },
    ],
    page: (options.pages ?? []).map((page) => contentPageView(page, publishers)),
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
