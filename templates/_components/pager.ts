/**
 * Moving through a long list: "← Newer · Page 5 of 10 · Older →", short enough
 * for one line on a phone; wider screens add the two ends of the list. Numbered
 * pages count from the oldest (src/model/lists.ts), so a page's address keeps
 * showing the same articles.
 */
import { html, type SafeHtml } from "../../src/lib/html.ts";
import type { ListPageView } from "../../src/model/page-views.ts";
import { formatLongDate } from "../../src/model/format-date.ts";
import { listPagePath } from "../../src/model/urls.ts";
import { time } from "./dates.ts";

type PagePlace = Pick<ListPageView, "basePath" | "number" | "pageCount" | "older" | "newer">;

/** The page's place counted from the first page a reader sees (the newest, or an event's earliest). */
function shownNumber(page: PagePlace, chronological: boolean): number {
  if (page.number === 0) return 1;
  return chronological ? page.number : page.pageCount - page.number + 1;
}

const SEPARATOR = html`<span class="pager-sep" aria-hidden="true">·</span>`;

/** Older and newer pages, and where this one stands; nothing when the list fits on one page. */
export function pager(page: PagePlace, link: (path: string) => string, chronological = false): SafeHtml {
  if (page.pageCount <= 1) return html``;
  const place = shownNumber(page, chronological);
  // What comes before in reading order (newer, or earlier for an event) and after it.
  const before = chronological ? page.older : page.newer;
  const after = chronological ? page.newer : page.older;
  // The last page a reader reaches: the oldest (`page/1/`), or an event's latest.
  const lastPath = chronological ? listPagePath(page.basePath, page.pageCount) : listPagePath(page.basePath, 1);
  const middle: SafeHtml[] = [];
  if (before) middle.push(html`<a href="${link(before.path)}" rel="prev">${chronological ? "← Earlier" : "← Newer"}</a>`);
  middle.push(html`<span class="pager-place">Page ${place} of ${page.pageCount}</span>`);
  if (after) middle.push(html`<a href="${link(after.path)}" rel="next">${chronological ? "Later →" : "Older →"}</a>`);
  // The two ends, when they are not the next step anyway; wide screens only (site.css), each with its separator.
  const first =
    place > 2 ? html`<span class="pager-end"><a href="${link(page.basePath)}">${chronological ? "« Earliest" : "« Newest"}</a>${SEPARATOR}</span>` : html``;
  const last =
    place < page.pageCount - 1 ? html`<span class="pager-end">${SEPARATOR}<a href="${link(lastPath)}">${chronological ? "Latest »" : "Oldest »"}</a></span>` : html``;
  return html`<nav class="pager" aria-label="Pages">
${first}${middle.map((part, index) => html`${index > 0 ? SEPARATOR : ""}${part}`)}${last}
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
