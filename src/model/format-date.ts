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

/** `2025-01-14` → `14 January 2025`. */
export function formatLongDate(isoDate: string): string {
  return format(calendarDate(isoDate), "d MMMM yyyy");
}

/** `2025`, `1` → `January 2025`. */
export function formatMonth(year: number, month: number): string {
  return format(new Date(year, month - 1, 15, 12), "MMMM yyyy");
}

/** `1` → `January`. */
export function monthName(month: number): string {
  return format(new Date(2000, month - 1, 15, 12), "MMMM");
}
