/**
 * Tags one article with the taxonomy's people, events and topics, and lists the
 * personal names it does not know. The taxonomy is compiled once (phrases folded
 * and put into word tries), so tagging an article is one pass over its words per
 * kind, however large the taxonomy.
 */
import type { Taxonomy } from "../content/taxonomy-schema.ts";
import { contentStream } from "./content-words.ts";
import { findUnknownNames } from "./find-unknown-names.ts";
import { compileEvents, findEvents, type CompiledEvents } from "./match-events.ts";
import { compilePeople, matchNames, peopleInOrder, type CompiledPeople } from "./match-names.ts";
import { compileTopics, pickTopics, scoreTopics, type CompiledTopics } from "./score-topics.ts";
import { tokenize } from "./tokenize.ts";

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
  people: CompiledPeople;
  events: CompiledEvents;
  topics: CompiledTopics;
}

export function compileTaxonomy(taxonomy: Taxonomy): TaxonomyMatcher {
  return {
    taxonomy,
    people: compilePeople(taxonomy.people),
    events: compileEvents(taxonomy.events, taxonomy.people),
    topics: compileTopics(taxonomy.topics),
  };
}

/** `Guy Faulconbridge and Francesco Guarascio`, `Phạm Hải - Ngọc Anh`: a byline may name several people. */
export function splitNames(byline: string): string[] {
  return byline
    .split(/\s*(?:,|;|&|\s(?:and|và)\s|\s[-–—]\s)\s*/u)
    .map((name) => name.trim())
    .filter((name) => name !== "");
}

/** Segment 0 is the title; then the paragraphs; captions last (their place in the page is unknown). */
const TITLE_SEGMENT = 0;

export function tagArticle(article: ArticleText, matcher: TaxonomyMatcher): ArticleTags {
  const texts = [article.title, ...article.paragraphs, ...article.captions].map((text) => text.normalize("NFC"));
  const tokens = tokenize(texts);

  const names = matchNames(tokens, matcher.people, article.excludedNames.flatMap(splitNames));
  const people = peopleInOrder(names.mentions);

  const content = contentStream(tokens);
  const events = findEvents(content, matcher.events, new Set(people), article.date);
  const topics = pickTopics(
    scoreTopics(content, matcher.topics, (index) => tokens[index]?.segment === TITLE_SEGMENT),
  );

  const unknownNames = findUnknownNames({
    tokens,
    texts,
    consumed: names.consumed,
    skipSegments: new Set([TITLE_SEGMENT]),
  });
  return { people, events, topics, unknownNames };
}
