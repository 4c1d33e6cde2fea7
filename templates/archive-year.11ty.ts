/** `/archive/YYYY/`: the months of a year with their counts and latest headlines. */
import type { ArchiveYearView } from "../src/model/page-views.ts";
import { formatMonth } from "../src/model/format-date.ts";
import { documentText, html } from "../src/lib/html.ts";
import { onePerPage, type ItemPageData } from "../src/model/template-data.ts";
import { ARCHIVE_PATH, href } from "../src/model/urls.ts";
import { articleLinks } from "./_components/article-list.ts";
import { articleCount } from "./_components/counts.ts";
import { layout } from "./_components/layout.ts";
import { neighbours } from "./_components/neighbours.ts";
import { monthCalendar } from "./archive.11ty.ts";

export const data = onePerPage("archiveYear");

/** Headlines shown per month; the month page has them all. */
const HEADLINES_PER_MONTH = 5;

export function render({ site, item: year }: ItemPageData<ArchiveYearView>): string {
  const link = (path: string): string => href(site.pathPrefix, path);
  const { earlier, later } = year;
  const body = html`<div class="page-heading">
<h1>${year.year}</h1>
<p class="count">${articleCount(year.count)}</p>
</div>
${monthCalendar(year, link)}
${[...year.months].reverse().map(
  (month) => html`<section class="archive-month" aria-labelledby="month-${month.month}">
<h2 id="month-${month.month}"><a href="${link(month.path)}">${formatMonth(month.year, month.month)}</a> <span class="count">${articleCount(month.articles.length)}</span></h2>
${articleLinks(month.articles.slice(0, HEADLINES_PER_MONTH), link)}
${month.articles.length > HEADLINES_PER_MONTH ? html`<p class="more"><a href="${link(month.path)}">All ${articleCount(month.articles.length)} from ${formatMonth(month.year, month.month)}</a></p>` : ""}
</section>
`,
)}
${neighbours(
  "Other years",
  earlier && { path: earlier.path, label: String(earlier.year) },
  later && { path: later.path, label: String(later.year) },
  link,
)}`;
  return documentText(
    layout({
      site,
      title: String(year.year),
      path: year.path,
      section: ARCHIVE_PATH,
      trail: [{ label: "Archive", path: ARCHIVE_PATH }, { label: String(year.year) }],
      body,
    }),
  );
}
