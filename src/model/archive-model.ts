/**
 * The archive as the templates see it, computed in one pass over the entries:
 * articles newest first with their previous/next and related articles and the
 * story they belong to, every tag (the taxonomy's kinds and the publishers)
 * with its articles and the company it keeps, the date archive, and the pages
 * of every paginated list. Templates only read this; none of them searches the
 * whole collection.
 *
 * Paths are site-relative (`/people/to-lam/`); templates add the path prefix.
 */
import { problem, type Problem } from "../content/problems.ts";
import { TAXONOMY_KINDS, type Taxonomy } from "../content/taxonomy-schema.ts";
import {
  TAG_KINDS,
  type ArchiveModel,
  type ArchiveMonth,
  type ArchiveYear,
  type Article,
  type RenderedEntry,
  type Tag,
  type TagIndex,
  type TagKind,
  type TagPage,
} from "./archive-types.ts";
import { chronologicalPages, listItems, listPages } from "./lists.ts";
import { rankRelated } from "./related-articles.ts";
import { groupStories } from "./stories.ts";
import {
  compareTags,
  countCompany,
  formerSlugsOf,
  mostCovered,
  publisherTag,
  redirectsOf,
  relatedEventsOf,
  tagsFromTaxonomy,
} from "./tags.ts";
import { articlePath, HOME_PATH, monthPath, tagIndexPath, tagPath, yearPath } from "./urls.ts";

export * from "./archive-types.ts";

/** Newest first; entries of the same day in file order, so the order is total and stable. */
function compareNewestFirst(a: { date: string; file: string }, b: { date: string; file: string }): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}

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

/** How many tags seen alongside a tag its page shows, per kind. */
const ALONGSIDE_LIMIT = 8;
/** How many related events an event's page shows. */
const RELATED_EVENTS_LIMIT = 5;

export function buildArchiveModel(entries: readonly RenderedEntry[], taxonomy: Taxonomy): ArchiveModel {
  const problems: Problem[] = [];
  const tags = tagsFromTaxonomy(taxonomy);
  const sorted = [...entries].sort((a, b) => compareNewestFirst({ date: a.data.date, file: a.file }, { date: b.data.date, file: b.file }));
  const paths = uniquePaths(sorted, problems);

  const formerSlugs = formerSlugsOf(taxonomy);
  // An entry an editor kept may still carry a tag's old slug: it counts for the renamed tag.
  // A slug the taxonomy lacks gets no page: the entry rules report it (check-entry.ts),
  // and a build stops on it before this model is made.
  const tagOf = (kind: TagKind, slug: string): Tag | undefined => tags[kind].get(formerSlugs[kind].get(slug) ?? slug);

  const signatures = new Map<Article, Uint32Array>();
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
      tags: Object.fromEntries(TAG_KINDS.map((kind) => [kind, []])) as unknown as Record<TagKind, Tag[]>,
      related: [],
    };
    // Read when a page, a feed or the search index asks for it: a rebuild loads
    // only the bodies of what it renders again.
    const article = Object.defineProperty(fields, "body", { enumerable: true, get: () => entry.rendered.html }) as Article;
    if (entry.rendered.signature) signatures.set(article, entry.rendered.signature);
    if (data.publisher !== undefined) article.publisher = data.publisher;
    if (data.agency !== undefined) article.agency = data.agency;
    if (data.author !== undefined) article.author = data.author;
    if (data.dateline !== undefined) article.dateline = data.dateline;
    if (data.originalUrl !== undefined) article.originalUrl = data.originalUrl;
    const carried = (kind: TagKind, tag: Tag | undefined) => {
      if (!tag || article.tags[kind].includes(tag)) return;
      article.tags[kind].push(tag);
      // Articles arrive newest first, so each tag's list is already in order.
      tag.articles.push(article);
    };
    for (const kind of TAXONOMY_KINDS) for (const slug of data[kind] ?? []) carried(kind, tagOf(kind, slug));
    if (data.publisher !== undefined) carried("publishers", publisherTag(tags.publishers, data.publisher));
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

  const stories = groupStories(articles, (article) => signatures.get(article));

  const tagPages: TagPage[] = [];
  // A kind without any tag with articles (no organisations.yaml, say) gets no index page.
  const tagIndexes: TagIndex[] = TAG_KINDS.map((kind) => {
    const kindTags = [...tags[kind].values()].filter((tag) => tag.articles.length > 0).sort(compareTags(kind));
    for (const tag of kindTags) {
      tag.path = tagPath(kind, tag.slug);
      countCompany(tag, ALONGSIDE_LIMIT);
      const pages =
        kind === "events"
          ? chronologicalPages(tag.path, listItems([...tag.articles].reverse()))
          : listPages(tag.path, listItems(tag.articles));
      for (const page of pages) tagPages.push({ ...page, tag });
    }
    return { kind, path: tagIndexPath(kind), tags: kindTags };
  }).filter((index) => index.tags.length > 0 || index.kind === "people" || index.kind === "events" || index.kind === "topics");
  const events = [...tags.events.values()];
  for (const event of events) event.relatedEvents = relatedEventsOf(event, events, RELATED_EVENTS_LIMIT);

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
    homePages: listPages(HOME_PATH, listItems(articles)),
    tagIndexes,
    tagPages,
    tags,
    stories,
    mostCovered: mostCovered(tags),
    years,
    months,
    redirects: redirectsOf(tags, formerSlugs),
    problems: dedupe(problems),
  };
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
