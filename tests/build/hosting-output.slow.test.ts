/**
 * `news-archive build` on the seed sources, at the root with the configured site URL
 * and under /news/ with --site-url https://example.org, checked the way feed
 * readers, crawlers and hosts read the result: feeds through a strict XML parser,
 * the sitemap against the pages on disk, every JSON-LD block as JSON of its
 * schema.org type, canonical and Open Graph addresses, `_headers`, and the
 * fingerprinted assets the pages link to.
 *
 * Over 300 lines: one build, checked host by host.
 */
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import matter from "gray-matter";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ATOM_CONTENT_TYPE, JSON_FEED_CONTENT_TYPE, SITE_FEED_SIZE } from "../../src/model/archive-feeds.ts";
import { buildSite } from "../../src/cli/build.ts";
import { JSON_FEED_VERSION, type JsonFeed } from "../../src/model/feeds.ts";
import { headersFor, IMMUTABLE_CACHE, parseHeadersFile } from "../../src/model/headers.ts";
import { loadSiteSettings } from "../../src/content/site-settings.ts";
import { attributeValues, htmlValidationErrors, listHtmlFiles } from "./site-checks.ts";
import { parseXml } from "./strict-xml.ts";

interface Build {
  out: string;
  entries: string;
  /** Site root as an absolute URL: `https://example.org/news/`. */
  root: string;
  prefix: string;
  exitCode: number;
}

let work = "";
const builds: Record<"root" | "prefixed", Build> = {} as Record<"root" | "prefixed", Build>;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), "hosting-output-"));
  const configured = await loadSiteSettings();
  const build = async (name: string, pathPrefix?: string, siteUrl?: string): Promise<Build> => {
    const out = path.join(work, name, "_site");
    const entries = path.join(work, name, "articles");
    const exitCode = await buildSite(
      {
        sources: "content/sources",
        entries,
        taxonomy: "content/taxonomy",
        cache: path.join(work, name, "cache"),
        out,
        keepGoing: false,
        ...(pathPrefix ? { pathPrefix } : {}),
        ...(siteUrl ? { siteUrl } : {}),
      },
      () => {},
    );
    const prefix = pathPrefix ?? configured.pathPrefix;
    return { out, entries, root: new URL(prefix, siteUrl ?? configured.siteUrl).href, prefix, exitCode };
  };
  builds.root = await build("root");
  builds.prefixed = await build("prefixed", "/news/", "https://example.org");
}, 120_000);

afterAll(() => rm(work, { recursive: true, force: true }));

const read = (build: Build, file: string): Promise<string> => readFile(path.join(build.out, file), "utf8");

/** `people/to-lam/index.html` → `https://…/people/to-lam/`. */
const urlOfFile = (build: Build, file: string): string => new URL(file.replace(/(^|\/)index\.html$/, "$1"), build.root).href;

/** The output file an absolute or root-relative address of the site names, or undefined when it is elsewhere. */
function fileOfUrl(build: Build, address: string): string | undefined {
  const url = new URL(address, build.root);
  if (!url.href.startsWith(build.root)) return undefined;
  const sitePath = decodeURIComponent(url.pathname.slice(new URL(build.root).pathname.length));
  return sitePath === "" || sitePath.endsWith("/") ? `${sitePath}index.html` : sitePath;
}

async function allFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

const isArticleFile = (file: string): boolean => /^\d{4}\/\d{2}\/[^/]+\/index\.html$/.test(file);
const isPersonFile = (file: string): boolean => /^people\/[^/]+\/index\.html$/.test(file);
const isTagFirstPage = (file: string): boolean => /^(people|events|topics)\/[^/]+\/index\.html$/.test(file);

type JsonLdBlock = Record<string, unknown> & { "@context": string; "@type": string };

function jsonLdBlocks(html: string): JsonLdBlock[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((match) => JSON.parse(match[1]!) as JsonLdBlock);
}

function metaContent(html: string, property: string): string[] {
  return [...html.matchAll(new RegExp(`<meta property="${property}" content="([^"]*)">`, "g"))].map((match) => match[1]!);
}

const decodeAttribute = (value: string): string =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The entries' front matter, as ingest wrote it. */
async function entryData(build: Build): Promise<Array<Record<string, unknown>>> {
  const files = (await readdir(build.entries, { recursive: true })).filter((name) => name.endsWith(".md"));
  return Promise.all(files.map(async (file) => matter(await readFile(path.join(build.entries, file), "utf8")).data));
}

type AtomFeed = {
  id: string;
  link: Array<Record<string, string>>;
  entry?: Array<{ id: string; title: { "#text": string }; content: { "#text": string; "@_type": string } }>;
};

const atom = (xml: string): AtomFeed => parseXml(xml).feed as AtomFeed;

describe.each(["root", "prefixed"] as const)("the %s build", (name) => {
  const build = () => builds[name];

  it("succeeds", () => {
    expect(build().exitCode).toBe(0);
  });

  describe("feeds", () => {
    it("every Atom feed passes a strict XML parser and links only to pages that exist", async () => {
      const feeds = (await allFiles(build().out)).filter((file) => file.endsWith(".xml") && file !== "sitemap.xml");
      expect(feeds.length).toBeGreaterThan(10);
      const pages = new Set(await listHtmlFiles(build().out));
      for (const file of feeds) {
        const feed = atom(await read(build(), file));
        expect(feed.id, file).toBe(urlOfFile(build(), file));
        const entries = feed.entry ?? [];
        expect(entries.length, file).toBeGreaterThan(0);
        for (const entry of entries) {
          expect(entry.id.startsWith(build().root), entry.id).toBe(true);
          expect(pages.has(fileOfUrl(build(), entry.id)!), entry.id).toBe(true);
          expect(entry.content["@_type"]).toBe("html");
          expect(entry.content["#text"]).toContain("<p>");
        }
      }
    });

    it("the archive's feed holds every seed article, newest first (fewer than the limit)", async () => {
      const entries = atom(await read(build(), "feed.xml")).entry ?? [];
      const articles = (await listHtmlFiles(build().out)).filter(isArticleFile);
      expect(articles.length).toBeLessThan(SITE_FEED_SIZE);
      expect(entries.map((entry) => fileOfUrl(build(), entry.id)).sort()).toEqual(articles);
    });

    it("/people/to-lam/feed.xml has the five seed articles", async () => {
      const entries = atom(await read(build(), "people/to-lam/feed.xml")).entry ?? [];
      expect(entries).toHaveLength(5);
    });

    it("each tag's feed holds exactly the articles its entries are tagged with", async () => {
      const data = await entryData(build());
      const feeds = (await allFiles(build().out)).filter((file) => /^(people|events|topics)\/[^/]+\/feed\.xml$/.test(file));
      expect(feeds).toContain("events/mishustin-visit-vietnam-2025/feed.xml");
      for (const file of feeds) {
        const [kind, slug] = file.split("/") as [string, string];
        const tagged = data.filter((entry) => (entry[kind] as string[]).includes(slug)).map((entry) => entry.title);
        const titles = (atom(await read(build(), file)).entry ?? []).map((entry) => entry.title["#text"]);
        expect(titles.sort(), file).toEqual((tagged as string[]).sort());
      }
    });

    it("/feed.json is a JSON Feed 1.1 with the same items", async () => {
      const json = JSON.parse(await read(build(), "feed.json")) as JsonFeed;
      expect(json.version).toBe(JSON_FEED_VERSION);
      expect(json.home_page_url).toBe(build().root);
      expect(json.feed_url).toBe(`${build().root}feed.json`);
      expect(json.title.length).toBeGreaterThan(0);
      const atomIds = (atom(await read(build(), "feed.xml")).entry ?? []).map((entry) => entry.id);
      expect(json.items.map((item) => item.id)).toEqual(atomIds);
      for (const item of json.items) {
        expect(item.url).toBe(item.id);
        expect(item.content_html).toContain("<p>");
        expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
      }
    });

    it("home and tag pages announce their feeds, and the announced files exist", async () => {
      const pages = await listHtmlFiles(build().out);
      for (const file of pages.filter((page) => page === "index.html" || isTagFirstPage(page))) {
        const html = await read(build(), file);
        const links = [
          ...html.matchAll(
            /<link rel="alternate" type="(application\/(?:atom|feed)\+json|application\/atom\+xml)" title="[^"]+" href="([^"]+)">/g,
          ),
        ];
        expect(links.length, file).toBeGreaterThan(0);
        for (const [, , href] of links) {
          expect(href!.startsWith(build().prefix), href).toBe(true);
          expect(await read(build(), fileOfUrl(build(), href!)!)).toMatch(/^(<\?xml|\{)/);
        }
      }
      expect(await read(build(), "people/to-lam/index.html")).toContain(
        `<link rel="alternate" type="application/atom+xml" title="Tô Lâm · News Archive" href="${build().prefix}people/to-lam/feed.xml">`,
      );
    });
  });

  describe("crawler files", () => {
    it("sitemap.xml lists exactly the HTML pages written, by absolute address", async () => {
      const sitemap = parseXml(await read(build(), "sitemap.xml")) as { urlset: { url: Array<{ loc: string }> } };
      const locs = sitemap.urlset.url.map((url) => url.loc);
      const pages = (await listHtmlFiles(build().out)).filter((file) => file !== "404.html");
      expect(locs.sort()).toEqual(pages.map((file) => urlOfFile(build(), file)).sort());
      for (const loc of locs) expect(loc.startsWith(build().root)).toBe(true);
    });

    it("robots.txt names the sitemap by absolute address", async () => {
      expect(await read(build(), "robots.txt")).toContain(`Sitemap: ${build().root}sitemap.xml`);
    });
  });

  describe("page metadata", () => {
    it("every page but 404 has its own canonical address, and Open Graph says the same", async () => {
      for (const file of await listHtmlFiles(build().out)) {
        const html = await read(build(), file);
        const canonical = /<link rel="canonical" href="([^"]*)">/.exec(html)?.[1];
        if (file === "404.html") {
          expect(canonical, file).toBeFalsy();
          continue;
        }
        expect(canonical, file).toBe(urlOfFile(build(), file));
        expect(metaContent(html, "og:url"), file).toEqual([canonical]);
        expect(metaContent(html, "og:type"), file).toEqual([isArticleFile(file) ? "article" : "website"]);
        expect(metaContent(html, "og:title"), file).toHaveLength(1);
        expect(metaContent(html, "og:site_name"), file).toHaveLength(1);
        expect(html, file).toContain('<meta name="twitter:card" content="summary">');
      }
    });

    it("articles carry their date and tags as article properties", async () => {
      for (const file of (await listHtmlFiles(build().out)).filter(isArticleFile)) {
        const html = await read(build(), file);
        const time = /<p class="article-meta"[^>]*>(?:<span class="inferred"[^>]*>about )?<time datetime="([^"]+)">/.exec(html)![1];
        expect(metaContent(html, "article:published_time"), file).toEqual([time]);
        expect(metaContent(html, "article:tag").map(decodeAttribute), file).toContain("Tô Lâm");
      }
    });

    it("every JSON-LD block is schema.org JSON of a stated type with its required fields", async () => {
      const pages = await listHtmlFiles(build().out);
      const seen = new Map<string, number>();
      for (const file of pages) {
        const html = await read(build(), file);
        const blocks = jsonLdBlocks(html);
        for (const block of blocks) {
          expect(block["@context"], file).toBe("https://schema.org");
          expect(["NewsArticle", "BreadcrumbList", "Person"], file).toContain(block["@type"]);
          seen.set(block["@type"], (seen.get(block["@type"]) ?? 0) + 1);
        }
        const types = blocks.map((block) => block["@type"]);
        const inner = file !== "index.html" && file !== "404.html";
        expect(
          types.filter((type) => type === "BreadcrumbList"),
          file,
        ).toHaveLength(inner ? 1 : 0);
        expect(
          types.filter((type) => type === "NewsArticle"),
          file,
        ).toHaveLength(isArticleFile(file) ? 1 : 0);
        expect(
          types.filter((type) => type === "Person"),
          file,
        ).toHaveLength(isPersonFile(file) ? 1 : 0);

        for (const block of blocks) {
          if (block["@type"] === "BreadcrumbList") {
            const items = block.itemListElement as Array<{ "@type": string; position: number; name: string; item: string }>;
            expect(items[0]).toMatchObject({ position: 1, name: "Home", item: build().root });
            expect(items.at(-1)!.item, file).toBe(urlOfFile(build(), file));
            items.forEach((item, index) => {
              expect(item["@type"]).toBe("ListItem");
              expect(item.position).toBe(index + 1);
              expect(pages, item.item).toContain(fileOfUrl(build(), item.item));
            });
          }
          if (block["@type"] === "NewsArticle") {
            const h1 = /<h1>([^<]*)<\/h1>/.exec(html)![1]!;
            expect(block.headline, file).toBe(decodeAttribute(h1));
            expect(block.datePublished, file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            expect(block.url, file).toBe(urlOfFile(build(), file));
            const publisher = /class="publisher"[^>]*>([^<]*?)(?: ↗)?<\/(?:span|a)>/.exec(html)?.[1];
            if (publisher) expect(block.publisher, file).toEqual({ "@type": "Organization", name: decodeAttribute(publisher) });
            else expect(block.publisher, file).toBeUndefined();
            const about = block.about as Array<{ "@type": string; name: string; url: string }>;
            expect(
              about.map((person) => person.name),
              file,
            ).toContain("Tô Lâm");
            for (const person of about) {
              expect(person["@type"]).toBe("Person");
              expect(pages, person.url).toContain(fileOfUrl(build(), person.url));
            }
          }
          if (block["@type"] === "Person") {
            expect(block.url, file).toBe(urlOfFile(build(), file));
            expect(decodeAttribute(/<h1>([^<]*)<\/h1>/.exec(html)![1]!)).toBe(block.name);
          }
        }
      }
      expect(seen.get("NewsArticle")).toBe(5);
      expect(seen.get("BreadcrumbList")).toBe(pages.length - 2);
      expect(seen.get("Person")).toBeGreaterThan(3);
    });
  });

  describe("hosting", () => {
    it("writes _headers with a CSP that needs no unsafe-inline, and immutable fingerprinted assets", async () => {
      const rules = parseHeadersFile(await read(build(), "_headers"));
      const page = new Map(headersFor(`${build().prefix}people/to-lam/`, rules));
      const csp = page.get("Content-Security-Policy")!;
      expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(csp).not.toMatch(/unsafe-inline|'unsafe-eval'/);
      expect(page.get("Cache-Control")).toBeUndefined();
      const assets = (await readdir(path.join(build().out, "assets"))).map((asset) => `${build().prefix}assets/${asset}`);
      for (const asset of assets) expect(new Map(headersFor(asset, rules)).get("Cache-Control"), asset).toBe(IMMUTABLE_CACHE);
      const typeOf = (file: string) => new Map(headersFor(`${build().prefix}${file}`, rules)).get("Content-Type");
      expect(typeOf("feed.xml")).toBe(ATOM_CONTENT_TYPE);
      expect(typeOf("events/mishustin-visit-vietnam-2025/feed.xml")).toBe(ATOM_CONTENT_TYPE);
      expect(typeOf("feed.json")).toBe(JSON_FEED_CONTENT_TYPE);
    });

    it("publishes only fingerprinted assets, and every asset a page names exists", async () => {
      const assets = await readdir(path.join(build().out, "assets"));
      expect(assets.length).toBeGreaterThanOrEqual(2);
      for (const asset of assets) expect(asset).toMatch(/^[\w-]+(\.[\w-]+)*\.[0-9a-f]{8}\.[a-z0-9]+$/);
      for (const file of await listHtmlFiles(build().out)) {
        const html = await read(build(), file);
        const linked = [...attributeValues(html, "href"), ...attributeValues(html, "src")].filter((value) =>
          value.startsWith(`${build().prefix}assets/`),
        );
        expect(
          linked.some((value) => /\/assets\/site\.[0-9a-f]{8}\.css$/.test(value)),
          file,
        ).toBe(true);
        expect(
          linked.some((value) => /\/assets\/favicon\.[0-9a-f]{8}\.svg$/.test(value)),
          file,
        ).toBe(true);
        for (const value of linked) expect(assets, `${value} on ${file}`).toContain(value.slice(value.lastIndexOf("/") + 1));
      }
    });

    it("no page has an inline style, a style element or an inline script (JSON-LD data aside)", async () => {
      for (const file of await listHtmlFiles(build().out)) {
        const html = await read(build(), file);
        expect(html, file).not.toMatch(/\sstyle=|<style[\s>]/i);
        for (const [script] of html.matchAll(/<script\b[^>]*>/gi)) {
          expect(script, file).toMatch(/^<script type="application\/ld\+json">$|\ssrc="/);
        }
        expect(html, file).not.toMatch(/\son[a-z]+=/i);
      }
    });
  });
});

describe("validity of the built pages", () => {
  it("every page of the prefixed build passes html-validate's standard preset", async () => {
    expect(await htmlValidationErrors(builds.prefixed.out)).toEqual([]);
  });
});
