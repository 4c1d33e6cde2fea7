/**
 * Calendar dates for readers. An entry's `YYYY-MM-DD` is a day on the calendar,
 * not an instant: it is turned into a local date at noon so that no timezone
 * (nor a daylight-saving jump at midnight) can move it to another day.
 */
import { format } from "date-fns";

function calendarDate(isoDate: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`not a calendar date: ${isoDate}`);
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12);
}

/**
 * Days already written out: an article's date is shown on its page, its month,
 * the home page and each of its tags' pages, and an archive has a few thousand
 * days. Emptied past any archive's count of days, so a long `serve` keeps it small.
 */
const longDates = new Map<string, string>();
const LONG_DATES_KEPT = 100_000;

/** `2025-01-14` → `14 January 2025`. */
export function formatLongDate(isoDate: string): string {
  let written = longDates.get(isoDate);
  if (written === undefined) {
    written = format(calendarDate(isoDate), "d MMMM yyyy");
    if (longDates.size >= LONG_DATES_KEPT) longDates.clear();
    longDates.set(isoDate, written);
  }
  return written;
}

/** `2025`, `1` → `January 2025`. */
export function formatMonth(year: number, month: number): string {
  return format(new Date(year, month - 1, 15, 12), "MMMM yyyy");
}

/** `1` → `January`. */
export function monthName(month: number): string {
  return format(new Date(2000, month - 1, 15, 12), "MMMM");
}
