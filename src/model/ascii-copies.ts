/**
 * ASCII copies of the words Pagefind cannot match without their diacritics.
 *
 * Pagefind (from 1.5) folds diacritics by stripping combining marks after
 * Unicode decomposition, so "Chinh" finds "Chính" and "Man" finds "Mẫn". Letters
 * that carry their mark inside the glyph have no decomposition and stay as they
 * are: Vietnamese `đ`/`Đ` above all, so "Dang" would never find "Đặng". The page
 * therefore carries the folded form of exactly those words as searchable
 * metadata (see article-search-head.ts).
 */
import { foldDiacritics } from "../taxonomy/fold-diacritics.ts";

const WORD = /[\p{L}\p{M}]+/gu;
const COMBINING_MARKS = /\p{M}/gu;

/** What Pagefind's own folding leaves of a word: its combining marks removed. */
export function stripCombiningMarks(word: string): string {
  return word.normalize("NFD").replace(COMBINING_MARKS, "").normalize("NFC");
}

const ONLY_ASCII = /^[\x00-\x7f]*$/;

/** True when the word still has a non-ASCII letter after Pagefind's folding but not after ours. */
export function needsAsciiCopy(word: string): boolean {
  // Most words of most articles: nothing to fold, and no need to normalise them twice to see it.
  if (ONLY_ASCII.test(word)) return false;
  return stripCombiningMarks(word) !== foldDiacritics(word);
}

/** Words with a non-ASCII letter, each with its ASCII copy or null: names recur on page after page. */
const copiesOfWords = new Map<string, string | null>();
/** Words remembered at most: an archive's vocabulary fits many times over. */
const WORDS_REMEMBERED = 100_000;

/** The ASCII copy a word needs (folded), or null; the two normalisations of a word are made once. */
function asciiCopyOf(word: string): string | null {
  if (ONLY_ASCII.test(word)) return null;
  let copy = copiesOfWords.get(word);
  if (copy === undefined) {
    copy = needsAsciiCopy(word) ? foldDiacritics(word) : null;
    if (copiesOfWords.size >= WORDS_REMEMBERED) copiesOfWords.clear();
    copiesOfWords.set(word, copy);
  }
  return copy;
}

/**
 * The words of `text` that need an ASCII copy, folded (`Đặng` → `Dang`), each
 * once (case-insensitively), in order of first appearance.
 */
export function asciiCopiesOf(text: string): string[] {
  const seen = new Set<string>();
  const copies: string[] = [];
  for (const [word] of text.matchAll(WORD)) {
    const folded = asciiCopyOf(word);
    if (folded === null) continue;
    const key = folded.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    copies.push(folded);
  }
  return copies;
}

/**
 * What a reader typed, made to match the index: letters Pagefind cannot fold are
 * folded here (`Đặng` → `Dang`, which the ASCII copies match), the rest is left
 * to Pagefind so that its own highlighting still applies. The browser script
 * (templates/assets/search.js) carries the same rule; tests keep the two in step.
 */
export function foldQuery(query: string): string {
  return query.replace(WORD, (word) => (needsAsciiCopy(word) ? foldDiacritics(word) : word));
}
