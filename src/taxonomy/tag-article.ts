/**
 * Tags one article with the taxonomy's people, events, topics, organisations and
 * places, and lists the personal names it does not know. The taxonomy is
 * compiled once (phrases folded and put into word tries), so tagging an article
 * is one pass over its words per kind, however large the taxonomy.
 */
import { compileOffices, type CompiledOffices } from "./match-offices.ts";
import type { EntryFrontMatter } from "../content/entry-schema.ts";
import type { Taxonomy, TaxonomyKind } from "../content/taxonomy-schema.ts";
import { segmentRoles } from "./article-layout.ts";
import { contentStream } from "./content-words.ts";
import { findUnknownNames } from "./find-unknown-names.ts";
import { compileEvents, eventsEvidencedWithoutDate, eventsNamed, findEvents, type CompiledEvents } from "./match-events.ts";
import { compilePeople, matchNames, peopleInOrder, type CompiledPeople, type PersonMention } from "./match-names.ts";
import { compileTerms, findTerms, type CompiledTerms } from "./match-terms.ts";
import { compileTopics, pickTopics, scoreTopics, type CompiledTopics } from "./score-topics.ts";
import { tokenizeNormalised, type Token } from "./tokenize.ts";
import { barelyNamed } from "./titled-surnames.ts";

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

/**
 * The entry's tag lists, one a taxonomy kind, typed by the entry schema: slugs in order of
 * first mention, topics strongest first (at most 8).
 */
export interface ArticleTags extends Required<Pick<EntryFrontMatter, TaxonomyKind>> {
  /** Capitalised personal names found in the text that the taxonomy lacks. */
  unknownNames: string[];
  /** Spellings of the taxonomy's people that it does not list (tagged all the same), each once. */
  newSpellings: NewSpelling[];
}

/** "Vyacheslav Victorovich Volodin" for the taxonomy's Vyacheslav Volodin: an alias to add. */
export interface NewSpelling {
  /** As the text writes it. */
  name: string;
  /** The person it names. */
  slug: string;
  /** One letter off: more likely a misspelling than a spelling to keep. */
  typo: boolean;
}

/** A taxonomy prepared once for matching many articles (patterns compiled, names folded). */
export interface TaxonomyMatcher {
  taxonomy: Taxonomy;
  people: CompiledPeople;
  events: CompiledEvents;
  topics: CompiledTopics;
  organisations: CompiledTerms;
  places: CompiledTerms;
  /** Its people's offices with their dates (match-offices.ts), for dating a text by its titles. */
  offices: CompiledOffices;
}

export function compileTaxonomy(taxonomy: Taxonomy): TaxonomyMatcher {
  return {
    taxonomy,
    people: compilePeople(taxonomy.people),
    events: compileEvents(taxonomy.events, taxonomy.people, taxonomy.eventWords),
    topics: compileTopics(taxonomy.topics),
    organisations: compileTerms(taxonomy.organisations),
    places: compileTerms(taxonomy.places),
    offices: compileOffices(taxonomy.people),
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

/** Text for matching: case, diacritics and spacing aside. */
const comparable = (text: string) => text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();

/** How far into the lede a title taken from it may start ("During the reception, …"). */
const TITLE_FROM_LEDE_REACH = 500;

/**
 * A title that the parser took from the lede (the copy had no headline) says
 * nothing the lede does not: reading it again would count the lede twice. It
 * comes from the lede's first sentence, so only the lede's opening is searched.
 */
function titleFromLede(title: string, lede: string | undefined): boolean {
  const heading = comparable(title);
  if (heading === "" || lede === undefined) return false;
  return comparable(lede.slice(0, title.length + TITLE_FROM_LEDE_REACH)).includes(heading);
}

/** The words of the texts read last, and their content words (both only ever read). */
let lastRead: { texts: readonly string[]; tokens: Token[]; content: ReturnType<typeof contentStream> } | undefined;

const sameTexts = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((text, index) => text === b[index]);

/**
 * The words and content words of `texts` (NFC, as readPeopleAndEvents makes them). An undated article is read twice:
 * for the events that date it (tagUndatedEvents), then to be tagged; the second
 * reading takes the first's words instead of splitting and folding them again.
 */
function wordsOf(texts: readonly string[]): { tokens: Token[]; content: ReturnType<typeof contentStream> } {
  if (lastRead === undefined || !sameTexts(lastRead.texts, texts)) {
    const tokens = tokenizeNormalised(texts);
    lastRead = { texts, tokens, content: contentStream(tokens) };
  }
  return lastRead;
}

/** An article's words, its people, and the events it reports: what tagging reads first. */
function readPeopleAndEvents(article: ArticleText, matcher: TaxonomyMatcher) {
  const title = titleFromLede(article.title, article.paragraphs[0]) ? "" : article.title;
  const texts = [title, ...article.paragraphs, ...article.captions].map((text) => text.normalize("NFC"));
  const { tokens, content } = wordsOf(texts);
  const roles = segmentRoles(tokens, article.paragraphs.length, article.captions.length);
  const roleOf = (segment: number) => roles[segment] ?? "body";

  const names = matchNames(tokens, matcher.people, article.excludedNames.flatMap(splitNames));
  // People named only in a photo caption are in the picture, not in the article.
  const inText = names.mentions.filter((mention) => roleOf((tokens[mention.start] as Token).segment) !== "caption");
  const people = peopleInOrder(inText);
  const peopleBySentence = new Map<number, Set<string>>();
  for (const mention of inText) {
    const sentence = (tokens[mention.start] as Token).sentence;
    peopleBySentence.set(sentence, (peopleBySentence.get(sentence) ?? new Set()).add(mention.slug));
  }
  // An event's people may be named by surname alone (`Chernyshenko said`): not tagged, but in the text.
  const surnamed = barelyNamed(
    tokens,
    matcher.people.surnames,
    (index) => names.consumed[index] === true || roleOf((tokens[index] as Token).segment) === "caption",
  );
  const eventPeople = new Set([...people, ...[...surnamed].map((person) => matcher.people.slugs[person] as string)]);
  const events = findEvents(content, matcher.events, { peoplePresent: eventPeople, date: article.date, roleOf, peopleBySentence });
  return { texts, tokens, roleOf, names, inText, people, eventPeople, content, events, peopleBySentence };
}

/** Only the events the article reports (tagArticle's `events`), without the other kinds and the unknown names. */
export function tagEvents(article: ArticleText, matcher: TaxonomyMatcher): string[] {
  return readPeopleAndEvents(article, matcher).events;
}

/** What an undated text says of the taxonomy's events: those it names, those its evidence fits, and its people. */
export interface UndatedEvents {
  /** Named outright (tagEvents without a date). */
  named: string[];
  /** Fitting the text's people, keywords and places, whatever their dates (see match-events, rule d). */
  evidenced: string[];
  /** Slugs of the people the text names. */
  people: string[];
  /** Named by their name or an alias somewhere in the text, once or more. */
  mentioned: string[];
  /** Named by their name or an alias somewhere in the text, distinctive words left out (eventsNamed). */
  namedOutright: string[];
  /**
   * Fitting the text's people, keywords and places in one sentence at least:
   * too little to tag, enough to lend a day within its days its year.
   */
  evidencedOnce: string[];
}

export function tagUndatedEvents(article: Omit<ArticleText, "date">, matcher: TaxonomyMatcher): UndatedEvents {
  const { people, eventPeople, content, roleOf, events, peopleBySentence } = readPeopleAndEvents(article, matcher);
  const { evidenced, once } = eventsEvidencedWithoutDate(content, matcher.events, {
    peoplePresent: eventPeople,
    roleOf,
    peopleBySentence,
  });
  const { anywhere, outright } = eventsNamed(content, matcher.events, roleOf);
  return { named: events, evidenced, people, mentioned: anywhere, namedOutright: outright, evidencedOnce: once };
}

export function tagArticle(article: ArticleText, matcher: TaxonomyMatcher): ArticleTags {
  const { texts, tokens, roleOf, names, inText, people, content, events } = readPeopleAndEvents(article, matcher);
  const newSpellings = spellingsOf(inText, tokens, texts);
  const topics = pickTopics(scoreTopics(content, matcher.topics, roleOf));

  const unknownNames = findUnknownNames({
    tokens,
    texts,
    consumed: names.consumed,
    skipSegments: new Set([TITLE_SEGMENT]),
  });
  const organisations = findTerms(tokens, matcher.organisations, roleOf);
  const places = findTerms(tokens, matcher.places, roleOf);
  return { people, events, topics, organisations, places, unknownNames, newSpellings };
}

/** The spellings of full names the taxonomy does not list, as written, each once. */
function spellingsOf(mentions: readonly PersonMention[], tokens: readonly Token[], texts: readonly string[]): NewSpelling[] {
  const spellings = new Map<string, NewSpelling>();
  for (const mention of mentions) {
    if (!mention.variant) continue;
    const first = tokens[mention.start] as Token;
    const name = (texts[first.segment] ?? "").slice(first.start, (tokens[mention.end - 1] as Token).end);
    const key = tokens
      .slice(mention.start, mention.end)
      .map((token) => token.key)
      .join(" ");
    if (!spellings.has(key)) spellings.set(key, { name, slug: mention.slug, typo: mention.variant.typo });
  }
  return [...spellings.values()];
}
