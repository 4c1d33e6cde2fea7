/**
 * Decides which events of the taxonomy an article is about or refers to. An alias
 * names the event outright ("Putin's state visit to Việt Nam", "BRICS Summit in
 * Kazan") and is enough on its own; so is a keyword dated with the event's month
 * and year ("state visit to Vietnam in June 2024"). A keyword alone ("official
 * visit to Vietnam", "in Moscow") is only circumstantial: it counts when one of
 * the event's people is named in the article AND the article is dated close to
 * the event — the three together are what a careful tagger would go by. And an
 * article dated on the event's own days that names one of its people and every
 * proper name in the event's name ("Việt Nam" for Putin's visit to Việt Nam,
 * "BRICS" and "Kazan" for the summit) reports the event, whatever words it uses.
 */
import type { Event, Person } from "../content/taxonomy-schema.ts";
import { contentPhraseKeys, reducePlural, type ContentStream } from "./content-words.ts";
import { findLongestMatches, PhraseTrie } from "./phrase-trie.ts";
import { tokenize } from "./tokenize.ts";

/** Keyword evidence counts from this many days before an event starts… */
export const KEYWORD_DAYS_BEFORE = 30;
/** …to this many days after it ends (reports and follow-ups come later than previews). */
export const KEYWORD_DAYS_AFTER = 60;
/** An article dated more than this long before an event cannot be naming it. */
export const ALIAS_DAYS_BEFORE = 365;
/** Days around an event's own dates on which an article about its people and places reports it. */
export const EVENT_DAYS_MARGIN = 1;
/** How many words after a keyword (or before it) the event's month and year may stand. */
const MONTH_YEAR_REACH = 4;

const MONTH_KEYS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

interface EventPhrase {
  event: number;
  role: "alias" | "keyword";
}

interface CompiledEvent {
  slug: string;
  startDay: number;
  endDay: number;
  people: readonly string[];
  /** Content keys of the proper names in the event's name, other than its people's ("vietnam"). */
  nameKeys: readonly string[];
  /** The people its name names ("Vladimir Putin's state visit" → Putin), or all its people when it names none. */
  principals: readonly string[];
  /** Ways the text may write the event's month and year, as key pairs: ["june", "2024"], ["thang", "6"]. */
  monthKeys: readonly string[];
  year: string;
}

export interface CompiledEvents {
  events: CompiledEvent[];
  trie: PhraseTrie<EventPhrase>;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date. */
export function dayNumber(isoDate: string): number {
  const [year, month, day] = isoDate.split("-").map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1) / 86_400_000;
}

/**
 * The proper names in an event's name that are not its people's names
 * ("Vladimir Putin's state visit to Việt Nam" → `vietnam`), and the people the
 * name names (→ Putin: the host who received him does not make an article about
 * the visit).
 */
function readEventName(event: Event, peopleBySlug: ReadonlyMap<string, Person>) {
  const nameTokens = tokenize([event.name]);
  const nameWords = new Set(nameTokens.map((token) => token.key));
  const personKeys = new Set<string>();
  const principals: string[] = [];
  for (const slug of event.people) {
    const person = peopleBySlug.get(slug);
    if (!person) continue;
    const keys = tokenize([person.name, ...person.aliases, ...person.shortNames]).map((token) => token.key);
    for (const key of keys) personKeys.add(key);
    if (tokenize([person.name, ...person.shortNames]).some((token) => nameWords.has(token.key))) principals.push(slug);
  }
  const keys = nameTokens
    .filter((token) => token.capitalised && !/^\d/.test(token.key) && !personKeys.has(token.key))
    .map((token) => reducePlural(token.key));
  return { nameKeys: [...new Set(keys)], principals: principals.length > 0 ? principals : event.people };
}

export function compileEvents(events: readonly Event[], people: readonly Person[] = []): CompiledEvents {
  const trie = new PhraseTrie<EventPhrase>();
  const peopleBySlug = new Map(people.map((person) => [person.slug, person]));
  const compiled = events.map((event, index) => {
    for (const alias of [event.name, ...event.aliases]) trie.add(contentPhraseKeys(alias), { event: index, role: "alias" });
    for (const keyword of event.keywords) trie.add(contentPhraseKeys(keyword), { event: index, role: "keyword" });
    const startDay = dayNumber(event.start);
    const endDay = event.end ? dayNumber(event.end) : startDay;
    const months = [...new Set([event.start, event.end ?? event.start].map((date) => Number(date.slice(5, 7))))];
    return {
      slug: event.slug,
      startDay,
      endDay,
      people: event.people,
      ...readEventName(event, peopleBySlug),
      monthKeys: months.flatMap((month) => [MONTH_KEYS[month - 1] as string, String(month)]),
      year: event.start.slice(0, 4),
    };
  });
  return { events: compiled, trie };
}

export interface EventEvidence {
  /** Token index of the first alias (or keyword dated with the event's month and year), if any. */
  firstAlias?: number;
  /** Token index of the first keyword, if any. */
  firstKeyword?: number;
}

/**
 * "state visit to Vietnam in June 2024", "Putin's June 2024 visit", "chuyến thăm
 * … tháng 6/2024": the event's month and its year within a few words of the
 * keyword, in the same phrase.
 */
function datedWithEvent(stream: ContentStream, start: number, end: number, event: CompiledEvent): boolean {
  let from = start;
  while (from > 0 && start - from < MONTH_YEAR_REACH && !stream.breakBefore[from]) from -= 1;
  let to = end;
  while (to < stream.keys.length && to - end < MONTH_YEAR_REACH && !stream.breakBefore[to]) to += 1;
  const near = new Set([...stream.keys.slice(from, start), ...stream.keys.slice(end, to)]);
  if (!near.has(event.year)) return false;
  // A month by name ("June"), or by number after "tháng" ("tháng 6/2024").
  return event.monthKeys.some((month) => near.has(month) && (!/^\d/.test(month) || near.has("thang")));
}

/** Where each event's aliases and keywords first occur (token indexes). */
export function collectEventEvidence(stream: ContentStream, compiled: CompiledEvents): Map<number, EventEvidence> {
  const evidence = new Map<number, EventEvidence>();
  for (const match of findLongestMatches(compiled.trie, stream)) {
    const position = stream.origin[match.start] as number;
    for (const phrase of match.result) {
      const seen = evidence.get(phrase.event) ?? {};
      const naming =
        phrase.role === "alias" || datedWithEvent(stream, match.start, match.end, compiled.events[phrase.event] as CompiledEvent);
      if (naming) seen.firstAlias ??= position;
      if (phrase.role === "keyword") seen.firstKeyword ??= position;
      evidence.set(phrase.event, seen);
    }
  }
  return evidence;
}

/** Token index of the first of the event's proper names, when the text has them all. */
function allNamesPresent(stream: ContentStream, event: CompiledEvent): number | undefined {
  if (event.nameKeys.length === 0) return undefined;
  let first: number | undefined;
  for (const key of event.nameKeys) {
    const at = stream.keys.indexOf(key);
    if (at === -1) return undefined;
    const position = stream.origin[at] as number;
    if (first === undefined || position < first) first = position;
  }
  return first;
}

/**
 * Slugs of the events the article names or is evidently about, in order of first
 * mention (the alias or the keyword that made the case).
 */
export function findEvents(
  stream: ContentStream,
  compiled: CompiledEvents,
  peoplePresent: ReadonlySet<string>,
  articleDate: string | undefined,
): string[] {
  const day = articleDate ? dayNumber(articleDate) : undefined;
  const evidence = collectEventEvidence(stream, compiled);
  const found: Array<{ slug: string; position: number; index: number }> = [];
  compiled.events.forEach((event, index) => {
    const seen = evidence.get(index) ?? {};
    const withPeople = event.people.some((slug) => peoplePresent.has(slug));
    const named =
      seen.firstAlias !== undefined && (day === undefined || day >= event.startDay - ALIAS_DAYS_BEFORE);
    const evidenced =
      seen.firstKeyword !== undefined &&
      day !== undefined &&
      day >= event.startDay - KEYWORD_DAYS_BEFORE &&
      day <= event.endDay + KEYWORD_DAYS_AFTER &&
      withPeople;
    const onItsDays =
      event.principals.some((slug) => peoplePresent.has(slug)) &&
      day !== undefined &&
      day >= event.startDay - EVENT_DAYS_MARGIN &&
      day <= event.endDay + EVENT_DAYS_MARGIN
        ? allNamesPresent(stream, event)
        : undefined;
    const positions = [named ? seen.firstAlias : undefined, evidenced ? seen.firstKeyword : undefined, onItsDays].filter(
      (position): position is number => position !== undefined,
    );
    if (positions.length > 0) found.push({ slug: event.slug, position: Math.min(...positions), index });
  });
  return found.sort((a, b) => a.position - b.position || a.index - b.index).map((event) => event.slug);
}
