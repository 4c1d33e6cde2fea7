/**
 * Calendar dates for readers. An entry's `YYYY-MM-DD` is a day on the calendar,
 * not an instant: it is turned into a local date at noon so that no timezone
 * (nor a daylight-saving jump at midnight) can move it to another day.
 */
import { format } from "date-fns";
import { answeredLately } from "../lib/recent-answers.ts";

function calendarDate(isoDate: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`not a calendar date: ${isoDate}`);
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12);
}

/** `2025-01-14` → `14 January 2025`. */
function writeLongDate(isoDate: string): string {
  return format(calendarDate(isoDate), "d MMMM yyyy");
}

/**
 * Days already written out: an article's date is shown on its page, its month,
 * the home page and each of its tags' pages, and an archive has a few thousand
 * days. Let go past any archive's count of days, so a long `serve` keeps it small.
 */
export const formatLongDate = answeredLately(writeLongDate, 100_000);

/** `2025`, `1` → `January 2025`. */
export function formatMonth(year: number, month: number): string {
  return format(new Date(year, month - 1, 15, 12), "MMMM yyyy");
}

/** `1` → `January`. */
export function monthName(month: number): string {
  return format(new Date(2000, month - 1, 15, 12), "MMMM");
}
