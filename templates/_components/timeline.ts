/**
 * The events as a time line, drawn at build time: one row per year, newest on
 * top, each event a mark at the day it began, larger with more articles. It
 * is drawn twice, for a wide screen and for a phone (site.css shows one), so
 * that its labels keep their size instead of shrinking with the picture.
 *
 * The picture is for the eye: the list under it (templates/tag-index.11ty.ts)
 * names every event with its dates and count, and is what a screen reader and
 * the keyboard use. Its marks are links for a pointer only (tabindex -1), so
 * they add no tab stop in front of that list.
 */
import { html, type SafeHtml } from "../../src/lib/html.ts";
import type { TagIndexEntry } from "../../src/model/page-views.ts";
import { articleCount } from "./counts.ts";

type DatedEvent = TagIndexEntry & { start: string };

interface Frame {
  /** `timeline-wide`, `timeline-narrow`. */
  name: string;
  width: number;
  row: number;
  /** Room for the year on the left. */
  label: number;
  /** Month initials along the top, every `monthStep` months. */
  monthStep: number;
  largest: number;
}

const WIDE: Frame = { name: "timeline-wide", width: 720, row: 28, label: 48, monthStep: 1, largest: 10 };
const NARROW: Frame = { name: "timeline-narrow", width: 340, row: 26, label: 38, monthStep: 3, largest: 8 };
const AXIS = 16;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const dayOfYear = (date: string): number => {
  const start = Date.UTC(Number(date.slice(0, 4)), 0, 1);
  return (Date.parse(`${date}T00:00:00Z`) - start) / 86_400_000;
};

function drawing(frame: Frame, events: readonly DatedEvent[], years: readonly number[], link: (path: string) => string): SafeHtml {
  const most = Math.max(1, ...events.map((event) => event.articleCount));
  const height = AXIS + years.length * frame.row;
  const span = frame.width - frame.label - frame.largest;
  const xOf = (day: number) => frame.label + (day / 366) * span;
  const monthLines = MONTHS.map((month, index) => {
    const x = xOf(dayOfYear(`2001-${String(index + 1).padStart(2, "0")}-01`));
    return html`<line class="timeline-month" x1="${x.toFixed(1)}" x2="${x.toFixed(1)}" y1="${AXIS - 4}" y2="${height}"></line>${
      index % frame.monthStep === 0
        ? html`<text class="timeline-month-label" x="${(x + 2).toFixed(1)}" y="${AXIS - 6}">${month}</text>`
        : ""
    }`;
  });
  return html`<svg class="${frame.name}" viewBox="0 0 ${frame.width} ${height}" width="${frame.width}" height="${height}" aria-hidden="true" focusable="false">
${monthLines}
${years.map((year, row) => {
  const y = AXIS + row * frame.row + frame.row / 2;
  return html`<g class="timeline-year"><text x="0" y="${y + 4}">${year}</text><line x1="${frame.label}" x2="${frame.width - 2}" y1="${y}" y2="${y}"></line></g>`;
})}
${events.map((event) => {
  const y = AXIS + years.indexOf(Number(event.start.slice(0, 4))) * frame.row + frame.row / 2;
  const radius = 2.5 + (frame.largest - 2.5) * Math.sqrt(event.articleCount / most);
  const mark = html`<circle cx="${xOf(dayOfYear(event.start)).toFixed(1)}" cy="${y}" r="${radius.toFixed(1)}"><title>${event.name}: ${articleCount(event.articleCount)}</title></circle>`;
  return event.path ? html`<a href="${link(event.path)}" tabindex="-1">${mark}</a>` : mark;
})}
</svg>`;
}

export function eventTimeline(events: readonly TagIndexEntry[], link: (path: string) => string): SafeHtml {
  const dated = events.filter((event): event is DatedEvent => event.start !== undefined);
  if (dated.length === 0) return html``;
  const years = [...new Set(dated.map((event) => Number(event.start.slice(0, 4))))].sort((a, b) => b - a);
  return html`<figure class="timeline" aria-labelledby="timeline-caption">
<figcaption id="timeline-caption" class="coverage-caption"><span class="coverage-title">The events by the day they began</span>, newest year on top; a larger mark, more articles. The list below names each one.</figcaption>
<div class="timeline-frame">
${drawing(WIDE, dated, years, link)}
${drawing(NARROW, dated, years, link)}
</div>
</figure>`;
}
