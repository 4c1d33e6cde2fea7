/**
 * Finds the taxonomy's people in an article. A canonical name or an alias ("PM
 * Mishustin", "Party General Secretary Lam") names a person outright; a short name
 * ("Lâm", "Putin") only refers back to someone already named earlier in the text.
 * Names of the author and photographers are matched too, so that they are never
 * mistaken for a person of the taxonomy.
 */
import type { Person } from "../content/taxonomy-schema.ts";
import { collectCandidates, PhraseTrie, selectLongest, type KeyStream, type SpanMatch } from "./phrase-trie.ts";
import { isNameWord, isRoleOrInstitutionWord } from "./find-unknown-names.ts";
import { compileNameVariants, findVariant, type NameVariantIndex } from "./name-variants.ts";
import { compileSurnames, findTitledSurname, referredSurname, type SurnameIndex } from "./titled-surnames.ts";
import { phraseKeys, tokenize, type Token } from "./tokenize.ts";

type PhraseKind = "name" | "alias" | "short";

interface PersonPhrase {
  person: number;
  kind: PhraseKind;
  /** Word by word: must this word be capitalised in the text? (Name words are: "to Lam" is not "To Lam".) */
  mustBeCapitalised: boolean[];
  /** The phrase lower-cased with its diacritics, to tell apart names that fold alike. */
  exact: string;
}

export interface CompiledPeople {
  slugs: string[];
  trie: PhraseTrie<PersonPhrase>;
  /** The people's names, for spellings the taxonomy does not list. */
  variants: NameVariantIndex;
  /** Russian and Western people's surnames, for "Chairman Medvedev". */
  surnames: SurnameIndex;
}

export interface PersonMention {
  slug: string;
  /** Token span [start, end) in the article's tokens. */
  start: number;
  end: number;
  kind: PhraseKind;
  /**
   * Set when the text spells a full name in a way the taxonomy does not list
   * (another romanisation, a patronymic more or less, a one-letter typo).
   */
  variant?: { typo: boolean };
}

export interface NameMatches {
  /** Every mention, in text order. */
  mentions: PersonMention[];
  /** Token spans taken by people or by excluded names (author, photographers). */
  consumed: boolean[];
}

const exactForm = (tokens: readonly Pick<Token, "text">[]): string => tokens.map((token) => token.text.toLowerCase()).join(" ");

function describePhrase(phrase: string, person: number, kind: PhraseKind, nameWords: ReadonlySet<string>) {
  const tokens = tokenize([phrase]);
  const value: PersonPhrase = {
    person,
    kind,
    mustBeCapitalised: tokens.map((token) => token.capitalised && nameWords.has(token.key)),
    exact: exactForm(tokens),
  };
  return { keys: tokens.map((token) => token.key), value };
}

export function compilePeople(people: readonly Person[]): CompiledPeople {
  const trie = new PhraseTrie<PersonPhrase>();
  people.forEach((person, index) => {
    const nameWords = new Set(tokenize([person.name, ...person.shortNames]).map((token) => token.key));
    const add = (phrase: string, kind: PhraseKind) => {
      const { keys, value } = describePhrase(phrase, index, kind, nameWords);
      trie.add(keys, value);
    };
    add(person.name, "name");
    for (const alias of person.aliases) add(alias, "alias");
    for (const shortName of person.shortNames) add(shortName, "short");
  });
  return {
    slugs: people.map((person) => person.slug),
    trie,
    variants: compileNameVariants(people, isNameOnly),
    surnames: compileSurnames(people, isNameOnly),
  };
}

/** "Mikhail Vladimirovich Mishustin", not "PM Mishustin" or "Tổng Bí thư Tô Lâm": two or more name words and nothing else. */
function isNameOnly(phrase: string): boolean {
  const tokens = tokenize([phrase]);
  return tokens.length >= 2 && tokens.every((token, index) => isNameWord(token) && (index === 0 || !token.breakBefore));
}

/**
 * `Dmitry A. Medvedev`: a capital letter and its full stop between two words of
 * a name, which the run of name words goes on through (findVariant sets it aside).
 */
function isMiddleInitial(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  const next = tokens[index + 1];
  if (next === undefined || next.breakBefore || !/^\p{Lu}$/u.test(token.text) || !isNameWord(next)) return false;
  return next.start - token.end >= 2;
}

/** A name of up to four words and a patronymic. */
const MAX_VARIANT_WORDS = 5;

/**
 * Full names the taxonomy spells another way, in the runs of capitalised name
 * words that no name or alias took: at each word the longest span that is a
 * variant of exactly one person's name. A run is tried from each of its words
 * with a few lengths only, so a long run costs little more than a short one.
 */
function findVariantNames(tokens: readonly Token[], people: CompiledPeople, free: (index: number) => boolean): Array<SpanMatch<Named>> {
  const found: Array<SpanMatch<Named>> = [];
  const inRun = (index: number, start: number) => {
    const token = tokens[index];
    return (
      token !== undefined &&
      free(index) &&
      (isNameWord(token) || (index > start && isMiddleInitial(tokens, index))) &&
      (index === start || (!token.breakBefore && token.segment === tokens[start]?.segment))
    );
  };
  let start = 0;
  while (start < tokens.length) {
    if (!inRun(start, start)) {
      start += 1;
      continue;
    }
    let end = start + 1;
    while (end < tokens.length && inRun(end, start)) end += 1;
    let at = start;
    while (at < end - 1) {
      let matched = 0;
      for (let length = Math.min(MAX_VARIANT_WORDS, end - at); length >= 2 && matched === 0; length -= 1) {
        const match = findVariant(tokens.slice(at, at + length), people.variants);
        if (!match) continue;
        found.push({ start: at, end: at + length, result: { person: match.person, kind: "name", variant: { typo: match.typo } } });
        matched = length;
      }
      at += Math.max(1, matched);
    }
    start = end;
  }
  return found;
}

/** Names of the author and photographers: phrases of their own, so they are never a person. */
type NamePhrase = PersonPhrase | "excluded";

function compileExcluded(names: readonly string[]): PhraseTrie<NamePhrase> {
  const trie = new PhraseTrie<NamePhrase>();
  for (const name of names) trie.add(phraseKeys(name), "excluded");
  return trie;
}

function capitalisationFits(phrase: PersonPhrase, tokens: readonly Token[], start: number): boolean {
  return phrase.mustBeCapitalised.every((must, offset) => !must || !tokens[start + offset]?.lowercase);
}

/**
 * The person a full name or alias at [start, end) names, if any. Among names that
 * fold alike ("Hùng", "Hưng"), the one spelled exactly as in the text wins, else
 * the first in the taxonomy.
 */
function chooseNamed(phrases: readonly PersonPhrase[], tokens: readonly Token[], start: number, end: number) {
  const fitting = phrases.filter((phrase) => phrase.kind !== "short" && capitalisationFits(phrase, tokens, start));
  if (fitting.length <= 1) return fitting[0];
  const exact = exactForm(tokens.slice(start, end));
  return fitting.find((phrase) => phrase.exact === exact) ?? fitting[0];
}

/**
 * The person a short name at `start` refers to: one named in full before it,
 * the latest such. `latestFullMention` holds, per person, where the last full
 * mention before `start` begins.
 */
function chooseReferred(
  phrases: readonly PersonPhrase[],
  tokens: readonly Token[],
  start: number,
  latestFullMention: ReadonlyMap<number, number>,
): PersonPhrase | undefined {
  let best: PersonPhrase | undefined;
  let bestAt = -1;
  for (const phrase of phrases) {
    if (phrase.kind !== "short" || !capitalisationFits(phrase, tokens, start)) continue;
    const at = latestFullMention.get(phrase.person);
    if (at !== undefined && at > bestAt) {
      best = phrase;
      bestAt = at;
    }
  }
  return best;
}

type Named = { person: number; kind: PhraseKind; variant?: { typo: boolean } } | "excluded";

/**
 * A capitalised word joined to a name, not an acronym, a title or an institution's word.
 * (Declared once, not inside insideOtherName: that runs at nearly every word of
 * every article, and a function made per call costs more than its test.)
 */
function isNameNeighbour(token: Token | undefined, joined: boolean): boolean {
  return (
    token !== undefined &&
    joined &&
    token.capitalised &&
    !(token.text.length >= 2 && token.text === token.text.toUpperCase()) &&
    !isRoleOrInstitutionWord(token.key)
  );
}

/**
 * A bare name glued to other name words is part of someone else's name: "Sơn"
 * in "Phan Văn Sơn", "Lâm" in "Lâm Đồng". Titles ("President Putin") and
 * acronyms ("PM Chính") beside it are not name words.
 */
function insideOtherName(tokens: readonly Token[], start: number, end: number): boolean {
  const before = tokens[start - 1];
  const after = tokens[end];
  const first = tokens[start];
  return (
    isNameNeighbour(before, first !== undefined && !first.breakBefore && before?.segment === first.segment) ||
    isNameNeighbour(after, after !== undefined && !after.breakBefore && after.segment === first?.segment)
  );
}

export function matchNames(tokens: readonly Token[], people: CompiledPeople, excludedNames: readonly string[]): NameMatches {
  const stream: KeyStream = {
    keys: tokens.map((token) => token.key),
    breakBefore: tokens.map((token) => token.breakBefore),
  };
  // First the full names, aliases and excluded names, longest first; at equal
  // length an excluded name wins (it is the byline itself), so it comes first.
  const candidates = collectCandidates<NamePhrase>(compileExcluded(excludedNames), stream);
  for (let start = 0; start < tokens.length; start += 1) people.trie.collectAt(stream, start, candidates);
  const named = selectLongest(candidates, tokens.length, (candidate): Named | undefined => {
    if (candidate.values[0] === "excluded") return "excluded";
    const phrase = chooseNamed(candidate.values as readonly PersonPhrase[], tokens, candidate.start, candidate.end);
    return phrase && { person: phrase.person, kind: phrase.kind };
  });
  const consumed = tokens.map(() => false);
  for (const match of named) consumed.fill(true, match.start, match.end);
  // Then names the taxonomy spells otherwise, in what is left; they are full mentions too.
  for (const match of findVariantNames(tokens, people, (index) => !consumed[index])) {
    consumed.fill(true, match.start, match.end);
    named.push(match);
  }
  // Then a surname right after a title ("Chairman Medvedev"): a full mention too, of the one person with that surname.
  tokens.forEach((_, index) => {
    const person = consumed[index] ? undefined : findTitledSurname(tokens, index, people.surnames);
    if (person === undefined) return;
    consumed[index] = true;
    named.push({ start: index, end: index + 1, result: { person, kind: "alias" } });
  });
  named.sort((a, b) => a.start - b.start);

  // Then short names, in the gaps, each referring back to a full mention before it.
  const fullMentions = named.flatMap((match) => (match.result === "excluded" ? [] : [{ person: match.result.person, start: match.start }]));
  const referred: Array<SpanMatch<Named>> = [];
  const free = (start: number, end: number) => {
    for (let index = start; index < end; index += 1) if (consumed[index]) return false;
    return true;
  };
  // The full mentions are in text order: walking along them with the text
  // keeps each person's latest one at hand (looking through all of them for
  // every short name would take time growing with the square of the text).
  const latestFullMention = new Map<number, number>();
  let nextMention = 0;
  for (let index = 0; index < tokens.length; index += 1) {
    for (; nextMention < fullMentions.length && fullMentions[nextMention]!.start < index; nextMention += 1) {
      const mention = fullMentions[nextMention]!;
      latestFullMention.set(mention.person, mention.start);
    }
    if (consumed[index]) continue;
    for (const candidate of people.trie.matchesAt(stream, index)) {
      if (!free(index, candidate.end) || insideOtherName(tokens, index, candidate.end)) continue;
      const phrase = chooseReferred(candidate.values, tokens, index, latestFullMention);
      if (!phrase) continue;
      referred.push({ start: index, end: candidate.end, result: { person: phrase.person, kind: "short" } });
      consumed.fill(true, index, candidate.end);
      break;
    }
    // A surname the taxonomy lists no short name for ("Матвиенко" after "Валентина Матвиенко").
    const person =
      consumed[index] || insideOtherName(tokens, index, index + 1)
        ? undefined
        : referredSurname(tokens, index, people.surnames, latestFullMention);
    if (person === undefined) continue;
    referred.push({ start: index, end: index + 1, result: { person, kind: "short" } });
    consumed[index] = true;
  }

  const mentions = [...named, ...referred]
    .flatMap((match) =>
      match.result === "excluded"
        ? []
        : [
            {
              slug: people.slugs[match.result.person] as string,
              start: match.start,
              end: match.end,
              kind: match.result.kind,
              ...(match.result.variant ? { variant: match.result.variant } : {}),
            },
          ],
    )
    .sort((a, b) => a.start - b.start);
  return { mentions, consumed };
}

/** Slugs of the people mentioned, in order of first mention. */
export function peopleInOrder(mentions: readonly PersonMention[]): string[] {
  return [...new Set(mentions.map((mention) => mention.slug))];
}
