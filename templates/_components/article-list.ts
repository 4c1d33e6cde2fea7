/** Lists of articles: the summaries on home, tag and month pages, and short link lists. */
import type { TagKind } from "../../src/model/archive-model.ts";
import type { ArticleLink, ArticleSummary, TagLink } from "../../src/model/page-views.ts";
import { html, type SafeHtml } from "../../src/lib/html.ts";
import { time } from "./dates.ts";

export const KIND_LABELS: Record<TagKind, { plural: string; singular: string }> = {
  people: { plural: "People", singular: "Person" },
  events: { plural: "Events", singular: "Event" },
  topics: { plural: "Topics", singular: "Topic" },
};

/** A tag as a link to its page (every tag an article carries has a page). */
export function tagLink(tag: TagLink, link: (path: string) => string): SafeHtml {
  return tag.path === undefined ? html`${tag.name}` : html`<a href="${link(tag.path)}">${tag.name}</a>`;
}

function joinLinks(tags: readonly TagLink[], link: (path: string) => string): SafeHtml {
  return html`${tags.map((tag, index) => html`${index > 0 ? ", " : ""}${tagLink(tag, link)}`)}`;
}

/** `People: Tô Lâm, … Topics: Energy` on one line, kinds without tags left out. */
export function inlineTags(article: Pick<ArticleSummary, "tags">, link: (path: string) => string): SafeHtml {
  const groups = (["people", "events", "topics"] as const).filter((kind) => article.tags[kind].length > 0);
  if (groups.length === 0) return html``;
  return html`<p class="summary-tags">${groups.map(
    (kind) => html`<span class="tag-group"><span class="tag-kind">${KIND_LABELS[kind].plural}:</span> ${joinLinks(article.tags[kind], link)}</span> `,
  )}</p>`;
}

/** Date and publisher, for lists. */
export function summaryMeta(article: ArticleLink): SafeHtml {
  return html`<p class="meta">${time(article.date)}${article.publisher ? html`<span class="meta-sep" aria-hidden="true"> · </span><span class="publisher">${article.publisher}</span>` : ""}</p>`;
}

/**
 * An article's summary is the same on every list it is in — the home pages, its
 * month, each of its tags — so it is made once per summary (page views share
 * one summary object per article) and kept, for each heading level and prefix.
 */
const madeSummaries = new WeakMap<ArticleSummary, Map<string, SafeHtml>>();

function summaryItem(article: ArticleSummary, link: (path: string) => string, headingLevel: 2 | 3): SafeHtml {
  const key = `${headingLevel}${link("/")}`;
  let made = madeSummaries.get(article);
  if (!made) {
    made = new Map();
    madeSummaries.set(article, made);
  }
  let item = made.get(key);
  if (!item) {
    const heading =
      headingLevel === 2
        ? html`<h2 class="summary-title"><a href="${link(article.path)}">${article.title}</a></h2>`
        : html`<h3 class="summary-title"><a href="${link(article.path)}">${article.title}</a></h3>`;
    item = html`<li class="summary">
${heading}
${summaryMeta(article)}
${article.excerpt ? html`<p class="excerpt">${article.excerpt}</p>` : ""}
${inlineTags(article, link)}
</li>
`;
    made.set(key, item);
  }
  return item;
}

/** Full summaries: title, date, publisher, excerpt, tags. */
export function articleSummaries(
  articles: readonly ArticleSummary[],
  link: (path: string) => string,
  headingLevel: 2 | 3 = 2,
): SafeHtml {
  return html`<ol class="summaries">
${articles.map((article) => summaryItem(article, link, headingLevel))}</ol>`;
}

/** Title and date only, for related articles and short lists. */
export function articleLinks(articles: readonly ArticleLink[], link: (path: string) => string): SafeHtml {
  return html`<ul class="article-links">
${articles.map(
  (article) =>
    html`<li><a href="${link(article.path)}">${article.title}</a> <span class="meta">${time(article.date)}${article.publisher ? html` · ${article.publisher}` : ""}</span></li>
`,
)}</ul>`;
}
