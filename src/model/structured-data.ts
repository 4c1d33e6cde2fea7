/**
 * schema.org JSON-LD for articles, people pages and breadcrumbs, and the one safe
 * way to put it in a page. Builders take plain data and return plain objects, so the
 * templates decide what they know and tests can read the result as JSON.
 */
import { markSanitised, type SafeHtml } from "../lib/html.ts";

const CONTEXT = "https://schema.org";

export type JsonLd = { "@context"?: string; "@type": string } & Record<string, unknown>;

export interface LinkedThing {
  name: string;
  /** Absolute URL. */
  url: string;
}

export interface Party {
  type: "Person" | "Organization";
  name: string;
  url?: string;
}

export interface NewsArticleInput {
  /** Absolute URL of the article page. */
  url: string;
  headline: string;
  /** `YYYY-MM-DD`. */
  datePublished: string;
  dateModified?: string;
  description?: string;
  /** BCP 47 tag, e.g. `en`. */
  inLanguage: string;
  /** Name of the news organisation that published the original. */
  publisher?: string;
  /** The byline: a reporter (Person) or an agency (Organization). */
  author?: Party;
  /** The people the article is about, each with the URL of their page here. */
  about?: LinkedThing[];
}

function party({ type, name, url }: Party): JsonLd {
  return { "@type": type, name, ...(url ? { url } : {}) };
}

export function newsArticleJsonLd(input: NewsArticleInput): JsonLd {
  return {
    "@context": CONTEXT,
    "@type": "NewsArticle",
    headline: input.headline,
    url: input.url,
    mainEntityOfPage: { "@type": "WebPage", "@id": input.url },
    datePublished: input.datePublished,
    ...(input.dateModified ? { dateModified: input.dateModified } : {}),
    ...(input.description ? { description: input.description } : {}),
    inLanguage: input.inLanguage,
    ...(input.publisher ? { publisher: party({ type: "Organization", name: input.publisher }) } : {}),
    ...(input.author ? { author: party(input.author) } : {}),
    ...(input.about && input.about.length > 0 ? { about: input.about.map(({ name, url }) => party({ type: "Person", name, url })) } : {}),
  };
}

/** Items from the home page down to the current page, in that order. */
export function breadcrumbListJsonLd(items: readonly LinkedThing[]): JsonLd {
  return {
    "@context": CONTEXT,
    "@type": "BreadcrumbList",
    itemListElement: items.map(({ name, url }, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name,
      item: url,
    })),
  };
}

export interface PersonInput extends LinkedThing {
  description?: string;
  alternateName?: string[];
}

export function personJsonLd(input: PersonInput): JsonLd {
  return {
    "@context": CONTEXT,
    "@type": "Person",
    name: input.name,
    url: input.url,
    ...(input.description ? { description: input.description } : {}),
    ...(input.alternateName && input.alternateName.length > 0 ? { alternateName: input.alternateName } : {}),
  };
}

/**
 * JSON that cannot end or confuse the `<script>` element around it: `<`, `>` and `&`
 * become `\u003c`-style escapes (so `</script>` and `<!--` in article text stay
 * inside the string), as do U+2028/U+2029. The result is still the same JSON value.
 */
export function serialiseJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * `<script type="application/ld+json">…</script>`. A data block: browsers never run
 * it, so a Content-Security-Policy without `unsafe-inline` neither blocks nor reports it.
 */
export function renderJsonLdScript(data: unknown): string {
  return `<script type="application/ld+json">${serialiseJsonLd(data)}</script>`;
}

/**
 * The script element as markup for the escape-by-default templates. Safe to mark:
 * `serialiseJsonLd` leaves no `<`, `>` or `&` in the JSON, so nothing in the data
 * can end the element or become markup.
 */
export function jsonLdScriptElement(data: unknown): SafeHtml {
  return markSanitised(renderJsonLdScript(data));
}
