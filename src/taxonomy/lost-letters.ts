/**
 * Stored copies of Vietnamese pages sometimes lose every letter that Unicode
 * keeps precomposed in the Latin Extended Additional block (ạ ả ấ … ỳ ỵ ỷ ỹ,
 * U+1EA0–U+1EFF: the vowels with a tone mark under or over a hat or horn, or
 * with a dot below or hook above) while keeping ô, â, ê, ơ, ư, đ and the
 * Latin-1 letters: "Lịch" arrives as "Lch", "Trọng" as "Trng". A Vietnamese
 * syllable carries one tone mark, so it holds at most one such letter, and a
 * copy that loses them loses that letter whole.
 */

const EXTENDED_ADDITIONAL_LETTER = /[\u1EA0-\u1EFF]/gu;

/** The word as such a copy writes it (lower case, NFC): "lịch" → "lch", "xuân" → "xuân". */
export function withoutExtendedLetters(word: string): string {
  return word.normalize("NFC").toLowerCase().replace(EXTENDED_ADDITIONAL_LETTER, "");
}

/**
 * Is `written` (lower case, NFC) the word `known` (lower case, NFC) with its
 * Latin Extended Additional letter lost? Not when `known` has none: then the
 * two words are simply different.
 */
export function lostExtendedLetter(written: string, known: string): boolean {
  const copied = withoutExtendedLetters(known);
  return copied.length === known.length - 1 && written === copied;
}

/** Any letter outside ASCII: what a copy in a character set without them writes as `?`. */
const NON_ASCII_LETTER = /[^\u0000-\u007F]/gu;

/** The word as such a copy writes it (lower case, NFC): "dũng" → "d?ng"; undefined when it has no such letter. */
export function withQuestionMarks(word: string): string | undefined {
  const lower = word.normalize("NFC").toLowerCase();
  const copied = lower.replace(NON_ASCII_LETTER, "?");
  return copied === lower ? undefined : copied;
}

/** Is `written` (lower case, NFC) the word `known` with each letter outside ASCII written `?` ("nguy?n" for "nguyễn")? */
export function lostAsQuestionMarks(written: string, known: string): boolean {
  return written.includes("?") && withQuestionMarks(known) === written;
}
