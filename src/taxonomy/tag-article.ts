import type { Taxonomy } from "../schema/taxonomy.ts";

/** The text of one article as the tagger sees it. */
export interface ArticleText {
  title: string;
  paragraphs: string[];
  captions: string[];
  /** `YYYY-MM-DD`: events near this date need less evidence. */
  date?: string;
  /** Names that must never become people tags: the author, photographers. */
  excludedNames: string[];
}

export interface ArticleTags {
  /** Taxonomy slugs, in order of first mention. */
  people: string[];
  /** Taxonomy slugs, in order of first mention. */
  events: string[];
  /** Taxonomy slugs, strongest first, at most 8. */
  topics: string[];
  /** Capitalised personal names found in the text that the taxonomy lacks. */
  unknownNames: string[];
}

/** A taxonomy prepared once for matching many articles (patterns compiled, names folded). */
export interface TaxonomyMatcher {
  taxonomy: Taxonomy;
}

export function compileTaxonomy(taxonomy: Taxonomy): TaxonomyMatcher {
  return { taxonomy };
}

export function tagArticle(_article: ArticleText, _matcher: TaxonomyMatcher): ArticleTags {
  throw new Error("tagArticle is not implemented yet");
}
