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

type PagePlace = Pick<ListPageView, "basePath" | "number" | "pageCount" | "olderOfFirst" | "older" | "newer">;

/**
 * Where a reader is, counted from the first page they see (the newest, or an
 * event's earliest), and how many pages they read to the end.
 *
 * A newest-first list's numbered pages count from the oldest (lists.ts), and
 * the first page's "Older" leads to the numbered page holding the item after
 * its last (`olderOfFirst`): the numbered pages above that one hold only items
 * the first page shows. They keep their addresses, but the reader's count
 * skips them: first page 1, then `olderOfFirst` as 2, down to `page/1/`.
 */
function readingPlace(page: PagePlace, chronological: boolean): { place: number; of: number; olderOfFirst: number } {
  if (chronological) return { place: page.number === 0 ? 1 : page.number, of: page.pageCount, olderOfFirst: 0 };
  const { olderOfFirst } = page;
  const place = page.number === 0 || page.number > olderOfFirst ? 1 : olderOfFirst - page.number + 2;
  return { place, of: olderOfFirst + 1, olderOfFirst };
}

const SEPARATOR = html`<span class="pager-sep" aria-hidden="true">·</span>`;

/** Older and newer pages, and where this one stands; nothing when the list fits on one page. */
export function pager(page: PagePlace, link: (path: string) => string, chronological = false): SafeHtml {
  if (page.pageCount <= 1) return html``;
  const { place, of, olderOfFirst } = readingPlace(page, chronological);
  // What comes before in reading order (newer, or earlier for an event) and after it;
  // past the pages the first one already shows, straight to it.
  const newer = page.newer && page.newer.number > olderOfFirst ? { path: page.basePath, number: 0 } : page.newer;
  const before = chronological ? page.older : newer;
  const after = chronological ? page.newer : page.older;
  // The last page a reader reaches: the oldest (`page/1/`), or an event's latest.
  const lastPath = chronological ? listPagePath(page.basePath, page.pageCount) : listPagePath(page.basePath, 1);
  const middle: SafeHtml[] = [];
  if (before) middle.push(html`<a href="${link(before.path)}" rel="prev">${chronological ? "← Earlier" : "← Newer"}</a>`);
  middle.push(html`<span class="pager-place">Page ${place} of ${of}</span>`);
  if (after) middle.push(html`<a href="${link(after.path)}" rel="next">${chronological ? "Later →" : "Older →"}</a>`);
  // The two ends, when they are not the next step anyway; wide screens only (site.css), each with its separator.
  const first =
    place > 2
      ? html`<span class="pager-end"><a href="${link(page.basePath)}">${chronological ? "« Earliest" : "« Newest"}</a>${SEPARATOR}</span>`
      : html``;
  const last =
    place < of - 1
      ? html`<span class="pager-end">${SEPARATOR}<a href="${link(lastPath)}">${chronological ? "Latest »" : "Oldest »"}</a></span>`
      : html``;
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
