/**
 * The `<head>` metadata that link previews and search engines read: Open Graph
 * (`og:*`, and `article:*` on articles), the Twitter card, and the schema.org
 * BreadcrumbList of an inner page. Builders take plain data; the `…Tags`
 * functions render it through the escape-by-default `html` tag.
 */
import { html, type SafeHtml } from "../lib/html.ts";
import { absoluteSiteUrl } from "../content/path-prefix.ts";
import type { SiteSettings } from "../content/site-settings.ts";
import { breadcrumbListJsonLd, jsonLdScriptElement, type LinkedThing } from "./structured-data.ts";
import { HOME_PATH } from "./urls.ts";

export type OpenGraphType = "website" | "article";

export interface SocialMetaInput {
  siteName: string;
  /** The page's own title, without the site name. */
  title: string;
  description?: string;
  /** Absolute URL of the page (its canonical address). */
  url: string;
  type: OpenGraphType;
}

export interface ArticleMetaInput {
  /** `YYYY-MM-DD`. */
  publishedTime: string;
  /** Names of the people, events and topics of the article. */
  tags: readonly string[];
  /** The section of the site the article is filed under. */
  section?: string;
}

export type MetaProperty = readonly [property: string, content: string];

/** The `og:*` properties of a page, in the order they are written. */
export function openGraphProperties(input: SocialMetaInput): MetaProperty[] {
  return [
    ["og:site_name", input.siteName],
    ["og:type", input.type],
    ["og:title", input.title],
    ...(input.description ? [["og:description", input.description] as const] : []),
    ["og:url", input.url],
  ];
}

/** Open Graph's article properties (https://ogp.me/#type_article); a tag is said once. */
export function articleProperties(input: ArticleMetaInput): MetaProperty[] {
  return [
    ["article:published_time", input.publishedTime],
    ...(input.section ? [["article:section", input.section] as const] : []),
    ...[...new Set(input.tags)].map((tag) => ["article:tag", tag] as const),
  ];
}

function propertyTags(properties: readonly MetaProperty[]): SafeHtml {
  return html`${properties.map(([property, content]) => html`<meta property="${property}" content="${content}">\n`)}`;
}

/**
 * Open Graph and Twitter card tags. The card is the plain `summary` (the archive
 * has no images); Twitter reads title and description from the `og:` tags.
 */
export function socialMetaTags(input: SocialMetaInput): SafeHtml {
  return html`${propertyTags(openGraphProperties(input))}<meta name="twitter:card" content="summary">\n`;
}

export function articleMetaTags(input: ArticleMetaInput): SafeHtml {
  return propertyTags(articleProperties(input));
}

/** A step of a page's breadcrumb trail: the last one, the page itself, has no path. */
export interface TrailStep {
  label: string;
  path?: string;
}

/**
 * The trail as schema.org sees it: Home, then each step, with absolute URLs. The
 * page itself (the last step) is named with its own URL; a step in between that
 * has no page of its own is left out, since every list item but the last needs one.
 */
export function breadcrumbItems(
  site: Pick<SiteSettings, "siteUrl" | "pathPrefix">,
  trail: readonly TrailStep[],
  pagePath: string,
): LinkedThing[] {
  const absolute = (path: string): string => absoluteSiteUrl(site.siteUrl, site.pathPrefix, path);
  const items: LinkedThing[] = [{ name: "Home", url: absolute(HOME_PATH) }];
  trail.forEach((step, index) => {
    const last = index === trail.length - 1;
    if (last) items.push({ name: step.label, url: absolute(step.path ?? pagePath) });
    else if (step.path !== undefined) items.push({ name: step.label, url: absolute(step.path) });
  });
  return items;
}

export function breadcrumbJsonLd(
  site: Pick<SiteSettings, "siteUrl" | "pathPrefix">,
  trail: readonly TrailStep[],
  pagePath: string,
): SafeHtml {
  return jsonLdScriptElement(breadcrumbListJsonLd(breadcrumbItems(site, trail, pagePath)));
}
