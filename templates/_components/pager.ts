/**
 * Moving through a long list: "← Newer · Page 5 of 10 · Older →", short enough
 * for one line on a phone. Numbered pages count from the oldest
 * (src/model/lists.ts), so a page's address keeps showing the same articles.
 */
import { html, type SafeHtml } from "../../src/lib/html.ts";
import type { ListPageView } from "../../src/model/page-views.ts";
import { formatLongDate } from "../../src/model/format-date.ts";
import { time } from "./dates.ts";

type PagePlace = Pick<ListPageView, "number" | "pageCount" | "older" | "newer">;

/** The page's place counted from the first page a reader sees (the newest, or an event's earliest). */
function shownNumber(page: PagePlace, chronological: boolean): number {
  if (page.number === 0) return 1;
  return chronological ? page.number : page.pageCount - page.number + 1;
}

/** Older and newer pages, and where this one stands; nothing when the list fits on one page. */
export function pager(page: PagePlace, link: (path: string) => string, chronological = false): SafeHtml {
  if (page.pageCount <= 1) return html``;
  const earlier = chronological ? "← Earlier" : "Older →";
  const later = chronological ? "Later →" : "← Newer";
  const newer = page.newer ? html`<a href="${link(page.newer.path)}" rel="${chronological ? "next" : "prev"}">${later}</a>` : html`<span aria-hidden="true"></span>`;
  const older = page.older ? html`<a href="${link(page.older.path)}" rel="${chronological ? "prev" : "next"}">${earlier}</a>` : html`<span aria-hidden="true"></span>`;
  return html`<nav class="pager" aria-label="Pages">
${chronological ? older : newer}
<span class="pager-place">Page ${shownNumber(page, chronological)} of ${page.pageCount}</span>
${chronological ? newer : older}
</nav>`;
}

/** ` (14 January – 3 March 2025)` for titles of pages after the first. */
export function pageSuffix(page: Pick<ListPageView, "number" | "from" | "to">): string {
  return page.number !== 0 && page.from && page.to ? ` (${formatLongDate(page.from)} to ${formatLongDate(page.to)})` : "";
}

/** The dates a page after the first covers, set under its heading. */
export function pageRange(page: Pick<ListPageView, "number" | "from" | "to">): SafeHtml {
  if (page.number === 0 || !page.from || !page.to) return html``;
  return html`<p class="page-range">${page.from === page.to ? time(page.from) : html`${time(page.from)} to ${time(page.to)}`}</p>`;
}
