/**
 * `… парад в честь 80-летия Победы … (9 мая 1945 года / 9 мая 2025 года)`
 * (blind-vnru-63, 818), `(May 9, 1945 - May 9, 2025)`, `(2/9/1945 - 2/9/2025)`:
 * a bracket holding the same day and month of two years is an anniversary's
 * span, and its later date is the anniversary's day — kept through its year
 * and often still ahead (`Утром 28 апреля` before the parade of 9 May). That
 * date names the year the text is in, not a month already past: a day the
 * text gives without a year may stand before it in that year.
 * Pure; a bracket is read up to a bounded length, linear in the text's length.
 */
import { findFullDates } from "./date-expressions.ts";

/** A bracket's contents, short enough to hold two dates and their joining words. */
const BRACKET = /\(([^()\n]{8,80})\)/gu;

/** Where the later date of an anniversary's bracketed pair stands, and its year. */
export interface AnniversaryDay {
  start: number;
  end: number;
  year: number;
}

/** The later dates of the brackets holding exactly two full dates of one day and month, years apart. */
export function anniversaryDayPairs(text: string): AnniversaryDay[] {
  const found: AnniversaryDay[] = [];
  if (!text.includes("(")) return found;
  for (const bracket of text.matchAll(BRACKET)) {
    const dates = findFullDates(bracket[1] ?? "");
    if (dates.length !== 2) continue;
    const [first, second] = dates as [(typeof dates)[0], (typeof dates)[0]];
    if (first.value.month !== second.value.month || first.value.day !== second.value.day) continue;
    if (second.value.year <= first.value.year) continue;
    const start = bracket.index + 1 + second.index;
    found.push({ start, end: start + second.text.length, year: second.value.year });
  }
  return found;
}

/** The anniversary day's year when `index` stands within one of `pairs`' later dates; else undefined. */
export function anniversaryDayYearAt(pairs: readonly AnniversaryDay[], index: number): number | undefined {
  for (const pair of pairs) if (index >= pair.start && index < pair.end) return pair.year;
  return undefined;
}
