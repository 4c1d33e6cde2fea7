/**
 * Years a text looks back on as a whole, so that they are over when it is
 * written (blind-vnru-33, 459: `2025 год выдался трудным` beside `9 февраля`,
 * an interview of February 2026):
 *
 * - a year judged with a verb of how it turned out: `2025 год выдался
 *   трудным`, `2019 год оказался рекордным`, `2018 proved a difficult year`,
 *   `2018 turned out to be …`;
 * - a year called past: `прошедший 2025 год`, `минувший 2024 год`, `năm 2025
 *   vừa qua`.
 *
 * A year only named as a time (`в 2025 году был подписан`, `in 2025 it was
 * signed`), declared ahead (`2019 год был объявлен Годом …`) or still running
 * (`уходящий 2025 год`, `năm 2025 vừa bắt đầu`) is none of these. Each pattern
 * starts on a year or a fixed word and reads a fixed number of words, so it
 * runs in linear time.
 */

/** `2025 год выдался …`, `2019 год оказался …`: the year in the nominative, then a verb of how it turned out. */
const JUDGED_RU = /(?<![\d\p{L}])((?:19|20)\d{2})\s+год\s+(?:выдался|оказался)(?![\p{L}])/giu;

/** `2018 proved a difficult year`, `2018 turned out to be`: the year, then how it turned out. */
const JUDGED_EN = /(?<![\d\p{L}/.-])((?:19|20)\d{2})\s+(?:proved|turned\s+out)(?![\p{L}])/giu;

/** `прошедший 2025 год`, `минувшем 2024 году`: the year called past. */
const PAST_RU = /(?<![\p{L}])(?:прошедш|минувш)\p{L}{0,3}\s+((?:19|20)\d{2})\s+год/giu;

/** `năm 2025 vừa qua`: the year just gone. */
const PAST_VI = /(?<![\p{L}\p{M}])năm\s+((?:19|20)\d{2})\s+vừa\s+qua(?![\p{L}\p{M}])/giu;

/** The years the text looks back on as over. */
export function reviewedYears(text: string): number[] {
  const years: number[] = [];
  for (const pattern of [JUDGED_RU, JUDGED_EN, PAST_RU, PAST_VI]) for (const match of text.matchAll(pattern)) years.push(Number(match[1]));
  return years;
}
