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
