import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderRobotsTxt } from "../../src/model/robots.ts";
import {
  SITEMAP_NAMESPACE,
  isRedirectStub,
  listHtmlPages,
  renderSitemap,
  sitePathOfHtmlFile,
} from "../../src/model/sitemap.ts";
import { parseXml } from "../build/strict-xml.ts";

type Node = Record<string, unknown>;

describe("renderSitemap", () => {
  const urls = [
    "https://example.org/news/people/to-lam/",
    "https://example.org/news/",
    "https://example.org/news/search/?q=a&b=<c>",
    "https://example.org/news/people/to-lam/",
    "https://example.org/news/tags/đặng/",
  ];
  const xml = renderSitemap(urls);
  const urlset = parseXml(xml).urlset as Node;

  it("is a well-formed sitemap 0.9 document", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(urlset["@_xmlns"]).toBe(SITEMAP_NAMESPACE);
    expect(SITEMAP_NAMESPACE).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
  });

  it("lists each URL once, sorted, escaped, percent-encoded", () => {
    const locs = (urlset.url as Node[]).map((url) => url.loc);
    expect(locs).toEqual([
      "https://example.org/news/",
      "https://example.org/news/people/to-lam/",
      "https://example.org/news/search/?q=a&b=%3Cc%3E",
      "https://example.org/news/tags/%C4%91%E1%BA%B7ng/",
    ]);
    expect(xml).toContain("?q=a&amp;b=%3Cc%3E");
  });

  it("refuses relative URLs", () => {
    expect(() => renderSitemap(["/news/"])).toThrow(/absolute/);
  });
});

describe("sitePathOfHtmlFile", () => {
  it.each([
    ["index.html", ""],
    ["people/index.html", "people/"],
    ["2025/01/pm-chinh/index.html", "2025/01/pm-chinh/"],
    ["about.html", "about.html"],
    ["a b/index.html", "a%20b/"],
  ])("%s → %j", (file, expected) => {
    expect(sitePathOfHtmlFile(file)).toBe(expected);
  });

  it.each(["404.html", "feed.xml", "pagefind/playground/index.html", "_headers"])("%s is not a page", (file) => {
    expect(sitePathOfHtmlFile(file)).toBeUndefined();
  });
});

describe("isRedirectStub", () => {
  it("knows a meta refresh page from an ordinary one", () => {
    expect(isRedirectStub('<html><head><meta http-equiv="refresh" content="0; url=/x/"></head></html>')).toBe(true);
    expect(isRedirectStub("<html><head><META HTTP-EQUIV=Refresh CONTENT='0;url=/x/'></head></html>")).toBe(true);
    expect(isRedirectStub('<html><head><meta charset="utf-8"><title>refresh rates</title></head></html>')).toBe(false);
  });
});

describe("listHtmlPages", () => {
  let outDir: string;
  const files: Record<string, string> = {
    "index.html": "<!doctype html><title>Home</title>",
    "404.html": "<!doctype html><title>Not found</title>",
    "people/index.html": "<!doctype html><title>People</title>",
    "people/pham-minh-chinh/index.html": "<!doctype html><title>Chính</title>",
    "2025/01/pm-chinh-welcomes-mishustin/index.html": "<!doctype html><title>Article</title>",
    "old-page/index.html": '<!doctype html><meta http-equiv="refresh" content="0; url=/news/">',
    "feed.xml": "<feed/>",
    "sitemap.xml": "<urlset/>",
    "pagefind/pagefind-ui.css": "",
    "assets/site.3f2a9c.css": "",
  };

  beforeAll(async () => {
    outDir = await mkdtemp(path.join(os.tmpdir(), "sitemap-test-"));
    for (const [file, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(outDir, file)), { recursive: true });
      await writeFile(path.join(outDir, file), content);
    }
  });
  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it("returns the absolute URL of every HTML page written, under the prefix", async () => {
    expect(await listHtmlPages(outDir, { siteUrl: "https://example.org", pathPrefix: "/news/" })).toEqual([
      "https://example.org/news/",
      "https://example.org/news/2025/01/pm-chinh-welcomes-mishustin/",
      "https://example.org/news/people/",
      "https://example.org/news/people/pham-minh-chinh/",
    ]);
  });

  it("works at the root of the host too", async () => {
    const urls = await listHtmlPages(outDir, { siteUrl: "https://example.org/", pathPrefix: "/" });
    expect(urls[0]).toBe("https://example.org/");
    expect(urls).toHaveLength(4);
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
