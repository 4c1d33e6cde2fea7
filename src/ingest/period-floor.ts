/**
 * A day the text reports that falls before the close of the period whose
 * figures it gives is a day it recalls, not the day it was written: `Напомним,
 * что 22 марта «Аэрофлот» открыл прямые рейсы …` in a page that counts the
 * tourists of the whole `первом квартале 2025 года` (blind-vnru-47, 629) was
 * written in April 2025 at the earliest. The page's day is then the first day of
 * the month after the period, as when the text dates nothing else
 * (`periodWritten` in date-choice.ts). Only within the period's own year (a day
 * of another year is read by other rules), only when no later year is named
 * (the period is then background), and never past today. Pure; no pattern.
 */
import { type CalendarDay, formatIsoDay } from "./date-expressions.ts";

export interface PeriodEnd {
  year: number;
  /** The period's last month, 1–12. */
  lastMonth: number;
}

/** The first day after the period. */
export function firstDayAfter(period: PeriodEnd): CalendarDay {
  return period.lastMonth === 12 ? { year: period.year + 1, month: 1, day: 1 } : { year: period.year, month: period.lastMonth + 1, day: 1 };
}

/**
 * The first day after the period when `day` falls inside the period's year
 * before it closes and the period is the text's latest year; otherwise undefined
 * (the day stands).
 */
export function dayAfterReportedPeriod(
  day: CalendarDay,
  period: PeriodEnd | undefined,
  latestYearNamed: number | undefined,
  today: string,
): CalendarDay | undefined {
  if (!period || day.year !== period.year) return undefined;
  if (latestYearNamed !== undefined && latestYearNamed > period.year) return undefined;
  const after = firstDayAfter(period);
  if (formatIsoDay(day) >= formatIsoDay(after) || formatIsoDay(after) > today) return undefined;
  return after;
}
