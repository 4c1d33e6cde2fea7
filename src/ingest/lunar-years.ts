/**
 * The Vietnamese name of a lunar year in the sixty-year cycle, in a greeting of
 * its spring or its Tết (`mừng xuân Giáp Ngọ`, `đón Tết Quý Mão`, `Tết Nguyên đán
 * Canh Tý`): the year a text that names no other one was written in. The text
 * of blind-vnru-46, 611, gives `Tối 29/1` and the meeting `mừng xuân Giáp Ngọ`
 * only — the lunar year that began on 31 January 2014.
 *
 * A stem (Giáp … Quý) and a branch (Tý … Hợi) name one year in sixty; the cycle
 * read is the one Giáp Tý opened in 1984 (1984–2043), the years of the archive's
 * pages. Tết falls between late January and mid-February, so a day of November
 * or December greeting it is of the year before.
 *
 * One pattern, anchored on the words `Tết` or `xuân` and reading three words
 * after them at most: linear in the text's length.
 */
import type { MonthDay } from "./date-expressions.ts";

const STEMS: ReadonlyArray<readonly string[]> = [
  ["giáp", "giap"],
  ["ất", "at"],
  ["bính", "binh"],
  ["đinh", "dinh"],
  ["mậu", "mau"],
  ["kỷ", "kỉ", "ky"],
  ["canh"],
  ["tân", "tan"],
  ["nhâm", "nham"],
  ["quý", "quí", "quy"],
];

// `Tý` (the rat) and `Tỵ` (the snake) are one word without their marks: only the marked spellings are read.
const BRANCHES: ReadonlyArray<readonly string[]> = [
  ["tý", "tí"],
  ["sửu", "suu"],
  ["dần", "dan"],
  ["mão", "mẹo", "mao"],
  ["thìn", "thin"],
  ["tỵ", "tị"],
  ["ngọ", "ngo"],
  ["mùi", "mui"],
  ["thân", "than"],
  ["dậu", "dau"],
  ["tuất", "tuat"],
  ["hợi", "hoi"],
];

const indexOf = (lists: ReadonlyArray<readonly string[]>, word: string): number =>
  lists.findIndex((spellings) => spellings.includes(word.normalize("NFC").toLowerCase()));

const words = (lists: ReadonlyArray<readonly string[]>): string => lists.flat().join("|");

/** `xuân Giáp Ngọ`, `Tết Quý Mão`, `Tết Nguyên đán Canh Tý`: the stem and the branch. */
const LUNAR_SPRING = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:tết|xuân)(?:\\s+nguyên\\s+đán)?\\s+(${words(STEMS)})\\s+(${words(BRANCHES)})(?![\\p{L}\\p{M}])`,
  "iu",
);

/** The first year of the cycle read (Giáp Tý). */
const CYCLE_START = 1984;

/** The Gregorian year in which the lunar year of that stem and branch begins, in the cycle read; undefined for no such pair. */
export function yearOfStemAndBranch(stem: number, branch: number): number | undefined {
  for (let offset = 0; offset < 60; offset += 1) {
    if (offset % 10 === stem && offset % 12 === branch) return CYCLE_START + offset;
  }
  return undefined;
}

/** The lunar year whose spring or Tết the text greets by its cycle name, or undefined. */
export function lunarYearGreeted(text: string): number | undefined {
  const match = LUNAR_SPRING.exec(text.normalize("NFC"));
  if (!match) return undefined;
  const stem = indexOf(STEMS, match[1] ?? "");
  const branch = indexOf(BRANCHES, match[2] ?? "");
  return stem < 0 || branch < 0 ? undefined : yearOfStemAndBranch(stem, branch);
}

/** The year of a yearless day in a text greeting a lunar year by name: that year, or the one before for a November or December day. */
export function yearOfLunarGreeting(day: MonthDay, text: string): number | undefined {
  const lunar = lunarYearGreeted(text);
  if (lunar === undefined) return undefined;
  return day.month >= 11 ? lunar - 1 : lunar;
}
