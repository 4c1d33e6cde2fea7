import type { ListPage } from "../../src/model/archive-model.ts";
import { html, type SafeHtml } from "../../src/lib/html.ts";
import { pageLinks } from "../../src/model/paginate.ts";
import { listPagePath } from "../../src/model/urls.ts";

/** Where a page stands in its list: a `ListPage` or a list page's view. */
type PagePlace = Pick<ListPage, "basePath" | "number" | "pageCount">;

/** Numbered pagination with previous/next; nothing when the list fits on one page. */
export function pager(page: PagePlace, link: (path: string) => string): SafeHtml {
  if (page.pageCount <= 1) return html``;
  const pathOf = (number: number): string => link(listPagePath(page.basePath, number));
  return html`<nav class="pager" aria-label="Pages">
<ul>
${page.number > 1 ? html`<li class="pager-step"><a href="${pathOf(page.number - 1)}" rel="prev">← Newer</a></li>` : ""}
${pageLinks(page.number, page.pageCount).map((entry) =>
  "gap" in entry
    ? html`<li class="pager-gap" aria-hidden="true">…</li>`
    : entry.current
      ? html`<li><a href="${pathOf(entry.number)}" aria-current="page"><span class="visually-hidden">Page </span>${entry.number}</a></li>`
      : html`<li><a href="${pathOf(entry.number)}"><span class="visually-hidden">Page </span>${entry.number}</a></li>`,
)}
${page.number < page.pageCount ? html`<li class="pager-step"><a href="${pathOf(page.number + 1)}" rel="next">Older →</a></li>` : ""}
</ul>
</nav>`;
}

/** ` (page 2 of 7)` for titles of pages after the first. */
export function pageSuffix(page: PagePlace): string {
  return page.number > 1 ? ` (page ${page.number} of ${page.pageCount})` : "";
}

/** The same, for a heading: set smaller than the heading itself. */
export function headingSuffix(page: PagePlace): SafeHtml {
  return page.number > 1 ? html` <span class="heading-page">page ${page.number} of ${page.pageCount}</span>` : html``;
}
