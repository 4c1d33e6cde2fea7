/**
 * Calendar arithmetic on whole UTC days (days since 1970-01-01), so that no
 * time zone can shift a date, plus the ways the sources write dates.
 */

const DAY_MS = 86_400_000;

// biome-ignore format: a word list packed by hand
export const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

export function dayOf(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

export function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function parts(day: number): { year: number; month: number; date: number; weekday: number } {
  const value = new Date(day * DAY_MS);
  return {
    year: value.getUTCFullYear(),
    month: value.getUTCMonth(),
    date: value.getUTCDate(),
    weekday: value.getUTCDay(),
  };
}

export function yearOf(day: number): number {
  return parts(day).year;
}

/** `January 14` */
export function monthDay(day: number): string {
  const { month, date } = parts(day);
  return `${MONTHS[month]} ${date}`;
}

/** `June 2024` */
export function monthYear(day: number): string {
  const { year, month } = parts(day);
  return `${MONTHS[month]} ${year}`;
}

/** `Tuesday` */
export function weekday(day: number): string {
  return WEEKDAYS[parts(day).weekday] as string;
}

/** `DD/MM/YYYY`, day first, as Vietnamese sites print bylines. */
export function dayFirst(day: number): string {
  const { year, month, date } = parts(day);
  return `${String(date).padStart(2, "0")}/${String(month + 1).padStart(2, "0")}/${year}`;
}

/** `14 January 2025`, `14–15 January 2025`, `28 November – 2 December 2025`. */
export function dateRange(start: number, end: number): string {
  const a = parts(start);
  const b = parts(end);
  if (start === end) return `${a.date} ${MONTHS[a.month]} ${a.year}`;
  if (a.year === b.year && a.month === b.month) return `${a.date}–${b.date} ${MONTHS[a.month]} ${a.year}`;
  if (a.year === b.year) return `${a.date} ${MONTHS[a.month]} – ${b.date} ${MONTHS[b.month]} ${a.year}`;
  return `${a.date} ${MONTHS[a.month]} ${a.year} – ${b.date} ${MONTHS[b.month]} ${b.year}`;
}

/** `January 14-15` as running text writes a short span within a month; else `January 14`. */
export function monthDaySpan(start: number, end: number): string {
  const a = parts(start);
  const b = parts(end);
  if (start !== end && a.month === b.month) return `${MONTHS[a.month]} ${a.date}-${b.date}`;
  return monthDay(start);
}
