/**
 * A text that says which year it is in: `Năm 2020 là năm hai nước Việt Nam -
 * Nga kỷ niệm 70 năm …` (blind-vnru-49, 647), `This year, 2020, marks …`. The
 * year named as the present one, in the present tense, is the year the text was
 * written in; with no day of its own, the last resort is that year's first day,
 * as for a New Year's greeting (new-year-greetings.ts).
 *
 * Only at the start of a sentence, and not in the future (`Năm 2020 sẽ là năm
 * …`, `2020 will mark …`, which a text of the year before writes). And only
 * when the year is the latest the text names: a text naming a later one is
 * looking back.
 *
 * Patterns anchored at the sentence's start, with bounded parts: linear in the
 * text's length.
 */
import { sentencesOf, namesLaterYear } from "./infer-date.ts";

/**
 * `Năm 2020 là năm`, `Năm 2020 đánh dấu`, `This year, 2020, marks`, `This year 2020 is`, `В 2024 году …
 * исполняется`: the year.
 */
const PRESENT_YEAR = [
  /^Năm\s+((?:19|20)\d{2})\s*,?\s+(?:là\s+năm|cũng\s+là\s+năm|đánh\s+dấu)(?=\s)/u,
  /^This\s+year\s*,?\s+((?:19|20)\d{2})\s*,?\s+(?:marks|is)(?=\s)/u,
  // `В 2024 году соглашению … исполняется 30 лет` (blind-vnru-43, 579): an anniversary the year is having.
  /^В\s+((?:19|20)\d{2})\s+году\s+[^.!?]{0,160}?(?<![\p{L}])(?:исполняется|исполняются|отмечается|отмечают|празднуется)(?![\p{L}])/u,
];

/** The year a sentence of the text names as the present one, or undefined. */
export function presentYearStated(paragraphs: readonly string[]): number | undefined {
  for (const paragraph of paragraphs) {
    for (const sentence of sentencesOf(paragraph.slice(0, 5_000))) {
      const opening = sentence.trimStart().replace(/^[\p{Lu}]{2,8}\s*[-–—]\s*/u, "");
      for (const pattern of PRESENT_YEAR) {
        const match = pattern.exec(opening);
        if (!match) continue;
        const year = Number(match[1]);
        return namesLaterYear(paragraphs.join("\n"), year) ? undefined : year;
      }
    }
  }
  return undefined;
}
