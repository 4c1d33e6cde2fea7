/** `/people/SLUG/` (+ `/page/N/`), same for events and topics: a tag's articles and company. */
import type { TagPageView } from "../src/model/page-views.ts";
import { documentText, html } from "../src/lib/html.ts";
import { onePerPage, type ItemPageData } from "../src/model/template-data.ts";
import { href, tagIndexPath } from "../src/model/urls.ts";
import { articleSummaries, KIND_LABELS } from "./_components/article-list.ts";
import { dateSpan } from "./_components/dates.ts";
import { layout } from "./_components/layout.ts";
import { tagHead } from "./_components/page-heads.ts";
import { headingSuffix, pager, pageSuffix } from "./_components/pager.ts";
import { articleCount } from "./_components/counts.ts";
import { tagCounts } from "./_components/tag-counts.ts";

export const data = onePerPage("tag");

const together = (count: number): string => `${articleCount(count)} together`;

export function render({ site, item: page }: ItemPageData<TagPageView>): string {
  const link = (path: string): string => href(site.pathPrefix, path);
  const { tag } = page;
  const labels = KIND_LABELS[tag.kind];
  const company = tag.alongside.people.length + tag.alongside.topics.length > 0;
  const body = html`<div class="page-heading tag-heading">
<p class="kicker">${labels.singular}</p>
<h1>${tag.name}${headingSuffix(page)}</h1>
${tag.kind === "events" && tag.start ? html`<p class="tag-dates">${dateSpan(tag.start, tag.end)}</p>` : ""}
${tag.description ? html`<p class="lede">${tag.description}</p>` : ""}
<p class="count">${articleCount(page.total)}</p>
</div>
<div class="with-sidebar">
<section class="list-column" aria-labelledby="articles-heading">
<h2 id="articles-heading" class="column-heading">Articles, newest first</h2>
${articleSummaries(page.items, link, 3)}
${pager(page, link)}
</section>
${company ? html`<aside class="sidebar" aria-labelledby="alongside-heading">
<h2 id="alongside-heading" class="column-heading">Often alongside</h2>
${tagCounts("People", tag.alongside.people, link, together)}
${tagCounts("Topics", tag.alongside.topics, link, together)}
</aside>` : ""}
</div>`;
  const indexPath = tagIndexPath(tag.kind);
  return documentText(
    layout({
      site,
      title: `${tag.name}${pageSuffix(page)}`,
      ...(tag.description ? { description: tag.description } : {}),
      path: page.path,
      metadata: tagHead(tag, site),
      section: indexPath,
      trail:
        page.number === 1
          ? [{ label: labels.plural, path: indexPath }, { label: tag.name }]
          : [{ label: labels.plural, path: indexPath }, { label: tag.name, path: page.basePath }, { label: `Page ${page.number}` }],
      body,
    }),
  );
}
