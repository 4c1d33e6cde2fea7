/**
 * What each kind of page adds to `<head>` (through `layout({ head })`): feed
 * links for readers' autodiscovery, Open Graph article properties and schema.org
 * data. The tags every page has (canonical, Open Graph, breadcrumbs) are in layout.ts.
 */
import type { ArticlePageView, TagView } from "../../src/model/page-views.ts";
import { SITE_FEED_PATH, SITE_JSON_FEED_PATH, tagFeedPath, tagFeedTitle } from "../../src/model/archive-feeds.ts";
import { html, type SafeHtml } from "../../src/lib/html.ts";
import { articleJsonLd, personPageJsonLd } from "../../src/model/page-structured-data.ts";
import type { SiteSettings } from "../../src/model/template-data.ts";
import { articleMetaTags } from "../../src/model/social-meta.ts";
import { jsonLdScriptElement } from "../../src/model/structured-data.ts";
import { href } from "../../src/model/urls.ts";

const ATOM = "application/atom+xml";
const JSON_FEED = "application/feed+json";

function feedLink(site: SiteSettings, type: string, title: string, path: string): SafeHtml {
  return html`<link rel="alternate" type="${type}" title="${title}" href="${href(site.pathPrefix, path)}">\n`;
}

/** The home pages: the archive's Atom feed and JSON Feed. */
export function homeHead(site: SiteSettings): SafeHtml {
  return html`${feedLink(site, ATOM, `${site.title} (Atom)`, SITE_FEED_PATH)}${feedLink(site, JSON_FEED, `${site.title} (JSON Feed)`, SITE_JSON_FEED_PATH)}`;
}

/** An article: published date and tags for link previews, and its NewsArticle data. */
export function articleHead(article: ArticlePageView, site: SiteSettings): SafeHtml {
  const tags = [...article.tags.people, ...article.tags.events, ...article.tags.topics].map((tag) => tag.name);
  return html`${articleMetaTags({ publishedTime: article.date, tags })}${jsonLdScriptElement(articleJsonLd(article, site))}\n`;
}

/** A tag's pages: the tag's Atom feed; on a person's pages, their Person data. */
export function tagHead(tag: TagView, site: SiteSettings): SafeHtml {
  if (tag.path === undefined) return html``;
  return html`${feedLink(site, ATOM, tagFeedTitle(tag, site), tagFeedPath(tag.path))}${
    tag.kind === "people" ? html`${jsonLdScriptElement(personPageJsonLd(tag, site))}\n` : ""
  }`;
}
