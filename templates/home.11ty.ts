/** `/` and `/page/N/`: the newest articles, each story once; the first page adds what the archive covers most. */
import { SITE_FEED_PATH, SITE_JSON_FEED_PATH } from "../src/model/archive-feeds.ts";
import { COMPANY_KINDS } from "../src/model/archive-model.ts";
import type { HomePageView } from "../src/model/page-views.ts";
import { documentText, html } from "../src/lib/html.ts";
import { onePerPage, type ItemPageData } from "../src/model/template-data.ts";
import { ARCHIVE_PATH, href, HOME_PATH, tagIndexPath } from "../src/model/urls.ts";
import { articleItems } from "./_components/article-list.ts";
import { articleCount } from "./_components/counts.ts";
import { feedLinks } from "./_components/feed-links.ts";
import { KIND_LABELS } from "./_components/labels.ts";
import { layout } from "./_components/layout.ts";
import { homeHead } from "./_components/page-heads.ts";
import { tagCounts } from "./_components/tag-counts.ts";
import { pageRange, pager, pageSuffix } from "./_components/pager.ts";

export const data = onePerPage("home");

export function render({ site, item: page }: ItemPageData<HomePageView>): string {
  const link = (path: string): string => href(site.pathPrefix, path);
  const first = page.number === 0;
  // The archive's figures are on the first page only (src/model/view-types.ts, `ArchiveOverview`).
  const overview = page.overview;
  const covered = overview
    ? COMPANY_KINDS.map((kind) => ({ kind, counts: overview.mostCovered[kind] })).filter((entry) => entry.counts.length > 0)
    : [];
  const feeds = feedLinks(
    [
      { label: "Atom feed", path: SITE_FEED_PATH },
      { label: "JSON feed", path: SITE_JSON_FEED_PATH },
    ],
    link,
  );
  const body = html`<div class="page-heading">
<h1>${first ? "Latest articles" : "Earlier articles"}</h1>
${pageRange(page)}
${first && site.description ? html`<p class="lede">${site.description}</p>` : ""}
<div class="tag-facts">
${overview ? html`<p class="count">${articleCount(overview.articleCount)} in the archive</p>` : ""}
${feeds}
</div>
</div>
<div class="with-sidebar">
<section class="list-column" aria-labelledby="list-heading">
<h2 id="list-heading" class="column-heading">${first ? "Newest first" : "Newest first on this page"}</h2>
${page.items.length === 0 ? html`<p>There are no articles yet.</p>` : articleItems(page.items, link, { headingLevel: 3 })}
${pager(page, link)}
</section>
<aside class="sidebar" aria-labelledby="coverage-heading">
<h2 id="coverage-heading" class="column-heading">${covered.length > 0 ? "Most covered" : "Browse"}</h2>
${covered.map(({ kind, counts }) => tagCounts(KIND_LABELS[kind].plural, counts.slice(0, 5), link, articleCount, undefined, tagIndexPath(kind)))}
<section class="tag-counts browse">
${covered.length > 0 ? html`<h3>Browse</h3>` : ""}
<ul class="browse-list">
${page.indexes.map((kind) => html`<li><a href="${link(tagIndexPath(kind))}">${KIND_LABELS[kind].plural}</a></li>`)}
<li><a href="${link(ARCHIVE_PATH)}">Archive by date</a></li>
</ul>
</section>
</aside>
</div>`;
  return documentText(
    layout({
      site,
      ...(first ? {} : { title: `Earlier articles${pageSuffix(page)}` }),
      path: page.path,
      metadata: homeHead(site),
      section: HOME_PATH,
      ...(first ? {} : { trail: [{ label: "Earlier articles" }] }),
      body,
    }),
  );
}
