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
  for (const word of wordsWithNonAscii(text)) {
    const folded = asciiCopyOf(word);
    if (folded === null) continue;
    const key = folded.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    copies.push(folded);
  }
  return copies;
}

const NON_ASCII = /[^\x00-\x7f]/g;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

/** Whether a code point belongs to a word (`WORD`): a letter or a combining mark. */
function isWordCodePoint(codePoint: number): boolean {
  if (codePoint < 128) return (codePoint >= 65 && codePoint <= 90) || (codePoint >= 97 && codePoint <= 122);
  return LETTER_OR_MARK.test(String.fromCodePoint(codePoint));
}

/**
 * The words of `text` (as `WORD` finds them) that have a non-ASCII character, in
 * order. Only the non-ASCII characters are looked for, and each one's word is
 * read around it: most words of an article are ASCII, and matching every one of
 * them cost more than the rest of an article's search fields.
 */
export function* wordsWithNonAscii(text: string): Generator<string> {
  const pattern = new RegExp(NON_ASCII);
  for (let hit = pattern.exec(text); hit !== null; hit = pattern.exec(text)) {
    const at = hit.index;
    const codePoint = text.codePointAt(at)!;
    const width = codePoint > 0xffff ? 2 : 1;
    if (!isWordCodePoint(codePoint)) {
      pattern.lastIndex = at + width;
      continue;
    }
    let start = at;
    while (start > 0) {
      // The code point before `start`: a surrogate pair is read whole.
      const low = text.charCodeAt(start - 1);
      const before = start >= 2 && low >= 0xdc00 && low <= 0xdfff && isHighSurrogate(text.charCodeAt(start - 2)) ? start - 2 : start - 1;
      if (!isWordCodePoint(text.codePointAt(before)!)) break;
      start = before;
    }
    let end = at + width;
    while (end < text.length) {
      const next = text.codePointAt(end)!;
      if (!isWordCodePoint(next)) break;
      end += next > 0xffff ? 2 : 1;
    }
    yield text.slice(start, end);
    pattern.lastIndex = end;
  }
}

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;

/**
 * What a reader typed, made to match the index: letters Pagefind cannot fold are
 * folded here (`Đặng` → `Dang`, which the ASCII copies match), the rest is left
 * to Pagefind so that its own highlighting still applies. The browser script
 * (templates/assets/search.js) carries the same rule; tests keep the two in step.
 */
export function foldQuery(query: string): string {
  return query.replace(WORD, (word) => (needsAsciiCopy(word) ? foldDiacritics(word) : word));
}
