import { formatLongDate } from "../../src/model/format-date.ts";
import { html, type SafeHtml } from "../../src/lib/html.ts";

/** `<time datetime="2025-01-14">14 January 2025</time>` */
export function time(date: string): SafeHtml {
  return html`<time datetime="${date}">${formatLongDate(date)}</time>`;
}

/**
 * An event's day or span of days, each part of the date written once:
 * `9–20 December 2025`, `28 November – 3 December 2025`, and across a new
 * year `30 December 2024 – 2 January 2025`. Each end keeps its `<time>`.
 */
export function dateSpan(start: string | undefined, end: string | undefined): SafeHtml {
  if (start === undefined) return html``;
  if (end === undefined || end === start) return time(start);
  const [startDay, startMonth, startYear] = formatLongDate(start).split(" ") as [string, string, string];
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  const sameMonth = sameYear && start.slice(5, 7) === end.slice(5, 7);
  const shownStart = sameMonth ? startDay : sameYear ? `${startDay} ${startMonth}` : `${startDay} ${startMonth} ${startYear}`;
  return html`<time datetime="${start}">${shownStart}</time>${sameMonth ? "–" : " – "}${time(end)}`;
}

const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
/** Days, months and years with dashes between them, and nothing else: `14–15 January 2025`, `28 October – 2 November 2020`. */
const DATE_PHRASE = new RegExp(`^(?:\\d{1,2}\\s*(?:[–-]\\s*\\d{1,2}\\s*)?${MONTH}(?:\\s+\\d{4})?\\s*(?:[–-]\\s*)?)+$`);

/**
 * An event's description without the day or days it names at its start
 * (`14–15 January 2025 — the Russian Prime Minister's first visit…`, the
 * taxonomy's way) or at its end (`Official visit to Australia, 6–9 April 2016.`),
 * for a page that prints the event's dates just above it. Only a date phrase in
 * the event's year goes; any other description is kept as written.
 */
export function withoutItsDates(description: string, start: string | undefined): string {
  if (start === undefined) return description;
  const year = start.slice(0, 4);
  const isDates = (phrase: string): boolean => phrase.includes(year) && DATE_PHRASE.test(phrase.trim());
  const leading = /^(.{1,60}?)\s*[—:]\s+(\S.*)$/su.exec(description);
  if (leading && isDates(leading[1]!)) return leading[2]!.charAt(0).toUpperCase() + leading[2]!.slice(1);
  const trailing = /^(.*\S),\s+([^,]{1,60})\.$/su.exec(description);
  if (trailing && isDates(trailing[2]!)) return `${trailing[1]}.`;
  return description;
}
