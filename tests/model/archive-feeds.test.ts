import { describe, expect, it } from "vitest";
import { buildArchiveModel } from "../../src/model/archive-model.ts";
import {
  archiveFeedFiles,
  feedArticle,
  SITE_FEED_PATH,
  SITE_FEED_SIZE,
  SITE_JSON_FEED_PATH,
  TAG_FEED_SIZE,
  tagFeedPath,
} from "../../src/model/archive-feeds.ts";
import { JSON_FEED_VERSION, type JsonFeed } from "../../src/model/feeds.ts";
import { LONG_BODY_CHARACTERS } from "../../src/content/entry-schema.ts";
import type { SiteSettings } from "../../src/content/site-settings.ts";
import { entry, taxonomy } from "./model-fixtures.ts";
import { parseXml } from "../build/strict-xml.ts";

const site: SiteSettings = {
  title: "News & <Archive>",
  description: "Reports on Việt Nam",
  language: "en",
  siteUrl: "https://example.org",
  pathPrefix: "/news/",
};

const day = (index: number): string => {
  const date = new Date(Date.UTC(2025, 0, 1 + index));
  return date.toISOString().slice(0, 10);
};

// 60 days of articles: every one about Tô Lâm, every third also about Mishustin's visit.
const entries = Array.from({ length: 60 }, (_, index) =>
  entry({
    slug: `article-${index}`,
    date: day(index),
    title: `Article ${index} <about> Tô Lâm & co`,
    people: ["to-lam"],
    events: index % 3 === 0 ? ["mishustin-visit"] : [],
    topics: ["diplomacy"],
    body: `Paragraph of **article ${index}** with <b>raw</b> markup & an ampersand.`,
  }),
);
const archive = buildArchiveModel(entries, taxonomy);
const files = new Map([...archiveFeedFiles(archive, site)].map((file) => [file.path, file.text]));

type AtomEntry = { id: string; title: { "#text": string }; content: { "#text": string }; category?: unknown[] };
const atomEntries = (xml: string): AtomEntry[] => {
  const feed = parseXml(xml).feed as { entry?: AtomEntry[] };
  return feed.entry ?? [];
};

describe("archiveFeedFiles", () => {
  it("writes the archive's two feeds and one Atom feed per tag with articles, nothing for the others", () => {
    expect([...files.keys()].sort()).toEqual([
      "/events/mishustin-visit/feed.xml",
      SITE_JSON_FEED_PATH,
      SITE_FEED_PATH,
      "/people/to-lam/feed.xml",
      "/topics/diplomacy/feed.xml",
    ]);
  });

  it("puts the newest SITE_FEED_SIZE articles in the archive's Atom feed, newest first", () => {
    const items = atomEntries(files.get(SITE_FEED_PATH)!);
    expect(items).toHaveLength(SITE_FEED_SIZE);
    expect(items[0]!.id).toBe(`https://example.org/news/${day(59).slice(0, 4)}/${day(59).slice(5, 7)}/article-59/`);
    expect(items.at(-1)!.id).toContain("/article-10/");
  });

  it("carries the full sanitised body as escaped HTML, and plain-text titles", () => {
    const [newest] = atomEntries(files.get(SITE_FEED_PATH)!);
    expect(newest!.title["#text"]).toBe("Article 59 <about> Tô Lâm & co");
    expect(newest!.content["#text"]).toBe(archive.articles[0]!.body.value);
    expect(newest!.content["#text"]).toContain("<strong>article 59</strong>");
    // Raw HTML in the Markdown was dropped by the renderer; the feed does not bring it back.
    expect(newest!.content["#text"]).not.toContain("<b>");
  });

  it("gives a tag's feed its newest TAG_FEED_SIZE articles, and an event's feed only its own", () => {
    expect(atomEntries(files.get("/people/to-lam/feed.xml")!)).toHaveLength(TAG_FEED_SIZE);
    const visit = atomEntries(files.get("/events/mishustin-visit/feed.xml")!);
    expect(visit).toHaveLength(TAG_FEED_SIZE);
    for (const item of visit) expect(Number(/article-(\d+)\//.exec(item.id)![1]) % 3).toBe(0);
  });

  it("names the tag in its feed and points at its page, with the site URL and the prefix", () => {
    const feed = parseXml(files.get("/people/to-lam/feed.xml")!).feed as Record<string, unknown>;
    expect(feed.title).toMatchObject({ "#text": "Tô Lâm · News & <Archive>" });
    expect(feed.id).toBe("https://example.org/news/people/to-lam/feed.xml");
    const links = feed.link as Array<Record<string, string>>;
    expect(links.find((link) => link["@_rel"] === "alternate")!["@_href"]).toBe("https://example.org/news/people/to-lam/");
  });

  it("writes a JSON Feed 1.1 of the same articles", () => {
    const json = JSON.parse(files.get(SITE_JSON_FEED_PATH)!) as JsonFeed;
    expect(json.version).toBe(JSON_FEED_VERSION);
    expect(json.feed_url).toBe("https://example.org/news/feed.json");
    expect(json.home_page_url).toBe("https://example.org/news/");
    expect(json.items).toHaveLength(SITE_FEED_SIZE);
    expect(json.items.map((item) => item.id)).toEqual(atomEntries(files.get(SITE_FEED_PATH)!).map((item) => item.id));
    expect(json.items[0]!.tags).toEqual(["Tô Lâm", "Diplomacy"]);
  });
});

describe("feedArticle", () => {
  it("takes byline, publisher and the names of every tag", () => {
    const [article] = buildArchiveModel(
      [
        entry({
          slug: "visit",
          date: "2025-01-14",
          people: ["pham-minh-chinh", "mikhail-mishustin"],
          events: ["mishustin-visit"],
          topics: ["energy"],
        }),
      ],
      taxonomy,
    ).articles;
    article!.author = "Thanh Hà";
    article!.publisher = "SGGP";
    expect(feedArticle(article!, site)).toMatchObject({
      url: "https://example.org/news/2025/01/visit/",
      authors: ["Thanh Hà"],
      publisher: "SGGP",
      categories: ["Phạm Minh Chính", "Mikhail Mishustin", "Mishustin's visit", "Energy"],
    });
  });

  it("carries a body over LONG_BODY_CHARACTERS as its summary, without reading the body", () => {
    const long = entry({
      slug: "long",
      date: "2025-01-14",
      body: `A <report> & more. ${"Many words of one long article. ".repeat(7_000)}`,
    });
    const short = entry({ slug: "short", date: "2025-01-15" });
    expect(long.rendered.characters).toBeGreaterThan(LONG_BODY_CHARACTERS);
    let reads = 0;
    const { html } = long.rendered;
    long.rendered = Object.defineProperty({ ...long.rendered }, "html", {
      get: () => {
        reads += 1;
        return html;
      },
    });
    const model = buildArchiveModel([long, short], taxonomy);
    const [shortArticle, longArticle] = model.articles;

    const content = feedArticle(longArticle!, site).contentHtml;
    expect(content).toBe(`<p>${longArticle!.excerpt.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}</p>`);
    expect(content).toContain("A &lt;report&gt; &amp; more.");
    expect(reads).toBe(0);
    // An article of ordinary length carries its whole body.
    expect(feedArticle(shortArticle!, site).contentHtml).toBe(shortArticle!.body.value);

    const feeds = new Map([...archiveFeedFiles(model, site)].map((file) => [file.path, file.text]));
    const atom = atomEntries(feeds.get(SITE_FEED_PATH)!).find((item) => item.id.endsWith("/long/"))!;
    expect(atom.content["#text"]).toBe(content);
    const json = JSON.parse(feeds.get(SITE_JSON_FEED_PATH)!) as JsonFeed;
    expect(json.items.find((item) => item.id.endsWith("/long/"))!.content_html).toBe(content);
    expect(reads).toBe(0);
  });

  it("is at the root when there is no prefix", () => {
    const [article] = archive.articles;
    expect(feedArticle(article!, { siteUrl: "https://example.org", pathPrefix: "/" }).url).toMatch(/^https:\/\/example\.org\/2025\//);
  });
});

describe("tagFeedPath", () => {
  it("puts feed.xml in the tag's folder", () => {
    expect(tagFeedPath("/people/to-lam/")).toBe("/people/to-lam/feed.xml");
  });
});
