/**
 * Phrase folding for the generator's own checks: names must stay unique after
 * folding, and keywords must not leak into text that is not meant to carry
 * them. Not the tagger's matcher; a simple, strict stand-in for it.
 */
import { slugify } from "../../src/taxonomy/slugify.ts";

/** Lower case, diacritics and punctuation gone, words separated by one space. */
export function foldPhrase(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Occurrences of a folded phrase in folded text, on word boundaries. */
export function countPhrase(foldedText: string, foldedPhrase: string): number {
  if (foldedPhrase === "") return 0;
  const haystack = ` ${foldedText} `;
  const needle = ` ${foldedPhrase} `;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length - 1)) {
    count++;
  }
  return count;
}

/** True when one folded phrase contains the other as whole words (or they are equal). */
export function phrasesOverlap(a: string, b: string): boolean {
  return countPhrase(a, b) > 0 || countPhrase(b, a) > 0;
}

/** The archive's slug rule (the taxonomy's own): ASCII, lower case, hyphens, diacritics folded. */
export function slugOf(name: string): string {
  return slugify(name);
}
