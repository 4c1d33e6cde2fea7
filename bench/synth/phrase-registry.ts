/**
 * Keeps the names and aliases handed out so far, folded, with their owner, so
 * that no two owners can be confused by a diacritic- and case-insensitive,
 * longest-match tagger: a new phrase is refused when it equals, contains or
 * is contained in (as whole words) a phrase of another owner.
 */
import { foldPhrase, phrasesOverlap } from "./phrase.ts";

interface Registered {
  folded: string;
  owner: string;
}

export class PhraseRegistry {
  /** Phrases by each of their words: where a new phrase could sit inside. */
  private readonly byWord = new Map<string, Registered[]>();
  /** Phrases by their first word: which of them could sit inside a new phrase. */
  private readonly byFirstWord = new Map<string, Registered[]>();

  /** Phrases no owner may overlap (place names, for instance). */
  reserve(phrases: readonly string[]): void {
    for (const phrase of phrases) this.add(phrase, "");
  }

  isFree(phrase: string, owner: string): boolean {
    const folded = foldPhrase(phrase);
    if (folded === "") return false;
    const words = folded.split(" ");
    const candidates = [...(this.byWord.get(words[0] as string) ?? []), ...words.flatMap((word) => this.byFirstWord.get(word) ?? [])];
    return candidates.every((entry) => entry.owner === owner || !phrasesOverlap(entry.folded, folded));
  }

  /** Records the phrase for its owner; the caller checked `isFree` first. */
  add(phrase: string, owner: string): void {
    const entry = { folded: foldPhrase(phrase), owner };
    const words = entry.folded.split(" ");
    for (const word of new Set(words)) push(this.byWord, word, entry);
    push(this.byFirstWord, words[0] as string, entry);
  }
}

function push(map: Map<string, Registered[]>, key: string, entry: Registered): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}
