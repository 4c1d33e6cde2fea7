/**
 * A machine time stamp left on a line of its own, as a copy of a page's
 * metadata keeps it (`2025-06-30T19:53+0700`, printed three times under the
 * summary of a Sputnik Việt Nam page, blind-vnru-66, 850): an ISO 8601 date and
 * time joined by `T`, with seconds, fractions and a zone (`Z`, `+0700`,
 * `+07:00`) or not, and nothing else. Readers are never shown such a line;
 * it is furniture, never the article's text. A date written for readers
 * (`30.06.2025`, `June 30, 2025 19:53`) or a stamp inside a sentence is no such
 * line. Pure; linear: a line's length is looked at first, then one anchored test of
 * bounded repeats on a bounded line.
 */

/** The longest such line read (`2025-06-30T19:53:07.123456789+07:00` is 35 characters). */
const STAMP_MAX = 40;

/** The date, `T`, the hour and minute, optional seconds and fraction, an optional zone, and nothing else. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/u;

/**
 * A longer line is not even trimmed: callers ask again and again of a line that
 * grows (a line the next one is glued to), and trimming it each time would cost
 * its whole length each time.
 */
const LINE_MAX = 2 * STAMP_MAX;

/** The line is a machine time stamp and nothing else. */
export function isMachineTimeStamp(line: string): boolean {
  if (line.length > LINE_MAX) return false;
  const trimmed = line.trim();
  return trimmed.length <= STAMP_MAX && ISO_DATE_TIME.test(trimmed);
}
