/**
 * Lists of articles as a newspaper's: a headline, date and source, the opening
 * lines, and a quiet line naming a few of the people and one event (never the
 * page's own tag; topics only on the article page). A story that several
 * sources reported appears once, the others named beside it. Long lists get a
 * subhead for each month.
 */
import { html, type SafeHtml } from "../../src/lib/html.ts";
import { formatMonth } from "../../src/model/format-date.ts";
import type { ArticleLink, ArticleSummary, ListItemView, TagLink } from "../../src/model/page-views.ts";
import { time } from "./dates.ts";

/** The level of an item's headline: under the page's h1, a column's h2, or a group's h3. */
export type HeadingLevel = 2 | 3 | 4;

/** People a list item names at most, and events. */
const ITEM_PEOPLE = 3;
const ITEM_EVENTS = 1;
/** From this many items a list is broken by month subheads. */
const SUBHEADS_FROM = 8;

/** A tag as a link to its page (every tag an article carries has a page). */
export function tagLink(tag: TagLink, link: (path: string) => string): SafeHtml {
  return tag.path === undefined ? html`${tag.name}` : html`<a href="${link(tag.path)}">${tag.name}</a>`;
}

/** Date and publisher, for lists. */
export function summaryMeta(article: ArticleLink): SafeHtml {
  return html`<p class="meta">${time(article.date)}${article.publisher ? html`<span class="meta-sep" aria-hidden="true"> · </span><span class="publisher">${article.publisher}</span>` : ""}</p>`;
}

/** "Tô Lâm, Mikhail Mishustin · Mishustin's visit": a few names, as quiet text. */
function quietTags(article: ArticleSummary, ownPath: string | undefined): SafeHtml {
  const others = (tags: readonly TagLink[], limit: number) => tags.filter((tag) => tag.path !== ownPath).slice(0, limit);
  const names = [...others(article.people, ITEM_PEOPLE), ...others(article.events, ITEM_EVENTS)].map((tag) => tag.name);
  return names.length === 0 ? html`` : html`<p class="summary-tags">${names.join(" · ")}</p>`;
}

/** Sources an item names beside its headline; the story's page has them all. */
const ALSO_REPORTED = 3;

/** A report named by its source, or, without one, by the start of its headline. */
function reportName(report: ArticleLink): string {
  if (report.publisher) return report.publisher;
  const words = report.title.split(/\s+/);
  return words.length > 6 ? `${words.slice(0, 6).join(" ")}…` : report.title;
}

/**
 * "Also reported by Nhân Dân, Báo Tin Tức and 4 more · All 7 reports": each
 * source once (its first report), a few of them, and the story's page for the rest.
 */
function alsoReported(item: ListItemView, link: (path: string) => string): SafeHtml {
  if (item.alsoReported.length === 0) return html``;
  const bySource = new Map<string, ArticleLink>();
  for (const other of item.alsoReported) {
    const name = reportName(other);
    if (name !== item.article.publisher && !bySource.has(name)) bySource.set(name, other);
  }
  const named = [...bySource].slice(0, ALSO_REPORTED);
  const rest = item.alsoReported.length - named.length;
  const names = named.map(
    ([name, other], index) =>
      html`${index === 0 ? "" : index === named.length - 1 && rest === 0 ? " and " : ", "}<a href="${link(other.path)}">${name}</a>`,
  );
  // Every other report from the item's own source: no name to give.
  const more = named.length === 0 ? (rest === 1 ? " once more" : ` ${rest} more times`) : rest > 0 ? ` and ${rest} more` : "";
  const lead = named.length > 0 ? "Also reported by " : "Also reported";
  const story = item.story
    ? html`<span class="meta-sep" aria-hidden="true"> · </span><a href="${link(item.story)}">All ${item.alsoReported.length + 1} reports</a>`
    : html``;
  return html`<p class="also-reported">${lead}${names}${more}${story}</p>`;
}

function listItem(
  item: ListItemView,
  link: (path: string) => string,
  headingLevel: HeadingLevel,
  ownPath: string | undefined,
  anchor: string | undefined,
): SafeHtml {
  const { article } = item;
  const title = html`<a href="${link(article.path)}">${article.title}</a>`;
  return html`<li class="summary"${anchor ? html` id="${anchor}"` : ""}>
${headingLevel === 2 ? html`<h2 class="summary-title">${title}</h2>` : headingLevel === 3 ? html`<h3 class="summary-title">${title}</h3>` : html`<h4 class="summary-title">${title}</h4>`}
${summaryMeta(article)}
${article.excerpt ? html`<p class="excerpt">${article.excerpt}</p>` : ""}
${alsoReported(item, link)}
${quietTags(article, ownPath)}
</li>
`;
}

/** `2025-01` → `January 2025`, the subhead of a month in a long list. */
const monthOf = (date: string): string => formatMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)));

/** The id of a list's first item of a year: where a coverage strip's year link lands (`#year-2019`). */
export const yearAnchor = (year: number): string => `year-${year}`;

/**
 * The items of a list page. `ownPath` is the page's own tag, left out of every
 * item's names; headings are level 3 where the list sits under a level 2 one;
 * with `yearAnchors`, the first item of each year carries `yearAnchor(year)`.
 */
export function articleItems(
  items: readonly ListItemView[],
  link: (path: string) => string,
  options: { headingLevel?: HeadingLevel; ownPath?: string; yearAnchors?: boolean } = {},
): SafeHtml {
  const level = options.headingLevel ?? 2;
  const anchored = new Set<string>();
  const anchorOf = (item: ListItemView): string | undefined => {
    if (!options.yearAnchors) return undefined;
    const id = yearAnchor(Number(item.article.date.slice(0, 4)));
    if (anchored.has(id)) return undefined;
    anchored.add(id);
    return id;
  };
  const itemOf = (item: ListItemView) => listItem(item, link, level, options.ownPath, anchorOf(item));
  if (items.length < SUBHEADS_FROM) {
    return html`<ol class="summaries">
${items.map(itemOf)}</ol>`;
  }
  const runs: Array<{ month: string; items: ListItemView[] }> = [];
  for (const item of items) {
    const month = item.article.date.slice(0, 7);
    const run = runs.at(-1);
    if (run && run.month === month) run.items.push(item);
    else runs.push({ month, items: [item] });
  }
  return html`${runs.map(
    (run) => html`<p class="list-subhead">${monthOf(run.month)}</p>
<ol class="summaries">
${run.items.map(itemOf)}</ol>
`,
  )}`;
}

/** Summaries that are not list items (a month's articles, a story's reports). */
export function articleSummaries(
  articles: readonly ArticleSummary[],
  link: (path: string) => string,
  headingLevel: HeadingLevel = 2,
): SafeHtml {
  return articleItems(
    articles.map((article) => ({ article, alsoReported: [] })),
    link,
    { headingLevel },
  );
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
