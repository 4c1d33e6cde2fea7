import { describe, expect, it } from "vitest";
import { renderRobotsTxt } from "../../src/model/robots.ts";
import { renderSitemap, SITEMAP_NAMESPACE, sitemapViews, newestDate } from "../../src/model/sitemap.ts";
import { parseXml } from "../build/strict-xml.ts";

type Node = Record<string, unknown>;
const absolute = (path: string) => new URL(path.replace(/^\//, ""), "https://example.org/news/").href;

describe("renderSitemap", () => {
  const [view] = sitemapViews([
    { path: "/people/to-lam/", lastmod: "2025-01-15" },
    { path: "/", lastmod: "2025-05-09" },
    { path: "/search/?q=a&b=<c>" },
    { path: "/tags/đặng/" },
  ]);
  const xml = renderSitemap(view!, absolute, [{ path: "/colophon/" }, { path: "/" }]);
  const urlset = parseXml(xml).urlset as Node;

  it("is a well-formed sitemap 0.9 document", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(urlset["@_xmlns"]).toBe(SITEMAP_NAMESPACE);
    expect(SITEMAP_NAMESPACE).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
  });

  it("lists each page once, sorted, escaped, percent-encoded, with its lastmod, then the added pages", () => {
    const urls = urlset.url as Node[];
    expect(urls.map((url) => url.loc)).toEqual([
      "https://example.org/news/",
      "https://example.org/news/people/to-lam/",
      "https://example.org/news/search/?q=a&b=%3Cc%3E",
      "https://example.org/news/tags/%C4%91%E1%BA%B7ng/",
      "https://example.org/news/colophon/",
    ]);
    expect(urls.map((url) => url.lastmod)).toEqual(["2025-05-09", "2025-01-15", undefined, undefined, undefined]);
    expect(xml).toContain("?q=a&amp;b=%3Cc%3E");
  });

  it("refuses relative URLs", () => {
    expect(() => renderSitemap({ path: "/sitemap.xml", kind: "urlset", pages: [{ path: "/" }] }, (path) => path)).toThrow(/absolute/);
  });
});

describe("sitemapViews", () => {
  const pages = Array.from({ length: 7 }, (_, index) => ({ path: `/p${index}/`, lastmod: `2025-01-0${index + 1}` }));

  it("is one file up to the limit", () => {
    expect(sitemapViews(pages, 7).map((view) => view.path)).toEqual(["/sitemap.xml"]);
  });

  it("past the limit, an index of parts, each part within the limit, with its newest lastmod", () => {
    const views = sitemapViews(pages, 3);
    expect(views.map((view) => view.path)).toEqual(["/sitemap.xml", "/sitemap-1.xml", "/sitemap-2.xml", "/sitemap-3.xml"]);
    const [index, ...parts] = views;
    expect(index).toEqual({
      path: "/sitemap.xml",
      kind: "index",
      parts: [
        { path: "/sitemap-1.xml", lastmod: "2025-01-03" },
        { path: "/sitemap-2.xml", lastmod: "2025-01-06" },
        { path: "/sitemap-3.xml", lastmod: "2025-01-07" },
      ],
    });
    expect(parts.map((part) => (part.kind === "urlset" ? part.pages.length : -1))).toEqual([3, 3, 1]);
    const xml = renderSitemap(index!, absolute);
    const sitemaps = (parseXml(xml).sitemapindex as Node).sitemap as Node[];
    expect(sitemaps.map((entry) => entry.loc)).toEqual([1, 2, 3].map((n) => `https://example.org/news/sitemap-${n}.xml`));
  });

  it("knows the newest of some dates", () => {
    expect(newestDate(["2025-01-02", undefined, "2024-12-31"])).toBe("2025-01-02");
    expect(newestDate([])).toBeUndefined();
  });
});

describe("renderRobotsTxt", () => {
  it("allows everything and names the sitemap by absolute URL", () => {
    expect(renderRobotsTxt({ sitemapUrl: "https://example.org/news/sitemap.xml" })).toBe(
      "User-agent: *\nAllow: /\n\nSitemap: https://example.org/news/sitemap.xml\n",
    );
    expect(() => renderRobotsTxt({ sitemapUrl: "/sitemap.xml" })).toThrow();
  });
});
