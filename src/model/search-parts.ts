/**
 * The search index of a big archive comes in parts: each part is a Pagefind
 * bundle of its own over a run of consecutive days, and the search page
 * searches all of them (templates/assets/search.js). Two reasons:
 *
 *   - Pagefind cannot add to a bundle, and rebuilding one bundle of ten
 *     thousand articles takes longer than the rest of a rebuild together; a
 *     new article changes only the part holding its day, usually the newest;
 *   - Pagefind holds everything it indexes in memory (some 300 KB an article),
 *     so one bundle of ten thousand articles needs gigabytes.
 *
 * Parts follow the calendar, so that they stay as they are when articles are
 * added anywhere in time: an archive within the limit is one part, at
 * `/pagefind/`, exactly as a single bundle would be; a bigger one has a part per
 * year, and a unit over the limit is cut into the next finer one: half-years,
 * quarters, months, thirds of a month (days 1–10, 11–20, 21 to the end), days.
 * A new article then changes the one part holding its day (all of its unit's
 * parts if the unit outgrows its split). Parts are numbered oldest first and
 * never share a day, so results sorted by date are the parts' results one part
 * after another.
 *
 * The limit weighs a rebuild against the search page: Pagefind indexes a
 * changed part again from scratch (about 3 ms an article), while the search
 * page loads every part's bundle (some 125 KB and 13 requests each, the same
 * code every time). At 750, a 10,000-article archive over 13 years has 24
 * parts of at most 682 articles, and one added article costs about 2 s of
 * indexing instead of 4 s with parts of a year (docs/performance.md, "Smaller
 * search parts").
 */
import { SEARCH_BUNDLE_PATH } from "./urls.ts";

/** Articles per part at most (a single day with more makes a bigger part). */
export const SEARCH_PART_LIMIT = 750;

export interface SearchPart {
  /** Site path of the part's bundle: `/pagefind/`, then `/pagefind/part/2/`, … */
  path: string;
  /** Site paths of its articles, oldest first: the order they are indexed in. */
  articles: string[];
}

/** The site path of part `number` (1-based). */
export function searchPartPath(number: number): string {
  return number === 1 ? SEARCH_BUNDLE_PATH : `${SEARCH_BUNDLE_PATH}part/${number}/`;
}

/** The calendar unit of `date` (`YYYY-MM-DD`) `months` long: `2025-H1` for 6, `2025-Q3` for 3. */
const monthsUnit = (months: number, letter: string) => (date: string) =>
  `${date.slice(0, 4)}-${letter}${Math.floor((Number(date.slice(5, 7)) - 1) / months)}`;

/** The calendar units a part may cover, coarsest first (keys of a date): year, half-year, quarter, month, third of a month, day. */
const UNITS: ReadonlyArray<(date: string) => string> = [
  (date) => date.slice(0, 4),
  monthsUnit(6, "H"),
  monthsUnit(3, "Q"),
  (date) => date.slice(0, 7),
  // Days 1–10, 11–20 and 21 to the end: a busy month is cut into thirds before days.
  (date) => `${date.slice(0, 7)}-T${Math.min(2, Math.floor((Number(date.slice(8, 10)) - 1) / 10))}`,
  (date) => date,
];

/** `articles` (oldest first) cut into runs of one calendar unit, finer units where a run is over `limit`. */
function split<Item extends { date: string }>(articles: readonly Item[], limit: number, index: number): Item[][] {
  const unit = UNITS[index];
  if (unit === undefined) return [[...articles]];
  const runs: Item[][] = [];
  let key = "";
  for (const article of articles) {
    const next = unit(article.date);
    if (runs.length === 0 || next !== key) runs.push([]);
    runs.at(-1)!.push(article);
    key = next;
  }
  return runs.flatMap((run) => (run.length > limit ? split(run, limit, index + 1) : [run]));
}

/**
 * The parts of the index of `articles` (newest first, as in the archive model).
 * An archive without articles still has one (empty) part.
 */
export function searchParts(articles: ReadonlyArray<{ path: string; date: string }>, limit: number = SEARCH_PART_LIMIT): SearchPart[] {
  const oldestFirst = [...articles].reverse();
  const runs = oldestFirst.length <= limit ? [oldestFirst] : split(oldestFirst, limit, 0);
  return runs.map((run, index) => ({ path: searchPartPath(index + 1), articles: run.map((article) => article.path) }));
}
