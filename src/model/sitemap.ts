/**
 * `sitemap.xml` (sitemaps.org protocol 0.9) from the pages a build actually wrote.
 * Listing the output folder, rather than what the templates meant to write, keeps
 * the sitemap honest: every `<loc>` is a page that exists.
 */
import { readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { absoluteSiteUrl } from "../content/path-prefix.ts";
import { escapeXml } from "../lib/xml-escape.ts";

export const SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

/** The protocol's limit for one sitemap file. */
export const SITEMAP_MAX_URLS = 50_000;

/** Sorted, de-duplicated `<url><loc>` list. Every URL must be absolute http(s). */
export function renderSitemap(absoluteUrls: readonly string[]): string {
  const urls = [...new Set(absoluteUrls.map(checkedUrl))].sort();
  if (urls.length > SITEMAP_MAX_URLS) {
    throw new Error(`a sitemap holds at most ${SITEMAP_MAX_URLS} URLs; this site has ${urls.length}`);
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<urlset xmlns="${SITEMAP_NAMESPACE}">`,
    ...urls.map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`),
    "</urlset>",
    "",
  ].join("\n");
}

function checkedUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`sitemap URL "${value}" is not absolute`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error(`sitemap URL "${value}" must be an http(s) URL`);
  }
  // The normalised form: percent-encoded, so the sitemap holds only ASCII URLs.
  return url.href;
}

export interface SitePlacement {
  /** Origin the site is published at, e.g. `https://example.org`. */
  siteUrl: string;
  /** Folder the site is served under, e.g. `/news/`. */
  pathPrefix: string;
}

/**
 * The site path of an HTML file in the output folder, or undefined when it is not
 * a page: `index.html` → ``, `people/index.html` → `people/`, `a/b.html` → `a/b.html`.
 * Not pages: the not-found page, anything in the Pagefind bundle.
 */
export function sitePathOfHtmlFile(relativeFile: string): string | undefined {
  const file = relativeFile.split(path.sep).join("/");
  if (!file.endsWith(".html")) return undefined;
  const name = file.slice(file.lastIndexOf("/") + 1);
  if (name === "404.html" || file.startsWith("pagefind/")) return undefined;
  const sitePath = name === "index.html" ? file.slice(0, -"index.html".length) : file;
  return sitePath.split("/").map(encodeURIComponent).join("/");
}

/** A page that only sends the reader elsewhere (a moved-page stub) is not a page of its own. */
export function isRedirectStub(html: string): boolean {
  return /<meta\s[^>]*http-equiv\s*=\s*["']?refresh/i.test(html);
}

/**
 * The absolute URL of every HTML page in a built output folder, sorted; feeds
 * `renderSitemap`. Skips `404.html`, the Pagefind bundle and redirect stubs.
 * `knownStub` may say which files are stubs (true) or pages (false) without the
 * file being read; for a file it does not know (undefined), the file is read.
 */
export async function listHtmlPages(
  outDir: string,
  placement: SitePlacement,
  knownStub: (relativeFile: string) => boolean | undefined = () => undefined,
): Promise<string[]> {
  // Synchronously: a site has a folder per article, and the promise-based walk waits on each
  // of ten thousand folders in turn (about a second, against a tenth).
  const entries = readdirSync(outDir, { recursive: true, withFileTypes: true });
  const urls: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    const sitePath = sitePathOfHtmlFile(path.relative(outDir, absolute));
    if (sitePath === undefined) continue;
    const relative = path.relative(outDir, absolute).split(path.sep).join("/");
    if (knownStub(relative) ?? isRedirectStub(await readFile(absolute, "utf8"))) continue;
    urls.push(absoluteSiteUrl(placement.siteUrl, placement.pathPrefix, sitePath));
  }
  return urls.sort();
}
