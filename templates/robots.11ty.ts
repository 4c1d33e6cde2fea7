/** `/robots.txt`: everything may be crawled; names the sitemap by absolute address. */
import { renderRobotsTxt } from "../src/model/robots.ts";
import type { RobotsView } from "../src/model/page-views.ts";
import { onePerPage, type ItemPageData } from "../src/model/template-data.ts";
import { absoluteSiteUrl } from "../src/model/urls.ts";

export const data = onePerPage("robots");

export function render({ site, item: robots }: ItemPageData<RobotsView>): string {
  return renderRobotsTxt({ sitemapUrl: absoluteSiteUrl(site.siteUrl, site.pathPrefix, robots.sitemapPath) });
}
