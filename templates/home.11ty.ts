/** `/`, `/page/N/`: the newest articles, 20 a page. */
import { TAG_KINDS } from "../src/model/archive-model.ts";
import type { HomePageView } from "../src/model/page-views.ts";
import { documentText, html } from "../src/lib/html.ts";
import { onePerPage, type ItemPageData } from "../src/model/template-data.ts";
import { href, HOME_PATH } from "../src/model/urls.ts";
import { articleSummaries } from "./_components/article-list.ts";
import { articleCount } from "./_components/counts.ts";
import { layout } from "./_components/layout.ts";
import { homeHead } from "./_components/page-heads.ts";
import { tagCounts } from "./_components/tag-counts.ts";
import { headingSuffix, pager, pageSuffix } from "./_components/pager.ts";

export const data = onePerPage("home");

export function render({ site, item: page }: ItemPageData<HomePageView>): string {
  const link = (path: string): string => href(site.pathPrefix, path);
  const first = page.number === 1;
  const hasCoverage = TAG_KINDS.some((kind) => page.mostCovered[kind].length > 0);
  const body = html`<div class="page-heading">
<h1>Latest articles${headingSuffix(page)}</h1>
${first && site.description ? html`<p class="lede">${site.description}</p>` : ""}
<p class="count">${articleCount(page.articleCount)} in the archive</p>
</div>
<div class="with-sidebar">
<section class="list-column" aria-labelledby="list-heading">
<h2 id="list-heading" class="column-heading">Newest first</h2>
${page.items.length === 0 ? html`<p>There are no articles yet.</p>` : articleSummaries(page.items, link, 3)}
${pager(page, link)}
</section>
${hasCoverage ? html`<aside class="sidebar" aria-labelledby="coverage-heading">
<h2 id="coverage-heading" class="column-heading">Most covered</h2>
${tagCounts("People", page.mostCovered.people, link, articleCount)}
${tagCounts("Events", page.mostCovered.events, link, articleCount)}
${tagCounts("Topics", page.mostCovered.topics, link, articleCount)}
</aside>` : ""}
</div>`;
  return documentText(
    layout({
      site,
      ...(first ? {} : { title: `Latest articles${pageSuffix(page)}`, trail: [{ label: `Page ${page.number}` }] }),
      path: page.path,
      metadata: homeHead(site),
      section: HOME_PATH,
      body,
    }),
  );
}
