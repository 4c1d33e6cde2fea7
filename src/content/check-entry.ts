/**
 * The rules one entry is checked against once the taxonomy is known. `check`
 * and `build` both run exactly this, so they agree on what stops a build.
 */
import type { EntryFrontMatter } from "./entry-schema.ts";
import { TAXONOMY_KINDS, type Taxonomy, type TaxonomyKind } from "./taxonomy-schema.ts";
import { problem, type Problem } from "./problems.ts";

/** Titles longer than this are almost always a paragraph taken for the headline. */
export const LONG_TITLE_CHARACTERS = 300;

/** The slugs of each kind, and the former slugs that still count (old slug → current). */
export interface TagDirectory {
  slugs: Record<TaxonomyKind, ReadonlySet<string>>;
  renamed: Record<TaxonomyKind, ReadonlyMap<string, string>>;
}

export function tagDirectoryOf(taxonomy: Taxonomy): TagDirectory {
  const slugs = {} as Record<TaxonomyKind, Set<string>>;
  const renamed = {} as Record<TaxonomyKind, Map<string, string>>;
  for (const kind of TAXONOMY_KINDS) {
    slugs[kind] = new Set(taxonomy[kind].map((term) => term.slug));
    renamed[kind] = new Map(taxonomy[kind].flatMap((term) => (term.formerSlugs ?? []).map((former) => [former, term.slug] as const)));
  }
  return { slugs, renamed };
}

export interface EntryContext {
  tags: TagDirectory;
  /** `YYYY-MM-DD`. */
  today: string;
  /** Source names present in the sources folder; undefined: not checked. */
  sources?: ReadonlySet<string>;
}

export function checkEntry(data: EntryFrontMatter, file: string, context: EntryContext): Problem[] {
  const problems: Problem[] = [];
  for (const kind of TAXONOMY_KINDS) {
    for (const slug of data[kind] ?? []) {
      if (context.tags.slugs[kind].has(slug)) continue;
      const renamed = context.tags.renamed[kind].get(slug);
      problems.push(
        renamed
          ? problem(
              "entry-renamed-tag",
              file,
              `${kind}: "${slug}" was renamed "${renamed}"; it still counts, but correct the tag when you can`,
            )
          : problem("entry-unknown-tag", file, `${kind}: "${slug}" is not in the taxonomy (add it to ${kind}.yaml or correct the tag)`),
      );
    }
  }
  if (TAXONOMY_KINDS.every((kind) => (data[kind] ?? []).length === 0)) {
    problems.push(problem("entry-untagged", file, "has no people, events, topics, organisations or places: no tag page leads to it"));
  }
  if (data.date > context.today) {
    problems.push(problem("entry-future-date", file, `is dated ${data.date}, after today (${context.today})`));
  }
  if (data.title.length > LONG_TITLE_CHARACTERS) {
    problems.push(
      problem(
        "entry-long-title",
        file,
        `has a title of ${data.title.length} characters (over ${LONG_TITLE_CHARACTERS}): is it a paragraph?`,
      ),
    );
  }
  if (context.sources && !context.sources.has(data.source)) {
    problems.push(problem("entry-orphaned", file, `its source ${data.source} is not in the sources folder`));
  }
  return problems;
}
