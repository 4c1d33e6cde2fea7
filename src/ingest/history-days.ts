/**
 * A day written with a year before news was published on the web is history
 * the text recalls, never the day a page reports: `Ngày 30-1-1950, Việt Nam và
 * Liên Xô chính thức lập quan hệ ngoại giao` opening a background piece that
 * states no date of its own (blind-vnru-47, 624). The oldest page of the corpus
 * is of 2001; news sites appeared in the mid-1990s, so a year before 1990 is
 * never a page's. Pure; no pattern.
 */

/** The first year a page may be dated to from a day its text reports. */
export const FIRST_PAGE_YEAR = 1990;

/** Is this day, written with its year, older than any page? A day without a year is not. */
export function isHistoryDay(day: { year?: number; month?: number; day?: number }): boolean {
  return day.year !== undefined && day.year < FIRST_PAGE_YEAR;
}
