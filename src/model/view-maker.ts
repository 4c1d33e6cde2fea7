/**
 * The parts views are made of, each made once and shared: an article's link
 * and summary, a tag's link and heading are referenced by every page that shows
 * them. A shared part is marked (`SHARED_VIEW_PART`), so that a page's render
 * input can be hashed with each shared part hashed once (src/build/render-pages.ts).
 */
import {
  COMPANY_KINDS,
  TAG_KINDS,
  type Article,
  type CompanyKind,
  type ListItem,
  type ListPage,
  type Tag,
  type TagCount,
  type TagKind,
} from "./archive-types.ts";
import { coverageOf } from "./coverage.ts";
import type {
  ArticleLink,
  ArticlePageView,
  ArticleSummary,
  CoverageView,
  ListItemView,
  ListPageView,
  TagCountView,
  TagIndexEntry,
  TagLink,
  TagProfileView,
  TagView,
} from "./view-types.ts";

/** People and events a list item shows at most (the page's own tag may be one of them and is left out). */
const SUMMARY_PEOPLE = 4;
const SUMMARY_EVENTS = 2;

export const SHARED_VIEW_PART: unique symbol = Symbol("shared view part");

function shared<T extends object>(part: T): T {
  Object.defineProperty(part, SHARED_VIEW_PART, { value: true });
  return part;
}

/** True for a part of a view made once and shown on many pages. */
export function isSharedViewPart(value: unknown): value is object {
  return typeof value === "object" && value !== null && SHARED_VIEW_PART in value;
}

/** An article's link fields, with the publisher only when there is one. */
function linkFields(article: Article): ArticleLink {
  const link: ArticleLink = { path: article.path, title: article.title, date: article.date };
  if (article.publisher !== undefined) link.publisher = article.publisher;
  return link;
}

/** A tag's own fields, with the optional ones only when set. */
export function tagFields(tag: Tag): Pick<TagIndexEntry, "kind" | "name" | "description" | "start" | "end" | "path"> {
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

/** The first letter a tag files under in an A–Z list, diacritics aside (`Đ` under D). */
export function letterOf(sortName: string): string {
  const first = sortName.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/gi, "D").charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : "#";
}

export class ViewMaker {
  private readonly tagLinks = new Map<Tag, TagLink>();
  private readonly articleLinks = new Map<Article, ArticleLink>();
  private readonly summaries = new Map<Article, ArticleSummary>();
  private readonly tags = new Map<Tag, TagView>();

  constructor(
    /** Where each year of a tag's coverage begins in its list. */
    private readonly yearPages: (tag: Tag) => Map<number, string>,
  ) {}

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

  companyOf(counts: Record<CompanyKind, TagCount[]>): Record<CompanyKind, TagCountView[]> {
    return Object.fromEntries(COMPANY_KINDS.map((kind) => [kind, this.tagCounts(counts[kind])])) as Record<CompanyKind, TagCountView[]>;
  }

  articleLink(article: Article): ArticleLink {
    let link = this.articleLinks.get(article);
    if (!link) {
      link = shared(linkFields(article));
      this.articleLinks.set(article, link);
    }
    return link;
  }

  summary(article: Article): ArticleSummary {
    let summary = this.summaries.get(article);
    if (!summary) {
      summary = shared({
        ...linkFields(article),
        excerpt: article.excerpt,
        people: article.tags.people.slice(0, SUMMARY_PEOPLE).map((tag) => this.tagLink(tag)),
        events: article.tags.events.slice(0, SUMMARY_EVENTS).map((tag) => this.tagLink(tag)),
      });
      this.summaries.set(article, summary);
    }
    return summary;
  }

  listItem(item: ListItem): ListItemView {
    const view: ListItemView = {
      article: this.summary(item.article),
      alsoReported: item.alsoReported.map((other) => this.articleLink(other)),
    };
    if (item.article.story) view.story = item.article.story.path;
    return view;
  }

  articlePage(article: Article): ArticlePageView {
    const tags = Object.fromEntries(TAG_KINDS.map((kind) => [kind, article.tags[kind].map((tag) => this.tagLink(tag))])) as Record<
      TagKind,
      TagLink[]
    >;
    const view: Omit<ArticlePageView, "body"> = {
      ...linkFields(article),
      excerpt: article.excerpt,
      tags,
      year: article.year,
      month: article.month,
      dateInferred: article.dateInferred,
      captions: article.captions,
      bodyHash: article.bodyHash,
      related: article.related.map((other) => this.articleLink(other)),
    };
    const kicker = article.tags.events[0] ?? article.tags.topics[0];
    if (kicker) view.kicker = this.tagLink(kicker);
    if (article.story) {
      view.story = {
        path: article.story.path,
        title: article.story.title,
        others: article.story.articles.filter((other) => other !== article).map((other) => this.articleLink(other)),
      };
    }
    if (article.agency !== undefined) view.agency = article.agency;
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
    const view: ListPageView = {
      basePath: page.basePath,
      path: page.path,
      number: page.number,
      pageCount: page.pageCount,
      olderOfFirst: page.olderOfFirst,
      items: page.items.map((item) => this.listItem(item)),
    };
    if (page.older) view.older = page.older;
    if (page.newer) view.newer = page.newer;
    const dates = page.items.map((item) => item.article.date).sort();
    if (dates.length > 0) {
      view.from = dates[0]!;
      view.to = dates.at(-1)!;
    }
    return view;
  }

  tag(tag: Tag): TagView {
    let view = this.tags.get(tag);
    if (!view) {
      const { kind, name, description, start, end, path } = tagFields(tag);
      view = { kind, slug: tag.slug, name, description };
      if (start !== undefined) view.start = start;
      if (end !== undefined) view.end = end;
      if (path !== undefined) view.path = path;
      view = shared(view);
      this.tags.set(tag, view);
    }
    return view;
  }

  /** What the first page of the tag's list adds (made once: a tag has one first page). */
  tagProfile(tag: Tag): TagProfileView {
    const view: TagProfileView = {
      articleCount: tag.articles.length,
      alongside: this.companyOf(tag.alongside),
      relatedEvents: tag.relatedEvents.map((event) => {
        const link: TagLink & { start?: string; end?: string } = { ...this.tagLink(event) };
        if (event.start !== undefined) link.start = event.start;
        if (event.end !== undefined) link.end = event.end;
        return link;
      }),
    };
    const coverage = this.coverage(tag);
    if (coverage) view.coverage = coverage;
    return view;
  }

  private coverage(tag: Tag): CoverageView | undefined {
    const coverage = coverageOf(tag.articles);
    if (!coverage) return undefined;
    const pages = this.yearPages(tag);
    return {
      ...coverage,
      years: coverage.years.map((year) => ({ ...year, path: pages.get(year.year) ?? tag.path ?? "" })),
    };
  }

  tagIndexEntry(tag: Tag): TagIndexEntry {
    return { ...tagFields(tag), articleCount: tag.articles.length, letter: letterOf(tag.sortName) };
  }
}
