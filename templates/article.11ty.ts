/** `/YYYY/MM/slug/`: one article with its tags, neighbours in time and related articles. */
import type { ArticlePageView } from "../src/model/page-views.ts";
import { monthName } from "../src/model/format-date.ts";
import { documentText, html, type SafeHtml } from "../src/lib/html.ts";
import { onePerPage, type ItemPageData } from "../src/model/template-data.ts";
import { ARCHIVE_PATH, href, monthPath, yearPath } from "../src/model/urls.ts";
import { articleLinks, tagLink } from "./_components/article-list.ts";
import { KIND_LABELS } from "./_components/labels.ts";
import { time } from "./_components/dates.ts";
import { layout } from "./_components/layout.ts";
import { articleHead } from "./_components/page-heads.ts";
import { articleSearchHead } from "../src/model/article-search-head.ts";

export const data = onePerPage("article");

/** Why a date reads "about": in the footnote, and as the date's tooltip. */
const DATE_NOTE = "The source states no date; this one is inferred from its text (the days it names, or the event it reports).";

/** "about 14 January 2025" where the source states no date, with the reason a click away. */
function dateText(article: ArticlePageView): SafeHtml {
  if (!article.dateInferred) return time(article.date);
  return html`<span class="inferred" title="${DATE_NOTE}">about ${time(article.date)}<a class="note-ref" href="#date-note" aria-describedby="date-note">*</a></span>`;
}

/** Date, source and the way to the original, in one line under the headline. */
function dateLine(article: ArticlePageView): SafeHtml {
  const parts: SafeHtml[] = [dateText(article)];
  if (article.publisher) {
    parts.push(
      article.originalUrl
        ? html`<a class="publisher" href="${article.originalUrl}" rel="external">${article.publisher} ↗</a>`
        : html`<span class="publisher">${article.publisher}</span>`,
    );
  } else if (article.originalUrl) {
    parts.push(html`<a href="${article.originalUrl}" rel="external">Original article ↗</a>`);
  }
  if (article.agency) parts.push(html`<span class="agency">${article.agency}</span>`);
  if (article.author) parts.push(html`<span class="author">By ${article.author}</span>`);
  return html`<p class="article-meta" data-pagefind-ignore>${parts.map((part, index) => html`${index > 0 ? html`<span class="meta-sep" aria-hidden="true"> · </span>` : ""}${part}`)}</p>`;
}

function dateNote(article: ArticlePageView): SafeHtml {
  if (!article.dateInferred) return html``;
  return html`<p class="note" id="date-note" data-pagefind-ignore>* ${DATE_NOTE}</p>`;
}

function captions(article: ArticlePageView): SafeHtml {
  if (article.captions.length === 0) return html``;
  return html`<section class="captions" aria-labelledby="captions-heading" data-pagefind-ignore>
<h2 id="captions-heading">Photos in the original (${article.captions.length})</h2>
<ul>${article.captions.map((caption) => html`<li>${caption}</li>`)}</ul>
</section>`;
}

const STORY_KINDS = ["people", "events", "organisations", "places", "topics"] as const;
/** Other reports the margin names; the story's page lists them all. */
const STORY_REPORTS = 6;

/** The margin's "In this story": the article's tags, and the other reports of its story. */
function inThisStory(article: ArticlePageView, link: (path: string) => string): SafeHtml {
  const kinds = STORY_KINDS.filter((kind) => article.tags[kind].length > 0);
  if (kinds.length === 0 && !article.story) return html``;
  return html`<aside class="in-this-story" aria-labelledby="in-story-heading" data-pagefind-ignore>
<h2 id="in-story-heading">In this story</h2>
${kinds.map(
  (kind) => html`<h3>${KIND_LABELS[kind].plural}</h3>
<ul class="story-list">${article.tags[kind].map((tag) => html`<li>${tagLink(tag, link)}</li>`)}</ul>
`,
)}
${
  article.story
    ? html`<h3>Also reported by</h3>
<ul class="story-list story-reports">${article.story.others.slice(0, STORY_REPORTS).map((other) => html`<li><a href="${link(other.path)}">${other.publisher ?? other.title}</a> ${time(other.date)}</li>`)}</ul>
<p class="story-all"><a href="${link(article.story.path)}">All ${article.story.others.length + 1} reports of the story</a></p>`
    : ""
}
</aside>`;
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
  // One grid: the article, its neighbours and related articles in the text column,
  // "In this story" in the margin beside them on a wide screen, after the article on a phone.
  const body = html`<div class="article-layout">
<article class="article" data-pagefind-body>
<header class="article-header">
${article.kicker ? html`<p class="kicker" data-pagefind-ignore>${tagLink(article.kicker, link)}</p>` : ""}
<h1>${article.title}</h1>
${dateLine(article)}
</header>
<div class="article-body">
${article.dateline ? html`<p class="dateline-text" data-pagefind-ignore>${article.dateline}</p>` : ""}
${article.body}
</div>
${captions(article)}
${dateNote(article)}
</article>
${inThisStory(article, link)}
${neighbours(article, link)}
${
  article.related.length > 0
    ? html`<section class="related" aria-labelledby="related-heading">
<h2 id="related-heading">Related articles</h2>
${articleLinks(article.related, link)}
</section>`
    : ""
}
</div>`;
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
