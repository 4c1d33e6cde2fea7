import { describe, expect, it } from "vitest";
import { JSON_FEED_VERSION, renderAtomFeed, renderJsonFeed, type FeedArticle, type FeedInput } from "../../src/model/feeds.ts";
import { parseXml } from "../build/strict-xml.ts";

// Lines from the seed sources, plus the characters that break naive escaping.
const chinh: FeedArticle = {
  url: "https://example.org/news/2025/01/pm-chinh-welcomes-mishustin/",
  title: "PM Phạm Minh Chính welcomes Russian counterpart & <delegation>",
  date: "2025-01-14",
  contentHtml:
    "<p>HÀ NỘI — Prime Minister Phạm Minh Chính on Tuesday welcomed his Russian counterpart.</p>" +
    "<p>Quotes \"double\" and 'single', a CDATA end ]]> and an entity &amp; stay text.\u0001\u000B</p>",
  summary: "Prime Minister Phạm Minh Chính welcomed Mikhail Mishustin <in Hà Nội>.",
  authors: ["Thanh Hà"],
  publisher: "Nhân Dân",
  categories: ["Phạm Minh Chính", "Mikhail Mishustin", "R&D <cooperation>"],
};

const khoi: FeedArticle = {
  url: "https://example.org/news/2025/01/ambassador-dang-minh-khoi/",
  title: "Ambassador Đặng Minh Khôi on Việt Nam–Russia ties",
  date: "2025-01-15",
  contentHtml: "<p>Vietnamese Ambassador to Russia Đặng Minh Khôi highlighted the significance.</p>",
  summary: "National Assembly Chairman Trần Thanh Mẫn made an official visit to Russia.",
  publisher: "VNA",
};

const older: FeedArticle = {
  url: "https://example.org/news/2025/01/to-lam-receives-mishustin/",
  title: "General Secretary To Lam receives Russian PM",
  date: "2025-01-14",
  contentHtml: "<p>General Secretary To Lam had a cordial reception.</p>",
  summary: "A reception at the Party Central Committee Headquarters.",
};

const input: FeedInput = {
  title: "News Archive — Phạm Minh Chính",
  subtitle: "Articles about Phạm Minh Chính",
  feedUrl: "https://example.org/news/people/pham-minh-chinh/feed.xml",
  siteUrl: "https://example.org/news/people/pham-minh-chinh/",
  language: "en",
  articles: [older, chinh, khoi],
};

type Node = Record<string, unknown>;
const text = (node: unknown): string => (typeof node === "string" ? node : String((node as Node)["#text"] ?? ""));

describe("renderAtomFeed", () => {
  const xml = renderAtomFeed(input);
  const feed = parseXml(xml).feed as Node;
  const entries = feed.entry as Node[];

  it("is a strictly well-formed Atom document with the feed's links and id", () => {
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed["@_xml:lang"]).toBe("en");
    expect(text(feed.id)).toBe(input.feedUrl);
    expect(text(feed.title)).toBe(input.title);
    expect(text(feed.subtitle)).toBe(input.subtitle);
    const links = feed.link as Node[];
    expect(links).toContainEqual(expect.objectContaining({ "@_rel": "self", "@_href": input.feedUrl, "@_type": "application/atom+xml" }));
    expect(links).toContainEqual(expect.objectContaining({ "@_rel": "alternate", "@_href": input.siteUrl }));
    expect(text((feed.author as Node[])[0]?.name)).toBe(input.title);
  });

  it("dates the feed by its newest article, never by the clock", () => {
    expect(text(feed.updated)).toBe("2025-01-15T00:00:00Z");
    expect(renderAtomFeed(input)).toBe(xml);
    expect(text((parseXml(renderAtomFeed({ ...input, articles: [] })).feed as Node).updated)).toBe("1970-01-01T00:00:00Z");
    expect(text((parseXml(renderAtomFeed({ ...input, updated: "2025-02-01" })).feed as Node).updated)).toBe("2025-02-01T00:00:00Z");
  });

  it("lists every article once, newest first, same-day ones by title", () => {
    // khoi is 2025-01-15; chinh and older share 2025-01-14 and sort "General…" before "PM…".
    expect(entries.map((entry) => text(entry.id))).toEqual([khoi.url, older.url, chinh.url]);
  });

  it("gives each entry its id, link, dates, author and categories", () => {
    const entry = entries.find((candidate) => text(candidate.id) === chinh.url) as Node;
    expect((entry.link as Node[])[0]).toMatchObject({ "@_rel": "alternate", "@_href": chinh.url });
    expect(text(entry.published)).toBe("2025-01-14T00:00:00Z");
    expect(text(entry.updated)).toBe("2025-01-14T00:00:00Z");
    expect((entry.author as Node[]).map((author) => text(author.name))).toEqual(["Thanh Hà"]);
    expect((entry.category as Node[]).map((category) => category["@_term"])).toEqual(chinh.categories);
    // No byline: the publisher stands in; neither: no entry author (the feed's applies).
    const khoiEntry = entries.find((candidate) => text(candidate.id) === khoi.url) as Node;
    expect((khoiEntry.author as Node[]).map((author) => text(author.name))).toEqual(["VNA"]);
    expect(entries.find((candidate) => text(candidate.id) === older.url)?.author).toBeUndefined();
  });

  it("carries titles and summaries as plain text and the full content as escaped HTML", () => {
    const entry = entries.find((candidate) => text(candidate.id) === chinh.url) as Node;
    expect(entry.title).toMatchObject({ "@_type": "text" });
    expect(text(entry.title)).toBe(chinh.title);
    expect(text(entry.summary)).toBe(chinh.summary);
    expect(entry.content).toMatchObject({ "@_type": "html" });
    // Read back through the parser: the HTML exactly, minus the control characters.
    expect(text(entry.content)).toBe(chinh.contentHtml.replace(/[\u0001\u000B]/g, ""));
    expect(xml).not.toContain("<![CDATA[");
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it("refuses relative article URLs and malformed dates", () => {
    expect(() => renderAtomFeed({ ...input, articles: [{ ...older, url: "/2025/01/x/" }] })).toThrow(/absolute/);
    expect(() => renderAtomFeed({ ...input, articles: [{ ...older, date: "14/01/2025" }] })).toThrow(/YYYY-MM-DD/);
  });
});

describe("renderJsonFeed", () => {
  const json = JSON.parse(renderJsonFeed(input)) as Record<string, unknown> & { items: Node[] };

  it("is JSON Feed 1.1 with the feed's addresses, language and authors", () => {
    expect(json).toMatchObject({
      version: JSON_FEED_VERSION,
      title: input.title,
      description: input.subtitle,
      home_page_url: input.siteUrl,
      feed_url: input.feedUrl,
      language: "en",
      authors: [{ name: input.title }],
    });
    expect(JSON_FEED_VERSION).toBe("https://jsonfeed.org/version/1.1");
  });

  it("holds every article, newest first, with full content and no control characters", () => {
    expect(json.items.map((item) => item.id)).toEqual([khoi.url, older.url, chinh.url]);
    const item = json.items[2] as Node;
    expect(item).toMatchObject({
      url: chinh.url,
      title: chinh.title,
      summary: chinh.summary,
      date_published: "2025-01-14T00:00:00Z",
      authors: [{ name: "Thanh Hà" }],
      tags: chinh.categories,
    });
    expect(item.content_html).toBe(chinh.contentHtml.replace(/[\u0001\u000B]/g, ""));
    expect(json.items[1]).not.toHaveProperty("authors");
  });

  it("is byte-for-byte the same on every run", () => {
    expect(renderJsonFeed({ ...input, articles: [chinh, khoi, older] })).toBe(renderJsonFeed(input));
  });
});
