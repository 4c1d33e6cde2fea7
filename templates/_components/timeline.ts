/**
 * The events as a time line, drawn at build time: one row per year, each event
 * a mark at its start, sized by its number of articles; the list beside it
 * names the same events with their dates and counts, for readers who do not
 * see the picture.
 */
import { html, type SafeHtml } from "../../src/lib/html.ts";
import type { TagIndexEntry } from "../../src/model/page-views.ts";
import { articleCount } from "./counts.ts";

const WIDTH = 720;
const ROW = 28;
const LABEL = 48;

const dayOfYear = (date: string): number => {
  const start = Date.UTC(Number(date.slice(0, 4)), 0, 1);
  return (Date.parse(`${date}T00:00:00Z`) - start) / 86_400_000;
};

export function eventTimeline(events: readonly TagIndexEntry[], link: (path: string) => string): SafeHtml {
  const dated = events.filter((event): event is TagIndexEntry & { start: string } => event.start !== undefined);
  if (dated.length === 0) return html``;
  const years = [...new Set(dated.map((event) => Number(event.start.slice(0, 4))))].sort((a, b) => b - a);
  const most = Math.max(1, ...dated.map((event) => event.articleCount));
  const height = years.length * ROW;
  const span = WIDTH - LABEL - 8;
  return html`<figure class="timeline" aria-labelledby="timeline-caption">
<figcaption id="timeline-caption" class="coverage-caption">The events by the day they began; a larger mark, more articles</figcaption>
<div class="timeline-frame"><svg viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="timeline-caption">
${years.map((year, row) => html`<g class="timeline-year"><text x="0" y="${row * ROW + ROW / 2 + 4}">${year}</text><line x1="${LABEL}" x2="${WIDTH - 4}" y1="${row * ROW + ROW / 2}" y2="${row * ROW + ROW / 2}"></line></g>`)}
${dated.map((event) => {
  const row = years.indexOf(Number(event.start.slice(0, 4)));
  const x = LABEL + (dayOfYear(event.start) / 366) * span;
  const radius = 3 + 7 * Math.sqrt(event.articleCount / most);
  const mark = html`<circle cx="${x.toFixed(1)}" cy="${row * ROW + ROW / 2}" r="${radius.toFixed(1)}"><title>${event.name}: ${articleCount(event.articleCount)}</title></circle>`;
  return event.path ? html`<a href="${link(event.path)}">${mark}</a>` : mark;
})}
</svg></div>
</figure>`;
}
