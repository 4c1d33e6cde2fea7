/**
 * A Russian or Western person named by title and surname alone: "Chairman
 * Medvedev", "Speaker Matviyenko", "председатель Матвиенко", "Chủ tịch
 * Medvedev". The title says a person is meant, and a surname that belongs to
 * exactly one person of the taxonomy says who.
 *
 * A rule, not a list of titled aliases: every name-only phrase of a person whose
 * name is not Vietnamese gives its last word, the surname, under two keys — its
 * romanisation key, for Latin text, and the key a Russian text's word of any
 * case reaches (russianKey: "Матвиенко" → "matvenk"). A Vietnamese name
 * gives none: its last word is the given name, which alone names nobody. A
 * surname shared by two people, glued to another name word ("Player Novak
 * Djokovic") or without a title before it names nobody here — unless the
 * article named one of its people in full before: then a bare surname the
 * taxonomy lists no short name for refers back to that one ("Валентина
 * Матвиенко … Матвиенко отметила").
 */
import type { Person } from "../content/taxonomy-schema.ts";
import { endsTitle, isNameWord } from "./find-unknown-names.ts";
import { isCyrillicKey, isVietnameseName, romanisationKey, russianKey } from "./name-variants.ts";
import { tokenize, type Token } from "./tokenize.ts";

/** The key a surname is looked up under: Russian text by its case-free key, other text by its romanisation key. */
function surnameKey(key: string): string {
  // Every name word of every article is looked up, and articles repeat their words: each is reduced once.
  let found = surnameKeys.get(key);
  if (found === undefined) {
    found = isCyrillicKey(key) ? `ru:${russianKey(key)}` : `latin:${romanisationKey(key)}`;
    if (surnameKeys.size >= SURNAME_KEYS_LIMIT) surnameKeys.clear();
    surnameKeys.set(key, found);
  }
  return found;
}

const surnameKeys = new Map<string, string>();
const SURNAME_KEYS_LIMIT = 50_000;

export interface SurnameIndex {
  /** Surname key → the people with that surname. */
  people: Map<string, Set<number>>;
}

export function compileSurnames(people: readonly Person[], isNameOnly: (phrase: string) => boolean): SurnameIndex {
  const index = new Map<string, Set<number>>();
  const add = (key: string, person: number) => index.set(key, (index.get(key) ?? new Set()).add(person));
  people.forEach((person, at) => {
    if (isVietnameseName(tokenize([person.name]).map((token) => token.key))) return;
    for (const phrase of [person.name, ...person.aliases]) {
      if (!isNameOnly(phrase)) continue;
      const surname = tokenize([phrase]).at(-1)?.key;
      if (surname === undefined) continue;
      add(surnameKey(surname), at);
      add(`ru:${russianKey(surname)}`, at); // the same key for a Cyrillic surname
    }
  });
  return { people: index };
}

/** Is the word at `index` free of name words beside it after, in the same phrase? */
function standsAlone(tokens: readonly Token[], index: number): boolean {
  const after = tokens[index + 1];
  const token = tokens[index] as Token;
  return after === undefined || after.breakBefore || after.segment !== token.segment || !after.capitalised;
}

/** The person a surname right after a title names, if exactly one. */
export function findTitledSurname(tokens: readonly Token[], index: number, surnames: SurnameIndex): number | undefined {
  const token = tokens[index];
  if (token === undefined || token.breakBefore || !isNameWord(token) || !endsTitle(tokens, index - 1)) return undefined;
  if (tokens[index - 1]?.segment !== token.segment || !standsAlone(tokens, index)) return undefined;
  const people = surnames.people.get(surnameKey(token.key));
  return people?.size === 1 ? ([...people][0] as number) : undefined;
}

/**
 * The person a bare surname at `index` refers back to: of the people with that
 * surname, the one named in full before it (`latestFullMention`: person →
 * where), if exactly one was.
 */
export function referredSurname(
  tokens: readonly Token[],
  index: number,
  surnames: SurnameIndex,
  latestFullMention: ReadonlyMap<number, number>,
): number | undefined {
  const token = tokens[index];
  if (token === undefined || !isNameWord(token)) return undefined;
  const named = [...(surnames.people.get(surnameKey(token.key)) ?? [])].filter((person) => latestFullMention.has(person));
  return named.length === 1 ? named[0] : undefined;
}

/**
 * The people a surname names with no title before it and no full mention
 * anywhere (`For his part, Chernyshenko said`, in a wire item that gives the
 * Russian co-chair no first name): the surname belongs to exactly one person
 * of the taxonomy and stands alone, not glued to another name word before or
 * after it ("Novak Djokovic"), and not in the possessive (`Putin's visit`
 * is an event's keyword, not a mention of him beside it). Too little to tag the person, who might be
 * another of that surname; enough to say that one of an event's people is in
 * the text, beside the event's own words (match-events.ts). `skip`: words
 * already read as names, and captions.
 */
export function barelyNamed(tokens: readonly Token[], surnames: SurnameIndex, skip: (index: number) => boolean): Set<number> {
  const found = new Set<number>();
  tokens.forEach((token, index) => {
    if (skip(index) || !isNameWord(token) || !standsAlone(tokens, index)) return;
    const before = tokens[index - 1];
    if (before !== undefined && !token.breakBefore && before.segment === token.segment && before.capitalised) return;
    // `Putin's visit`: the owner of an event's own words (a keyword), not a mention beside them.
    const after = tokens[index + 1];
    if (after?.key === "s" && after.start === token.end + 1 && after.segment === token.segment) return;
    const people = surnames.people.get(surnameKey(token.key));
    if (people?.size === 1) found.add([...people][0] as number);
  });
  return found;
}
