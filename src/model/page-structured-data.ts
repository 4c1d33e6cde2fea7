/**
 * schema.org data of the archive's pages, from the archive model: `NewsArticle`
 * for an article, `Person` for a person's page. The generic builders and the safe
 * serialisation are in structured-data.ts.
 */
import type { Article, Tag } from "./archive-model.ts";
import { absoluteSiteUrl } from "../content/path-prefix.ts";
import type { SiteSettings } from "../content/site-settings.ts";
import { newsArticleJsonLd, personJsonLd, type JsonLd, type Party } from "./structured-data.ts";

type Placement = Pick<SiteSettings, "siteUrl" | "pathPrefix">;

/**
 * Who a byline names. Agencies sign with an acronym (`VNA`, `TASS`, `AFP`) or with
 * the publisher's own name; anything else is taken to be a reporter.
 */
export function bylineParty(byline: string, publisher?: string): Party {
  const name = byline.trim();
  const acronym = /^[\p{Lu}\d&.]{2,8}$/u.test(name) && /\p{Lu}/u.test(name);
  const isPublisher = publisher !== undefined && name.toLowerCase() === publisher.trim().toLowerCase();
  return { type: acronym || isPublisher ? "Organization" : "Person", name };
}

/** What an article's `NewsArticle` data is made of: an `Article`, or an article page's view. */
export type JsonLdArticle = Pick<Article, "path" | "title" | "date" | "excerpt" | "publisher" | "author"> & {
  tags: { people: ReadonlyArray<Pick<Tag, "name" | "path">> };
};

/** `NewsArticle`: headline, date, publisher, byline, and the people it is about, with their pages here. */
export function articleJsonLd(article: JsonLdArticle, site: Placement & Pick<SiteSettings, "language">): JsonLd {
  const absolute = (path: string): string => absoluteSiteUrl(site.siteUrl, site.pathPrefix, path);
  const about = article.tags.people
    .filter((person) => person.path !== undefined)
    .map((person) => ({ name: person.name, url: absolute(person.path!) }));
  return newsArticleJsonLd({
    url: absolute(article.path),
    headline: article.title,
    datePublished: article.date,
    ...(article.excerpt ? { description: article.excerpt } : {}),
    inLanguage: site.language,
    ...(article.publisher ? { publisher: article.publisher } : {}),
    ...(article.author ? { author: bylineParty(article.author, article.publisher) } : {}),
    about,
  });
}

/** `Person` for a person's page: name, description from the taxonomy, the page's address. */
export function personPageJsonLd(person: Pick<Tag, "kind" | "slug" | "name" | "path" | "description">, site: Placement): JsonLd {
  if (person.kind !== "people" || person.path === undefined) {
    throw new Error(`${person.kind} "${person.slug}" has no person page`);
  }
  return personJsonLd({
    name: person.name,
    url: absoluteSiteUrl(site.siteUrl, site.pathPrefix, person.path),
    ...(person.description ? { description: person.description } : {}),
  });
}
