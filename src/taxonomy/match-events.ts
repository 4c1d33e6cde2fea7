/**
 * Decides which events of the taxonomy an article reports, as against mentions
 * in passing: most articles recall earlier visits and summits in a background
 * sentence ("as agreed during Putin's state visit to Việt Nam in June last
 * year"), and an archive tagged from those would file every article under
 * every event. An event is reported when
 * (a) the title or the lede names it (its name or an alias, or a keyword dated
 *     with the event's month and year: "state visit to Vietnam in June 2024"),
 *     or the title has one of its keywords where keywords count (below);
 * (b) two or more sentences give evidence of it and one of its people is named:
 *     names, aliases, and keywords ("official visit to Vietnam", "in Moscow"),
 *     which count only in an article dated near the event that names one of its
 *     places (see `anchors`); a country's office named by its title alone
 *     ("президент Вьетнама") names the person who held it on the article's day;
 * (c) the article is dated on the event's days (from the day before to two days
 *     after) and says something of it: a name, an alias, a keyword with one of
 *     its people, or the event's people and every proper name in its name ("Việt
 *     Nam" for Putin's visit to Việt Nam, "BRICS" and "Kazan" for the summit) or
 *     in one of its aliases (the Russian alias's "Вьетнам": a Russian report
 *     writes no "Việt Nam").
 * Captions do not count: a photo may be of another day.
 *
 * A text that states no date gets (d): `eventsEvidencedWithoutDate`, the
 * events whose people and keywords it has in two sentences, or in its title or
 * lede, with one of their places, whatever their dates; the caller tells apart
 * the several this may fit. The rules share their reading of the text, hence
 * one module over 300 lines.
 */
import type { Event, EventWords, Person } from "../content/taxonomy-schema.ts";
import type { SegmentRole } from "./article-layout.ts";
import { contentPhraseKeys, reducePlural, type ContentStream } from "./content-words.ts";
import {
  compileEventWords,
  findEventWords,
  structuralSentences,
  type CompiledEventWords,
  type EventShape,
  type EventWordsFound,
} from "./event-structure.ts";
import { findLongestMatches, PhraseTrie } from "./phrase-trie.ts";
import { tokenize } from "./tokenize.ts";

/** Keyword evidence counts from this many days before an event starts… */
export const KEYWORD_DAYS_BEFORE = 30;
/** …to this many days after it ends (reports and follow-ups come later than previews). */
export const KEYWORD_DAYS_AFTER = 60;
/** An article dated more than this long before an event cannot be naming it. */
export const ALIAS_DAYS_BEFORE = 365;
/** An article dated from this many days before an event… */
export const EVENT_DAYS_BEFORE = 1;
/** …to this many days after it is of the event's own days (reports appear the next day or two). */
export const EVENT_DAYS_AFTER = 2;
/** Sentences of evidence that make an event reported when neither the title nor the lede names it. */
export const EVIDENCE_SENTENCES = 2;
/** How many words after a keyword (or before it) the event's month and year may stand. */
const MONTH_YEAR_REACH = 4;

// biome-ignore format: a word list packed by hand
const MONTH_KEYS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

interface EventPhrase {
  event: number;
  /** `distinctive` words only tell events apart (eventsNamed); they are no evidence. */
  role: "alias" | "keyword" | "distinctive";
}

interface CompiledEvent {
  slug: string;
  startDay: number;
  endDay: number;
  people: readonly string[];
  /**
   * Content keys of the proper names in the event's name, other than its
   * people's (`vietnam`), and the same of each alias that has any (`вьетнам`):
   * the text names the event's place when it has every key of one of them.
   */
  nameKeySets: ReadonlyArray<readonly string[]>;
  /**
   * The same with its people's words kept (`vietnam`, `russia`: "Russia" is
   * also a word of an office its people hold): the pair of countries an
   * anniversary of "the two countries" must find named (ofTheTwoCountries).
   */
  pairKeySets: ReadonlyArray<readonly string[]>;
  /** The people its name names ("Vladimir Putin's state visit" → Putin), or all its people when it names none. */
  principals: readonly string[];
  /** Ways the text may write the event's month and year, as key pairs: ["june", "2024"], ["thang", "6"]. */
  monthKeys: readonly string[];
  year: string;
  /**
   * The capitalised words of its name, aliases and keywords other than its
   * people's (places mostly: "vietnam", "hanoi", "kazan", "moscow"): a keyword
   * such as "Putin's visit" or "state visit" is evidence only in an article
   * that names one of them, or Putin in Pyongyang would be Putin in Hà Nội.
   */
  anchors: readonly string[];
}

export interface CompiledEvents {
  events: CompiledEvent[];
  trie: PhraseTrie<EventPhrase>;
  /** The events' kinds and destinations, for evidence by structure (event-structure.ts). */
  words: CompiledEventWords;
  /** The events by their anchors (anchorsNamed). */
  anchors: AnchorIndex;
  /** Titles that name one holder without the name ("президент Вьетнама"), by person (holdersNamed). */
  offices: PhraseTrie<HeldOffice>;
}

/** An office of one of the taxonomy's people, with its days (`YYYY-MM-DD`). */
interface HeldOffice {
  person: string;
  from?: string;
  to?: string;
}

/** Which events each anchor word stands for, and the anchor lengths a longer word may start with. */
interface AnchorIndex {
  events: ReadonlyMap<string, readonly number[]>;
  prefixLengths: readonly number[];
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
  // Capitalised words, not numbers: without the people's names, or (for the pairs) with them and without months.
  const properKeys = (phrases: readonly string[], { withPeople = false } = {}) =>
    tokenize(phrases)
      .filter((token) => token.capitalised && !/^\d/.test(token.key))
      .filter((token) => (withPeople ? !MONTH_KEYS.includes(token.key) : !personKeys.has(token.key)))
      .map((token) => reducePlural(token.key));
  // Neither its month ("(May 2020)": any May would do) nor the given name of someone else it
  // names ("Sergey" of "Sergey Lavrov"): a report writes "Sergei Lavrov", or "Lavrov" alone.
  const givenNames = otherPeoplesGivenNames(nameWords, event, peopleBySlug);
  const nameKeys = [...new Set(properKeys([event.name]))].filter((key) => !MONTH_KEYS.includes(key) && !givenNames.has(key));
  // An alias's month ("Putin's June 2024 state visit") is no place: the set would be met by any June.
  const aliasKeySets = event.aliases
    .map((alias) => [...new Set(properKeys([alias]))].filter((key) => !MONTH_KEYS.includes(key)))
    .filter((keys) => keys.length > 0);
  const nameKeySets = [nameKeys, ...aliasKeySets].filter((keys) => keys.length > 0);
  const pairKeySets = [event.name, ...event.aliases]
    .map((phrase) => [...new Set(properKeys([phrase], { withPeople: true }))])
    .filter((keys) => keys.length > 0);
  const anchors = new Set([...nameKeys, ...properKeys([...event.aliases, ...event.keywords])]);
  return {
    nameKeySets,
    pairKeySets,
    anchors: [...anchors, ...otherPeoplesSpellings(anchors, event, peopleBySlug)],
    principals: principals.length > 0 ? principals : event.people,
  };
}

/** Each person's name and aliases as words, made once per taxonomy rather than once for each event. */
const spellingTokens = new WeakMap<Person, ReturnType<typeof tokenize>[]>();
function spellingTokensOf(person: Person): ReturnType<typeof tokenize>[] {
  let spellings = spellingTokens.get(person);
  if (spellings === undefined) {
    spellings = [person.name, ...person.aliases].map((spelling) => tokenize([spelling]));
    spellingTokens.set(person, spellings);
  }
  return spellings;
}

/** Each person's name and short names as word keys, made once per taxonomy: every event asks about every person. */
const ownKeys = new WeakMap<Person, string[]>();
function ownKeysOf(person: Person): string[] {
  let keys = ownKeys.get(person);
  if (keys === undefined) {
    keys = tokenize([person.name, ...person.shortNames]).map((token) => token.key);
    ownKeys.set(person, keys);
  }
  return keys;
}

/** Each person's surnames (the last word of a spelling of two words or more) and the words before them. */
const surnameParts = new WeakMap<Person, { surnames: string[]; givenNames: string[] }>();
function surnamesOf(person: Person): { surnames: string[]; givenNames: string[] } {
  let parts = surnameParts.get(person);
  if (parts === undefined) {
    const spellings = spellingTokensOf(person);
    parts = {
      surnames: spellings.filter((tokens) => tokens.length > 1).map((tokens) => tokens.at(-1)!.key),
      givenNames: spellings.flatMap((tokens) => tokens.slice(0, -1).map((token) => token.key)),
    };
    surnameParts.set(person, parts);
  }
  return parts;
}

/**
 * The words before the surname in every spelling of a person the event's name
 * names by surname who is not one of its people: `sergey`, `sergei`, for
 * "Phạm Bình Minh's phone talks with Sergey Lavrov".
 */
function otherPeoplesGivenNames(nameWords: ReadonlySet<string>, event: Event, peopleBySlug: ReadonlyMap<string, Person>): Set<string> {
  const given = new Set<string>();
  for (const person of peopleBySlug.values()) {
    if (event.people.includes(person.slug)) continue;
    const { surnames, givenNames } = surnamesOf(person);
    if (!surnames.some((key) => nameWords.has(key))) continue;
    for (const key of givenNames) given.add(key);
  }
  return given;
}

/**
 * A person the event's name names who is not one of its people (Putin, in
 * "Putin's congratulations to Tô Lâm") anchors it in every spelling the
 * taxonomy gives him: `Путин` in a Russian text as `Putin` in an English one.
 */
function otherPeoplesSpellings(anchors: ReadonlySet<string>, event: Event, peopleBySlug: ReadonlyMap<string, Person>): string[] {
  const spellings: string[] = [];
  for (const person of peopleBySlug.values()) {
    if (event.people.includes(person.slug)) continue;
    if (!ownKeysOf(person).some((key) => anchors.has(key))) continue;
    // The last word of each spelling (`Путин` of `Владимир Путин`): titles before it (`President`, `Tổng thống`) anchor nothing.
    for (const spelling of [person.name, ...person.aliases, ...person.shortNames]) {
      const last = tokenize([spelling]).at(-1);
      if (last?.capitalised && !anchors.has(last.key)) spellings.push(last.key);
    }
  }
  return [...new Set(spellings)];
}

export function compileEvents(events: readonly Event[], people: readonly Person[] = [], eventWords?: EventWords): CompiledEvents {
  const trie = new PhraseTrie<EventPhrase>();
  const peopleBySlug = new Map(people.map((person) => [person.slug, person]));
  const compiled = events.map((event, index) => {
    for (const alias of [event.name, ...event.aliases]) trie.add(contentPhraseKeys(alias), { event: index, role: "alias" });
    for (const keyword of event.keywords) trie.add(contentPhraseKeys(keyword), { event: index, role: "keyword" });
    for (const word of event.distinctive ?? []) trie.add(contentPhraseKeys(word), { event: index, role: "distinctive" });
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
  return {
    events: compiled,
    trie,
    words: compileEventWords(eventWords, events),
    anchors: indexAnchors(compiled),
    offices: compileCountryTitles(people),
  };
}

/**
 * The titles that name their country after a lower-case office word
 * ("президент Вьетнама", "премьер-министр СРВ"): a Russian text often calls a
 * leader only so, and on a day the taxonomy knows who held the office the
 * title stands for that person. A bare "President" or "Prime Minister" could
 * be any country's.
 */
function compileCountryTitles(people: readonly Person[]): PhraseTrie<HeldOffice> {
  const trie = new PhraseTrie<HeldOffice>();
  for (const person of people) {
    for (const office of person.offices ?? []) {
      for (const title of office.titles) {
        const tokens = tokenize([title]);
        if (tokens.length < 2 || tokens[0]?.capitalised || !tokens.slice(1).some((token) => token.capitalised)) continue;
        trie.add(contentPhraseKeys(title), {
          person: person.slug,
          ...(office.from === undefined ? {} : { from: office.from }),
          ...(office.to === undefined ? {} : { to: office.to }),
        });
      }
    }
  }
  return trie;
}

/** The people whose country's office the text names by its title alone (outside captions), held on the day. */
function holdersNamed(stream: ContentStream, compiled: CompiledEvents, date: string, inText: (index: number) => boolean): Set<string> {
  const holders = new Set<string>();
  for (const match of findLongestMatches(compiled.offices, stream)) {
    if (!inText(match.start) || !stream.capitalised[match.end - 1]) continue;
    for (const office of match.result) {
      if ((office.from === undefined || office.from <= date) && (office.to === undefined || date <= office.to)) holders.add(office.person);
    }
  }
  return holders;
}

/** Made with the taxonomy, not for each article: the index is the same for every text. */
function indexAnchors(events: readonly CompiledEvent[]): AnchorIndex {
  const byAnchor = new Map<string, number[]>();
  events.forEach((event, index) => {
    for (const anchor of event.anchors) byAnchor.set(anchor, [...(byAnchor.get(anchor) ?? []), index]);
  });
  const prefixLengths = [...new Set([...byAnchor.keys()].map((anchor) => anchor.length))].filter((length) => length >= MIN_ANCHOR_PREFIX);
  return { events: byAnchor, prefixLengths };
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

/**
 * "the two countries" as English, Vietnamese and Russian write it (content
 * keys, plurals reduced): an anniversary report names the pair once, in its
 * title or first lines, and then says "the 75th anniversary of diplomatic
 * relations between the two countries", "hai nước kỷ niệm 75 năm thiết lập
 * quan hệ ngoại giao", "годовщина … двух стран".
 */
// biome-ignore format: a word list packed by hand
const TWO_COUNTRIES: ReadonlyArray<readonly [string, string]> = [["two", "country"], ["hai", "nuoc"], ["двух", "стран"], ["обеих", "стран"]];

/**
 * The keyword counts an occasion ("75th anniversary", "75 năm", "75-летие": it
 * has a number) and "the two countries" follow it within a few words in the
 * same phrase ("the 75th anniversary of diplomatic relations between the two
 * countries"): the words stand where its alias writes "between Việt Nam and
 * Russia", so with both of the event's countries named in the text (checked by
 * the caller) they name the event as the alias does. Written before it ("at a
 * time when the two countries are celebrating the 75th anniversary"), they
 * make a clause of background to another report; a keyword without a number
 * ("military-technical cooperation between the two countries") is said of
 * every year's dealings. Bounded window: linear in the text.
 */
function ofTheTwoCountries(stream: ContentStream, end: number, keyword: readonly string[]): boolean {
  if (!keyword.some((key) => /^\d/.test(key))) return false;
  let to = end;
  while (to < stream.keys.length && to - end < MONTH_YEAR_REACH && !stream.breakBefore[to]) to += 1;
  for (let index = end; index + 1 < to; index += 1) {
    const [first, second] = [stream.keys[index], stream.keys[index + 1]];
    if (TWO_COUNTRIES.some(([a, b]) => first === a && second === b)) return true;
  }
  return false;
}

/** One phrase of an event found in the text. */
interface EventHit {
  /** Content-word index, for the order of first mention. */
  at: number;
  sentence: number;
  role: SegmentRole;
  /** A name or an alias, or a keyword dated with the event's month and year. */
  naming: boolean;
  /** A keyword said of "the two countries" (ofTheTwoCountries): naming when the text names both of the event's. */
  ofTheTwo?: boolean;
  /** A sentence with the event's people, kind and destination (event-structure.ts): it needs no anchor. */
  structural?: boolean;
}

/**
 * Every phrase of every event in the text outside captions: the names and
 * keywords by event, in text order, and the events whose distinctive words it
 * writes (which are no hits: they only tell events apart).
 */
function collectEventHits(
  stream: ContentStream,
  compiled: CompiledEvents,
  roleOf: (segment: number) => SegmentRole,
): { hits: Map<number, EventHit[]>; distinctive: Set<number> } {
  const hits = new Map<number, EventHit[]>();
  const distinctive = new Set<number>();
  for (const match of findLongestMatches(compiled.trie, stream)) {
    const role = roleOf(stream.segment[match.start] as number);
    if (role === "caption") continue;
    for (const phrase of match.result) {
      if (phrase.role === "distinctive") {
        distinctive.add(phrase.event);
        continue;
      }
      const naming =
        phrase.role === "alias" || datedWithEvent(stream, match.start, match.end, compiled.events[phrase.event] as CompiledEvent);
      const ofTheTwo =
        !naming && phrase.role === "keyword" && ofTheTwoCountries(stream, match.end, stream.keys.slice(match.start, match.end));
      const list = hits.get(phrase.event) ?? [];
      list.push({ at: match.start, sentence: stream.sentence[match.start] as number, role, naming, ...(ofTheTwo ? { ofTheTwo } : {}) });
      hits.set(phrase.event, list);
    }
  }
  return { hits, distinctive };
}

/** The event's hits with the sentences that evidence it by its structure, in text order. */
function withStructuralHits(
  hits: readonly EventHit[],
  sentences: readonly number[],
  found: EventWordsFound,
  stream: ContentStream,
  roleOf: (segment: number) => SegmentRole,
): EventHit[] {
  if (sentences.length === 0) return [...hits];
  const structural = sentences.map((sentence): EventHit => {
    const at = found.firstAt.get(sentence) as number;
    return { at, sentence, role: roleOf(stream.segment[at] as number), naming: false, structural: true };
  });
  return [...hits, ...structural].sort((a, b) => a.at - b.at);
}

/** The text names the event's destination and a word of its kind, anywhere outside captions. */
function namesShape(shape: EventShape, words: EventWordsFound): boolean {
  const kindNamed = [...words.kindsBySentence.values()].some((kinds) => shape.kinds.some((kind) => kinds.has(kind)));
  return kindNamed && shape.places.some((place) => words.placesNamed.has(place));
}

/** An anchor this long stands for the words it begins: "Vietnam" for "Vietnamese", "Russia" for "Russian". */
const MIN_ANCHOR_PREFIX = 4;

/**
 * The events one of whose anchors the text names (capitalised, outside
 * captions): as the word itself, or as the start of a longer word for an
 * anchor of MIN_ANCHOR_PREFIX letters or more ("Vietnamese counterpart").
 */
function anchorsNamed(stream: ContentStream, compiled: CompiledEvents, inText: (index: number) => boolean): Set<number> {
  const { events: byAnchor, prefixLengths } = compiled.anchors;
  const named = new Set<number>();
  stream.keys.forEach((key, index) => {
    if (!stream.capitalised[index] || !inText(index)) return;
    for (const event of byAnchor.get(key) ?? []) named.add(event);
    for (const length of prefixLengths) {
      if (length >= key.length) continue;
      for (const event of byAnchor.get(key.slice(0, length)) ?? []) named.add(event);
    }
  });
  return named;
}

/**
 * Content-word index of the first of the event's proper names outside
 * captions, when the text has every one of its name's or of one alias's.
 */
function allNamesPresent(
  stream: ContentStream,
  event: CompiledEvent,
  inText: (index: number) => boolean,
  keySets: ReadonlyArray<readonly string[]> = event.nameKeySets,
): number | undefined {
  if (keySets.length === 0) return undefined;
  const first = new Map<string, number>();
  stream.keys.forEach((key, index) => {
    if (!first.has(key) && stream.capitalised[index] && inText(index)) first.set(key, index);
  });
  const found = keySets
    .filter((keys) => keys.every((key) => first.has(key)))
    .map((keys) => Math.min(...keys.map((key) => first.get(key) as number)));
  return found.length > 0 ? Math.min(...found) : undefined;
}

export interface EventContext {
  /** Slugs of the people the article names. */
  peoplePresent: ReadonlySet<string>;
  /** `YYYY-MM-DD`, when known. */
  date: string | undefined;
  /** The role of each segment (title, lede, body, caption); without it, segment 0 is the title and the rest body. */
  roleOf?: (segment: number) => SegmentRole;
  /** Slugs of the people each sentence names (outside captions), for evidence by structure. */
  peopleBySentence?: ReadonlyMap<number, ReadonlySet<string>>;
}

const defaultRole = (segment: number): SegmentRole => (segment === 0 ? "title" : "body");

/** The first piece of evidence that counted, or undefined when the hits do not make the event reported (rules a and b). */
function headlineOrSentences(counted: readonly EventHit[], withPeople: boolean, anyKeywordInTitle: boolean): number | undefined {
  const positions: number[] = [];
  const inHeadline = counted.find((hit) => hit.role === "title" || ((hit.naming || anyKeywordInTitle) && hit.role === "lede"));
  if (inHeadline) positions.push(inHeadline.at);
  if (withPeople && new Set(counted.map((hit) => hit.sentence)).size >= EVIDENCE_SENTENCES) positions.push((counted[0] as EventHit).at);
  return positions.length > 0 ? Math.min(...positions) : undefined;
}

/**
 * Slugs of the events the article reports, in order of first mention (the
 * first piece of evidence that counted).
 */
export function findEvents(stream: ContentStream, compiled: CompiledEvents, context: EventContext): string[] {
  const roleOf = context.roleOf ?? defaultRole;
  const day = context.date ? dayNumber(context.date) : undefined;
  const { hits } = collectEventHits(stream, compiled, roleOf);
  const inText = (index: number) => roleOf(stream.segment[index] as number) !== "caption";
  const anchored = anchorsNamed(stream, compiled, inText);
  const words = findEventWords(stream, compiled.words, inText);
  const peopleBySentence = context.peopleBySentence ?? new Map();
  // "переговоры с президентом Вьетнама" on the event's days is its people's: the office had one holder then.
  const holders = context.date ? holdersNamed(stream, compiled, context.date, inText) : new Set<string>();
  const found: Array<{ slug: string; position: number; index: number }> = [];
  compiled.events.forEach((event, index) => {
    const shape = compiled.words.shapes[index] as (typeof compiled.words.shapes)[number];
    const structure = structuralSentences(shape, event.principals, words, peopleBySentence);
    const withPeople = event.people.some((slug) => context.peoplePresent.has(slug) || holders.has(slug));
    const namingAllowed = day === undefined || day >= event.startDay - ALIAS_DAYS_BEFORE;
    const nearItsDays =
      withPeople && day !== undefined && day >= event.startDay - KEYWORD_DAYS_BEFORE && day <= event.endDay + KEYWORD_DAYS_AFTER;
    const keywordsCount = nearItsDays && anchored.has(index);
    // "the 75th anniversary of diplomatic relations between the two countries" names the event
    // when the text names both of its countries (every proper name of its name or of an alias,
    // its people's words kept).
    const eventHits = hits.get(index) ?? [];
    const namesItsPair = eventHits.some((hit) => hit.ofTheTwo) && allNamesPresent(stream, event, inText, event.pairKeySets) !== undefined;
    const ownHits = namesItsPair ? eventHits.map((hit) => (hit.ofTheTwo ? { ...hit, naming: true } : hit)) : eventHits;
    const counted = withStructuralHits(ownHits, structure, words, stream, roleOf).filter((hit) =>
      hit.naming ? namingAllowed : hit.structural ? nearItsDays : keywordsCount,
    );
    const onItsDays = day !== undefined && day >= event.startDay - EVENT_DAYS_BEFORE && day <= event.endDay + EVENT_DAYS_AFTER;

    const positions: number[] = [];
    const evidence = headlineOrSentences(counted, withPeople, false);
    if (evidence !== undefined) positions.push(evidence);
    if (onItsDays && counted.length > 0) positions.push((counted[0] as EventHit).at);
    if (onItsDays && event.principals.some((slug) => context.peoplePresent.has(slug))) {
      const named = allNamesPresent(stream, event, inText);
      if (named !== undefined) positions.push(named);
      // Its destination in any language (`России` for a visit to Russia), with a word of its kind
      // (`встрече`: a summit needs `саммит`), says as much as its name's.
      else if (namesShape(shape, words)) positions.push(stream.keys.length);
    }
    if (positions.length > 0) found.push({ slug: event.slug, position: Math.min(...positions), index });
  });
  return found.sort((a, b) => a.position - b.position || a.index - b.index).map((event) => event.slug);
}

/**
 * (d) The events a text that states no date reports by evidence: one of the
 * event's people named, one of its places, and its names or keywords in the
 * title or the lede or in two sentences, the event's dates aside (there is no
 * article date to hold them to). Every event that fits, in order of first
 * evidence: Putin's state visit to Việt Nam fits his visits of 2013 and 2024
 * alike, and only other evidence may choose between them. Beside them, in
 * the same pass, `once`: the events a single sentence of evidence fits (an
 * anchor for a day the text writes without its year, not a tag).
 */
export function eventsEvidencedWithoutDate(
  stream: ContentStream,
  compiled: CompiledEvents,
  context: Omit<EventContext, "date">,
): { evidenced: string[]; once: string[] } {
  const roleOf = context.roleOf ?? defaultRole;
  const { hits, distinctive } = collectEventHits(stream, compiled, roleOf);
  const inText = (index: number) => roleOf(stream.segment[index] as number) !== "caption";
  const anchored = anchorsNamed(stream, compiled, inText);
  const words = findEventWords(stream, compiled.words, inText);
  type Found = { slug: string; position: number; index: number };
  const found: Found[] = [];
  const foundOnce: Found[] = [];
  compiled.events.forEach((event, index) => {
    if (!event.people.some((slug) => context.peoplePresent.has(slug))) return;
    const shape = compiled.words.shapes[index] as (typeof compiled.words.shapes)[number];
    const structure = structuralSentences(shape, event.principals, words, context.peopleBySentence ?? new Map());
    const keywordHits = anchored.has(index) ? (hits.get(index) ?? []) : [];
    const counted = withStructuralHits(keywordHits, structure, words, stream, roleOf);
    // A word only its reports write (`a state visit that followed a short trip to North Korea`)
    // makes one sentence of evidence enough: it is no background mention of another visit.
    const reported = headlineOrSentences(counted, true, true);
    const position = reported ?? (distinctive.has(index) ? counted[0]?.at : undefined);
    if (position !== undefined) found.push({ slug: event.slug, position, index });
    const positionOnce = reported ?? counted[0]?.at;
    if (positionOnce !== undefined) foundOnce.push({ slug: event.slug, position: positionOnce, index });
  });
  const inOrder = (list: Found[]) => list.sort((a, b) => a.position - b.position || a.index - b.index).map((event) => event.slug);
  return { evidenced: inOrder(found), once: inOrder(foundOnce) };
}

/**
 * The events the text names anywhere outside captions, once being enough, read
 * from one pass over its event phrases:
 * - `outright`: by name, an alias, or a keyword dated with the event's days.
 *   Too little to tag, but a day the text writes without a year within their
 *   days takes theirs (`6 апреля в Ханое … проведут 24-е заседание
 *   российско-вьетнамской межправительственной комиссии`, blind-vnru-46, 614).
 * - `anywhere`: those, and the events whose distinctive words it writes. Not
 *   evidence that the text reports one, but a choice among the events its
 *   evidence fits (`the 80th anniversary of the Victory in the Great Patriotic
 *   War` among Tô Lâm's and Mishustin's visits of 2025; `North Korea` for
 *   Putin's visit of June 2024).
 */
export function eventsNamed(
  stream: ContentStream,
  compiled: CompiledEvents,
  roleOf: (segment: number) => SegmentRole = defaultRole,
): { outright: string[]; anywhere: string[] } {
  const { hits, distinctive } = collectEventHits(stream, compiled, roleOf);
  const outright = new Set<number>();
  for (const [index, eventHits] of hits) {
    if (eventHits.some((hit) => hit.naming)) outright.add(index);
  }
  const slugsOf = (indices: Iterable<number>) =>
    [...indices].sort((x, y) => x - y).map((index) => (compiled.events[index] as CompiledEvent).slug);
  return { outright: slugsOf(outright), anywhere: slugsOf(new Set([...distinctive, ...outright])) };
}
