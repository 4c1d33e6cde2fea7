/**
 * The year an anniversary the text marks falls in, from the span of years it
 * brackets after the count (`mark 20 years since they set up their strategic
 * partnership (2001-2021)`, Quân Đội Nhân Dân, blind-vnru-44, 583; `kỷ niệm 75
 * năm thiết lập quan hệ ngoại giao (1950-2025)`; `75-летие … (1950–2025)`):
 * two years in brackets whose difference is a number written shortly before
 * them. The text is written in the span's last year or later, so a day it
 * writes with an older year is history it recalls, not the day it reports.
 * Pure; linear: each bracket's count is looked for in a bounded slice before it.
 */

/**
 * Two years in brackets, joined by a dash, each with its day and month or
 * without: `(1950-2025)`, `(30-1-1950 - 30-1-2020)` (blind-vnru-51, 671).
 */
const YEAR_SPAN =
  /\(\s{0,2}(?:\d{1,2}[-./]\d{1,2}[-./])?((?:19|20)\d{2})\s{0,2}[-–—]\s{0,2}(?:\d{1,2}[-./]\d{1,2}[-./])?((?:19|20)\d{2})\s{0,2}\)/gu;

/** A span of years a text brackets: its first and last year, and where its bracket opens. */
export interface BracketedSpan {
  first: number;
  last: number;
  at: number;
}

/** Every span of years the text brackets, first year before the last, in text order. */
export function bracketedSpans(text: string): BracketedSpan[] {
  const spans: BracketedSpan[] = [];
  for (const span of text.matchAll(YEAR_SPAN)) {
    const [first, last] = [Number(span[1]), Number(span[2])];
    if (last > first) spans.push({ first, last, at: span.index });
  }
  return spans;
}

/** How far before the bracket the count of years is looked for (the words it counts stand between). */
const COUNT_REACH = 120;

/** A number standing alone (not part of a longer number or a word), possibly an ordinal (`20th`, `75-летие`). */
const NUMBER = /(?<![\p{L}\p{N}])(\d{1,3})(?![\p{N}])/gu;

/** The latest year of an anniversary span the text brackets after its count; undefined when none. */
export function markedAnniversaryYear(text: string): number | undefined {
  let marked: number | undefined;
  for (const { first, last, at } of bracketedSpans(text)) {
    const before = text.slice(Math.max(0, at - COUNT_REACH), at);
    const counted = [...before.matchAll(NUMBER)].some((number) => Number(number[1]) === last - first);
    if (counted && (marked === undefined || last > marked)) marked = last;
  }
  return marked;
}

/** A day written with a year older than the anniversary the text marks: history, not the day it reports. */
export function isBeforeMarkedYear(day: { year?: number }, marked: number | undefined): boolean {
  return marked !== undefined && day.year !== undefined && day.year < marked;
}
