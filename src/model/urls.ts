/**
 * The site's addresses (see the URL scheme of the public interface). Paths here
 * are site-relative (`/people/to-lam/`); `href` puts the path prefix in front.
 */
import type { TagKind } from "./archive-types.ts";

export const HOME_PATH = "/";
export const ARCHIVE_PATH = "/archive/";
export const NOT_FOUND_PATH = "/404.html";
export const SEARCH_PATH = "/search/";
export const ROBOTS_PATH = "/robots.txt";
/** Response headers for Netlify and Cloudflare Pages. */
export const HEADERS_PATH = "/_headers";
/** Pagefind's bundle (`pagefind.js` and the index), written by the search step of `build`. */
export const SEARCH_BUNDLE_PATH = "/pagefind/";

const pad2 = (value: number): string => String(value).padStart(2, "0");

/** `/2025/01/slug/` */
export function articlePath(date: string, slug: string): string {
  return `/${date.slice(0, 4)}/${date.slice(5, 7)}/${slug}/`;
}

export const tagIndexPath = (kind: TagKind): string => `/${kind}/`;
export const tagPath = (kind: TagKind, slug: string): string => `/${kind}/${slug}/`;
export const yearPath = (year: number): string => `${ARCHIVE_PATH}${year}/`;
export const monthPath = (year: number, month: number): string => `${ARCHIVE_PATH}${year}/${pad2(month)}/`;

/**
 * Numbered page `number` of a list whose first page is `basePath`: `/page/2/`,
 * `/people/to-lam/page/3/`; 0 is the first page itself (lists.ts numbers pages from the oldest).
 */
export function listPagePath(basePath: string, number: number): string {
  return number === 0 ? basePath : `${basePath}page/${number}/`;
}

/** The file a page is written to, relative to the output folder: `people/to-lam/index.html`. */
export function outputFileOf(path: string): string {
  const relative = path.replace(/^\/+/, "");
  return relative === "" || relative.endsWith("/") ? `${relative}index.html` : relative;
}

/** A root-relative link with the path prefix (`/` or `/news/`) in front. */
export function href(pathPrefix: string, path: string): string {
  return `${pathPrefix.replace(/\/+$/, "")}${path}`;
}

/** Absolute addresses for feeds, canonical links and metadata (the rule lives with the site settings). */
export { absoluteSiteUrl } from "../content/path-prefix.ts";
