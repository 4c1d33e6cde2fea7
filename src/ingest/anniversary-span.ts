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
 * The bracket is read by marked-anniversary.ts, as for the anniversaries that
 * make older days history; the count before it here must be a count of years.
 * Bounded parts: linear in the text's length.
 */
import { namesLaterYear } from "./infer-date.ts";
import { bracketedSpans } from "./marked-anniversary.ts";

/**
 * The count of years standing shortly before a bracket, as a count of years
 * (`70 năm qua`, `70 years`, `70 лет`, `70-летия`) and not any number: a date
 * (`1/5`) or a figure near a span of a period's years must not make it an
 * anniversary. Anchored at the end of the stretch read before the bracket.
 */
const COUNT_BEFORE = /(?<![\p{L}\d.,])(\d{1,3})\s*(?:năm|years?|лет|года?|-?летия?)(?![\p{L}])[^()\n.;]{0,80}$/giu;
/** How far before the bracket the count is read. */
const COUNT_REACH = 100;

/** The year a count of years and its span in brackets end in, or undefined. */
export function anniversarySpanYear(paragraphs: readonly string[]): number | undefined {
  const text = paragraphs.join("\n");
  for (const { first, last, at } of bracketedSpans(text.slice(0, 20_000))) {
    // Read from COUNT_REACH before the bracket up to it; the look-behind still sees the text before that.
    COUNT_BEFORE.lastIndex = Math.max(0, at - COUNT_REACH);
    const count = COUNT_BEFORE.exec(text.slice(0, at))?.[1];
    if (count === undefined || last - first !== Number(count)) continue;
    const later = namesLaterYear(text, last);
    const elsewhere = (text.match(new RegExp(String.raw`(?<!\d)${last}(?!\d)`, "g"))?.length ?? 0) > 1;
    return later || elsewhere ? undefined : last;
  }
  return undefined;
}
