/**
 * The archive as the templates see it, computed in one pass over the entries:
 * articles newest first with their previous/next and related articles, every
 * tag with its articles and the tags seen alongside it, the date archive, and
 * the pages of every paginated list. Templates only read this; none of them
 * searches the whole collection.
 *
 * Paths are site-relative (`/people/to-lam/`); templates add the path prefix.
 */
import type { Entry, EntryFrontMatter } from "../content/entry-schema.ts";
import { TAXONOMY_KINDS, type TaxonomyKind, type Taxonomy } from "../content/taxonomy-schema.ts";
import { problem, type Problem } from "../content/problems.ts";
import type { SafeHtml } from "../lib/html.ts";
import { chunk, PAGE_SIZE } from "./paginate.ts";
import { rankRelated } from "./related-articles.ts";
import {
  articlePath,
  HOME_PATH,
  listPagePath,
  monthPath,
  tagIndexPath,
  tagPath,
  yearPath,
} from "./urls.ts";

export type TagKind = TaxonomyKind;
export const TAG_KINDS = TAXONOMY_KINDS;

export interface Tag {
  kind: TagKind;
  slug: string;
  name: string;
  description: string;
  /** Events only: first and last day. */
  start?: string;
  end?: string;
  /** The tag's page; undefined when no article carries the tag (it gets no page). */
  path?: string;
  /** Newest first. */
  articles: Article[];
  /** The people and topics most often seen in this tag's articles, most frequent first. */
  alongside: { people: TagCount[]; topics: TagCount[] };
}

export interface TagCount {
  tag: Tag;
  count: number;
}

/** What an article shows of its entry, field for field as the entry schema has it. */
type ArticleFields = Pick<EntryFrontMatter, "title" | "date" | "publisher" | "author" | "dateline" | "originalUrl" | "captions" | "source">;

export interface Article extends ArticleFields {
  file: string;
  slug: string;
  path: string;
  year: number;
  month: number;
  /** The entry's `dateInferred`, false when absent. */
  dateInferred: boolean;
  body: SafeHtml;
  /** Identifies `body`: the hash of the Markdown it was rendered from. */
  bodyHash: string;
  /** Length of that Markdown (see LONG_BODY_CHARACTERS). */
  bodyCharacters: number;
  excerpt: string;
  /** The entry's `people`, `events` and `topics`, as the taxonomy's terms. */
  tags: Record<TagKind, Tag[]>;
  /** The article published just before this one (older). */
  previous?: Article;
  /** The article published just after this one (newer). */
  next?: Article;
  related: Article[];
}

/** One page of a paginated list: `/`, `/page/2/`, `/people/to-lam/page/3/`. */
export interface ListPage {
  /** First page of the list; other pages are `basePath + "page/N/"`. */
  basePath: string;
  path: string;
  /** 1-based. */
  number: number;
  pageCount: number;
  /** Items on all pages together. */
  total: number;
  items: Article[];
}

export interface TagPage extends ListPage {
  tag: Tag;
}

export interface TagIndex {
  kind: TagKind;
  path: string;
  /** Every tag of the kind, articles or not: people and topics by name, events by date. */
  tags: Tag[];
}

export interface ArchiveMonth {
  year: number;
  month: number;
  path: string;
  /** Newest first. */
  articles: Article[];
}

export interface ArchiveYear {
  year: number;
  path: string;
  count: number;
  /** Only months with articles, January first. */
  months: ArchiveMonth[];
}

export interface ArchiveModel {
  /** Newest first. */
  articles: Article[];
  homePages: ListPage[];
  tagIndexes: TagIndex[];
  /** Every page of every tag that has articles, flattened for Eleventy's pagination. */
  tagPages: TagPage[];
  tags: Record<TagKind, Map<string, Tag>>;
  /** Per kind, the tags with the most articles, most first (for the home page). */
  mostCovered: Record<TagKind, TagCount[]>;
  /** Newest year first. */
  years: ArchiveYear[];
  /** Every month with articles, newest first. */
  months: ArchiveMonth[];
  /** Old addresses of renamed tags (taxonomy `formerSlugs`) and where they now lead. */
  redirects: Redirect[];
  /** Warnings found while building (unknown tags, clashing addresses). */
  problems: Problem[];
}

export interface Redirect {
  /** The old address: `/people/old-slug/`. */
  from: string;
  /** The address it leads to now. */
  to: string;
  /** The name of what is now there, for the link on the redirect page. */
  name: string;
}

/** An entry with its body rendered; the Markdown itself is not needed once it is (and a cached entry has none). */
/** An entry's body as the build rendered it (src/build/render-markdown.ts). */
export interface RenderedMarkdown {
  /** Sanitised HTML; may be read from the cache only when a page asks for it. */
  readonly html: SafeHtml;
  /** Plain text of the opening of the body, cut at a word, for lists of articles. */
  excerpt: string;
  /** Hash of the Markdown (and the renderer's version): the same hash, the same `html` and `excerpt`. */
  hash: string;
  /** Length of the Markdown: a body over LONG_BODY_CHARACTERS is summarised in feeds. */
  characters: number;
}

export interface RenderedEntry extends Omit<Entry, "body"> {
  body?: string;
  rendered: RenderedMarkdown;
}

const byName = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/** Newest first; entries of the same day in file order, so the order is total and stable. */
function compareNewestFirst(a: { date: string; file: string }, b: { date: string; file: string }): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}

function tagsFromTaxonomy(taxonomy: Taxonomy): Record<TagKind, Map<string, Tag>> {
  const tags = { people: new Map(), events: new Map(), topics: new Map() } as Record<TagKind, Map<string, Tag>>;
  for (const kind of TAG_KINDS) {
    for (const term of taxonomy[kind]) {
      const tag: Tag = {
        kind,
        slug: term.slug,
        name: term.name,
        description: term.description,
        articles: [],
        alongside: { people: [], topics: [] },
      };
      if ("start" in term) {
        tag.start = term.start;
        if (term.end !== undefined) tag.end = term.end;
      }
      tags[kind].set(term.slug, tag);
    }
  }
  return tags;
}

/** A readable stand-in name for a slug the taxonomy lacks: `nguyen-van-a` → `Nguyen Van A`. */
/**
 * Gives clashing addresses (the same slug in the same month) a numbered suffix,
 * oldest first, so every article keeps a page of its own.
 */
function uniquePaths(sorted: readonly RenderedEntry[], problems: Problem[]): string[] {
  const paths = sorted.map((entry) => articlePath(entry.data.date, entry.slug));
  const firstOwner = new Map<string, number>();
  const taken = new Set(paths);
  for (let index = sorted.length - 1; index >= 0; index -= 1) {
    const path = paths[index]!;
    const owner = firstOwner.get(path);
    if (owner === undefined) {
      firstOwner.set(path, index);
      continue;
    }
    let suffix = 2;
    let candidate = "";
    do {
      candidate = `${path.slice(0, -1)}-${suffix}/`;
      suffix += 1;
    } while (taken.has(candidate));
    taken.add(candidate);
    paths[index] = candidate;
    problems.push(
      problem("entry-same-address", sorted[index]!.file, `has the same address as ${sorted[owner]!.file}; it is published at ${candidate}`),
    );
  }
  return paths;
}

function topCounts(counts: Map<Tag, number>, limit: number): TagCount[] {
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || byName.compare(a.tag.name, b.tag.name))
    .slice(0, limit);
}

function listPages(basePath: string, items: readonly Article[]): ListPage[] {
  const chunks = chunk(items, PAGE_SIZE);
  return chunks.map((pageItems, index) => ({
    basePath,
    path: listPagePath(basePath, index + 1),
    number: index + 1,
    pageCount: chunks.length,
    total: items.length,
    items: pageItems,
  }));
}

function compareTags(kind: TagKind): (a: Tag, b: Tag) => number {
  if (kind === "events") {
    return (a, b) =>
      (a.start ?? "9999").localeCompare(b.start ?? "9999") || byName.compare(a.name, b.name);
  }
  return (a, b) => byName.compare(a.name, b.name);
}

/** How many tags seen alongside a tag its page shows, per kind. */
const ALONGSIDE_LIMIT = 8;
/** How many of the most covered tags per kind the home page shows. */
const MOST_COVERED_LIMIT = 8;

export function buildArchiveModel(entries: readonly RenderedEntry[], taxonomy: Taxonomy): ArchiveModel {
  const problems: Problem[] = [];
  const tags = tagsFromTaxonomy(taxonomy);
  const sorted = [...entries].sort((a, b) =>
    compareNewestFirst({ date: a.data.date, file: a.file }, { date: b.data.date, file: b.file }),
  );
  const paths = uniquePaths(sorted, problems);

  const formerSlugs = formerSlugsOf(taxonomy);
  // An entry an editor kept may still carry a tag's old slug: it counts for the renamed tag.
  // A slug the taxonomy lacks gets no page: the entry rules report it (check-entry.ts),
  // and a build stops on it before this model is made.
  const tagOf = (kind: TagKind, slug: string): Tag | undefined => tags[kind].get(formerSlugs[kind].get(slug) ?? slug);

  const articles: Article[] = sorted.map((entry, index) => {
    const { data } = entry;
    const fields: Omit<Article, "body"> = {
      file: entry.file,
      slug: entry.slug,
      path: paths[index]!,
      title: data.title,
      date: data.date,
      year: Number(data.date.slice(0, 4)),
      month: Number(data.date.slice(5, 7)),
      dateInferred: data.dateInferred === true,
      captions: data.captions,
      source: data.source,
      bodyHash: entry.rendered.hash,
      bodyCharacters: entry.rendered.characters,
      excerpt: entry.rendered.excerpt,
      tags: { people: [], events: [], topics: [] },
      related: [],
    };
    // Read when a page, a feed or the search index asks for it: a rebuild loads
    // only the bodies of what it renders again.
    const article = Object.defineProperty(fields, "body", { enumerable: true, get: () => entry.rendered.html }) as Article;
    if (data.publisher !== undefined) article.publisher = data.publisher;
    if (data.author !== undefined) article.author = data.author;
    if (data.dateline !== undefined) article.dateline = data.dateline;
    if (data.originalUrl !== undefined) article.originalUrl = data.originalUrl;
    for (const kind of TAG_KINDS) {
      for (const slug of new Set(data[kind])) {
        const tag = tagOf(kind, slug);
        if (!tag) continue;
        article.tags[kind].push(tag);
        // Articles arrive newest first, so each tag's list is already in order.
        tag.articles.push(article);
      }
    }
    return article;
  });

  articles.forEach((article, index) => {
    const older = articles[index + 1];
    const newer = articles[index - 1];
    if (older) article.previous = older;
    if (newer) article.next = newer;
  });

  const related = rankRelated(
    articles.map((article) => ({
      people: article.tags.people.map((tag) => `people:${tag.slug}`),
      events: article.tags.events.map((tag) => `events:${tag.slug}`),
      topics: article.tags.topics.map((tag) => `topics:${tag.slug}`),
      day: dayNumber(article.date),
    })),
  );
  articles.forEach((article, index) => {
    article.related = (related[index] ?? []).map((other) => articles[other]!);
  });

  const tagPages: TagPage[] = [];
  const tagIndexes: TagIndex[] = TAG_KINDS.map((kind) => {
    const kindTags = [...tags[kind].values()].sort(compareTags(kind));
    for (const tag of kindTags) {
      if (tag.articles.length === 0) continue;
      tag.path = tagPath(kind, tag.slug);
      const alongsidePeople = new Map<Tag, number>();
      const alongsideTopics = new Map<Tag, number>();
      for (const article of tag.articles) {
        for (const person of article.tags.people) {
          if (person !== tag) alongsidePeople.set(person, (alongsidePeople.get(person) ?? 0) + 1);
        }
        for (const topic of article.tags.topics) {
          if (topic !== tag) alongsideTopics.set(topic, (alongsideTopics.get(topic) ?? 0) + 1);
        }
      }
      tag.alongside = {
        people: topCounts(alongsidePeople, ALONGSIDE_LIMIT),
        topics: topCounts(alongsideTopics, ALONGSIDE_LIMIT),
      };
      for (const page of listPages(tag.path, tag.articles)) tagPages.push({ ...page, tag });
    }
    return { kind, path: tagIndexPath(kind), tags: kindTags };
  });

  const years: ArchiveYear[] = [];
  const months: ArchiveMonth[] = [];
  for (const article of articles) {
    let year = years.at(-1);
    if (!year || year.year !== article.year) {
      year = { year: article.year, path: yearPath(article.year), count: 0, months: [] };
      years.push(year);
    }
    year.count += 1;
    let month = months.at(-1);
    if (!month || month.year !== article.year || month.month !== article.month) {
      month = { year: article.year, month: article.month, path: monthPath(article.year, article.month), articles: [] };
      months.push(month);
      // Articles run newest first, so months arrive December first: put each in front.
      year.months.unshift(month);
    }
    month.articles.push(article);
  }

  return {
    articles,
    homePages: listPages(HOME_PATH, articles),
    tagIndexes,
    tagPages,
    tags,
    mostCovered: mostCovered(tags),
    years,
    months,
    redirects: redirectsOf(tags, formerSlugs),
    problems: dedupe(problems),
  };
}

/** Per kind, each former slug and the slug that replaced it. */
function formerSlugsOf(taxonomy: Taxonomy): Record<TagKind, Map<string, string>> {
  const former = { people: new Map(), events: new Map(), topics: new Map() } as Record<TagKind, Map<string, string>>;
  for (const kind of TAG_KINDS) {
    for (const term of taxonomy[kind]) {
      for (const old of term.formerSlugs ?? []) if (old !== term.slug) former[kind].set(old, term.slug);
    }
  }
  return former;
}

/**
 * A renamed tag's old address leads to its page, so that no published link
 * breaks; a tag without articles has no page, so it leads to its kind's index.
 */
function redirectsOf(
  tags: Record<TagKind, Map<string, Tag>>,
  former: Record<TagKind, Map<string, string>>,
): Redirect[] {
  const redirects: Redirect[] = [];
  for (const kind of TAG_KINDS) {
    for (const [old, current] of former[kind]) {
      // A slug still in use by a term of its own is not free to redirect.
      if (tags[kind].has(old)) continue;
      const tag = tags[kind].get(current);
      if (!tag) continue;
      redirects.push({ from: tagPath(kind, old), to: tag.path ?? tagIndexPath(kind), name: tag.name });
    }
  }
  return redirects.sort((a, b) => a.from.localeCompare(b.from));
}

function mostCovered(tags: Record<TagKind, Map<string, Tag>>): Record<TagKind, TagCount[]> {
  const top = (kind: TagKind): TagCount[] =>
    topCounts(
      new Map([...tags[kind].values()].filter((tag) => tag.articles.length > 0).map((tag) => [tag, tag.articles.length])),
      MOST_COVERED_LIMIT,
    );
  return { people: top("people"), events: top("events"), topics: top("topics") };
}

/** One warning per file and message (an unknown tag used twice in a file is said once). */
function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.file}\n${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
