import { formatLongDate } from "../../src/model/format-date.ts";
import { html, type SafeHtml } from "../../src/lib/html.ts";

/** `<time datetime="2025-01-14">14 January 2025</time>` */
export function time(date: string): SafeHtml {
  return html`<time datetime="${date}">${formatLongDate(date)}</time>`;
}

/** An event's day or span of days. */
export function dateSpan(start: string | undefined, end: string | undefined): SafeHtml {
  if (start === undefined) return html``;
  if (end === undefined || end === start) return time(start);
  return html`${time(start)} – ${time(end)}`;
}
