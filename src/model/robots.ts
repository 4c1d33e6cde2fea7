/**
 * `robots.txt`: everything may be crawled; the sitemap is named by absolute URL, as
 * the protocol requires. Crawlers read robots.txt only at the root of a host, so a
 * site served under a path prefix (a GitHub project page) is found through the
 * sitemap submitted by hand or through links; the file is still written, harmlessly.
 */
export function renderRobotsTxt({ sitemapUrl }: { sitemapUrl: string }): string {
  const url = new URL(sitemapUrl);
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error(`sitemap URL "${sitemapUrl}" must be an absolute http(s) URL`);
  }
  return ["User-agent: *", "Allow: /", "", `Sitemap: ${url.href}`, ""].join("\n");
}
