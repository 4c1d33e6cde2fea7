/**
 * The synthetic events: visits, summits, anniversaries, sessions, storms and
 * games spread over the archive's ten years. Each has a canonical name, a
 * description with its date, aliases that name it outright, keywords that are
 * evidence for it only with its people or near its date, and its people.
 * Aliases and keywords are unique across events (after folding), so an
 * article names exactly the events it was written about.
 */
import type { Random } from "./random.ts";
import { cultureDrafts, gamesDrafts, sessionDrafts, typhoonDrafts } from "./calendar-drafts.ts";
import { dayOf, isoOf } from "./dates.ts";
import { anniversaryDrafts, summitDrafts, visitDrafts } from "./event-drafts.ts";
import { PhraseRegistry } from "./phrase-registry.ts";
import { slugOf } from "./phrase.ts";
import type { Place } from "./places.ts";
import type { SynthPerson } from "./people.ts";

/** A phrase as text writes it in either spelling, and whether it takes "the". */
export interface EventPhrase extends Place {
  definite: boolean;
}

export interface SynthEvent {
  name: string;
  slug: string;
  description: string;
  startDay: number;
  endDay: number;
  /** Names and aliases; the first is the canonical name. */
  aliases: EventPhrase[];
  keywords: EventPhrase[];
  /** Slugs of the people the event is about. */
  people: string[];
  /** People whose name is part of an alias: an article naming the event names them too. */
  namedPeople: string[];
  /** Topic slugs any article about the event is about as well (storms → natural disasters). */
  topics: string[];
}

export const ARCHIVE_FIRST_DAY = dayOf("2016-01-01");
export const ARCHIVE_LAST_DAY = dayOf("2025-12-31");

/**
 * `count` events, most popular first. Visits fill what the fixed calendar of
 * summits, sessions, anniversaries, storms and games leaves.
 */
export function generateEvents(random: Random, people: readonly SynthPerson[], count: number): SynthEvent[] {
  const calendar = random.shuffled([
    ...summitDrafts(random, people),
    ...anniversaryDrafts(people),
    ...typhoonDrafts(random, people),
    ...sessionDrafts(random, people),
    ...gamesDrafts(random, people),
    ...cultureDrafts(random, people),
  ]);
  const fixed = calendar.slice(0, Math.round(count * 0.6));
  const drafts = random.shuffled([...fixed, ...visitDrafts(random, people, count - fixed.length)]);

  const registry = new PhraseRegistry();
  const events: SynthEvent[] = [];
  const claim = (candidate: EventPhrase, owner: string): boolean => {
    if (!registry.isFree(candidate.vi, owner) || !registry.isFree(candidate.en, owner)) return false;
    registry.add(candidate.vi, owner);
    registry.add(candidate.en, owner);
    return true;
  };
  for (const draft of drafts) {
    if (events.length === count) break;
    const slug = slugOf(draft.name.vi);
    const name = { ...draft.name, definite: draft.definite };
    if (events.some((event) => event.slug === slug) || !claim(name, slug)) continue;
    const aliases = [name, ...draft.aliases.filter((alias) => claim(alias, slug))];
    const keywords = draft.keywords.map((options) => options.find((option) => claim(option, slug))).filter((k) => k !== undefined);
    events.push({
      name: draft.name.vi,
      slug,
      description: draft.description,
      startDay: Math.max(ARCHIVE_FIRST_DAY, draft.startDay),
      endDay: Math.min(ARCHIVE_LAST_DAY, draft.endDay),
      aliases,
      keywords,
      people: [...new Set(draft.people.map((person) => person.slug))],
      namedPeople: draft.namedPeople.map((person) => person.slug),
      topics: draft.topics ?? [],
    });
  }
  if (events.length < count) throw new Error(`only ${events.length} distinct events could be made`);
  return events;
}

export function isoStart(event: SynthEvent): string {
  return isoOf(event.startDay);
}
