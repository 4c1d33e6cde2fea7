/**
 * The tags of the archive: the taxonomy's terms and the publishers as tags,
 * their order in the indexes, the most covered ones, and the old addresses of
 * renamed ones.
 */
import { TAXONOMY_KINDS, type Taxonomy } from "../content/taxonomy-schema.ts";
import { answeredLately } from "../lib/recent-answers.ts";
import { slugify } from "../taxonomy/slugify.ts";
import { COMPANY_KINDS, TAG_KINDS, type CompanyKind, type Redirect, type Tag, type TagCount, type TagKind } from "./archive-types.ts";
import { tagIndexPath, tagPath } from "./urls.ts";

const byName = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/** How many of the most covered tags per kind the home page shows. */
const MOST_COVERED_LIMIT = 8;

/**
 * How a name sorts: its last word. That is the family name of a Russian or
 * Western name ("Mishustin") and the given name of a Vietnamese one ("Chính"),
 * which is how each is looked up; the taxonomy's `sortName` says otherwise.
 */
export function sortNameOf(name: string, override?: string): string {
  if (override !== undefined) return override;
  const words = name.trim().split(/\s+/);
  return words.at(-1) ?? name;
}

function emptyTag(kind: TagKind, slug: string, name: string): Tag {
  return {
    kind,
    slug,
    name,
    description: "",
    sortName: kind === "people" ? sortNameOf(name) : name,
    articles: [],
    alongside: { people: [], events: [], topics: [], organisations: [], places: [] },
    relatedEvents: [],
  };
}

/** Every term of the taxonomy as a tag (no articles yet); publishers come with the articles. */
export function tagsFromTaxonomy(taxonomy: Taxonomy): Record<TagKind, Map<string, Tag>> {
  const tags = Object.fromEntries(TAG_KINDS.map((kind) => [kind, new Map<string, Tag>()])) as Record<TagKind, Map<string, Tag>>;
  for (const kind of TAXONOMY_KINDS) {
    for (const term of taxonomy[kind]) {
      const tag = emptyTag(kind, term.slug, term.name);
      tag.description = term.description;
      if (kind === "people" && "sortName" in term) tag.sortName = sortNameOf(term.name, term.sortName);
      if ("start" in term) {
        tag.start = term.start;
        if (term.end !== undefined) tag.end = term.end;
      }
      tags[kind].set(term.slug, tag);
    }
  }
  return tags;
}

/**
 * Publishers' slugs, made once per name: ten thousand articles name a few dozen
 * publishers, and a slug costs tens of microseconds. Let go past any real
 * archive's count of outlets, so a long `serve` cannot fill memory with them.
 */
const publisherSlug = answeredLately(slugify, 10_000);

/** The publisher's tag, made the first time an article names it; undefined for a name that gives no slug. */
export function publisherTag(tags: Map<string, Tag>, publisher: string): Tag | undefined {
  const slug = publisherSlug(publisher);
  if (!slug) return undefined;
  let tag = tags.get(slug);
  if (!tag) {
    tag = emptyTag("publishers", slug, publisher);
    tags.set(slug, tag);
  }
  return tag;
}

export function topCounts(counts: Map<Tag, number>, limit: number): TagCount[] {
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || byName.compare(a.tag.name, b.tag.name))
    .slice(0, limit);
}

/** Events by date, newest first; people by sort name; the others by name. */
export function compareTags(kind: TagKind): (a: Tag, b: Tag) => number {
  if (kind === "events") {
    return (a, b) => (b.start ?? "").localeCompare(a.start ?? "") || byName.compare(a.name, b.name);
  }
  return (a, b) => byName.compare(a.sortName, b.sortName) || byName.compare(a.name, b.name);
}

/** Per kind: each former slug of a term and the slug it has now. */
export function formerSlugsOf(taxonomy: Taxonomy): Record<TagKind, Map<string, string>> {
  const former = Object.fromEntries(TAG_KINDS.map((kind) => [kind, new Map<string, string>()])) as Record<TagKind, Map<string, string>>;
  for (const kind of TAXONOMY_KINDS) {
    for (const term of taxonomy[kind]) {
      for (const old of term.formerSlugs ?? []) former[kind].set(old, term.slug);
    }
  }
  return former;
}

/**
 * A redirect from each former slug's address to the renamed tag's page (or its
 * kind's index while it has no page), unless a current tag has that slug.
 */
export function redirectsOf(tags: Record<TagKind, Map<string, Tag>>, former: Record<TagKind, Map<string, string>>): Redirect[] {
  const redirects: Redirect[] = [];
  for (const kind of TAG_KINDS) {
    for (const [old, slug] of former[kind]) {
      if (tags[kind].has(old)) continue;
      const tag = tags[kind].get(slug);
      if (!tag) continue;
      redirects.push({ from: tagPath(kind, old), to: tag.path ?? tagIndexPath(kind), name: tag.name });
    }
  }
  return redirects.sort((a, b) => a.from.localeCompare(b.from));
}

/** The tags with the most articles, per kind. */
export function mostCovered(tags: Record<TagKind, Map<string, Tag>>): Record<CompanyKind, TagCount[]> {
  const top = (kind: CompanyKind): TagCount[] =>
    topCounts(
      new Map([...tags[kind].values()].filter((tag) => tag.articles.length > 0).map((tag) => [tag, tag.articles.length])),
      MOST_COVERED_LIMIT,
    );
  return Object.fromEntries(COMPANY_KINDS.map((kind) => [kind, top(kind)])) as Record<CompanyKind, TagCount[]>;
}

/**
 * Per tag, the tags of each kind seen most often in its articles; and for each
 * event, the events sharing the most people with it.
 */
export function countCompany(tag: Tag, limit: number): void {
  const counts = Object.fromEntries(COMPANY_KINDS.map((kind) => [kind, new Map<Tag, number>()])) as Record<CompanyKind, Map<Tag, number>>;
  for (const article of tag.articles) {
    for (const kind of COMPANY_KINDS) {
      for (const other of article.tags[kind]) {
        if (other !== tag) counts[kind].set(other, (counts[kind].get(other) ?? 0) + 1);
      }
    }
  }
  tag.alongside = Object.fromEntries(COMPANY_KINDS.map((kind) => [kind, topCounts(counts[kind], limit)])) as Record<
    CompanyKind,
    TagCount[]
  >;
}

/** How many days apart two `YYYY-MM-DD` dates are. */
const daysApart = (a: string, b: string): number => Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;

/**
 * The events most like `event`: sharing the most of its people (its articles'
 * people), nearest in time on ties. People of the taxonomy's events come from
 * the articles, since an event's people list is evidence for tagging only.
 */
export function relatedEventsOf(event: Tag, events: readonly Tag[], limit: number): Tag[] {
  const people = new Set(event.alongside.people.map((count) => count.tag));
  const scored: Array<{ tag: Tag; shared: number; distance: number }> = [];
  for (const other of events) {
    if (other === event || other.articles.length === 0) continue;
    const shared = other.alongside.people.filter((count) => people.has(count.tag)).length;
    if (shared === 0) continue;
    scored.push({ tag: other, shared, distance: daysApart(event.start ?? "", other.start ?? "") || 0 });
  }
  return scored
    .sort((a, b) => b.shared - a.shared || a.distance - b.distance || byName.compare(a.tag.name, b.tag.name))
    .slice(0, limit)
    .map((entry) => entry.tag);
}
