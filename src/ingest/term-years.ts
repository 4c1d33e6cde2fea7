/**
 * The first years of the terms of office a text names by their years: `Đại hội
 * Đại biểu lần thứ V, nhiệm kỳ 2023 - 2028` (Thời Đại, blind-vnru-59, 769),
 * `for the 2021-2026 term`, `на срок 2024–2030`. A text that names a term has
 * reached its first year (a congress opens the term it elects), so it is
 * written in that year or later; the term's last year may be still to come and
 * bounds nothing (infer-date.ts leaves the closing year of any span out).
 * `term`, `tenure`, `nhiệm kỳ` or `срок` right before the span (`term of
 * office`, `term of`), or `term`/`tenure` right after it; the span runs ten
 * years at most, its last year after its first. Pure; linear: one pass of a
 * pattern that starts on fixed words or a year and reads a bounded stretch.
 */
const TERM_SPAN =
  /(?<![\p{L}])(?:nhiệm\s{1,3}kỳ|terms?|tenure|срок[аеу]?)\s{1,3}(?:of\s{1,3}(?:office\s{1,3})?)?((?:19|20)\d{2})\s{0,3}[-–]\s{0,3}((?:19|20)\d{2})(?![\p{N}])|(?<![\p{N}])((?:19|20)\d{2})\s{0,3}[-–]\s{0,3}((?:19|20)\d{2})\s{1,3}(?:terms?|tenure)(?![\p{L}])/giu;

/** How many years a term may run: longer spans are periods of history or plans, not terms. */
const LONGEST_TERM = 10;

/** The first year of each term of office the text names by its span of years, in text order. */
export function termStartYears(text: string): number[] {
  const years: number[] = [];
  for (const match of text.matchAll(TERM_SPAN)) {
    const first = Number(match[1] ?? match[3]);
    const last = Number(match[2] ?? match[4]);
    if (last > first && last - first <= LONGEST_TERM) years.push(first);
  }
  return years;
}
