/**
 * Atom and JSON Feed 1.1 documents for the archive and for each tag.
 *
 * Written by hand rather than with the `feed` package: feed@6 emits JSON Feed 1.0,
 * marks plain-text titles as `type="html"` (a title mentioning `<b>` becomes markup),
 * leaves `<` unescaped in category attributes and passes control characters through,
 * each of which makes an invalid or wrong feed. The formats are small; the escaping
 * rules live in `xml-escape.ts` and are tested there and here.
 *
 * Output is deterministic: no clock is read; a feed's `updated` is the newest
 * article's date unless the caller gives one.
 */
import { escapeXml, stripControlCharacters } from "../lib/xml-escape.ts";

export interface FeedArticle {
  /** Absolute URL of the article page; also its permanent id. */
  url: string;
  title: string;
  /** Publication date, `YYYY-MM-DD`. */
  date: string;
  /** The article body as HTML, already sanitised; it is escaped again for the feed. */
  contentHtml: string;
  /** A plain-text summary (no markup). */
  summary: string;
  /** Bylines (people or agencies). */
  authors?: string[];
  publisher?: string;
  /** Plain-text category labels (people, events, topics). */
  categories?: string[];
}

export interface FeedInput {
  title: string;
  subtitle?: string;
  /** Absolute URL the feed itself is published at. */
  feedUrl: string;
  /** Absolute URL of the HTML page the feed follows (the archive or the tag page). */
  siteUrl: string;
  /** BCP 47 language tag of the articles. Default `en`. */
  language?: string;
  /** `YYYY-MM-DD`; default: the newest article's date. */
  updated?: string;
  /** Who stands behind the feed as a whole; default: the feed title. */
  author?: string;
  /** In any order; written newest first. The caller decides how many. */
  articles: FeedArticle[];
}

export const JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1";

/** Newest first; same-day articles by title, then URL, so the order never wobbles. */
export function sortArticlesNewestFirst(articles: readonly FeedArticle[]): FeedArticle[] {
  return [...articles].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, "en") || a.url.localeCompare(b.url));
}

function assertDate(value: string, what: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new Error(`${what} "${value}" is not a date written YYYY-MM-DD`);
  }
  return value;
}

function assertAbsoluteUrl(value: string, what: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${what} "${value}" is not an absolute URL`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error(`${what} "${value}" must be an http(s) URL`);
  }
  return url.href;
}

/** RFC 3339 timestamp for a calendar date: midnight UTC, the only time the archive knows. */
const dateTime = (date: string): string => `${date}T00:00:00Z`;

function feedUpdated(input: FeedInput, sorted: readonly FeedArticle[]): string {
  if (input.updated !== undefined) return assertDate(input.updated, "feed updated");
  // An empty feed still needs a fixed `updated`: the Unix epoch, never "now".
  return sorted[0]?.date ?? "1970-01-01";
}

/** Bylines, else the publisher: Atom wants a person or body behind every entry. */
function entryAuthors(article: FeedArticle): string[] {
  const bylines = (article.authors ?? []).map((name) => name.trim()).filter(Boolean);
  if (bylines.length > 0) return bylines;
  return article.publisher?.trim() ? [article.publisher.trim()] : [];
}

const element = (name: string, text: string, attributes = ""): string => `<${name}${attributes}>${escapeXml(text)}</${name}>`;

const attribute = (name: string, value: string): string => ` ${name}="${escapeXml(value)}"`;

function atomEntry(article: FeedArticle): string {
  const url = assertAbsoluteUrl(article.url, "article URL");
  const date = assertDate(article.date, `date of ${url}`);
  const lines = [
    "  <entry>",
    `    ${element("id", url)}`,
    `    ${element("title", article.title, ' type="text"')}`,
    `    <link rel="alternate" type="text/html"${attribute("href", url)}/>`,
    `    ${element("published", dateTime(date))}`,
    `    ${element("updated", dateTime(date))}`,
    ...entryAuthors(article).map((name) => `    <author>${element("name", name)}</author>`),
    ...(article.categories ?? []).map((label) => `    <category${attribute("term", label)}${attribute("label", label)}/>`),
    `    ${element("summary", article.summary, ' type="text"')}`,
    // type="html": the HTML travels as escaped text, so any `<`, `&` or `]]>` in it is inert.
    `    ${element("content", article.contentHtml, ' type="html"')}`,
    "  </entry>",
  ];
  return lines.join("\n");
}

/** An Atom 1.0 (RFC 4287) document. */
export function renderAtomFeed(input: FeedInput): string {
  const feedUrl = assertAbsoluteUrl(input.feedUrl, "feed URL");
  const siteUrl = assertAbsoluteUrl(input.siteUrl, "site URL");
  const sorted = sortArticlesNewestFirst(input.articles);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom"${attribute("xml:lang", input.language ?? "en")}>`,
    `  ${element("id", feedUrl)}`,
    `  ${element("title", input.title, ' type="text"')}`,
    ...(input.subtitle ? [`  ${element("subtitle", input.subtitle, ' type="text"')}`] : []),
    `  <link rel="self" type="application/atom+xml"${attribute("href", feedUrl)}/>`,
    `  <link rel="alternate" type="text/html"${attribute("href", siteUrl)}/>`,
    `  ${element("updated", dateTime(feedUpdated(input, sorted)))}`,
    `  <author>${element("name", input.author ?? input.title)}</author>`,
    "  <generator>news-archive</generator>",
    ...sorted.map(atomEntry),
    "</feed>",
    "",
  ];
  return lines.join("\n");
}

export interface JsonFeedAuthor {
  name: string;
}

export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  content_html: string;
  summary: string;
  date_published: string;
  authors?: JsonFeedAuthor[];
  tags?: string[];
}

/** The subset of JSON Feed 1.1 (https://jsonfeed.org/version/1.1) the archive writes. */
export interface JsonFeed {
  version: typeof JSON_FEED_VERSION;
  title: string;
  home_page_url: string;
  feed_url: string;
  description?: string;
  language: string;
  authors: JsonFeedAuthor[];
  items: JsonFeedItem[];
}

const clean = stripControlCharacters;

function jsonFeedItem(article: FeedArticle): JsonFeedItem {
  const url = assertAbsoluteUrl(article.url, "article URL");
  const authors = entryAuthors(article).map((name) => ({ name: clean(name) }));
  const tags = (article.categories ?? []).map(clean);
  return {
    id: url,
    url,
    title: clean(article.title),
    content_html: clean(article.contentHtml),
    summary: clean(article.summary),
    date_published: dateTime(assertDate(article.date, `date of ${url}`)),
    ...(authors.length > 0 ? { authors } : {}),
    ...(tags.length > 0 ? { tags } : {}),
  };
}

/** The JSON Feed 1.1 object; `renderJsonFeed` serialises it. */
export function jsonFeed(input: FeedInput): JsonFeed {
  const sorted = sortArticlesNewestFirst(input.articles);
  return {
    version: JSON_FEED_VERSION,
    title: clean(input.title),
    home_page_url: assertAbsoluteUrl(input.siteUrl, "site URL"),
    feed_url: assertAbsoluteUrl(input.feedUrl, "feed URL"),
    ...(input.subtitle ? { description: clean(input.subtitle) } : {}),
    language: input.language ?? "en",
    authors: [{ name: clean(input.author ?? input.title) }],
    items: sorted.map(jsonFeedItem),
  };
}

export function renderJsonFeed(input: FeedInput): string {
  return `${JSON.stringify(jsonFeed(input), null, 2)}\n`;
}
