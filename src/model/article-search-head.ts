/**
 * What an article page tells Pagefind in its `<head>`: the fields a result shows
 * (title, date, publisher), the filters (person, event, topic, organisation, place, year, publisher),
 * the date to sort by, and ASCII copies of the words Pagefind cannot fold.
 *
 * Filters and metadata live in `<meta>` elements rather than in the body, so they
 * never show up in a result's excerpt. Each also has a `name` (`pagefind-filter-person`):
 * HTML allows `content` on `<meta>` only beside `name`, `property`, `itemprop` or
 * `http-equiv`, and Pagefind reads only its own attributes. The indexed text itself is the article
 * marked `data-pagefind-body` in templates/article.11ty.ts.
 */
import type { Article, Tag, TagKind } from "./archive-model.ts";
import { formatLongDate } from "./format-date.ts";
import { html, type SafeHtml } from "../lib/html.ts";
import { asciiCopiesOf } from "./ascii-copies.ts";

/** Filter names as the search page shows them; one per tag kind, plus year and publisher. */
export const SEARCH_FILTERS = {
  person: "people",
  event: "events",
  topic: "topics",
  organisation: "organisations",
  place: "places",
} as const satisfies Record<string, TagKind>;

export type SearchFilter = keyof typeof SEARCH_FILTERS | "year" | "publisher";

export interface SearchHeadFields {
  meta: Array<[name: string, value: string]>;
  filters: Array<[name: SearchFilter, value: string]>;
  sort: Array<[name: string, value: string]>;
}

/** What the search head is made of: an `Article`, or an article page's view. */
export type SearchableArticle = Pick<Article, "title" | "dateline" | "author" | "publisher" | "captions" | "body" | "date" | "year"> & {
  tags: Record<TagKind, ReadonlyArray<Pick<Tag, "name">>>;
};

/** The article's readable text, tags stripped from the rendered body: where ASCII copies are looked for. */
export function articleSearchText(article: SearchableArticle): string {
  return [
    article.title,
    article.dateline ?? "",
    article.author ?? "",
    article.publisher ?? "",
    ...article.captions,
    article.body.value.replace(/<[^>]*>/g, " "),
  ].join("\n");
}

/** The metadata, filters and sort keys of one article, in the order they are written. */
export function articleSearchFields(article: SearchableArticle): SearchHeadFields {
  const meta: SearchHeadFields["meta"] = [
    ["title", article.title],
    ["date", article.date],
    ["dateText", formatLongDate(article.date)],
  ];
  if (article.publisher) meta.push(["publisher", article.publisher]);
  // The byline is left out of the indexed text (it would open every excerpt); the author stays findable here.
  if (article.author) meta.push(["author", article.author]);
  const ascii = asciiCopiesOf(articleSearchText(article));
  if (ascii.length > 0) meta.push(["ascii", ascii.join(" ")]);

  const filters: SearchHeadFields["filters"] = [];
  for (const [filter, kind] of Object.entries(SEARCH_FILTERS) as Array<[keyof typeof SEARCH_FILTERS, TagKind]>) {
    for (const tag of article.tags[kind]) filters.push([filter, tag.name]);
  }
  filters.push(["year", String(article.year)]);
  if (article.publisher) filters.push(["publisher", article.publisher]);

  return { meta, filters, sort: [["date", article.date]] };
}

/** The `<meta>` elements for the article page's `<head>`. */
export function articleSearchHead(article: SearchableArticle): SafeHtml {
  const { meta, filters, sort } = articleSearchFields(article);
  const element = (role: "meta" | "filter" | "sort", name: string, value: string): SafeHtml =>
    html`<meta name="pagefind-${role}-${name}" data-pagefind-${role}="${name}[content]" content="${value}">\n`;
  return html`${meta.map(([name, value]) => element("meta", name, value))}${filters.map(([name, value]) =>
    element("filter", name, value),
  )}${sort.map(([name, value]) => element("sort", name, value))}`;
}
