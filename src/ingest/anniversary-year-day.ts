/**
 * `On the morning of September 29th, … on the occasion of the celebrations of
 * the 70th anniversary of diplomatic relations` and no year (the Vĩnh Phúc
 * portal, blind-vnru-61, 788): an anniversary is kept all through its year, so
 * a day the text reports, in a paragraph that speaks of an anniversary, after
 * the anniversary's one day, is of the anniversary's year — not the year before,
 * where it stands nearer to the day. Pure; a substring test, linear on any text.
 */
import { daysBetween, type CalendarDay, type MonthDay } from "./date-expressions.ts";
import type { EventSpan } from "./relative-dates.ts";

/** Words for an anniversary: English, Vietnamese `kỷ niệm`, Russian `годовщина`, `-летие`. */
const ANNIVERSARY_WORD = /anniversar|kỷ\s{1,3}niệm|годовщин|летие|летия|летию/iu;

/** The day in the year of a one-day anniversary the paragraph speaks of, when it falls after that day; else undefined. */
export function dayInAnniversaryYear(day: MonthDay, event: EventSpan, paragraph: string): CalendarDay | undefined {
  if (daysBetween(event.start, event.end) !== 0 || !ANNIVERSARY_WORD.test(paragraph)) return undefined;
  const candidate = { year: event.start.year, month: day.month, day: day.day };
  return daysBetween(event.start, candidate) > 0 ? candidate : undefined;
}
