/**
 * `/sitemap.xml` (and, past 50,000 pages, its parts `/sitemap-N.xml`): every
 * page of the archive by absolute address with the date of its newest article,
 * and the pages added as templates of their own (Eleventy's `collections.all`).
 */
import type { SitemapView } from "../src/model/page-views.ts";
import { renderSitemap, type SitemapPage } from "../src/model/sitemap.ts";
import { onePerPage, type ItemPageData } from "../src/model/template-data.ts";
import { absoluteSiteUrl } from "../src/model/urls.ts";

export const data = onePerPage("sitemap");

interface CollectionItem {
  url?: string | false;
  outputPath?: string | false;
  data?: { sitemap?: boolean };
}

/** Pages of templates added to the site (an `.njk` or `.md` page): HTML pages that did not opt out. */
function otherPages(items: readonly CollectionItem[] = []): SitemapPage[] {
  return items
    .filter((item) => typeof item.url === "string" && typeof item.outputPath === "string" && item.outputPath.endsWith(".html"))
    .filter((item) => item.data?.sitemap !== false && !(item.url as string).endsWith("404.html"))
    .map((item) => ({ path: item.url as string }));
}

export function render(data: ItemPageData<SitemapView> & { collections?: { all?: CollectionItem[] } }): string {
  const { site, item: view } = data;
  const absolute = (path: string) => absoluteSiteUrl(site.siteUrl, site.pathPrefix, path);
  // The added pages go into the first file that lists pages.
  const first = view.kind === "urlset" && (view.path === "/sitemap.xml" || view.path === "/sitemap-1.xml");
  return renderSitemap(view, absolute, first ? otherPages(data.collections?.all) : []);
}
