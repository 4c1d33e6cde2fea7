/**
 * How outlet names are compared: the publisher table (publishers.ts) and the
 * check of `publishers.yaml` (load-publishers.ts) both key names this way, so
 * that a name the check lets through is one the table can find.
 */

/** Case-, diacritic- and spacing-insensitive key: `Báo Tin Tức` and `bao tin  tuc` meet. */
export function publisherKey(text: string): string {
  return isAscii(text) ? asciiPublisherKey(text) : unicodePublisherKey(text);
}

/** The key by its definition: four Unicode passes. */
export function unicodePublisherKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}.]+/gu, " ")
    .trim();
}

/** No character above U+007F. */
function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) if (text.charCodeAt(index) > 0x7f) return false;
  return true;
}

/**
 * The key of an ASCII text in one pass, as the four passes make it: ASCII has
 * no marks and no `đ`, so the key is the text's runs of letters, digits and
 * dots, lower-cased, one space between them. Most names and lines the rules
 * compare with outlets are ASCII.
 */
function asciiPublisherKey(text: string): string {
  const runs: string[] = [];
  let start = -1;
  for (let index = 0; index <= text.length; index += 1) {
    const kept = index < text.length && isKeptAscii(text.charCodeAt(index));
    if (kept && start === -1) start = index;
    else if (!kept && start !== -1) {
      runs.push(text.slice(start, index));
      start = -1;
    }
  }
  return runs.join(" ").toLowerCase();
}

/** ASCII letters, digits and `.`: the characters publisherKey keeps as they are (lower-cased). */
function isKeptAscii(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 46;
}

/** How many of a key's characters are ASCII letters, digits or `.`. */
export function keptAsciiCount(key: string): number {
  let count = 0;
  for (let index = 0; index < key.length; index += 1) if (isKeptAscii(key.charCodeAt(index))) count += 1;
  return count;
}

/**
 * Whether `publisherKey(text)` could be a key with at most `limit` ASCII letters,
 * digits and dots, told without making the key. Each such character of the text
 * stays one in its key (ASCII has no marks to drop, nothing folds into it, and
 * lower-casing keeps it ASCII), so a text with more of them than `limit` has a
 * longer key. Comparing a paragraph with a short name costs a count, not the
 * four Unicode passes of the key.
 */
export function mayHaveKeyWithin(text: string, limit: number): boolean {
  let count = 0;
  for (let index = 0; index < text.length; index += 1) {
    if (isKeptAscii(text.charCodeAt(index))) {
      count += 1;
      if (count > limit) return false;
    }
  }
  return true;
}
