/**
 * A page's description printed with its stamp: the summary the site shows under
 * a headline, its last sentence's stop followed by the site's name and the day
 * in figures (`… по-настоящему братскими и стратегическими. РИА Новости,
 * 24.02.2026`, blind-vnru-71, 914). The name and the day are the page's
 * furniture; the sentences before them are kept, so no sentence is lost. A line
 * that ends on its own stop, or whose tail is not a short capitalised name and a
 * day (`… in 2024, 20.06.2024`, `Sputnik International, 1920, 20.06.2024`), is
 * left as it is.
 *
 * Pure; linear: one end-anchored test of bounded repeats, then bounded tests on
 * the line's last characters only.
 */

/** `, 24.02.2026` at the very end of the line: the day in figures after a comma. */
const DAY_AT_END = /,\s?\d{1,2}\.\d{1,2}\.\d{4}$/u;

/** The most characters the name and its stop may take before the comma. */
const NAME_TAIL_MAX = 48;

/** A sentence's stop, a space, then one to four capitalised words and nothing else: the site's name. */
const STOP_THEN_NAME = /[.!?…»"”]\s+(\p{Lu}[\p{L}\p{M}'’&-]*(?:\s\p{Lu}[\p{L}\p{M}'’&-]*){0,3})$/u;

/** The words that must stand before the stop: the description itself, not a name and a day alone. */
const TEXT_BEFORE_AT_LEAST = 3;

/**
 * The line without the site's name and day at its end, when it is a description
 * with its stamp (the stop kept); otherwise the line unchanged.
 */
export function withoutDescriptionStamp(line: string): string {
  const day = DAY_AT_END.exec(line);
  if (day === null) return line;
  const beforeDay = line.slice(0, day.index);
  const tailStart = Math.max(0, beforeDay.length - NAME_TAIL_MAX);
  const tail = beforeDay.slice(tailStart);
  const name = STOP_THEN_NAME.exec(tail);
  if (name === null) return line;
  const stopAt = tailStart + name.index + 1;
  const kept = line.slice(0, stopAt);
  if (kept.trim().split(/\s+/u).length < TEXT_BEFORE_AT_LEAST) return line;
  return kept;
}
