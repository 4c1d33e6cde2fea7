/**
 * The archive's feeds, from the archive model: an Atom feed and a JSON Feed 1.1 of
 * the whole archive, and an Atom feed for every person, event and topic that has
 * articles. Pure: the documents come out as text with their site paths; the
 * finishing step `writeFeeds` puts them in the output folder.
 *
 * Each entry carries the article's full body as the site renders it (Markdown
 * sanitised by render-markdown.ts), which `feeds.ts` escapes for the feed; a
 * body over LONG_BODY_CHARACTERS is carried as its summary instead.
 * Addresses are absolute: the site URL, then the path prefix.
 */
import { LONG_BODY_CHARACTERS } from "../content/entry-schema.ts";
import { TAG_KINDS, type Article, type ArchiveModel, type Tag } from "./archive-model.ts";
import { renderAtomFeed, renderJsonFeed, type FeedArticle, type FeedInput } from "./feeds.ts";
import type { HeaderRule } from "./headers.ts";
import { html } from "../lib/html.ts";
import { absoluteSiteUrl } from "../content/path-prefix.ts";
import type { SiteSettings } from "../content/site-settings.ts";
import { HOME_PATH, tagPath } from "./urls.ts";

export const SITE_FEED_PATH = "/feed.xml";
export const SITE_JSON_FEED_PATH = "/feed.json";

/**
 * Articles in the archive's feeds: the newest 50. A reader subscribing sees a
 * few weeks of a busy archive; the whole archive is on the site, not in a feed
 * that every reader fetches again and again.
 */
export const SITE_FEED_SIZE = 50;

/** Articles in a tag's feed: the newest 20, one page of the tag's list. */
export const TAG_FEED_SIZE = 20;

/** `/people/to-lam/` → `/people/to-lam/feed.xml`. */
export function tagFeedPath(tagPath: string): string {
  return `${tagPath}feed.xml`;
}

/**
 * The feeds' registered media types. Hosts guess `application/xml` from `.xml`,
 * which browsers show in their XML viewer (whose inline styles a strict CSP
 * blocks); as `application/atom+xml` a browser shows the text and feed readers
 * know the format without sniffing.
 */
export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";
export const JSON_FEED_CONTENT_TYPE = "application/feed+json; charset=utf-8";

/** `_headers` rules (patterns relative to the path prefix) that give every feed its media type. */
export function feedHeaderRules(): HeaderRule[] {
  const atom = [SITE_FEED_PATH, ...TAG_KINDS.map((kind) => tagFeedPath(tagPath(kind, ":slug")))];
  return [
    ...atom.map((pattern) => ({ pattern, headers: [["Content-Type", ATOM_CONTENT_TYPE] as [string, string]] })),
    { pattern: SITE_JSON_FEED_PATH, headers: [["Content-Type", JSON_FEED_CONTENT_TYPE]] },
  ];
}

/** What a reader sees as the name of a tag's feed. */
export function tagFeedTitle(tag: Pick<Tag, "name">, site: Pick<SiteSettings, "title">): string {
  return `${tag.name} · ${site.title}`;
}

export interface FeedFile {
  /** Site-relative path: `/feed.xml`, `/people/to-lam/feed.xml`. */
  path: string;
  text: string;
}

type Placement = Pick<SiteSettings, "siteUrl" | "pathPrefix">;

const absolute = (site: Placement, path: string): string => absoluteSiteUrl(site.siteUrl, site.pathPrefix, path);

/**
 * What a feed entry carries as the article's content: the body, or for a body
 * over LONG_BODY_CHARACTERS its summary (a paragraph of escaped text), read
 * from the site. Which one depends on the body alone, so the body's hash still
 * stands for the content in a feed's key.
 */
export function feedContentHtml(article: Pick<Article, "body" | "bodyCharacters" | "excerpt">): string {
  if (article.bodyCharacters > LONG_BODY_CHARACTERS) return html`<p>${article.excerpt}</p>`.value;
  return article.body.value;
}

/**
 * An article as a feed entry. Categories: its people, events and topics, by name.
 * The body is read only when the feed is rendered: in the entry's JSON (a feed's
 * key, see `feedKey`) the body's hash (`contentKey`) stands for it.
 */
export function feedArticle(article: Article, site: Placement): FeedArticle {
  const entry = {
    url: absolute(site, article.path),
    title: article.title,
    date: article.date,
    summary: article.excerpt,
    ...(article.author ? { authors: [article.author] } : {}),
    ...(article.publisher ? { publisher: article.publisher } : {}),
    categories: [...article.tags.people, ...article.tags.events, ...article.tags.topics].map((tag) => tag.name),
    contentKey: article.bodyHash,
  };
  return Object.defineProperty(entry, "contentHtml", { enumerable: false, get: () => feedContentHtml(article) }) as typeof entry &
    FeedArticle;
}

/** One feed of the archive, before it is rendered. */
export interface ArchiveFeed {
  /** Site-relative path: `/feed.xml`, `/people/to-lam/feed.xml`. */
  path: string;
  format: "atom" | "json";
  input: FeedInput;
}

/** The feeds of an archive, one at a time (a big archive has hundreds), not yet rendered. */
export function* archiveFeeds(archive: ArchiveModel, site: SiteSettings): Generator<ArchiveFeed> {
  // An article is in the site feed and in the feeds of its tags: made into an entry once.
  const entries = new Map<Article, FeedArticle>();
  const entriesOf = (articles: readonly Article[], limit: number): FeedArticle[] =>
    articles.slice(0, limit).map((article) => {
      let entry = entries.get(article);
      if (!entry) {
        entry = feedArticle(article, site);
        entries.set(article, entry);
      }
      return entry;
    });

  const common = { language: site.language, author: site.title };
  // Articles in the model are newest first, so the first N are the newest N.
  const whole: FeedInput = {
    ...common,
    title: site.title,
    ...(site.description ? { subtitle: site.description } : {}),
    feedUrl: absolute(site, SITE_FEED_PATH),
    siteUrl: absolute(site, HOME_PATH),
    articles: entriesOf(archive.articles, SITE_FEED_SIZE),
  };
  yield { path: SITE_FEED_PATH, format: "atom", input: whole };
  yield { path: SITE_JSON_FEED_PATH, format: "json", input: { ...whole, feedUrl: absolute(site, SITE_JSON_FEED_PATH) } };

  for (const index of archive.tagIndexes) {
    for (const tag of index.tags) {
      if (tag.path === undefined || tag.articles.length === 0) continue;
      const path = tagFeedPath(tag.path);
      yield {
        path,
        format: "atom",
        input: {
          ...common,
          title: tagFeedTitle(tag, site),
          ...(tag.description ? { subtitle: tag.description } : {}),
          feedUrl: absolute(site, path),
          siteUrl: absolute(site, tag.path),
          articles: entriesOf(tag.articles, TAG_FEED_SIZE),
        },
      };
    }
  }
}

/** The feed's text. */
export function renderArchiveFeed(feed: ArchiveFeed): string {
  return feed.format === "atom" ? renderAtomFeed(feed.input) : renderJsonFeed(feed.input);
}

/**
 * What a feed's text is made of, as one string: its format and its input, each
 * entry's body standing in by its hash. The same key, the same text.
 */
export function feedKey(feed: ArchiveFeed): string {
  return `${feed.format}\n${JSON.stringify(feed.input)}`;
}

/** The feed documents of an archive, one at a time (a big archive has hundreds). */
export function* archiveFeedFiles(archive: ArchiveModel, site: SiteSettings): Generator<FeedFile> {
  for (const feed of archiveFeeds(archive, site)) yield { path: feed.path, text: renderArchiveFeed(feed) };
}
