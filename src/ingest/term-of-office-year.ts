/**
 * `Ngày 9/11 … Đại hội lần thứ IV, nhiệm kỳ 2024-2029` (blind-vnru-63, 816),
 * `20 декабря … новый состав ее руководящего органа на 2018-2023 гг.`
 * (blind-vnru-61, 797): a congress or a vote that elects a body for a term of
 * office written with its years is held as the term begins, so a day the same
 * paragraph gives without a year is of the term's first year. Only a term of a
 * few years (two to ten), written as a term: `nhiệm kỳ`, `на … гг.`/`годы`,
 * `term`/`tenure`; a bare span of years (`(1950-2025)`, `2021-2030`) is not one.
 * Pure; each pattern has bounded parts, linear in the paragraph's length.
 */

/** `nhiệm kỳ 2024-2029`, `nhiệm kỳ 2024 - 2029`. */
const VIETNAMESE_TERM = /(?<![\p{L}])nhiệm\s{1,3}kỳ\s{0,3}((?:19|20)\d{2})\s{0,3}[-–—]\s{0,3}((?:19|20)\d{2})(?!\d)/giu;
/** `на 2018-2023 гг.`, `на 2018–2023 годы`. */
const RUSSIAN_TERM = /(?<![\p{L}])на\s{1,3}((?:19|20)\d{2})\s{0,3}[-–—]\s{0,3}((?:19|20)\d{2})\s{0,3}(?:гг\.|годы)/giu;
/** `for the 2023-2028 term`, `its 2023-2028 tenure`, `the term 2023-2028`. */
const ENGLISH_TERM =
  /(?<![\p{L}\d-])(?:((?:19|20)\d{2})\s{0,3}[-–—]\s{0,3}((?:19|20)\d{2})\s{1,3}(?:term|tenure)|(?:term|tenure)\s{1,3}(?:of\s{1,3})?((?:19|20)\d{2})\s{0,3}[-–—]\s{0,3}((?:19|20)\d{2}))(?![\p{L}\d])/giu;

/** How many years a term of office may run. */
const LONGEST_TERM_YEARS = 10;

/** The first year of the one term of office the paragraph writes with its years; undefined when none, or terms that disagree. */
export function termOfOfficeFirstYear(paragraph: string): number | undefined {
  const firsts = new Set<number>();
  for (const pattern of [VIETNAMESE_TERM, RUSSIAN_TERM, ENGLISH_TERM]) {
    for (const match of paragraph.matchAll(pattern)) {
      const first = Number(match[1] ?? match[3]);
      const last = Number(match[2] ?? match[4]);
      const length = last - first;
      if (length >= 2 && length <= LONGEST_TERM_YEARS) firsts.add(first);
    }
  }
  return firsts.size === 1 ? [...firsts][0] : undefined;
}
