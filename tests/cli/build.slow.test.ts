/**
 * `news-archive build` end to end on the five seed sources: ingest into a
 * temporary entries folder, render into a temporary output folder.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BuildOptions } from "../../src/cli/options.ts";
import { buildSite } from "../../src/cli/build.ts";
import { countOf, listHtmlFiles } from "../build/site-checks.ts";

let work = "";
const lines: string[] = [];
let options: BuildOptions;
let exitCode = -1;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), "build-site-"));
  options = {
    sources: "content/sources",
    entries: path.join(work, "articles"),
    taxonomy: "content/taxonomy",
    cache: path.join(work, "cache"),
    out: path.join(work, "_site"),
    keepGoing: false,
  };
  exitCode = await buildSite(options, (line) => lines.push(line));
});

afterAll(async () => rm(work, { recursive: true, force: true }));

const page = (file: string) => readFile(path.join(options.out, file), "utf8");

describe("build of the seed archive", () => {
  it("succeeds and says what it built", () => {
    expect(exitCode).toBe(0);
    expect(lines.at(-1)).toMatch(/^built 5 articles, \d+ tag pages into /);
  });

  it("lists the five seed articles on /people/to-lam/ (the three reports of one story as one item), four on /archive/2025/01/", async () => {
    const toLam = await page("people/to-lam/index.html");
    expect(countOf(toLam, '<li class="summary"')).toBe(3);
    expect(countOf(toLam, '<p class="also-reported">')).toBe(1);
    expect(countOf(await page("archive/2025/01/index.html"), '<li class="summary"')).toBe(4);
  });

  it("shows tags and related articles on every article page", async () => {
    const articles = (await listHtmlFiles(options.out)).filter((file) => /^\d{4}\/\d{2}\//.test(file));
    expect(articles).toHaveLength(5);
    for (const file of articles) {
      const html = await page(file);
      expect(html, file).toContain("<h3>People</h3>");
      expect(html, file).toContain('<a href="/people/to-lam/">Tô Lâm</a>');
      expect(html, file).toContain('id="related-heading"');
    }
  });

  it("rejects a bad --site-url as wrong usage, before touching anything", async () => {
    const said: string[] = [];
    expect(await buildSite({ ...options, siteUrl: "not a url" }, (line) => said.push(line))).toBe(2);
    expect(said.join("\n")).toMatch(/site URL/);
  });
});

describe("a source that ingest rejects", () => {
  let sources = "";
  let out = "";
  beforeAll(async () => {
    sources = path.join(work, "sources-with-empty");
    out = path.join(work, "kept", "_site");
    await cp("content/sources", sources, { recursive: true });
    await cp(options.out, out, { recursive: true });
    await writeFile(path.join(sources, "999_empty.txt"), "   \n");
  });

  it("stops the build with exit 1, names the file, and leaves --out as it was", async () => {
    const before = await page("index.html");
    const said: string[] = [];
    const code = await buildSite({ ...options, sources, entries: path.join(work, "articles-2"), out }, (line) => said.push(line));
    expect(code).toBe(1);
    expect(said.join("\n")).toMatch(/error: .*999_empty\.txt/);
    expect(said.at(-1)).toMatch(/build stopped/);
    expect(await readFile(path.join(out, "index.html"), "utf8")).toBe(before);
  });

  it("with --keep-going builds the rest, still exiting 1 for the error", async () => {
    const said: string[] = [];
    const code = await buildSite({ ...options, sources, entries: path.join(work, "articles-3"), out, keepGoing: true }, (line) =>
      said.push(line),
    );
    expect(code).toBe(1);
    expect(said.at(-1)).toMatch(/^built 5 articles/);
  });
});

describe("what check calls an error stops the build too", () => {
  const snapshot = async (dir: string) => {
    const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((dirent) => dirent.isFile())
      .map((dirent) => path.relative(dir, path.join(dirent.parentPath, dirent.name)))
      .sort();
    expect(files.length).toBeGreaterThan(0);
    return Promise.all(files.map(async (file) => [file, await readFile(path.join(dir, file), "utf8")] as const));
  };

  it("an emptied people.yaml: exit 1, the entries keep their tags, the site stays as it was", async () => {
    const taxonomy = path.join(work, "taxonomy-emptied");
    const entries = path.join(work, "articles-emptied");
    await cp("content/taxonomy", taxonomy, { recursive: true });
    await cp(options.entries, entries, { recursive: true });
    await writeFile(path.join(taxonomy, "people.yaml"), "");
    const entriesBefore = await snapshot(entries);
    const siteBefore = await snapshot(options.out);
    const said: string[] = [];
    const code = await buildSite({ ...options, taxonomy, entries }, (line) => said.push(line));
    expect(code).toBe(1);
    expect(said.join("\n")).toMatch(/error: .*people\.yaml: is empty/);
    expect(said.at(-1)).toMatch(/^build stopped: the taxonomy has the errors above/);
    expect(await snapshot(entries)).toEqual(entriesBefore);
    expect(await snapshot(options.out)).toEqual(siteBefore);
  });

  it("an entry tagged with a slug the taxonomy lacks: exit 1, no page for it; --keep-going leaves the entry out", async () => {
    const entries = path.join(work, "articles-unknown-tag");
    await cp(options.entries, entries, { recursive: true });
    const file = (await readdir(entries, { recursive: true })).filter((name) => name.endsWith(".md")).sort()[0]!;
    const text = await readFile(path.join(entries, file), "utf8");
    await writeFile(path.join(entries, file), text.replace("people:\n", "people:\n  - nguyen-van-nobody\n"));
    const out = path.join(work, "unknown-tag", "_site");
    const said: string[] = [];
    expect(await buildSite({ ...options, entries, out }, (line) => said.push(line))).toBe(1);
    expect(said.join("\n")).toMatch(/error: .*: people: "nguyen-van-nobody" is not in the taxonomy/);
    const kept: string[] = [];
    expect(await buildSite({ ...options, entries, out, keepGoing: true }, (line) => kept.push(line))).toBe(1);
    expect(kept.at(-1)).toMatch(/^built 4 articles/);
    expect(await listHtmlFiles(out)).not.toContainEqual(expect.stringMatching(/nguyen-van-nobody/));
  });
});
