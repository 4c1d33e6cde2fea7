/**
 * The path prefix a site is served under (`/` or `/news/`) and the absolute URLs
 * built from it. Hosting files (`_headers`, sitemap, feeds) and the preview server
 * all need the same reading of `--path-prefix` and `--site-url`.
 */

/**
 * `news`, `/news`, `/news/` → `/news/`; ``, `/` → `/`. Rejects what cannot be a
 * plain folder path (dot segments, `?`, `#`, `\`, empty segments, spaces).
 */
export function normalisePathPrefix(prefix: string): string {
  const segments = prefix
    .trim()
    .split("/")
    .filter((segment, index, all) => {
      // Leading and trailing slashes are optional; inner empty segments (`//`) are not.
      const atEdge = index === 0 || index === all.length - 1;
      return !(segment === "" && atEdge);
    });
  for (const segment of segments) {
    if (segment === "" || segment === "." || segment === "..") {
      throw new Error(`path prefix "${prefix}" must be a plain folder path such as /news/`);
    }
    if (/[?#\\\s%]/.test(segment)) {
      throw new Error(`path prefix "${prefix}" contains a character a folder path cannot have`);
    }
  }
  return segments.length === 0 ? "/" : `/${segments.join("/")}/`;
}

/**
 * The absolute URL of the site's root: the origin `siteUrl` plus the path prefix.
 * `siteUrl` must be a bare origin (`https://example.org`, a trailing `/` allowed):
 * the folder is said once, by the prefix, so a path in the site URL is refused
 * rather than silently doubled or dropped.
 */
export function siteRootUrl(siteUrl: string, pathPrefix: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(siteUrl);
  } catch {
    throw new Error(`site URL "${siteUrl}" is not an absolute URL`);
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new Error(`site URL "${siteUrl}" must start with https:// or http://`);
  }
  if (parsed.search || parsed.hash || parsed.username || parsed.password) {
    throw new Error(`site URL "${siteUrl}" must not carry a query, fragment or credentials`);
  }
  if (parsed.pathname !== "/") {
    throw new Error(
      `site URL "${siteUrl}" has a path (${parsed.pathname}); give the origin ` +
        `(${parsed.origin}) as the site URL and the folder as the path prefix`,
    );
  }
  return new URL(normalisePathPrefix(pathPrefix), parsed.origin);
}

/** The absolute URL of a path inside the site (`people/to-lam/` → `https://…/news/people/to-lam/`). */
export function absoluteSiteUrl(siteUrl: string, pathPrefix: string, sitePath: string): string {
  const root = siteRootUrl(siteUrl, pathPrefix);
  const url = new URL(sitePath.replace(/^\/+/, ""), root).href;
  if (!url.startsWith(root.href)) throw new Error(`site path "${sitePath}" leaves the site`);
  return url;
}
