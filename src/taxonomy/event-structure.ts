/**
 * An event's structure, read off its name with the words of `event-words.yaml`:
 * its kind (a visit, talks, a phone call…) and its destination (the place
 * visited). A sentence that names one of the event's visitors with a word of
 * its kind and a word of its destination (and no other place of the file), in
 * any language the file lists, is
 * evidence of the event (`официальному визиту президента Владимира Путина во
 * Вьетнам`, `talks in Hanoi … Mishustin`), though no keyword was written for it.
 * The callers weigh this evidence as they weigh keywords: one background
 * sentence in the body is not enough, and the event's days still count.
 */
import type { Event, EventWords } from "../content/taxonomy-schema.ts";
import { contentPhraseKeys, contentStream, type ContentStream } from "./content-words.ts";
import { findLongestMatches, PhraseTrie } from "./phrase-trie.ts";
import { tokenize } from "./tokenize.ts";

interface WordGroup {
  group: "kind" | "place";
  index: number;
  /** A place's epithet: its place only where a word of a kind leads to it. */
  epithet?: true;
}

export interface EventShape {
  /** Indices of the kinds the event's name says (empty: no structural evidence). */
  kinds: readonly number[];
  /** Indices of the places its name says, else its aliases, else its keywords; none when they name two. */
  places: readonly number[];
}

export interface CompiledEventWords {
  trie: PhraseTrie<WordGroup>;
  shapes: readonly EventShape[];
}

/** The kinds and places named in some phrases. */
function groupsIn(trie: PhraseTrie<WordGroup>, phrases: readonly string[]): { kinds: Set<number>; places: Set<number> } {
  const kinds = new Set<number>();
  const places = new Set<number>();
  for (const phrase of phrases) {
    for (const match of findLongestMatches(trie, contentStream(tokenize([phrase])))) {
      for (const word of match.result) (word.group === "kind" ? kinds : places).add(word.index);
    }
  }
  return { kinds, places };
}

/** Words joined by a dash (`ASEAN–Russia`, `Nam–Russia`): a pairing, not a place visited. Linear: one pass, no nesting. */
const PAIRING = /[\p{L}\p{M}]+\s?[–—-]\s?[\p{L}\p{M}]+/gu;

/** The name with its dash-joined pairings left out. */
export function withoutPairings(name: string): string {
  return name.replace(PAIRING, " ");
}

export function compileEventWords(words: EventWords | undefined, events: readonly Event[]): CompiledEventWords {
  const trie = new PhraseTrie<WordGroup>();
  words?.kinds.forEach((kind, index) => {
    for (const word of [kind.name, ...kind.words]) trie.add(contentPhraseKeys(word), { group: "kind", index });
  });
  words?.places.forEach((place, index) => {
    for (const word of [place.name, ...place.words]) trie.add(contentPhraseKeys(word), { group: "place", index });
    for (const word of place.epithets ?? []) trie.add(contentPhraseKeys(word), { group: "place", index, epithet: true });
  });
  const shapes = events.map((event) => {
    const { kinds } = groupsIn(trie, [event.name]);
    // The name says it best; an alias may also name the visitor's country ("Thủ tướng Nga"), so
    // aliases count only when the name names no place, and keywords ("Kremlin") when neither does.
    const levels = [[event.name], event.aliases, event.keywords].map((phrases) => groupsIn(trie, phrases).places);
    // A name of two countries may pair one of them with another in a compound (`… visit to Việt Nam
    // and the ASEAN–Russia Summit in Hà Nội`, blind-vnru-18, 271): the pairing names no destination.
    if ((levels[0] as Set<number>).size > 1) levels[0] = groupsIn(trie, [withoutPairings(event.name)]).places;
    const places = levels.find((level) => level.size > 0) ?? new Set<number>();
    // "Việt Nam–Russia" relations name no destination.
    return { kinds: [...kinds], places: places.size === 1 ? [...places] : [] };
  });
  return { trie, shapes };
}

/**
 * Two syllables of an office or a body that a country's name completes, as the
 * possessive does in English (`Tổng thống Nga`, `Tổng Bí thư đảng Cộng sản Việt
 * Nam`, `Thủ tướng Chính phủ Việt Nam`, blind-vnru-16, 246): the country is
 * whose, not where. Vietnamese only: a Russian country in the genitive after an
 * office (`посланник генерального секретаря компартии Вьетнама То Лама`) may be
 * the country of someone the sentence names in the genitive too, which the
 * case-free keys cannot tell.
 */
// biome-ignore format: a word list packed by hand
const OFFICE_PAIRS = new Set([
  "tong thong", "thu tuong", "tich nuoc", "chu tich", "cong san", "chinh phu", "dai su", "su quan", "quoc hoi", "quoc gia",
  "nha nuoc", "quoc phong", "ngoai giao", "bi thu",
]);

/** The place word at `start` completes an office or a body named right before it (same phrase): whose, not where. */
function completesOffice(stream: ContentStream, start: number): boolean {
  if (start < 2 || stream.breakBefore[start] || stream.breakBefore[start - 1]) return false;
  return OFFICE_PAIRS.has(`${stream.keys[start - 2]} ${stream.keys[start - 1]}`);
}

/** Where the text names kinds and places: by sentence, and the places outside captions. */
export interface EventWordsFound {
  kindsBySentence: ReadonlyMap<number, ReadonlySet<number>>;
  placesBySentence: ReadonlyMap<number, ReadonlySet<number>>;
  /** Places a sentence names only in the possessive (`Russia's Defence Minister`): whose, not where. */
  ownersBySentence: ReadonlyMap<number, ReadonlySet<number>>;
  /** The content-word index of each sentence's first kind or place word. */
  firstAt: ReadonlyMap<number, number>;
  placesNamed: ReadonlySet<number>;
  /** Places a word of a kind leads to (`a visit to Vietnam`): where, whatever else the sentence names. */
  destinationsBySentence: ReadonlyMap<number, ReadonlySet<number>>;
}

/** The word between a kind and the place it leads to: `visit to`, `trip to` (articles are not content words); `talks in` says where, not whose visit. */
const TOWARDS = new Set(["to"]);

/** Notes `word` among the words found in `sentence`. */
function addToSentence(bySentence: Map<number, Set<number>>, sentence: number, word: number): void {
  const words = bySentence.get(sentence);
  if (words) words.add(word);
  else bySentence.set(sentence, new Set([word]));
}

export function findEventWords(stream: ContentStream, compiled: CompiledEventWords, inText: (index: number) => boolean): EventWordsFound {
  const kindsBySentence = new Map<number, Set<number>>();
  const placesBySentence = new Map<number, Set<number>>();
  const ownersBySentence = new Map<number, Set<number>>();
  const firstAt = new Map<number, number>();
  const placesNamed = new Set<number>();
  const destinationsBySentence = new Map<number, Set<number>>();
  // Where the last kind word ended: a place two words on, after `to`, is where it leads.
  let kindEnd = -1;
  for (const match of findLongestMatches(compiled.trie, stream)) {
    if (!inText(match.start)) continue;
    const sentence = stream.sentence[match.start] as number;
    const led = match.start === kindEnd + 1 && TOWARDS.has(stream.keys[kindEnd] as string) && stream.sentence[kindEnd] === sentence;
    if (!firstAt.has(sentence)) firstAt.set(sentence, match.start);
    const possessive = stream.possessive[match.end - 1] === true || completesOffice(stream, match.start);
    for (const word of match.result) {
      if (word.epithet && !led) continue;
      if (word.group === "place" && possessive) {
        addToSentence(ownersBySentence, sentence, word.index);
        placesNamed.add(word.index);
        continue;
      }
      addToSentence(word.group === "kind" ? kindsBySentence : placesBySentence, sentence, word.index);
      if (word.group === "place") placesNamed.add(word.index);
      if (word.group === "place" && led) addToSentence(destinationsBySentence, sentence, word.index);
    }
    if (match.result.some((word) => word.group === "kind")) kindEnd = match.end;
  }
  return { kindsBySentence, placesBySentence, ownersBySentence, firstAt, placesNamed, destinationsBySentence };
}

/**
 * The sentences that evidence an event by its structure: one of its people, a
 * word of its kind and one of its destination, and no other place, in the
 * same sentence.
 */
export function structuralSentences(
  shape: EventShape,
  people: readonly string[],
  found: EventWordsFound,
  peopleBySentence: ReadonlyMap<number, ReadonlySet<string>>,
): number[] {
  if (shape.kinds.length === 0 || shape.places.length === 0) return [];
  const sentences: number[] = [];
  for (const [sentence, kinds] of found.kindsBySentence) {
    if (!shape.kinds.some((kind) => kinds.has(kind))) continue;
    // A sentence that names both countries names the visitor's own as well (`встретился с министром
    // иностранных дел Вьетнама` in the Kremlin): which is the destination, it does not say. A country
    // in the possessive (`Russia's Defence Minister … left for Vietnam`) is whose, not where, unless
    // it is the only one named (`arrived in Vietnam's capital`).
    // A place a word of the kind leads to says which one is the destination (`Russia and Vietnam
    // signed … during a visit to the Southeast Asian nation by …`, blind-vnru-23, 341).
    const named = found.placesBySentence.get(sentence) ?? found.ownersBySentence.get(sentence);
    const led = found.destinationsBySentence.get(sentence);
    const places = named?.size === 1 ? named : led?.size === 1 ? led : undefined;
    if (places === undefined || !shape.places.some((place) => places.has(place))) continue;
    const present = peopleBySentence.get(sentence);
    if (present && people.some((slug) => present.has(slug))) sentences.push(sentence);
  }
  return sentences;
}
