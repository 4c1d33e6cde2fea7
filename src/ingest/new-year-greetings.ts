/**
 * Greetings for the New Year of a given year (`congratulations … for the Solar
 * and Lunar New Year 2020`, `поздравил с Новым 2020 годом`, `chúc mừng năm mới
 * 2020`) are sent and reported at the turn of that year: the last resort of a
 * text that dates nothing else is that year's first day.
 *
 * Only the solar New Year: greetings for the Lunar New Year alone (Tết) come in
 * the weeks before Tết, which falls anywhere from late January to mid-February.
 * And only when the greeting's year is the latest the text names: a text that
 * names a later one recalls the greetings from after them.
 */
import { sentencesOf, namesLaterYear } from "./infer-date.ts";

/** Words of greeting: a sentence that greets a year (lunar-new-year.ts reads them too). */
export const GREETING = /(?<![\p{L}])(?:congratulat|greeting|wish|message|поздрав|пожела|chúc|thiệp|thư)/iu;

/** `New Year 2020`, `2020 New Year`, `Новым 2020 годом`, `năm mới 2020`, `Tết Dương lịch 2020`: the year. */
const NEW_YEAR_OF =
  /(?<![\p{L}])(?:(Lunar\s+)?New\s+Year(?:'s)?\s+((?:19|20)\d{2})|((?:19|20)\d{2})\s+(Lunar\s+)?New\s+Year|[Нн]ов(?:ым|ого|ый|ому)\s+((?:19|20)\d{2})\s+год|[Nn]ăm\s+mới\s+((?:19|20)\d{2})|[Tt]ết\s+[Dd]ương\s+lịch\s+((?:19|20)\d{2}))(?!\d)/u;

/** `Solar and Lunar New Year 2020`: the solar one is greeted too. */
export const SOLAR_TOO = /Solar\s+and\s+$/iu;

/** The year whose New Year a greeting of the text is for, or undefined. */
export function newYearGreeted(paragraphs: readonly string[]): number | undefined {
  for (const paragraph of paragraphs) {
    for (const sentence of sentencesOf(paragraph.slice(0, 5_000))) {
      const match = NEW_YEAR_OF.exec(sentence);
      if (!match || !GREETING.test(sentence)) continue;
      const lunar = (match[1] ?? match[4]) !== undefined && !SOLAR_TOO.test(sentence.slice(Math.max(0, match.index - 20), match.index));
      if (lunar) continue;
      const year = Number(match[2] ?? match[3] ?? match[5] ?? match[6] ?? match[7]);
      return namesLaterYear(paragraphs.join("\n"), year) ? undefined : year;
    }
  }
  return undefined;
}
