/**
 * The shape of one line of a copied page: how many words, whether it ends like
 * a sentence, how much of it is capitalised. Page furniture, headlines,
 * captions and article text differ in these more reliably than in their words,
 * so the rules that sort lines read them here rather than in lists of phrases.
 * Every function reads its line once (or a bounded part of it).
 */
import { answeredLately } from "../lib/recent-answers.ts";

/** The words of a line (runs of non-space characters). */
export function wordsOf(line: string): string[] {
  const trimmed = line.trim();
  return trimmed === "" ? [] : trimmed.split(/\s+/);
}

/** A character of a script written without spaces between words (Chinese, Japanese), as a pattern's class. */
export const SPACELESS_SCRIPT = "[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}]";

/**
 * `line.split(/\s+/).length <= limit`, reading no further than the word after
 * the limit: lines are tested again as their neighbours change, and a long
 * paragraph must not be split into words each time. A word ends where
 * `WORD_BREAK` matches; the breaks are counted character by character (a
 * pattern with script classes, run from every position, cost more than every
 * other line-shape test together).
 */
export function hasAtMostWords(line: string, limit: number): boolean {
  const trimmed = line.trim();
  if (trimmed === "") return true;
  let breaks = 0;
  let index = 0;
  while (index < trimmed.length) {
    const code = trimmed.codePointAt(index) as number;
    index += code > 0xffff ? 2 : 1;
    const kind = breakKindOf(code);
    if (kind === SPACE) {
      // A run of spaces is one break (spaces are never above U+FFFF).
      while (index < trimmed.length && breakKindOf(trimmed.charCodeAt(index)) === SPACE) index += 1;
    } else if (kind === SPACELESS) {
      // Two characters of such a script are a break; one alone is not.
      if (index >= trimmed.length) break;
      const next = trimmed.codePointAt(index) as number;
      if (breakKindOf(next) !== SPACELESS) continue;
      index += next > 0xffff ? 2 : 1;
    } else continue;
    breaks += 1;
    if (breaks >= limit) return false;
  }
  return true;
}

/**
 * What parts words: a run of spaces, or two characters of a script written
 * without spaces (Chinese, Japanese), which count as a word each (`为推动越俄合作`
 * is four words, not one). `hasAtMostWords` follows it character by character.
 */
export const WORD_BREAK = new RegExp(`\\s+|${SPACELESS_SCRIPT}{2}`, "gu");

const OTHER = 0;
const SPACE = 1;
const SPACELESS = 2;
const SPACE_CHARACTER = /^\s$/u;
const SPACELESS_CHARACTER = new RegExp(`^${SPACELESS_SCRIPT}$`, "u");
const nonAsciiBreakKinds = new Map<number, number>();

/** Whether a character is a space (`\s`), one of a script written without spaces, or neither; ASCII without a pattern. */
function breakKindOf(code: number): number {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13) ? SPACE : OTHER;
  let kind = nonAsciiBreakKinds.get(code);
  if (kind === undefined) {
    const character = String.fromCodePoint(code);
    kind = SPACE_CHARACTER.test(character) ? SPACE : SPACELESS_CHARACTER.test(character) ? SPACELESS : OTHER;
    nonAsciiBreakKinds.set(code, kind);
  }
  return kind;
}

/** At least `limit` words, read no further than needed. */
export function hasAtLeastWords(line: string, limit: number): boolean {
  return !hasAtMostWords(line, limit - 1);
}

/**
 * Ends as a sentence does: `.`, `!`, `?`, `…` (or `。`, `！`, `？`), perhaps inside a closing quote
 * or bracket (`stressed.”`, `allies.''`), perhaps before the outlet's sign-off (`words. —
 * VNS`, `… Laos. (VNA)`, `… nations./.`).
 */
// The rules that sort lines ask this of the same lines about ten times each.
export const endsLikeSentence: (line: string) => boolean = answeredLately(readSentenceEnd, 2_000);

function readSentenceEnd(line: string): boolean {
  const last = line.slice(-40);
  // Most lines tried are headlines, labels and names: no full stop near their end, nothing more to read.
  if (!/[.!?…。！？]/u.test(last)) return false;
  const end = last.replace(/(?<=[.!?…。！？"”’»)])\s*(?:[—–-]\s*[\p{Lu}/]{2,15}|\(\p{Lu}{2,10}\)|\/\.)\s*$/u, "");
  // (A straight apostrophe closes a quotation too, in plain-text copies: `… Cold War allies.''`, blind-vnru-39, 522.)
  return /[.!?…。！？](?:["”’'»)\]」』]+)?\s*$/u.test(end.slice(-8));
}

/**
 * A line that reads as a sentence of text: it ends like one and has a few
 * words, or it is long (a paragraph the copy cut off mid-sentence is text too).
 */
export function isTextLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length >= 160 || hasAtLeastWords(trimmed, 16)) return true;
  return endsLikeSentence(trimmed) && hasAtLeastWords(trimmed, 4);
}

/**
 * The lede's kind of line: a paragraph of real length (a long line, or ten
 * words or more ending like a sentence). Headers hold no such line: titles,
 * labels and time stamps are short, or do not end like sentences.
 */
export function isArticleSentence(line: string): boolean {
  return line.length >= 120 || (hasAtLeastWords(line, 10) && /[.!?…。！？"”»]$/u.test(line));
}

/** The share of a line's words that start with a capital letter (digits and symbols aside). */
export function capitalisedShare(line: string): number {
  let lettered = 0;
  let capitalised = 0;
  for (const word of wordsOf(line.slice(0, 400))) {
    const first = /\p{L}/u.exec(word)?.[0];
    if (first === undefined) continue;
    lettered += 1;
    if (first !== first.toLocaleLowerCase()) capitalised += 1;
  }
  return lettered === 0 ? 0 : capitalised / lettered;
}

/** Every word with a letter capitalised, small joining words aside: `Russian Politics & Diplomacy`, `More on Eurasia`. */
export function isTitleCase(line: string): boolean {
  const words = wordsOf(line).filter((word) => /\p{L}/u.test(word));
  if (words.length === 0) return false;
  return words.every(
    (word, index) =>
      /^["“‘(]?[\p{Lu}\d]/u.test(word) || (index > 0 && /^(?:a|an|the|of|on|in|and|for|to|at|by|with|&|và|của|về)$/u.test(word)),
  );
}

/** The share of a line's characters that are letters (a line of digits, stars or bars has few). */
export function letterShare(line: string): number {
  const sample = line.slice(0, 400).replace(/\s+/g, "");
  if (sample === "") return 0;
  return (sample.match(/[\p{L}\p{M}]/gu)?.length ?? 0) / sample.length;
}

/** Text compared as the same line: case, marks, punctuation and spacing aside. */
export function lineKey(line: string): string {
  return lineKeyByCharacter(line) ?? foldedLineKey(line);
}

/**
 * `lineKey` as defined: every line's words once more, with three passes of
 * Unicode regular expressions; `lineKeyByCharacter` gives the same key faster
 * for nearly every line.
 */
export function foldedLineKey(line: string): string {
  return line
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * Characters whose key is their own: Latin (Vietnamese included), Cyrillic and
 * general punctuation, combining marks and Greek aside. For these, decomposing,
 * dropping marks and lower-casing the whole line is the same as doing it to each
 * character (no combining mark to reorder, no final sigma), so each character's
 * key is worked out once, by `foldedLineKey`'s own steps, and kept.
 */
const isFoldedAlone = (code: number): boolean =>
  code < 0x250 || (code >= 0x400 && code < 0x500) || (code >= 0x1e00 && code < 0x1f00) || (code >= 0x2000 && code < 0x2070);
const foldedCharacters = new Map<number, string>();
const letterOrDigitCharacters = new Map<number, boolean>();

function foldedCharacter(code: number): string {
  let folded = foldedCharacters.get(code);
  if (folded === undefined) {
    folded = String.fromCharCode(code).normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase();
    foldedCharacters.set(code, folded);
  }
  return folded;
}

function isLetterOrDigit(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  let known = letterOrDigitCharacters.get(code);
  if (known === undefined) {
    known = /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
    letterOrDigitCharacters.set(code, known);
  }
  return known;
}

/**
 * `foldedLineKey(line)` read character by character, its words joined by
 * `between` (a space, as the key has them, or nothing); undefined for a line
 * with a character outside `isFoldedAlone`.
 */
export function lineKeyByCharacter(line: string, between = " "): string | undefined {
  let key = "";
  let apart = false;
  for (let index = 0; index < line.length; index += 1) {
    const code = line.charCodeAt(index);
    if (code < 128) {
      if (isLetterOrDigit(code)) {
        if (apart && key !== "") key += between;
        apart = false;
        key += code <= 90 && code >= 65 ? String.fromCharCode(code + 32) : line[index];
      } else apart = true;
      continue;
    }
    if (!isFoldedAlone(code)) return undefined;
    const folded = foldedCharacter(code);
    for (let at = 0; at < folded.length; at += 1) {
      if (isLetterOrDigit(folded.charCodeAt(at))) {
        if (apart && key !== "") key += between;
        apart = false;
        key += folded[at];
      } else apart = true;
    }
  }
  return key;
}

/** Letters only Vietnamese writes (with its tones and hooks), not French or other Latin text. */
const VIETNAMESE_LETTERS = /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỷỹỵ]/giu;

/** The writing of a line: Cyrillic, Vietnamese, or other Latin text. */
export function scriptOf(line: string): "cyrillic" | "vietnamese" | "latin" {
  const sample = line.slice(0, 400);
  const cyrillic = sample.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (cyrillic > latin) return "cyrillic";
  return (sample.match(VIETNAMESE_LETTERS)?.length ?? 0) >= 2 ? "vietnamese" : "latin";
}

/**
 * A short heading between two dashes (AFP's `– Support –`), a line of its own:
 * the dash it ends on is not a dateline's.
 */
export function isDashFramed(line: string): boolean {
  return /^(?:[—–]|--)\s[^—–]{1,40}\s(?:[—–]|--)$/u.test(line.trim());
}
