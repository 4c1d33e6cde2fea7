/**
 * A count of years in a sentence that writes a kept day by its day and month:
 * `30 января этого года исполнилось 75 лет с того дня, как наши государства
 * установили дипломатические отношения` (blind-vnru-53, 701). The day (30
 * January) and one of the kept day's `dayWords` (`дипломатическ…`) name the
 * day as surely as its long name does, though the countries are only `наши
 * государства`: 1950 + 75 = 2025. The day tells kept days apart where the words
 * cannot: Việt Nam's relations with China date from 18 January 1950.
 *
 * Not a sentence that writes a year (a day with its year is history or a full
 * date, read by other rules), nor an approximate count (`более 70 лет`, `hơn 70
 * năm`), nor a count that would put the text before the day's first year.
 * Pure; linear: each sentence is read a bounded number of times.
 */
import { findMonthDays } from "./date-expressions.ts";
import type { KeptDay } from "./infer-date.ts";

/** A count of years, not an approximate one; in Russian `лет`, in Vietnamese `năm`, in English `years`. */
const YEARS_COUNT =
  /(?<![\p{L}\p{N}.,])(?<!(?:более|около|почти|свыше|hơn|gần|trên|khoảng|over|nearly|about|almost|some|than)\s{1,3})(\d{1,3})\s{1,3}(?:лет|năm|years)(?![\p{L}])/giu;

/** A year written anywhere in the sentence. */
const ANY_YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/u;

/** A day and month in digits, Vietnamese style (`30/1`, `ngày 30-1`), not part of a longer date. */
const NUMERIC_DAY = /(?<![\d/.-])(3[01]|[12]\d|0?[1-9])[/-](1[0-2]|0?[1-9])(?![\d/.-])/gu;

/** Words as compared with `dayWords`: lower case, any run of marks a space. */
function wordKey(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\p{M}\d]+/gu, " ")} `;
}

/** The days and months a sentence writes, in words or in digits. */
function daysWritten(sentence: string): Array<{ month: number; day: number }> {
  const days = findMonthDays(sentence).map(({ value }) => value);
  for (const match of sentence.matchAll(NUMERIC_DAY)) days.push({ day: Number(match[1]), month: Number(match[2]) });
  return days;
}

/** The years the counts of `sentences` give from the kept days each one writes by day and month. */
export function keptDayCountsOnItsDay(sentences: readonly string[], kept: readonly KeptDay[]): number[] {
  const withWords = kept.filter((first) => (first.dayWords?.length ?? 0) > 0);
  if (withWords.length === 0) return [];
  const years: number[] = [];
  for (const sentence of sentences) {
    if (ANY_YEAR.test(sentence)) continue;
    const counts = [...sentence.matchAll(YEARS_COUNT)].map((match) => Number(match[1]));
    if (counts.length !== 1) continue;
    const days = daysWritten(sentence);
    if (days.length === 0) continue;
    const key = wordKey(sentence);
    for (const first of withWords) {
      if (!days.some(({ month, day }) => month === first.month && day === first.day)) continue;
      if (!first.dayWords!.some((word) => key.includes(wordKey(word).trimEnd()))) continue;
      if (counts[0]! > 0) years.push(first.year + counts[0]!);
    }
  }
  return years;
}
