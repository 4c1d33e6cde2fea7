/**
 * The year a text counting the years since a founding it dates is written in:
 * `Hội Hữu nghị Việt - Xô ra đời ngày 23 tháng 5 năm 1950` and `Trong suốt 75
 * năm qua` (blind-vnru-44, 588) make 2025 at the earliest. A founding word
 * (`ra đời`, `thành lập`, `founded`, `established`, `основан`, `создан`) with a
 * year after it in the same clause gives the founding; `N năm qua`, `the past N
 * years`, `за N лет` the years since. The earliest founding and the largest
 * count give the year; a day the text writes with an older year is history it
 * recalls (as with a bracketed span, marked-anniversary.ts). Pure; linear: each
 * pattern starts on fixed words and reads a bounded stretch.
 */

const FOUNDED =
  /(?<![\p{L}])(?:ra\s{1,3}đời|thành\s{1,3}lập|founded|established|основан[аоы]?|создан[аоы]?)(?![\p{L}])[^.;!?\n]{0,40}?(?<![\p{N}])((?:19|20)\d{2})(?![\p{N}])/giu;

const YEARS_PAST =
  /(?<![\p{L}\p{N}])(\d{1,3})\s{1,3}năm\s{1,3}qua(?![\p{L}])|(?<![\p{L}])past\s{1,3}(\d{1,3})\s{1,3}years(?![\p{L}])|(?<![\p{L}])за\s{1,3}(\d{1,3})\s{1,3}лет(?![\p{L}])/giu;

/** The year a founding plus the years counted since it gives; undefined without both. */
export function foundingAnniversaryYear(text: string): number | undefined {
  let founded: number | undefined;
  for (const match of text.matchAll(FOUNDED)) {
    const year = Number(match[1]);
    if (founded === undefined || year < founded) founded = year;
  }
  if (founded === undefined) return undefined;
  let count: number | undefined;
  for (const match of text.matchAll(YEARS_PAST)) {
    const years = Number(match[1] ?? match[2] ?? match[3]);
    if (years > 0 && (count === undefined || years > count)) count = years;
  }
  return count === undefined ? undefined : founded + count;
}
