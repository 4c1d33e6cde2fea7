/**
 * When a tag was covered: its articles per month from the first to the last
 * (months without articles at 0, so a strip of them reads as a time line), and
 * per year. Pure; the tag page draws it (templates/_components/coverage.ts).
 */
import type { Article } from "./archive-types.ts";

export interface Coverage {
  /** `YYYY-MM` of the first and the last article. */
  from: string;
  to: string;
  months: Array<{ year: number; month: number; count: number }>;
  years: Array<{ year: number; count: number }>;
}

const monthKey = (year: number, month: number): string => `${year}-${String(month).padStart(2, "0")}`;

/** The coverage of `articles` (any order); undefined when there are none. */
export function coverageOf(articles: readonly Pick<Article, "year" | "month">[]): Coverage | undefined {
  if (articles.length === 0) return undefined;
  const perMonth = new Map<string, number>();
  const perYear = new Map<number, number>();
  let first = { year: Infinity, month: 13 };
  let last = { year: -Infinity, month: 0 };
  for (const { year, month } of articles) {
    perMonth.set(monthKey(year, month), (perMonth.get(monthKey(year, month)) ?? 0) + 1);
    perYear.set(year, (perYear.get(year) ?? 0) + 1);
    if (year < first.year || (year === first.year && month < first.month)) first = { year, month };
    if (year > last.year || (year === last.year && month > last.month)) last = { year, month };
  }
  const months: Coverage["months"] = [];
  let { year, month } = first;
  while (year < last.year || (year === last.year && month <= last.month)) {
    months.push({ year, month, count: perMonth.get(monthKey(year, month)) ?? 0 });
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  return {
    from: monthKey(first.year, first.month),
    to: monthKey(last.year, last.month),
    months,
    years: [...perYear].sort((a, b) => a[0] - b[0]).map(([year, count]) => ({ year, count })),
  };
}
