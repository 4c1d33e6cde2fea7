/**
 * Greetings for the New Year of a given year (`congratulations … for the Solar
 * and Lunar New Year 2020`, `поздравил с Новым 2020 годом`, `chúc mừng năm mới
 * 2020`) are sent and reported at the turn of that year: the last resort of a
 * text that dates nothing else is that year's first day, or the last day of the
 * year before when the greeting says the New Year is still to come.
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

/**
 * Words that put the New Year still ahead of the greeting: `Nhân dịp sắp bước
 * sang năm mới 2022` (as the year is about to begin, blind-vnru-69, 887), `trước
 * ngưỡng cửa năm mới`, `с наступающим Новым годом`, `в преддверии`, `the
 * upcoming`, `on the eve of`.
 */
const YEAR_AHEAD =
  /(?<![\p{L}])(?:sắp\s+(?:bước\s+sang|đến|tới)|trước\s+(?:ngưỡng\s+cửa|thềm)|наступающ\p{L}*|в\s+преддверии|upcoming|coming|approaching|on\s+the\s+eve\s+of)(?![\p{L}])/iu;

/** The New Year a greeting of the text is for: its year, and whether the greeting says it is still to come. */
export interface NewYearGreeting {
  year: number;
  ahead: boolean;
}

/** The New Year a greeting of the text is for, or undefined. */
export function newYearGreeting(paragraphs: readonly string[]): NewYearGreeting | undefined {
  for (const paragraph of paragraphs) {
    for (const sentence of sentencesOf(paragraph.slice(0, 5_000))) {
      const match = NEW_YEAR_OF.exec(sentence);
      if (!match || !GREETING.test(sentence)) continue;
      const lunar = (match[1] ?? match[4]) !== undefined && !SOLAR_TOO.test(sentence.slice(Math.max(0, match.index - 20), match.index));
      if (lunar) continue;
      const year = Number(match[2] ?? match[3] ?? match[5] ?? match[6] ?? match[7]);
      return namesLaterYear(paragraphs.join("\n"), year) ? undefined : { year, ahead: YEAR_AHEAD.test(sentence) };
    }
  }
  return undefined;
}
