/** `/archive/`: every year with its count, and a calendar of months with theirs. */
import { monthName } from "../src/model/format-date.ts";
import { documentText, html, type SafeHtml } from "../src/lib/html.ts";
import type { ArchiveIndexView, YearSummary } from "../src/model/page-views.ts";
import { onePerPage, type ItemPageData } from "../src/model/template-data.ts";
import { ARCHIVE_PATH, href } from "../src/model/urls.ts";
import { articleCount } from "./_components/counts.ts";
import { layout } from "./_components/layout.ts";

export const data = onePerPage("archiveIndex");

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);

/**
 * Four shades, by a month's share of the busiest month: 1 (a few) to 4 (the
 * busiest). On a square-root scale: one busy month would otherwise leave every
 * other month in the palest shade.
 */
function shadeOf(count: number, busiest: number): number {
  return Math.min(4, Math.max(1, Math.ceil(Math.sqrt(count / Math.max(1, busiest)) * 4)));
}

/**
 * Twelve months of a year, each shaded by its number of articles against the
 * `busiest` month (the archive's, or by default the year's own); the number is
 * written in it too. Months without articles are shown but not linked.
 */
export function monthCalendar(
  year: Pick<YearSummary, "months">,
  link: (path: string) => string,
  busiest = Math.max(0, ...year.months.map((month) => month.count)),
): SafeHtml {
  const byNumber = new Map(year.months.map((month) => [month.month, month]));
  return html`<ol class="month-grid">
${MONTHS.map((number) => {
  const month = byNumber.get(number);
  return month
    ? html`<li class="shade-${shadeOf(month.count, busiest)}"><a href="${link(month.path)}"><span class="month-name">${monthName(number)}</span> <span class="count">${articleCount(month.count)}</span></a></li>`
    : html`<li class="month-empty"><span class="month-name">${monthName(number)}</span> <span class="count"><span aria-hidden="true">–</span><span class="visually-hidden">no articles</span></span></li>`;
})}
</ol>`;
}

export function render({ site, item: archive }: ItemPageData<ArchiveIndexView>): string {
  const link = (path: string): string => href(site.pathPrefix, path);
  const body = html`<div class="page-heading">
<h1>Archive by date</h1>
<p class="count">${articleCount(archive.articleCount)} in ${archive.years.length === 1 ? "1 year" : `${archive.years.length} years`}</p>
</div>
${archive.years.length > 0 ? html`<p class="shade-legend">Months are shaded by their number of articles: <span class="shade-1"></span><span class="shade-2"></span><span class="shade-3"></span><span class="shade-4"></span> from a few to the most (${articleCount(archive.busiestMonth)}).</p>` : ""}
${archive.years.length === 0 ? html`<p>There are no articles yet.</p>` : ""}
${archive.years.map(
  (year) => html`<section class="archive-year" aria-labelledby="year-${year.year}">
<h2 id="year-${year.year}"><a href="${link(year.path)}">${year.year}</a> <span class="count">${articleCount(year.count)}</span></h2>
${monthCalendar(year, link, archive.busiestMonth)}
</section>
`,
)}`;
  return documentText(layout({ site, title: "Archive", path: ARCHIVE_PATH, section: ARCHIVE_PATH, trail: [{ label: "Archive" }], body }));
}
