import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeSynthArchive } from "../../bench/synth/synth-archive.ts";
import { renderSite } from "../../src/build/render-site.ts";
import { pagefindHead, searchDocumentText, writeSearchIndex } from "../../src/build/search-index.ts";
import { loadSiteSettings } from "../../src/content/site-settings.ts";
import { runIngest } from "../../src/ingest/run-ingest.ts";
import { makeScratchFolder } from "./scratch-folder.ts";

const page = (body: string) =>
  `<!doctype html>\n<html lang="en">\n<head>\n<title>T</title>\n<meta name="pagefind-filter-person" data-pagefind-filter="person[content]" content="Tô Lâm">\n</head>\n<body>\n<nav>Menu</nav>\n${body}\n<footer>Foot</footer>\n</body>\n</html>`;

describe("searchDocumentText", () => {
  it("keeps the head and the element marked data-pagefind-body, and drops the rest of the page", () => {
    const text = searchDocumentText(
      page(
        `<main><article class="article" data-pagefind-body><h1>Title</h1><p>Body</p></article>\n<nav class="neighbours">Next: Other</nav></main>`,
      ),
    );
    expect(text).toContain('<meta name="pagefind-filter-person" data-pagefind-filter="person[content]" content="Tô Lâm">');
    expect(text).toContain('<article class="article" data-pagefind-body><h1>Title</h1><p>Body</p></article>');
    expect(text).not.toContain("Next: Other");
    expect(text).not.toContain("Menu");
    expect(text).not.toContain("Foot");
  });

  it("ends the marked element at its own closing tag, past elements of the same name inside it", () => {
    const text = searchDocumentText(
      page(`<section data-pagefind-body><section><p>Inner</p></section><p>After inner</p></section><section>Related</section>`),
    );
    expect(text).toContain("After inner</p></section></body>");
    expect(text).not.toContain("Related");
  });

  it("keeps of the head the title and the elements Pagefind reads, not stylesheets, scripts or social metadata", () => {
    const head = [
      '<meta charset="utf-8">',
      "<title>A &amp; B · Archive</title>",
      '<link rel="stylesheet" href="/assets/site.0a1b2c.css">',
      '<meta property="og:title" content="A &amp; B">',
      '<meta name="pagefind-sort-date" data-pagefind-sort="date[content]" content="2025-01-14">',
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
      '<span data-pagefind-meta="publisher">VNA</span>',
    ].join("\n");
    expect(pagefindHead(head).split("\n")).toEqual([
      "<title>A &amp; B · Archive</title>",
      '<meta name="pagefind-sort-date" data-pagefind-sort="date[content]" content="2025-01-14">',
      '<span data-pagefind-meta="publisher">VNA</span>',
    ]);
  });

  it("reads any head in one pass: a long run of unclosed or odd tags", () => {
    const hostile = `${"<meta data-pagefind-x ".repeat(20000)}${"<title>".repeat(20000)}`;
    const started = performance.now();
    pagefindHead(hostile);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("leaves a page without the mark whole", () => {
    const whole = page("<main><p>No mark</p></main>");
    expect(searchDocumentText(whole)).toBe(whole);
  });
});

/**
 * The claim the search documents rest on: Pagefind makes the same bundle, byte
 * for byte, of the cut documents as of the whole article pages our templates
 * render (metadata, filters and sort keys in the head, the title, the body).
 */
describe("a search document", () => {
  let work = "";
  let pages: Array<{ url: string; html: string }> = [];

  beforeAll(async () => {
    work = await makeScratchFolder("search-documents-");
    const synth = path.join(work, "synth");
    await writeSynthArchive({ n: 24, seed: "search-documents", out: synth });
    const entries = path.join(work, "entries");
    const taxonomy = path.join(synth, "taxonomy");
    await runIngest(
      { sources: path.join(synth, "sources"), taxonomy, entries, cache: path.join(work, "cache"), today: "2030-01-01" },
      () => {},
    );
    const out = path.join(work, "site");
    const built = await renderSite({
      entriesDir: entries,
      taxonomyDir: taxonomy,
      outDir: out,
      site: await loadSiteSettings(),
      log: () => {},
    });
    expect(built.ok).toBe(true);
    const files = (await readdir(out, { recursive: true })).filter((file) => /^\d{4}\/\d{2}\/[^/]+\/index\.html$/.test(file)).sort();
    pages = await Promise.all(
      files.map(async (file) => ({ url: `/${path.dirname(file)}/`, html: await readFile(path.join(out, file), "utf8") })),
    );
  });
  afterAll(async () => rm(work, { recursive: true, force: true }));

  it("gives Pagefind's bundle byte for byte as the whole pages do", async () => {
    expect(pages.length).toBeGreaterThan(10);
    const cut = pages.map((page) => ({ url: page.url, html: searchDocumentText(page.html) }));
    // The cut leaves out the stylesheets, scripts and everything outside the article.
    expect(pages.every((page) => page.html.includes('rel="stylesheet"'))).toBe(true);
    expect(cut.some((page) => page.html.includes('rel="stylesheet"') || page.html.includes("<script"))).toBe(false);
    expect(cut.every((page, index) => page.html.length < pages[index]!.html.length)).toBe(true);
    expect(cut.some((page) => page.html.includes("data-pagefind-filter"))).toBe(true);
    await writeSearchIndex(pages, path.join(work, "whole"), { language: "en" });
    await writeSearchIndex(cut, path.join(work, "cut"), { language: "en" });
    const whole = await filesWithBytes(path.join(work, "whole"));
    const fromCut = await filesWithBytes(path.join(work, "cut"));
    expect([...fromCut.keys()]).toEqual([...whole.keys()]);
    expect([...whole].filter(([file, bytes]) => !bytes.equals(fromCut.get(file)!)).map(([file]) => file)).toEqual([]);
  });
});

async function filesWithBytes(dir: string): Promise<Map<string, Buffer>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const found = new Map<string, Buffer>();
  for (const entry of files.sort((a, b) => path.join(a.parentPath, a.name).localeCompare(path.join(b.parentPath, b.name)))) {
    const file = path.join(entry.parentPath, entry.name);
    found.set(path.relative(dir, file), await readFile(file));
  }
  return found;
}
