/**
 * The search index in a real build of the five seed sources: Pagefind's bundle
 * is written, only the article pages are in it, article pages carry the
 * metadata and filters, and every page has the header search box. Under a path
 * prefix the search page points at the prefixed bundle.
 */
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BuildOptions } from "../../src/cli/options.ts";
import { writeSearchIndex } from "../../src/build/search-index.ts";
import { buildSite } from "../../src/cli/build.ts";
import { loadSiteSettings } from "../../src/content/site-settings.ts";
import { renderSite } from "../../src/build/render-site.ts";
import { attributeValues, countOf, listHtmlFiles } from "./site-checks.ts";

let work = "";
const lines: string[] = [];
let options: BuildOptions;
let exitCode = -1;
let prefixed = "";

const ARTICLE_FILE = /^\d{4}\/\d{2}\/[^/]+\/index\.html$/;
const page = (site: string, file: string) => readFile(path.join(site, file), "utf8");

interface PagefindEntry {
  version: string;
  languages: Record<string, { page_count: number }>;
}

async function indexedPageCount(site: string): Promise<number> {
  const entry = JSON.parse(await page(site, "pagefind/pagefind-entry.json")) as PagefindEntry;
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), "search-build-"));
  options = {
    sources: "content/sources",
    entries: path.join(work, "articles"),
    taxonomy: "content/taxonomy",
    cache: path.join(work, "cache"),
    out: path.join(work, "_site"),
    keepGoing: false,
  };
  exitCode = await buildSite(options, (line) => lines.push(line));
  // The same entries under /news/, with only the search step after rendering.
  prefixed = path.join(work, "prefixed");
  const result = await renderSite({
    entriesDir: options.entries,
    taxonomyDir: options.taxonomy,
    outDir: prefixed,
    cacheDir: options.cache,
    site: await loadSiteSettings(undefined, { pathPrefix: "/news/" }),
  });
  expect(result.ok).toBe(true);
});

afterAll(async () => rm(work, { recursive: true, force: true }));

describe("the search step of build", () => {
  it("writes Pagefind's bundle and says how long it took", async () => {
    expect(exitCode).toBe(0);
    expect(lines.some((line) => /^phase search-index \d+ ms$/.test(line))).toBe(true);
    for (const file of ["pagefind.js", "pagefind-worker.js", "pagefind-entry.json", "wasm.en.pagefind"]) {
      expect((await stat(path.join(options.out, "pagefind", file))).isFile(), file).toBe(true);
    }
    // The playground is a development tool and stays off the published site.
    await expect(stat(path.join(options.out, "pagefind", "playground"))).rejects.toThrow();
  });

  it("indexes the five articles and nothing else", async () => {
    expect(await indexedPageCount(options.out)).toBe(5);
    const files = await listHtmlFiles(options.out);
    const marked: string[] = [];
    for (const file of files) {
      if ((await page(options.out, file)).includes("data-pagefind-body")) marked.push(file);
    }
    expect(marked).toEqual(files.filter((file) => ARTICLE_FILE.test(file)));
    expect(marked).toHaveLength(5);
  });

  it("gives article pages their filters by name, their metadata and sort date", async () => {
    const articles = (await listHtmlFiles(options.out)).filter((file) => ARTICLE_FILE.test(file));
    for (const file of articles) {
      const html = await page(options.out, file);
      const head = html.slice(0, html.indexOf("</head>"));
      expect(head, file).toContain('data-pagefind-filter="person[content]" content="Phạm Minh Chính"');
      expect(head, file).toContain('data-pagefind-filter="person[content]" content="Tô Lâm"');
      expect(head, file).toMatch(/data-pagefind-filter="event\[content\]" content="[^"]+"/);
      expect(head, file).toMatch(/data-pagefind-filter="topic\[content\]" content="[^"]+"/);
      expect(head, file).toContain('data-pagefind-filter="year[content]" content="2025"');
      expect(head, file).toMatch(/data-pagefind-meta="title\[content\]" content="[^"]+"/);
      expect(head, file).toMatch(/data-pagefind-sort="date\[content\]" content="2025-\d\d-\d\d"/);
      // Tags are left out of the indexed text: they would fill every excerpt.
      expect(html, file).toContain('aria-labelledby="in-story-heading" data-pagefind-ignore');
    }
  });

  it("gives the article naming Đặng Minh Khôi the ASCII copy Pagefind needs, and no other article one", async () => {
    const articles = (await listHtmlFiles(options.out)).filter((file) => ARTICLE_FILE.test(file));
    const withCopy: string[] = [];
    for (const file of articles) {
      const html = await page(options.out, file);
      const copy = /data-pagefind-meta="ascii\[content\]" content="([^"]*)"/.exec(html);
      if (copy) {
        withCopy.push(file);
        expect(copy[1]!.split(" ")).toContain("Dang");
        expect(html).toContain("Đặng Minh Khôi");
      }
    }
    expect(withCopy).toHaveLength(1);
  });
});

describe("search page and header search box", () => {
  it("puts the live search box first in <main> and points the script at the bundle", async () => {
    const html = await page(options.out, "search/index.html");
    const main = html.slice(html.indexOf("<main"));
    expect(/<input [^>]*>/.exec(main)?.[0]).toContain('id="search-query" name="q"');
    expect(main).toContain('data-search-bundle="/pagefind/" data-search-base="/"');
    expect(main).toContain("needs JavaScript");
    const script = /<script type="module" src="([^"]+)"><\/script>/.exec(html)?.[1];
    expect(script).toMatch(/^\/assets\/search\.[0-9a-f]{8}\.js$/);
    expect(await page(options.out, script!.slice(1))).toContain("pagefind.js");
  });

  it("offers the seed archive's people, events, topics, year and publishers as filters", async () => {
    const html = await page(options.out, "search/index.html");
    expect(attributeValues(html, "data-filter")).toEqual(["year", "publisher", "person", "event", "topic", "organisation", "place"]);
    expect(html).toContain('name="person" value="Phạm Minh Chính"');
    expect(html).toContain('name="person" value="Đặng Minh Khôi"');
    expect(html).toContain('<option value="2025" data-label="2025">2025 (5)</option>');
    expect(countOf(html, 'name="event"')).toBeGreaterThan(1);
  });

  it("has the header search form on every page but the search page, which has one box: its own", async () => {
    const search = await page(options.out, "search/index.html");
    expect(search).not.toContain('<form class="site-search"');
    expect(countOf(search, 'type="search"')).toBe(1);
    for (const file of (await listHtmlFiles(options.out)).filter((name) => name !== "search/index.html")) {
      const html = await page(options.out, file);
      expect(html, file).toContain('<form class="site-search" action="/search/" method="get" role="search"');
      expect(html, file).toContain('id="site-search-query" name="q"');
    }
  });

  it("points at the prefixed bundle and search page under /news/", async () => {
    expect(await indexedPageCount(prefixed)).toBe(5);
    const html = await page(prefixed, "search/index.html");
    expect(html).toContain('data-search-bundle="/news/pagefind/" data-search-base="/news/"');
    expect(html).toMatch(/<script type="module" src="\/news\/assets\/search\.[0-9a-f]{8}\.js">/);
    expect(html).toContain('<form class="search-form" action="/news/search/"');
  });
});

describe("writeSearchIndex", () => {
  it("indexes pages given as HTML strings", async () => {
    const out = path.join(work, "strings", "pagefind");
    const report = await writeSearchIndex(
      [
        { url: "/2025/01/a/", html: '<html lang="en"><body><article data-pagefind-body><h1>Phạm Minh Chính</h1></article></body></html>' },
        { url: "/2025/01/b/", html: '<html lang="en"><body><article data-pagefind-body><h1>Tô Lâm</h1></article></body></html>' },
      ],
      out,
      { language: "en" },
    );
    expect(report.pageCount).toBe(2);
    expect(await indexedPageCount(path.dirname(out))).toBe(2);
  });
});
