/** `/YYYY/MM/slug/`: one article with its tags, neighbours in time and related articles. */
import type { ArticlePageView } from "../src/model/page-views.ts";
import { monthName } from "../src/model/format-date.ts";
import { documentText, html, type SafeHtml } from "../src/lib/html.ts";
import { onePerPage, type ItemPageData } from "../src/model/template-data.ts";
import { ARCHIVE_PATH, href, monthPath, yearPath } from "../src/model/urls.ts";
import { articleLinks, KIND_LABELS, tagLink } from "./_components/article-list.ts";
import { time } from "./_components/dates.ts";
import { layout } from "./_components/layout.ts";
import { articleHead } from "./_components/page-heads.ts";
import { articleSearchHead } from "../src/model/article-search-head.ts";

export const data = onePerPage("article");

function byline(article: ArticlePageView): SafeHtml {
  const parts: SafeHtml[] = [];
  if (article.author) parts.push(html`<span class="author">By ${article.author}</span>`);
  if (article.publisher) parts.push(html`<span class="publisher">${article.publisher}</span>`);
  return html`<p class="article-meta" data-pagefind-ignore>${time(article.date)}${
    article.dateInferred ? html` <span class="inferred">(date inferred: the source states none)</span>` : ""
  }${parts.map((part) => html`<span class="meta-sep" aria-hidden="true"> · </span>${part}`)}</p>`;
}

function captions(article: ArticlePageView): SafeHtml {
  if (article.captions.length === 0) return html``;
  return html`<aside class="captions" aria-label="Photo captions">
<h2 class="visually-hidden" data-pagefind-ignore>Photo captions</h2>
${article.captions.map((caption) => html`<figure class="caption"><figcaption>${caption}</figcaption></figure>
`)}
</aside>`;
}

function tagGroups(article: ArticlePageView, link: (path: string) => string): SafeHtml {
  const kinds = (["people", "events", "topics"] as const).filter((kind) => article.tags[kind].length > 0);
  if (kinds.length === 0) return html``;
  return html`<section class="article-tags" aria-labelledby="tags-heading" data-pagefind-ignore>
<h2 id="tags-heading">In this article</h2>
<dl>
${kinds.map(
  (kind) => html`<div class="tag-row"><dt>${KIND_LABELS[kind].plural}</dt><dd><ul class="tag-list">${article.tags[kind].map(
    (tag) => html`<li>${tagLink(tag, link)}</li>`,
  )}</ul></dd></div>
`,
)}</dl>
</section>`;
}

function neighbours(article: ArticlePageView, link: (path: string) => string): SafeHtml {
  if (!article.previous && !article.next) return html``;
  return html`<nav class="neighbours" aria-label="Previous and next articles">
<ul>
${article.previous ? html`<li class="neighbour-previous"><span class="neighbour-label">Previous article</span> <a href="${link(article.previous.path)}" rel="prev">${article.previous.title}</a> ${time(article.previous.date)}</li>` : ""}
${article.next ? html`<li class="neighbour-next"><span class="neighbour-label">Next article</span> <a href="${link(article.next.path)}" rel="next">${article.next.title}</a> ${time(article.next.date)}</li>` : ""}
</ul>
</nav>`;
}

export function render({ site, item: article }: ItemPageData<ArticlePageView>): string {
  const link = (path: string): string => href(site.pathPrefix, path);
  const body = html`<article class="article" data-pagefind-body>
<header class="article-header">
${article.dateline ? html`<p class="dateline">${article.dateline}</p>` : ""}
<h1>${article.title}</h1>
${byline(article)}
</header>
${captions(article)}
<div class="article-body">
${article.body}
</div>
${article.originalUrl ? html`<p class="original" data-pagefind-ignore><a href="${article.originalUrl}" rel="external">Read the original article${article.publisher ? html` at ${article.publisher}` : ""}</a></p>` : ""}
${tagGroups(article, link)}
</article>
${neighbours(article, link)}
${article.related.length > 0 ? html`<section class="related" aria-labelledby="related-heading">
<h2 id="related-heading">Related articles</h2>
${articleLinks(article.related, link)}
</section>` : ""}`;
  return documentText(
    layout({
      site,
      title: article.title,
      description: article.excerpt,
      path: article.path,
      ogType: "article",
      metadata: articleHead(article, site),
      // Search metadata and filters for Pagefind (src/model/article-search-head.ts).
      head: articleSearchHead(article),
      section: ARCHIVE_PATH,
      trail: [
        { label: "Archive", path: ARCHIVE_PATH },
        { label: String(article.year), path: yearPath(article.year) },
        { label: monthName(article.month), path: monthPath(article.year, article.month) },
        { label: article.title },
      ],
      body,
    }),
  );
}
