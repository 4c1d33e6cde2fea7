/**
 * Splits article text into words carrying a matching key (folded, lower case) and
 * enough of the original to recover the text's own spelling. Every matcher works
 * on these tokens, so case, diacritics and Unicode normalisation never matter.
 */
import { foldDiacritics } from "./fold-diacritics.ts";
import { stemRussianWord } from "./russian-inflection.ts";

export interface Token {
  /** The word as written (NFC). */
  text: string;
  /** Folded, lower-case form: what matching compares. */
  key: string;
  /** Index of the text (title, paragraph, caption) the word is in. */
  segment: number;
  /** Offsets of the word in its (NFC) segment text. */
  start: number;
  end: number;
  /**
   * Punctuation that ends a phrase (`.`, `,`, `;`, brackets, an em dash) or the
   * start of a segment comes before the word: no phrase match spans it.
   */
  breakBefore: boolean;
  /** Starts with an upper-case letter ("Lâm", "PM"). */
  capitalised: boolean;
  /** Has letters and all of them are lower case ("to", "visit"). */
  lowercase: boolean;
  /**
   * Number of the sentence the word is in, counted over all the texts: evidence
   * for an event or a topic counts once per sentence, however often a sentence
   * repeats a phrase.
   */
  sentence: number;
}

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;
const nonAsciiWordCharacters = new Map<number, boolean>();

/** Letters, combining marks and digits make words; ASCII is decided without a regex. */
function isWordCharacter(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  let known = nonAsciiWordCharacters.get(code);
  if (known === undefined) {
    known = WORD_CHARACTER.test(String.fromCodePoint(code));
    nonAsciiWordCharacters.set(code, known);
  }
  return known;
}

const QUESTION_MARK = 63;

/** What follows an apostrophe the copy lost to `?` (`Putin?s`, `don?t`, `we?ll`): no letter of the word. */
const CONTRACTION_ENDINGS = new Set(["s", "ll", "re", "ve", "d"]);
/** How far the letters after a `?` are read: a contraction's ending is shorter. */
const ENDING_READ = 3;

/**
 * A copy saved in a character set without Vietnamese letters writes each as `?`
 * (`Nguy?n T?n D?ng` for Nguyễn Tấn Dũng): a `?` between a letter and a lower-case
 * ASCII letter is such a letter, not a question's end (`Why?Because` has a capital
 * after it, `why? because` a space), nor an apostrophe lost the same way
 * (`Putin?s`, `don?t`, `I?m`, `we?ll`).
 */
function isLostLetter(text: string, wordStart: number, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const letterBefore = (before >= 97 && before <= 122) || (before >= 65 && before <= 90) || (before >= 128 && isWordCharacter(before));
  if (!letterBefore) return false;
  let end = at + 1;
  while (end < text.length && end <= at + ENDING_READ && text.charCodeAt(end) >= 97 && text.charCodeAt(end) <= 122) end += 1;
  if (end === at + 1) return false;
  if (end < text.length && isWordCharacter(text.charCodeAt(end))) return true;
  const ending = text.slice(at + 1, end);
  if (CONTRACTION_ENDINGS.has(ending)) return false;
  if (ending === "t" && before === 110) return false;
  return !(ending === "m" && at - wordStart === 1 && before === 73);
}

/**
 * Scripts written without spaces between words: each Han character a word of
 * its own, a run of katakana (names, loanwords) one word, a run of hiragana
 * (endings, particles: the `の` of `ロシアのプーチン`) another.
 */
enum Spacing {
  Spaced = 0,
  Han = 1,
  Katakana = 2,
  Hiragana = 3,
}
const HAN = /\p{Script=Han}/u;
const KATAKANA = /[\p{Script=Katakana}\u30fc]/u;
const HIRAGANA = /\p{Script=Hiragana}/u;
const spacingOfCode = new Map<number, Spacing>();

function spacingOf(code: number): Spacing {
  if (code < 0x2e80) return Spacing.Spaced;
  let known = spacingOfCode.get(code);
  if (known === undefined) {
    const character = String.fromCodePoint(code);
    known = HAN.test(character)
      ? Spacing.Han
      : KATAKANA.test(character)
        ? Spacing.Katakana
        : HIRAGANA.test(character)
          ? Spacing.Hiragana
          : Spacing.Spaced;
    spacingOfCode.set(code, known);
  }
  return known;
}

/**
 * Calls `visit` with each word of `text` and its offset. Chinese and Japanese
 * run their words together (`普京表示`, `ロシアのプーチン大統領は`): there a word
 * ends where the script changes, and each Han character is a word, so that a name
 * the taxonomy spells in characters (`普京`, two words) is found inside the run
 * as a phrase is.
 */
function forEachWord(text: string, visit: (word: string, start: number) => void): void {
  let start = -1;
  let spacing = Spacing.Spaced;
  let index = 0;
  while (index < text.length) {
    const code = text.codePointAt(index) as number;
    const width = code > 0xffff ? 2 : 1;
    if (isWordCharacter(code)) {
      const here = spacingOf(code);
      if (start !== -1 && (here !== spacing || here === Spacing.Han)) {
        visit(text.slice(start, index), start);
        start = -1;
      }
      if (start === -1) start = index;
      spacing = here;
    } else if (start !== -1 && code === QUESTION_MARK && isLostLetter(text, start, index)) {
      // A letter the copy lost to `?` (`Nguy?n T?n D?ng`): still a word.
    } else if (start !== -1) {
      visit(text.slice(start, index), start);
      start = -1;
    }
    index += width;
  }
  if (start !== -1) visit(text.slice(start), start);
}
/**
 * Characters between words that end a phrase. Hyphens, en dashes, quotes, `&` and `/` do not; nor
 * square brackets, an editor's insertion inside a quotation (`President [Vladimir] Putin`).
 */
const PHRASE_BREAK = /[.,;:!?(){}|—…•·\n，。、；：！？（）「」『』【】《》〈〉]/;
/** Words whose full stop does not end a sentence: "Mr. Mishustin's first visit". */
// biome-ignore format: a word list packed by hand
const ABBREVIATIONS = new Set(["mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "lt", "col", "capt", "sen", "rep", "gov", "amb", "rev", "no"]);
/** Names written as one or two words: "Việt Nam" and "Vietnam" are the same word. */
const JOINED_WORDS = new Map([
  ["viet", new Map([["nam", "vietnam"]])],
  ["ha", new Map([["noi", "hanoi"]])],
  ["sai", new Map([["gon", "saigon"]])],
]);

interface WordInfo {
  key: string;
  capitalised: boolean;
  lowercase: boolean;
}

/** A letter of Korean's script, which has no case. */
const HANGUL = /\p{Script=Hangul}/u;

/** Articles repeat their words: each distinct word is folded once. */
const wordCache = new Map<string, WordInfo>();
const WORD_CACHE_LIMIT = 50_000;

function wordInfo(word: string): WordInfo {
  let info = wordCache.get(word);
  if (info === undefined) {
    const lower = word.toLowerCase();
    const first = word.charAt(0);
    info = {
      // Russian words lose their case ending: "Путина" and "Путин" are one name.
      key: stemRussianWord(foldDiacritics(word).toLowerCase()),
      // Hangul has no capitals: a Korean name (`응우옌 푸 쫑`) is written as any word is.
      capitalised: first !== first.toLowerCase() || HANGUL.test(first),
      lowercase: word === lower && word !== word.toUpperCase(),
    };
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
    wordCache.set(word, info);
  }
  return info;
}

/** The matching key of one word: folded and lower-cased. */
export function wordKey(word: string): string {
  return wordInfo(word).key;
}

/** Where the words `from`…`to` apart meet: the same phrase, a new phrase, or a new sentence. */
type Boundary = "none" | "phrase" | "sentence";

/**
 * A sentence ends at `.`, `!`, `?` or `…` with a space after it (closing quotes
 * and brackets may sit between); a semicolon ends one too, since the items of a
 * list of directions ("…; further deepening defence cooperation; promoting
 * cooperation in energy…") are sentences of their own. Chinese and Japanese
 * end theirs with `。`, `！`, `？`, no space after.
 */
const SENTENCE_END = /[.!?…;]["'”’»)\]]*\s|[。！？；]/;

/** `V.` at `at`: one capital letter and a full stop, then a space or another initial. */
function isGluedInitial(text: string, at: number): boolean {
  const letter = text.charAt(at);
  if (letter === letter.toLowerCase() || text.charAt(at + 1) !== ".") return false;
  return at + 2 >= text.length || !isWordCharacter(text.charCodeAt(at + 2));
}

function boundaryBetween(text: string, from: number, to: number, previous: Token | undefined): Boundary {
  // Most words are apart by a single space.
  if (to - from === 1 && text.charCodeAt(from) === 32) return "none";
  const separator = text.slice(from, to);
  if (!PHRASE_BREAK.test(separator)) return "none";
  // An abbreviation's or an initial's full stop: "Mr. X", "V. Putin".
  if (previous && /^\.\s*$/.test(separator)) {
    const isInitial = previous.text.length === 1 && previous.capitalised;
    if (isInitial || ABBREVIATIONS.has(previous.key)) return "none";
    // A middle initial glued to the first name: `Aleksandr.V. Fomin` (blind-vnru-28, 396).
    if (separator === "." && previous.capitalised && isGluedInitial(text, to)) return "none";
  }
  return SENTENCE_END.test(separator) ? "sentence" : "phrase";
}

/** Returns the number of the segment's last sentence. */
function tokenizeSegment(text: string, segment: number, tokens: Token[], sentenceBefore: number): number {
  let previousEnd = 0;
  let previous: Token | undefined;
  let sentence = sentenceBefore;
  forEachWord(text, (word, start) => {
    const info = wordInfo(word);
    const boundary = previous === undefined ? "sentence" : boundaryBetween(text, previousEnd, start, previous);
    const breakBefore = boundary !== "none";
    if (boundary === "sentence") sentence += 1;
    previousEnd = start + word.length;
    const joined = previous && !breakBefore ? JOINED_WORDS.get(previous.key)?.get(info.key) : undefined;
    if (previous && joined) {
      previous.text = text.slice(previous.start, previousEnd);
      previous.key = joined;
      previous.end = previousEnd;
      return;
    }
    previous = {
      text: word,
      key: info.key,
      segment,
      start,
      end: previousEnd,
      breakBefore,
      capitalised: info.capitalised,
      lowercase: info.lowercase,
      sentence,
    };
    tokens.push(previous);
  });
  return sentence;
}

/** The words of each text in turn; segment numbers are the texts' indexes. */
export function tokenize(texts: readonly string[]): Token[] {
  return tokenizeNormalised(texts.map((text) => text.normalize("NFC")));
}

/** `tokenize` of texts already in NFC (an article's, normalised once by its reader): not normalised again. */
export function tokenizeNormalised(texts: readonly string[]): Token[] {
  const tokens: Token[] = [];
  let sentence = -1;
  texts.forEach((text, segment) => {
    sentence = tokenizeSegment(text, segment, tokens, sentence);
  });
  return tokens;
}

/** The matching keys of a phrase from the taxonomy ("Tô Lâm" → `["to", "lam"]`). */
export function phraseKeys(phrase: string): string[] {
  return tokenize([phrase]).map((token) => token.key);
}
