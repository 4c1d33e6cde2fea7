/**
 * `serve`'s first page for a saved entry: built from the fixture archive with the
 * articles' context kept, then one entry edited and rendered on its own.
 */
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPages } from "../../src/content/pages.ts";
import { loadSiteSettings } from "../../src/content/site-settings.ts";
import { loadTaxonomy } from "../../src/taxonomy/load-taxonomy.ts";
import type { Taxonomy } from "../../src/content/taxonomy-schema.ts";
import { monthFileOf, readArticleContext } from "../../src/build/article-context.ts";
import { renderSavedEntry, type SavedEntry } from "../../src/build/render-saved-entry.ts";
import { renderSite, siteViewOf } from "../../src/build/render-site.ts";

const MAY_ENTRY = "2025/05/2025-05-09-general-secretary-to-lam-meets-with-russian-prime-minister-mikhail-mishustin.md";
const MAY_PATH = "/2025/05/general-secretary-to-lam-meets-with-russian-prime-minister-mikhail-mishustin/";
const MAY_PAGE = "2025/05/general-secretary-to-lam-meets-with-russian-prime-minister-mikhail-mishustin/index.html";
const SITE = await loadSiteSettings();
/** The pages written by hand (content/pages), in the navigation of every page as in the build. */
const HAND_PAGES = (await loadPages()).pages;

let work = "";
let entries = "";
let out = "";
let contextDir = "";
let taxonomy: Taxonomy;

const saved = (file: string): SavedEntry => ({
  entriesDir: entries,
  file: path.join(entries, file),
  taxonomy,
  settings: SITE,
  site: siteViewOf(SITE, HAND_PAGES),
  contextDir,
  scratchDir: path.join(work, "scratch"),
  outDir: out,
});

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), "saved-entry-"));
  entries = path.join(work, "entries");
  out = path.join(work, "_site");
  contextDir = path.join(work, "cache", "article-context");
  await cp("tests/fixtures/entries", entries, { recursive: true });
  await mkdir(path.join(work, "scratch"));
  taxonomy = (await loadTaxonomy("tests/fixtures/taxonomy")).taxonomy;
  const built = await renderSite({
    entriesDir: entries,
    taxonomyDir: "tests/fixtures/taxonomy",
    outDir: out,
    cacheDir: path.join(work, "cache"),
    site: SITE,
    articleContextDir: contextDir,
  });
  expect(built.problems).toEqual([]);
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("monthFileOf", () => {
  it("files an article's path under its month", () => {
    expect(monthFileOf(MAY_PATH)).toBe("2025-05.json");
  });
  it("has no month for pages that are not articles", () => {
    expect(monthFileOf("/people/to-lam/")).toBeUndefined();
    expect(monthFileOf("/archive/2025/05/")).toBeUndefined();
    expect(monthFileOf("/2025/05/slug/extra/")).toBeUndefined();
  });
});

describe("the articles' context kept by a build", () => {
  it("holds one file a month, with each article's neighbours", async () => {
    expect((await readdir(contextDir)).sort()).toEqual(["2024-06.json", "2025-01.json", "2025-05.json"]);
    const context = await readArticleContext(contextDir, MAY_PATH);
    expect(context?.previous?.path).toMatch(/^\/2025\/01\//);
    expect(context?.next).toBeUndefined();
  });
});

describe("renderSavedEntry", () => {
  it("gives an untouched entry's page byte for byte as the build made it (the rebuild may keep it)", async () => {
    const files = (await readdir(path.join(entries, "2025/01"))).map((name) => `2025/01/${name}`);
    expect(files.length).toBeGreaterThan(2);
    for (const file of files) {
      const page = `2025/01/${file.slice("2025/01/2025-01-11-".length, -".md".length)}/index.html`;
      const built = await readFile(path.join(out, page), "utf8");
      await rm(path.join(out, page));
      expect(await renderSavedEntry(saved(file))).toEqual({ written: `/${page.slice(0, -"index.html".length)}` });
      expect(await readFile(path.join(out, page), "utf8"), file).toBe(built);
    }
  });

  it("rewrites only the saved entry's page, with the edit and the neighbours of the last build", async () => {
    const file = path.join(entries, MAY_ENTRY);
    const text = await readFile(file, "utf8");
    await writeFile(file, text.replace(/^title: .*$/m, "title: A corrected headline <b>kept as text</b>"));
    const homeBefore = await readFile(path.join(out, "index.html"), "utf8");

    const result = await renderSavedEntry(saved(MAY_ENTRY));

    expect(result).toEqual({ written: MAY_PATH });
    const page = await readFile(path.join(out, MAY_PAGE), "utf8");
    expect(page).toContain("A corrected headline &lt;b&gt;kept as text&lt;/b&gt;");
    expect(page).toContain('rel="prev"');
    expect(await readFile(path.join(out, "index.html"), "utf8")).toBe(homeBefore);
    expect(await readdir(path.join(work, "scratch"))).toEqual([]);
  });

  it("leaves a new article, and one that moved, to the rebuild", async () => {
    await mkdir(path.join(entries, "2025/06"), { recursive: true });
    const text = await readFile(path.join(entries, MAY_ENTRY), "utf8");
    await writeFile(path.join(entries, "2025/06/2025-06-01-a-new-article.md"), text.replace(/^date: .*$/m, "date: 2025-06-01"));
    expect(await renderSavedEntry(saved("2025/06/2025-06-01-a-new-article.md"))).toHaveProperty("skipped");
    await expect(readdir(path.join(out, "2025/06"))).rejects.toThrow();
  });

  it("leaves an entry that does not read to the rebuild, which reports it", async () => {
    const broken = "2025/05/2025-05-10-broken.md";
    await writeFile(path.join(entries, broken), "---\ntitle: [unclosed\n---\nBody.\n");
    expect(await renderSavedEntry(saved(broken))).toEqual({ skipped: "the entry does not read" });
  });
});
