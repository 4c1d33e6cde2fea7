/**
 * The tags of the archive: the taxonomy's terms as tags, their order in the
 * indexes, the most covered ones, and the old addresses of renamed ones.
 */
import type { Taxonomy } from "../content/taxonomy-schema.ts";
import { TAG_KINDS, type Redirect, type Tag, type TagCount, type TagKind } from "./archive-types.ts";
import { tagIndexPath, tagPath } from "./urls.ts";

const byName = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/** How many of the most covered tags per kind the home page shows. */
const MOST_COVERED_LIMIT = 8;

export function tagsFromTaxonomy(taxonomy: Taxonomy): Record<TagKind, Map<string, Tag>> {
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

export function topCounts(counts: Map<Tag, number>, limit: number): TagCount[] {
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || byName.compare(a.tag.name, b.tag.name))
    .slice(0, limit);
}

export function compareTags(kind: TagKind): (a: Tag, b: Tag) => number {
  if (kind === "events") {
    return (a, b) =>
      (a.start ?? "9999").localeCompare(b.start ?? "9999") || byName.compare(a.name, b.name);
  }
  return (a, b) => byName.compare(a.name, b.name);
}

/** Per kind, each former slug and the slug that replaced it. */
export function formerSlugsOf(taxonomy: Taxonomy): Record<TagKind, Map<string, string>> {
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
export function redirectsOf(
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

export function mostCovered(tags: Record<TagKind, Map<string, Tag>>): Record<TagKind, TagCount[]> {
  const top = (kind: TagKind): TagCount[] =>
    topCounts(
      new Map([...tags[kind].values()].filter((tag) => tag.articles.length > 0).map((tag) => [tag, tag.articles.length])),
      MOST_COVERED_LIMIT,
    );
  return { people: top("people"), events: top("events"), topics: top("topics") };
}
