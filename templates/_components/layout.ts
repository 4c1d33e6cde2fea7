/**
 * The page around every template: head, site header with navigation, optional
 * breadcrumbs, the main content, footer. No script: everything works without it.
 */
import { html, type SafeHtml } from "../../src/lib/html.ts";
import type { SiteView } from "../../src/model/template-data.ts";
import { absoluteSiteUrl } from "../../src/model/urls.ts";
import { assetPath } from "../../src/lib/fingerprint-assets.ts";
import { breadcrumbJsonLd, socialMetaTags, type OpenGraphType } from "../../src/model/social-meta.ts";
import { href, HOME_PATH, ARCHIVE_PATH, SEARCH_PATH, tagIndexPath } from "../../src/model/urls.ts";
import { SITE_FEED_PATH } from "../../src/model/archive-feeds.ts";
import { breadcrumbs, type Crumb } from "./breadcrumbs.ts";
import { siteSearchForm } from "./site-search-form.ts";

/** Files in templates/assets/, linked under their content-hashed names (`assetPath`). */
export const STYLESHEET = "site.css";
export const FAVICON = "favicon.svg";

/**
 * Top-level sections, the bar under the masthead; the current one is marked. The
 * site name leads home; pages written by hand (About, Sources) sit by the name,
 * smaller, as a newspaper keeps its colophon apart from its sections.
 */
const SECTIONS: ReadonlyArray<{ path: string; label: string }> = [
  { path: tagIndexPath("people"), label: "People" },
  { path: tagIndexPath("events"), label: "Events" },
  { path: tagIndexPath("topics"), label: "Topics" },
  { path: ARCHIVE_PATH, label: "Archive" },
];

export interface LayoutOptions {
  site: SiteView;
  /** Page title without the site name; undefined on the home page. */
  title?: string;
  description?: string;
  /** Site-relative path of this page. */
  path: string;
  /** Which header section this page belongs to (its path). */
  section?: string;
  /** Trail from home to this page; omitted on the home page. */
  trail?: Crumb[];
  /** Extra elements for `<head>` (feeds, metadata). */
  head?: SafeHtml;
  /** False on the search page, whose own box is the search form: one box a page. */
  searchForm?: boolean;
  /** Whether the page should be indexed by search engines and linked as canonical. */
  canonical?: boolean;
  /** Open Graph type: `article` on article pages; default `website`. */
  ogType?: OpenGraphType;
  /** The page's own metadata, after the common tags: feed links, `article:*` tags, JSON-LD. */
  metadata?: SafeHtml;
  body: SafeHtml;
}

/** Canonical address, link-preview tags and, on inner pages, the trail as JSON-LD. */
function pageMetadata(options: LayoutOptions, description: string): SafeHtml {
  const { site } = options;
  const url = absoluteSiteUrl(site.siteUrl, site.pathPrefix, options.path);
  const title = options.title ?? site.title;
  const type = options.ogType ?? "website";
  return html`<link rel="canonical" href="${url}">
${socialMetaTags({ siteName: site.title, title, ...(description ? { description } : {}), url, type })}${
  options.trail ? breadcrumbJsonLd(site, options.trail, options.path) : ""
}`;
}

export function layout(options: LayoutOptions): SafeHtml {
  const { site } = options;
  const link = (path: string): string => href(site.pathPrefix, path);
  const title = options.title === undefined ? site.title : `${options.title} · ${site.title}`;
  const description = options.description ?? site.description;
  return html`<html lang="${site.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${description ? html`<meta name="description" content="${description}">` : ""}
<meta name="color-scheme" content="light dark">
${options.canonical === false ? "" : pageMetadata(options, description)}
${options.metadata ?? ""}
<link rel="stylesheet" href="${link(assetPath(STYLESHEET))}">
<link rel="icon" href="${link(assetPath(FAVICON))}" type="image/svg+xml">
${options.head ?? ""}
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<div class="site-header-inner">
<div class="masthead">
<a class="site-name" href="${link(HOME_PATH)}">${site.title}</a>
${
  site.nav.length > 0
    ? html`<nav class="site-pages" aria-label="About the archive">
<ul>
${site.nav.map((page) => html`<li><a href="${link(page.path)}"${page.path === options.path ? html` aria-current="page"` : ""}>${page.label}</a></li>`)}
</ul>
</nav>`
    : ""
}
</div>
${options.searchForm === false ? "" : siteSearchForm(link)}
</div>
<nav class="site-nav" aria-label="Sections">
<ul>
${SECTIONS.map(
  (section) =>
    html`<li><a href="${link(section.path)}"${section.path === options.section ? html` aria-current="${section.path === options.path ? "page" : "true"}"` : ""}>${section.label}</a></li>`,
)}
</ul>
</nav>
</header>
${options.trail ? breadcrumbs(options.trail, link) : ""}
<main id="main">
${options.body}
</main>
<footer class="site-footer">
<div class="site-footer-inner">
<p class="footer-name"><a href="${link(HOME_PATH)}">${site.title}</a>${site.description ? html` — ${site.description}` : ""}</p>
<ul class="footer-links">
${[...SECTIONS, { path: SEARCH_PATH, label: "Search" }, ...site.nav].map((section) => html`<li><a href="${link(section.path)}">${section.label}</a></li>`)}
<li><a href="${link(SITE_FEED_PATH)}" type="application/atom+xml">Atom feed</a></li>
</ul>
</div>
</footer>
</body>
</html>`;
}
