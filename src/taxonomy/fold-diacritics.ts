/**
 * Folds text to its letters without diacritics: `Phạm Minh Chính` → `Pham Minh Chinh`.
 * Matching and slugs both rest on it, so that "To Lam", "Tô Lâm" and a decomposed
 * (NFD) "Tô Lâm" are the same name.
 */

/**
 * Letters that carry their mark inside the glyph and so have no Unicode
 * decomposition: stripping combining marks leaves them untouched. Vietnamese `đ`
 * is the one that matters most; the rest are the common European ones.
 */
const UNDECOMPOSABLE_LETTERS: Readonly<Record<string, string>> = {
  đ: "d",
  Đ: "D",
  ð: "d",
  Ð: "D",
  ø: "o",
  Ø: "O",
  ł: "l",
  Ł: "L",
  æ: "ae",
  Æ: "AE",
  œ: "oe",
  Œ: "OE",
  ß: "ss",
  ẞ: "SS",
  þ: "th",
  Þ: "TH",
  ħ: "h",
  Ħ: "H",
  ı: "i",
  ŀ: "l",
  Ŀ: "L",
  ŧ: "t",
  Ŧ: "T",
  ƀ: "b",
  ɨ: "i",
  ʉ: "u",
};

const UNDECOMPOSABLE_PATTERN = new RegExp(`[${Object.keys(UNDECOMPOSABLE_LETTERS).join("")}]`, "gu");
const COMBINING_MARKS = /\p{M}/gu;

/** Removes diacritics and folds `đ`, `ø`, `ł`, `æ`… to plain letters; the result is NFC. */
export function foldDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(UNDECOMPOSABLE_PATTERN, (letter) => UNDECOMPOSABLE_LETTERS[letter] ?? letter)
    .normalize("NFC");
}
