/**
 * A breadcrumb run into the headline with no separator between them
 * (`Домой Экономика Россия построит во Вьетнаме Центр ядерной науки и
 * технологий` over the headline printed alone, Hayastan News, blind-vnru-44,
 * 590): one to four capitalised words, then a line the header prints whole
 * elsewhere. The line is a path to the headline, not the headline; the
 * headline is the line printed alone. Pure; linear in the line's length (at
 * most four suffixes are looked up).
 */
import { lineKey } from "./line-shape.ts";

/** How many words a path glued before the headline may have (`Home News World`). */
const MAX_CRUMB_WORDS = 4;

/** A crumb: one capitalised word, no sentence or path punctuation (`Домой`, `Экономика`, `Thời sự`). */
const CRUMB_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;

/** Words the headline printed alone must have at least, so that a short label is never its tail. */
const MIN_HEADLINE_WORDS = 4;

/**
 * True when `line` is one to four capitalised words followed by a header line
 * printed whole (`isHeaderLine` tells, by its key): the crumbs and the headline
 * glued together.
 */
export function isCrumbsGluedToHeadline(line: string, isHeaderLine: (key: string) => boolean): boolean {
  if (line.length > 400) return false;
  const words = line.trim().split(/\s+/u);
  for (let crumbs = 1; crumbs <= MAX_CRUMB_WORDS && words.length - crumbs >= MIN_HEADLINE_WORDS; crumbs += 1) {
    if (!CRUMB_WORD.test(words[crumbs - 1] as string)) return false;
    if (isHeaderLine(lineKey(words.slice(crumbs).join(" ")))) return true;
  }
  return false;
}
