/**
 * Decides which events of the taxonomy an article is about or refers to. An alias
 * names the event outright ("Putin's state visit to Việt Nam", "BRICS Summit in
 * Kazan") and is enough on its own. A keyword ("official visit to Vietnam", "in
 * Moscow") is only circumstantial: it counts when one of the event's people is
 * named in the article AND the article is dated close to the event — the three
 * together are what a careful tagger would go by.
 */
import type { Event } from "../schema/taxonomy.ts";
import { contentPhraseKeys, type ContentStream } from "./content-words.ts";
import { findLongestMatches, PhraseTrie } from "./phrase-trie.ts";

/** Keyword evidence counts from this many days before an event starts… */
export const KEYWORD_DAYS_BEFORE = 30;
/** …to this many days after it ends (reports and follow-ups come later than previews). */
export const KEYWORD_DAYS_AFTER = 60;
/** An article dated more than this long before an event cannot be naming it. */
export const ALIAS_DAYS_BEFORE = 365;

interface EventPhrase {
  event: number;
  role: "alias" | "keyword";
}

interface CompiledEvent {
  slug: string;
  startDay: number;
  endDay: number;
  people: readonly string[];
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

export function compileEvents(events: readonly Event[]): CompiledEvents {
  const trie = new PhraseTrie<EventPhrase>();
  const compiled = events.map((event, index) => {
    for (const alias of [event.name, ...event.aliases]) trie.add(contentPhraseKeys(alias), { event: index, role: "alias" });
    for (const keyword of event.keywords) trie.add(contentPhraseKeys(keyword), { event: index, role: "keyword" });
    const startDay = dayNumber(event.start);
    return {
      slug: event.slug,
      startDay,
      endDay: event.end ? dayNumber(event.end) : startDay,
      people: event.people,
    };
  });
  return { events: compiled, trie };
}

export interface EventEvidence {
  /** Token index of the first alias, if any. */
  firstAlias?: number;
  /** Token index of the first keyword, if any. */
  firstKeyword?: number;
}

/** Where each event's aliases and keywords first occur (token indexes). */
export function collectEventEvidence(stream: ContentStream, compiled: CompiledEvents): Map<number, EventEvidence> {
  const evidence = new Map<number, EventEvidence>();
  for (const match of findLongestMatches(compiled.trie, stream)) {
    const position = stream.origin[match.start] as number;
    for (const phrase of match.result) {
      const seen = evidence.get(phrase.event) ?? {};
      if (phrase.role === "alias") seen.firstAlias ??= position;
      else seen.firstKeyword ??= position;
      evidence.set(phrase.event, seen);
    }
  }
  return evidence;
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
  const found: Array<{ slug: string; position: number; index: number }> = [];
  for (const [index, seen] of collectEventEvidence(stream, compiled)) {
    const event = compiled.events[index] as CompiledEvent;
    const named =
      seen.firstAlias !== undefined && (day === undefined || day >= event.startDay - ALIAS_DAYS_BEFORE);
    const evidenced =
      seen.firstKeyword !== undefined &&
      day !== undefined &&
      day >= event.startDay - KEYWORD_DAYS_BEFORE &&
      day <= event.endDay + KEYWORD_DAYS_AFTER &&
      event.people.some((slug) => peoplePresent.has(slug));
    const positions = [named ? seen.firstAlias : undefined, evidenced ? seen.firstKeyword : undefined].filter(
      (position): position is number => position !== undefined,
    );
    if (positions.length > 0) found.push({ slug: event.slug, position: Math.min(...positions), index });
  }
  return found.sort((a, b) => a.position - b.position || a.index - b.index).map((event) => event.slug);
}
