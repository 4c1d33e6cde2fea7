/**
 * The year of a day written without one, after an event of the taxonomy the
 * text writes out with its own days: `Deputy Prime Minister Tran Hong Ha on
 * July 9 co-chairs …` over `… the outcomes of Russian President Vladimir
 * Putin's state visit to Vietnam from June 19 - 20` (blind-vnru-35, 476). The
 * text looks back on that event, so the day falls in the year the event ended,
 * when it comes after the event in that year, within half a year. The event's
 * first day must be written in the text: it tells the occurrence apart (Putin's
 * visits of November 2013 and June 2024 both fit `state visit to Vietnam`), so
 * a year the text names in passing (`in April 2023`) does not decide.
 */
import { daysBetween, findMonthDays, type MonthDay } from "./date-expressions.ts";
import type { EventSpan } from "./relative-dates.ts";

/** How long after an event's last day a day may stand and still take the event's year. */
const LOOKED_BACK_DAYS = 183;

/** The one year the events written with their first day give `day`, or undefined when none or several do. */
export function yearAfterEventWithItsDays(day: MonthDay, events: readonly EventSpan[], text: string): number | undefined {
  if (events.length === 0) return undefined;
  // Every day and month the text writes, looked up once.
  const written = new Set(findMonthDays(text).map(({ value }) => `${value.month}/${value.day}`));
  const years = new Set<number>();
  for (const event of events) {
    if (!written.has(`${event.start.month}/${event.start.day}`)) continue;
    const after = daysBetween(event.end, { year: event.end.year, ...day });
    if (after > 0 && after <= LOOKED_BACK_DAYS) years.add(event.end.year);
  }
  return years.size === 1 ? [...years][0] : undefined;
}
