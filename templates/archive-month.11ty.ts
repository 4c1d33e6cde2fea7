/** `/archive/YYYY/MM/`: every article of a month, newest first. */
import type { ArchiveMonthView } from "../src/model/page-views.ts";
import { formatMonth, monthName } from "../src/model/format-date.ts";
import { documentText, html } from "../src/lib/html.ts";
import { onePerPage, type ItemPageData } from "../src/model/template-data.ts";
import { ARCHIVE_PATH, href, yearPath } from "../src/model/urls.ts";
import { articleSummaries } from "./_components/article-list.ts";
import { articleCount } from "./_components/counts.ts";
import { layout } from "./_components/layout.ts";
import { neighbours } from "./_components/neighbours.ts";

export const data = onePerPage("archiveMonth");

export function render({ site, item: month }: ItemPageData<ArchiveMonthView>): string {
  const link = (path: string): string => href(site.pathPrefix, path);
  const title = formatMonth(month.year, month.month);
  const { earlier, later } = month;
  const body = html`<div class="page-heading">
<h1>${title}</h1>
<p class="count">${articleCount(month.articles.length)}</p>
</div>
${articleSummaries(month.articles, link)}
${neighbours(
  "Other months",
  earlier && { path: earlier.path, label: formatMonth(earlier.year, earlier.month) },
  later && { path: later.path, label: formatMonth(later.year, later.month) },
  link,
)}`;
  return documentText(
    layout({
      site,
      title,
      path: month.path,
      section: ARCHIVE_PATH,
      trail: [
        { label: "Archive", path: ARCHIVE_PATH },
        { label: String(month.year), path: yearPath(month.year) },
        { label: monthName(month.month) },
      ],
      body,
    }),
  );
}
