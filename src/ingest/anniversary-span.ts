/**
 * A count of years with its span in brackets: `70 năm qua (30-1-1950 -
 * 30-1-2020)` (blind-vnru-51, 671), `70 năm … (1950 - 2020)`, `70 years
 * (1950-2020)`, `70 лет (1950–2020)`. When the count is the span's length, the
 * span ends in the year the text marks, the year it was written in: with no day
 * of its own, the last resort is that year's first day, as for a year named as
 * the present one (present-year.ts).
 *
 * Not when the count differs from the span (`hai nước … (2019 - 2020)`, a
 * period, not an anniversary); not when the text names a later year: a text
 * naming one is looking back; and not when it writes the span's last year
 * anywhere else (`từ ngày 8 đến 11/5/2025` beside `75 năm … (30/1/1950-30/1/2025)`,
 * blind-vnru-45, 598): what it says of that year is for the other rules, and
 * the year's first day would only be a worse guess than none.
 *
 * The count, then at most a few words before the bracket: bounded parts, tried
 * only where a count of years stands, so linear in the text's length.
 */
import { yearsMentioned } from "./infer-date.ts";

/** `(30-1-1950`, `(1950`: an optional day and month before a year. */
const DAY_MONTH = String.raw`(?:\d{1,2}[-./]\d{1,2}[-./])?`;
const SPAN = new RegExp(
  String.raw`(?<![\p{L}\d.,])(\d{1,3})\s*(?:năm|years?|лет|года?|-?летия?)(?![\p{L}])[^()\n.;]{0,80}?\(\s*${DAY_MONTH}((?:19|20)\d{2})\s*[-–—]\s*${DAY_MONTH}((?:19|20)\d{2})\s*\)`,
  "giu",
);

/** The year a count of years and its span in brackets end in, or undefined. */
export function anniversarySpanYear(paragraphs: readonly string[]): number | undefined {
  const text = paragraphs.join("\n");
  for (const match of text.slice(0, 20_000).matchAll(SPAN)) {
    const count = Number(match[1]);
    const from = Number(match[2]);
    const to = Number(match[3]);
    if (count < 1 || to - from !== count) continue;
    const later = yearsMentioned(text).some((named) => named > to);
    const elsewhere = (text.match(new RegExp(String.raw`(?<!\d)${to}(?!\d)`, "g"))?.length ?? 0) > 1;
    return later || elsewhere ? undefined : to;
  }
  return undefined;
}
