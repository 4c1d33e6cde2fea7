/**
 * Finishing step: `sitemap.xml`, listing every HTML page the build wrote (read
 * from the output folder, so it names only pages that exist), and `robots.txt`
 * pointing crawlers to it. Runs after every step that writes pages.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { absoluteSiteUrl } from "../content/path-prefix.ts";
import type { RenderedSite } from "./render-site.ts";
import { renderRobotsTxt } from "../model/robots.ts";
import { listHtmlPages, renderSitemap } from "../model/sitemap.ts";

export const SITEMAP_FILE = "sitemap.xml";
export const ROBOTS_FILE = "robots.txt";

export async function writeCrawlerFiles({ dir, site, pages: rendered }: RenderedSite, log: (line: string) => void): Promise<void> {
  // The build knows which files are its redirect pages: ten thousand pages need not be read to tell.
  const known = (file: string): boolean | undefined => {
    const template = rendered?.templateOf(file);
    return template === undefined ? undefined : template === "redirect";
  };
  const pages = await listHtmlPages(dir, site, known);
  await writeFile(path.join(dir, SITEMAP_FILE), renderSitemap(pages));
  const sitemapUrl = absoluteSiteUrl(site.siteUrl, site.pathPrefix, SITEMAP_FILE);
  await writeFile(path.join(dir, ROBOTS_FILE), renderRobotsTxt({ sitemapUrl }));
  log(`wrote ${SITEMAP_FILE} (${pages.length} pages) and ${ROBOTS_FILE}`);
}
