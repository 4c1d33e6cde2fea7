/**
 * `С 8 по 10 сентября Председатель НС … находился в России … Сразу вслед за
 * этим, 11 сентября, Вице-премьер … стали сопредседателями …` (blind-vnru-55,
 * 725): a day the text brings in as coming right after what it has just told
 * (`сразу после этого`, `вслед за этим`, `right after that`, `immediately
 * afterwards`, `ngay sau đó`) is the next step of the same story, a few days
 * on; the text reports it too, so it was written on that day at the earliest.
 * The day must follow the words at once (a comma, `on` between them, or written
 * `ngày 22/5`),
 * come after the day already found by one to seven days, and stand in a
 * sentence not about the future. Only the characters right after each such
 * phrase are read, so the whole is linear.
 */
import { findMonthDays, type MonthDay } from "./date-expressions.ts";

/** Words saying that what follows came right after what was told, in Russian, English and Vietnamese. */
const RIGHT_AFTER =
  /(?<![\p{L}])(?:сразу\s+(?:же\s+)?(?:вслед\s+за\s+этим|после\s+этого)|вслед\s+за\s+этим|right\s+after\s+that|immediately\s+(?:after\s+that|afterwards)|ngay\s+sau\s+đó)(?![\p{L}])[\s,]{0,3}(?:on\s+)?/giu;

/** `ngày 22/5`, `vào ngày 22-5`: a Vietnamese day and month in figures, after the word for a day. */
const VIETNAMESE_DAY = /^(?:vào\s+)?ngày\s+(3[01]|[12]\d|0?[1-9])[/-](1[0-2]|0?[1-9])(?![\d/-])/iu;

/** The day and month written first in `text` (`11 сентября`, `May 21`, `ngày 22/5`), with its words; undefined when it opens with none. */
function dayOpening(text: string): { value: MonthDay; text: string } | undefined {
  const vietnamese = VIETNAMESE_DAY.exec(text);
  if (vietnamese) return { value: { day: Number(vietnamese[1]), month: Number(vietnamese[2]) }, text: vietnamese[0] };
  const [first] = findMonthDays(text);
  return first?.index === 0 ? first : undefined;
}

/** How many characters after the words are read for the day. */
const DAY_READ_CHARS = 24;

/** How much of the sentence after the day is read for words of the future. */
const SENTENCE_READ_CHARS = 300;

/** How many days after the day already found the next step may come. */
const MOST_DAYS_AFTER = 7;

/** Days from `from` to `to`, the later one taken in the same year or, across New Year, the next (a leap year's calendar). */
function daysOn(from: MonthDay, to: MonthDay): number {
  const ordinal = (day: MonthDay) => Date.UTC(2024, day.month - 1, day.day) / 86_400_000;
  const gap = ordinal(to) - ordinal(from);
  return gap < 0 ? gap + 366 : gap;
}

export interface DayRightAfter {
  day: MonthDay;
  /** Where the later day stands in the paragraph. */
  index: number;
  evidence: string;
}

/**
 * The day a paragraph brings in right after `day` (found at `from`), by the
 * words above, one to seven days later, its sentence not about the future
 * (`isAboutFuture`); undefined when there is none.
 */
export function dayRightAfter(
  paragraph: string,
  from: number,
  day: MonthDay,
  isAboutFuture: (sentence: string) => boolean,
): DayRightAfter | undefined {
  for (const found of paragraph.slice(from).matchAll(RIGHT_AFTER)) {
    const match = { index: from + found.index, text: found[0] };
    const at = match.index + match.text.length;
    const next = dayOpening(paragraph.slice(at, at + DAY_READ_CHARS));
    if (!next) continue;
    const gap = daysOn(day, next.value);
    if (gap < 1 || gap > MOST_DAYS_AFTER) continue;
    // The sentence the day stands in, up to its end or SENTENCE_READ_CHARS after the day, whichever comes first.
    const rest = paragraph.slice(at, at + SENTENCE_READ_CHARS);
    const end = rest.search(/[.!?](?:\s|$)/u);
    if (isAboutFuture(paragraph.slice(match.index, at) + (end < 0 ? rest : rest.slice(0, end + 1)))) continue;
    return { day: next.value, index: at, evidence: `${match.text}${next.text}`.trim() };
  }
  return undefined;
}
