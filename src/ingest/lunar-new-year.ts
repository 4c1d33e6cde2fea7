/**
 * Greetings, messages and interviews for the Lunar New Year of a given year
 * (`in an interview given to the Vietnam News Agency for the Lunar New Year
 * 2024`, blind-vnru-21, 311; `lời chúc mừng … nhân dịp Tết Quý Mão`,
 * blind-vnru-18, 277) come out in the days before Tết, which falls anywhere
 * from 21 January to 20 February. The last resort of a text that dates nothing
 * else is the eve of that Tết, flagged as inferred.
 *
 * The year is written as a number or by its name in the sixty-year cycle
 * (`Xuân Quý Mão`, blind-vnru-44, 589; read by lunar-years.ts). A text that
 * names a later year is looking back, and is not dated so; nor is a greeting
 * for the Solar and Lunar New Year together, which new-year-greetings.ts dates
 * on 1 January. The day of Tết is the Vietnamese calendar's, which differs
 * from the Chinese one in some years (21 January 1985, a month before China's
 * New Year; 17 February 2007, a day before).
 *
 * Patterns with bounded parts, tried once per sentence: linear in the text.
 */
import { createRequire } from "node:module";
import type { CalendarDay } from "./date-expressions.ts";
import { addDays } from "./date-expressions.ts";
import { namesLaterYear, sentencesOf } from "./infer-date.ts";
import { lunarYearGreeted } from "./lunar-years.ts";
import { GREETING, SOLAR_TOO } from "./new-year-greetings.ts";

const YEAR = "((?:19|20)\\d{2})";

/**
 * `Lunar New Year 2024`, `2024 Lunar New Year`, `Tết Nguyên đán 2024`, `Новый
 * год по лунному календарю 2024`, `празднования 2024 года по лунному
 * календарю`: the year as a number, in group 1, 2, 3 or 4. A year named in the
 * cycle (`Tết Quý Mão`) is read by lunar-years.ts.
 */
const LUNAR_NEW_YEAR = new RegExp(
  [
    `Lunar\\s+New\\s+Year(?:'s)?(?:\\s+\\((?:Tet|Tết)\\))?\\s+${YEAR}(?!\\d)`,
    `(?<!\\d)${YEAR}\\s+Lunar\\s+New\\s+Year`,
    `(?<![\\p{L}\\p{M}])(?:Tết\\s+Nguyên\\s+[đĐ]án|[Нн]ов(?:ый|ого|ому|ым|ом)\\s+год(?:а|у|ом|е)?\\s+по\\s+лунному\\s+календарю)\\s+${YEAR}(?!\\d)`,
    `(?<!\\d)${YEAR}\\s+год(?:а|у)?\\s+по\\s+лунному\\s+календарю`,
  ].join("|"),
  "iu",
);

/** What a sentence may say instead of a greeting (new-year-greetings.ts): it speaks for the new year. */
const SPEAKS_FOR = /(?<![\p{L}\p{M}])(?:greet|for\s+the|on\s+the\s+occasion|ahead\s+of|celebrat|накануне|по\s+случаю|nhân\s+dịp|đón)/iu;

const isOccasion = (sentence: string): boolean => GREETING.test(sentence) || SPEAKS_FOR.test(sentence);

/** The year of the Lunar New Year a sentence of the text greets or speaks for, or undefined. */
export function lunarNewYearGreeted(paragraphs: readonly string[]): number | undefined {
  for (const paragraph of paragraphs) {
    for (const sentence of sentencesOf(paragraph.slice(0, 5_000))) {
      const match = LUNAR_NEW_YEAR.exec(sentence);
      const named = match ? undefined : lunarYearGreeted(sentence);
      if ((!match && named === undefined) || !isOccasion(sentence)) continue;
      // `the Solar and Lunar New Year 2020`: greeted at the turn of the year (new-year-greetings.ts).
      if (match && SOLAR_TOO.test(sentence.slice(Math.max(0, match.index - 20), match.index))) return undefined;
      const year = match ? Number(match[1] ?? match[2] ?? match[3] ?? match[4]) : (named as number);
      return namesLaterYear(paragraphs.join("\n"), year) ? undefined : year;
    }
  }
  return undefined;
}

type VietnameseCalendar = {
  newYear(year: number): number;
  fromJDE(jde: number): void;
  toGregorian(): CalendarDay;
};

let calendar: VietnameseCalendar | undefined;

/** The day of Tết of a year, by the Vietnamese calendar (loaded the first time a text needs it). */
export function tetDay(year: number): CalendarDay {
  if (!calendar) {
    const { CalendarVietnamese } = createRequire(import.meta.url)("date-chinese") as {
      CalendarVietnamese: new () => VietnameseCalendar;
    };
    calendar = new CalendarVietnamese();
  }
  calendar.fromJDE(calendar.newYear(year));
  const { year: y, month, day } = calendar.toGregorian();
  return { year: y, month, day };
}

/** The eve of the Tết a text greets, or undefined. */
export function lunarNewYearEve(paragraphs: readonly string[]): CalendarDay | undefined {
  const year = lunarNewYearGreeted(paragraphs);
  return year === undefined ? undefined : addDays(tetDay(year), -1);
}
