/**
 * Builds the fixture archive (tests/fixtures) into temporary folders, at the
 * root and under the path prefix /news/, and checks the page set, the content
 * of each kind of page, html-validate, and that no internal link is broken.
 *
 * Over 300 lines: one build of the fixture archive, checked page kind by page kind.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile, cp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { assetPath } from "../../src/lib/fingerprint-assets.ts";
import { loadSiteSettings } from "../../src/content/site-settings.ts";
import { renderSite, type RenderSiteResult } from "../../src/build/render-site.ts";
import { attributeValues, checkInternalLinks, countOf, htmlValidationErrors, listHtmlFiles } from "./site-checks.ts";

const ENTRIES = "tests/fixtures/entries";
const TAXONOMY = "tests/fixtures/taxonomy";

const EXPECTED_PAGES = [
  "2024/06/president-putin-concludes-state-visit-to-viet-nam/index.html",
  "2025/01/mishustin-visit-to-strengthen-comprehensive-strategic-partnership/index.html",
  "2025/01/party-general-secretary-to-lam-receives-russian-prime-minister/index.html",
  "2025/01/prime-minister-chinh-welcomes-russian-counterpart-mishustin/index.html",
  "2025/01/russia-invites-general-secretary-to-attend-80th-anniversary-of-victory-day/index.html",
  "2025/05/general-secretary-to-lam-meets-with-russian-prime-minister-mikhail-mishustin/index.html",
  "404.html",
  "about/index.html",
  "archive/2024/06/index.html",
  "archive/2024/index.html",
  "archive/2025/01/index.html",
  "archive/2025/05/index.html",
  "archive/2025/index.html",
  "archive/index.html",
  "events/index.html",
  "events/mishustin-visit-vietnam-2025/index.html",
  "events/putin-state-visit-vietnam-2024/index.html",
  "events/to-lam-visit-russia-2025/index.html",
  "events/victory-day-80th-anniversary/index.html",
  "index.html",
  "people/dang-minh-khoi/index.html",
  "people/index.html",
  "people/luong-cuong/index.html",
  "people/mikhail-mishustin/index.html",
  "people/pham-minh-chinh/index.html",
  "people/to-lam/index.html",
  "people/tran-thanh-man/index.html",
  "people/vladimir-putin/index.html",
  "publishers/bao-tin-tuc/index.html",
  "publishers/index.html",
  "publishers/lao-dong/index.html",
  "publishers/sggp/index.html",
  "publishers/viet-nam-news/index.html",
  "search/index.html",
  "sources/index.html",
  "stories/2025-01-14-russia-invites-general-secretary-to-attend-80th-anniversary/index.html",
  "topics/culture/index.html",
  "topics/defence/index.html",
  "topics/diplomacy/index.html",
  "topics/education/index.html",
  "topics/energy/index.html",
  "topics/health/index.html",
  "topics/index.html",
  "topics/maritime/index.html",
  "topics/trade/index.html",
];

let work = "";
let rootSite = "";
let prefixServeRoot = "";
let prefixedSite = "";
let rootResult: RenderSiteResult;

const page = (site: string, file: string): Promise<string> => readFile(path.join(site, file), "utf8");
const SITE = await loadSiteSettings();
const PREFIXED = await loadSiteSettings(undefined, { pathPrefix: "/news/" });
const STYLESHEET = assetPath("site.css");
const ARTICLE_MAY = "2025/05/general-secretary-to-lam-meets-with-russian-prime-minister-mikhail-mishustin/index.html";

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), "render-site-"));
  rootSite = path.join(work, "root", "_site");
  prefixServeRoot = path.join(work, "prefixed");
  prefixedSite = path.join(prefixServeRoot, "news");
  const cacheDir = path.join(work, "cache");
  rootResult = await renderSite({ entriesDir: ENTRIES, taxonomyDir: TAXONOMY, outDir: rootSite, cacheDir, site: SITE });
  await renderSite({ entriesDir: ENTRIES, taxonomyDir: TAXONOMY, outDir: prefixedSite, cacheDir, site: PREFIXED });
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("the fixture archive", () => {
  it("builds without problems", () => {
    expect(rootResult.ok).toBe(true);
    expect(rootResult.problems).toEqual([]);
  });

  it("renders a page written by hand (content/pages/about.md) in the layout, in the navigation, its links under the prefix", async () => {
    const about = await page(prefixedSite, "about/index.html");
    expect(about).toContain("<h1>About this archive</h1>");
    expect(about).toContain('<a href="/news/feed.xml">Atom feed</a>');
    expect(await page(prefixedSite, "index.html")).toContain('<li><a href="/news/about/">About this archive</a></li>');
  });

  it("writes exactly the expected pages, each as PATH/index.html", async () => {
    expect(await listHtmlFiles(rootSite)).toEqual(EXPECTED_PAGES);
    expect(await listHtmlFiles(prefixedSite)).toEqual(EXPECTED_PAGES);
  });

  it("copies the stylesheet and leaves no temporary folder behind", async () => {
    expect(STYLESHEET).toMatch(/^\/assets\/site\.[0-9a-f]{8}\.css$/);
    expect(await readFile(path.join(rootSite, STYLESHEET), "utf8")).toContain("prefers-color-scheme: dark");
    expect((await readdir(path.dirname(rootSite))).filter((name) => name.startsWith(".site-"))).toEqual([]);
    expect(await readdir(prefixServeRoot)).toEqual(["news"]);
  });
});

describe("pages", () => {
  it("home: newest first, each story once with its other sources, with date, publisher, excerpt and a few names", async () => {
    const home = await page(rootSite, "index.html");
    expect(home).toContain('<html lang="en">');
    // Six articles, three of them one story (Mishustin received on 14 January 2025): four items.
    expect(countOf(home, '<li class="summary">')).toBe(4);
    const titles = [...home.matchAll(/<h3 class="summary-title"><a href="[^"]*">([^<]*)<\/a>/g)].map((match) => match[1]);
    expect(titles[0]).toBe("General Secretary To Lam meets with Russian Prime Minister Mikhail Mishustin");
    expect(titles.at(-1)).toBe("President Putin concludes state visit to Việt Nam");
    // Each other source once, then the story's page.
    expect(home).toMatch(
      /<p class="also-reported">Also reported by <a href="[^"]+">[^<]+<\/a> and <a href="[^"]+">[^<]+<\/a><span class="meta-sep" aria-hidden="true"> · <\/span><a href="\/stories\/2025-01-14-[^"]+">All 3 reports<\/a><\/p>/,
    );
    expect(home).toContain('<time datetime="2025-05-09">9 May 2025</time>');
    expect(home).toContain('<span class="publisher">Báo Tin Tức</span>');
    expect(home).toContain('<p class="excerpt">According to VNA special correspondent');
    // Names as quiet text: at most three people and one event, no topics.
    expect(home).toMatch(/<p class="summary-tags">[^<]*Tô Lâm[^<]*<\/p>/);
    expect(home).not.toContain('<p class="summary-tags">Diplomacy');
    expect(home).toContain('href="/feed.xml"');
    expect(home).not.toContain('class="pager"');
  });

  it("article: kicker, date line with the source and its original, body, captions after it, the story's margin, neighbours, related", async () => {
    const article = await page(rootSite, ARTICLE_MAY);
    expect(countOf(article, "<h1")).toBe(1);
    expect(article).toContain("<h1>General Secretary To Lam meets with Russian Prime Minister Mikhail Mishustin</h1>");
    expect(article).toMatch(/<p class="kicker" data-pagefind-ignore><a href="\/events\/[^"]+">/);
    expect(article).toContain('<time datetime="2025-05-09">9 May 2025</time>');
    expect(article).toContain('<p class="dateline-text" data-pagefind-ignore>Moscow</p>');
    expect(article).toContain("By Nguyen Hong Diep");
    expect(article).toContain(
      '<a class="publisher" href="https://baotintuc.vn/chinh-tri/tong-bi-thu-to-lam-hoi-kien-thu-tuong-lien-bang-nga-mikhail-mishustin-20250509055447596.htm" rel="external">Báo Tin Tức ↗</a>',
    );
    expect(article).toContain("Photos in the original (3)");
    expect(article.indexOf("Photos in the original")).toBeGreaterThan(
      article.indexOf("<p>Prime Minister Mikhail Mishustin affirmed that the Russian Government"),
    );
    expect(article).toContain('<h2 id="in-story-heading">In this story</h2>');
    expect(article).toContain('<a href="/events/to-lam-visit-russia-2025/">');
    expect(article).toContain('rel="prev">Party General Secretary To Lam receives Russian Prime Minister Mishustin</a>');
    expect(article).not.toContain('rel="next"');
    const related = article.slice(
      article.indexOf('id="related-heading"'),
      article.indexOf("</section>", article.indexOf('id="related-heading"')),
    );
    expect(countOf(related, "<li>")).toBe(5);
    expect(article).toContain('<a href="/archive/2025/05/">May</a>');
  });

  it("article: an approximate date reads 'about', with the reason in a note", async () => {
    const inferred = await page(rootSite, "2024/06/president-putin-concludes-state-visit-to-viet-nam/index.html");
    expect(inferred).toMatch(/about <time datetime="2024-06-20">/);
    expect(inferred).toContain('id="date-note"');
    expect(await page(rootSite, ARTICLE_MAY)).not.toContain("date-note");
  });

  it("a story's page lists its reports, oldest first; its articles link to it", async () => {
    const [story] = (await listHtmlFiles(rootSite)).filter((file) => file.startsWith("stories/"));
    const html = await page(rootSite, story!);
    expect(countOf(html, '<li class="summary">')).toBe(3);
    expect(html).toContain("3 reports");
    const member = await page(rootSite, "2025/01/prime-minister-chinh-welcomes-russian-counterpart-mishustin/index.html");
    expect(member).toContain(`href="/${story!.replace(/index\.html$/, "")}"`);
  });

  it("people index: the most covered first, then A–Z by sort name; people without articles left out", async () => {
    const people = await page(rootSite, "people/index.html");
    const mostCovered = people.slice(people.indexOf('id="most-covered-heading"'), people.indexOf('id="a-z-heading"'));
    expect(mostCovered.indexOf("Tô Lâm")).toBeLessThan(mostCovered.indexOf("Đặng Minh Khôi"));
    const aToZ = people.slice(people.indexOf('id="a-z-heading"'));
    expect(aToZ.indexOf("Phạm Minh Chính")).toBeLessThan(aToZ.indexOf("Tô Lâm"));
    expect(aToZ.indexOf("Tô Lâm")).toBeLessThan(aToZ.indexOf("Mikhail Mishustin"));
    expect(people).toContain("General Secretary of the Communist Party of Việt Nam");
    expect(people).not.toContain("Sergey Lavrov");
  });

  it("events index: a time line, then the events newest first, each with its dates", async () => {
    const events = await page(rootSite, "events/index.html");
    expect(events).toContain('<figure class="timeline"');
    const list = events.slice(events.indexOf('id="event-list-heading"'));
    const order = [
      "victory-day-80th-anniversary",
      "to-lam-visit-russia-2025",
      "mishustin-visit-vietnam-2025",
      "putin-state-visit-vietnam-2024",
    ];
    const positions = order.map((slug) => list.indexOf(`/events/${slug}/`));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // A span writes its month and year once.
    expect(list).toContain('<time datetime="2025-01-14">14</time>–<time datetime="2025-01-15">15 January 2025</time>');
  });

  it("tag page: coverage over time, articles newest first, the people met most, events, a feed", async () => {
    const toLam = await page(rootSite, "people/to-lam/index.html");
    expect(toLam).toContain("<h1>Tô Lâm</h1>");
    expect(toLam).toContain("General Secretary of the Communist Party of Việt Nam");
    expect(toLam).toMatch(/covered from June 2024 to May 2025/);
    expect(toLam).toContain('<ul class="coverage-years" aria-label="Articles by year">');
    expect(toLam).toMatch(
      /<svg [^>]*role="img" aria-label="Articles per month, covered from June 2024 to May 2025; the most in [A-Z][a-z]+ 20\d\d \(\d+ articles?\)"/,
    );
    // A year's link lands on its first article in the list.
    expect(toLam).toContain('<a href="/people/to-lam/#year-2024">2024</a>');
    expect(toLam).toMatch(/<li class="summary" id="year-2024">/);
    expect(toLam.indexOf("/2025/05/general-secretary")).toBeLessThan(toLam.indexOf("/2024/06/president-putin"));
    const alongside = toLam.slice(toLam.indexOf('id="alongside-heading"'));
    expect(alongside).toContain("<h3>Most often with</h3>");
    expect(alongside).toContain('<a href="/people/mikhail-mishustin/">Mikhail Mishustin</a>');
    expect(alongside).toContain("<h3>Events</h3>");
    expect(alongside).toContain('href="/search/?person=T%C3%B4+L%C3%A2m&amp;person=Mikhail+Mishustin"');
    expect(alongside).not.toContain('<a href="/people/to-lam/">');
    expect(toLam).toContain('href="/people/to-lam/feed.xml"');
    // The page's own name is never among an item's names.
    expect(toLam).not.toMatch(/<p class="summary-tags">(?:[^<]* · )?Tô Lâm(?: ·|<)/);
  });

  it("event page: its articles in the order things happened, before, during and after its days", async () => {
    const visit = await page(rootSite, "events/mishustin-visit-vietnam-2025/index.html");
    expect(visit).toContain("Articles, in the order things happened");
    expect(visit).toMatch(
      /<h3 class="list-subhead phase-heading">During <span class="phase-dates"><time datetime="2025-01-14">14<\/time>–<time datetime="2025-01-15">15 January 2025<\/time><\/span><\/h3>/,
    );
  });

  it("sources page: every publisher with its count and feed", async () => {
    const sources = await page(rootSite, "sources/index.html");
    expect(sources).toContain('<table class="sources">');
    expect(sources).toContain('href="/publishers/bao-tin-tuc/feed.xml"');
  });

  it("date archive: years and months with counts; a month lists its articles", async () => {
    const archive = await page(rootSite, "archive/index.html");
    expect(archive).toMatch(/<a href="\/archive\/2025\/">2025<\/a> <span class="count">5 articles<\/span>/);
    expect(archive).toMatch(
      /<a href="\/archive\/2025\/01\/"><span class="month-name">January<\/span> <span class="count">4 articles<\/span>/,
    );
    const year = await page(rootSite, "archive/2025/index.html");
    expect(year).toContain('<a href="/archive/2025/05/">May 2025</a>');
    const january = await page(rootSite, "archive/2025/01/index.html");
    expect(january).toContain("<h1>January 2025</h1>");
    expect(countOf(january, '<li class="summary">')).toBe(4);
    expect(january).toContain('<a href="/archive/2024/06/" rel="prev">');
  });

  it("404: a real page with a way back", async () => {
    const notFound = await page(rootSite, "404.html");
    expect(notFound).toContain("<h1>Page not found</h1>");
    expect(notFound).toContain('<a href="/">');
    expect(notFound).not.toContain('rel="canonical"');
  });

  it("every page has the landmarks, a skip link, one h1 and breadcrumbs on inner pages", async () => {
    for (const file of EXPECTED_PAGES) {
      const html = await page(rootSite, file);
      expect(countOf(html, "<h1"), file).toBe(1);
      for (const landmark of ["<header", "<nav", "<main", "<footer"]) expect(html, file).toContain(landmark);
      expect(html, file).toContain('<a class="skip-link" href="#main">');
      if (file !== "index.html" && file !== "404.html") expect(html, file).toContain('aria-label="Breadcrumb"');
    }
  });
});

describe("under the path prefix /news/", () => {
  it("puts the prefix in front of every internal link and asset", async () => {
    for (const file of EXPECTED_PAGES) {
      const html = await page(prefixedSite, file);
      const internal = [...attributeValues(html, "href"), ...attributeValues(html, "src")].filter(
        (value) => !/^https?:/.test(value) && !value.startsWith("#"),
      );
      expect(internal.length, file).toBeGreaterThan(0);
      for (const link of internal) expect(link, file).toMatch(/^\/news\//);
    }
  });

  it("keeps absolute addresses on the site URL with the prefix", async () => {
    const home = await page(prefixedSite, "index.html");
    expect(home).toContain('<link rel="canonical" href="https://news-archive.example.org/news/">');
  });
});

describe("validity", () => {
  it("every page passes html-validate's standard preset (root build)", async () => {
    expect(await htmlValidationErrors(rootSite)).toEqual([]);
  });

  it("every page passes html-validate's standard preset (prefixed build)", async () => {
    expect(await htmlValidationErrors(prefixedSite)).toEqual([]);
  });

  it("no internal link is broken at the root, and every page is reachable from home", async () => {
    const report = await checkInternalLinks(rootSite, ".", ["404.html", "search/index.html"]);
    expect(report.broken).toEqual([]);
    // The search page is reached through the header's search form, which a link crawler does not submit.
    for (const file of EXPECTED_PAGES.filter((name) => name !== "404.html" && name !== "search/index.html")) {
      const pathname = `/${file.replace(/index\.html$/, "")}`;
      expect(report.checked.has(pathname), pathname).toBe(true);
    }
    expect(report.checked.has(STYLESHEET)).toBe(true);
  });

  it("no internal link is broken under /news/", async () => {
    const report = await checkInternalLinks(prefixServeRoot, "news", ["news/404.html"]);
    expect(report.broken).toEqual([]);
    expect(report.checked.has("/news/people/to-lam/")).toBe(true);
    expect(report.checked.has(`/news${STYLESHEET}`)).toBe(true);
  });
});

describe("article text is never markup or template code", () => {
  let hostileSite = "";
  beforeAll(async () => {
    const entries = path.join(work, "hostile-entries");
    await mkdir(path.join(entries, "2025", "02"), { recursive: true });
    await writeFile(
      path.join(entries, "2025", "02", "2025-02-03-hostile.md"),
      `---
title: "<script>alert(1)</script> {{ 7*7 }} {% raw %}x{% endraw %}"
date: "2025-02-03"
publisher: "<b>Bold</b> & Co"
captions:
  - "<img src=x onerror=alert(2)> {{ 6*7 }}"
people:
  - to-lam
source: hostile.txt
generatedFrom: 0123456789abcdef
---

Body {{ 7*7 }} and {% raw %}raw{% endraw %} and \${1+1}.

<script>alert(3)</script>

<p onclick="alert(4)">clicked</p>

[a link](javascript:alert(5))
`,
    );
    hostileSite = path.join(work, "hostile", "_site");
    const result = await renderSite({ entriesDir: entries, taxonomyDir: TAXONOMY, outDir: hostileSite, site: SITE });
    expect(result.ok).toBe(true);
  });

  it("shows template syntax literally and runs none of it", async () => {
    const html = await page(hostileSite, "2025/02/hostile/index.html");
    expect(html).toContain("{{ 7*7 }}");
    expect(html).toContain("{% raw %}x{% endraw %}");
    expect(html).toContain("{% raw %}raw{% endraw %}");
    expect(html).toContain("{{ 6*7 }}");
    expect(html).not.toMatch(/\b49\b|\b42\b/);
  });

  it("escapes markup in the title, publisher and captions, and drops it from the body", async () => {
    for (const file of ["2025/02/hostile/index.html", "index.html", "people/to-lam/index.html"]) {
      const html = await page(hostileSite, file);
      // As markup, not as escaped text: no such element or attribute exists. JSON-LD
      // data blocks are the only scripts, and the text in them is \u003c-escaped.
      expect(html, file).not.toMatch(/<script(?! type="application\/ld\+json">)|<img|<b>|<p onclick|href="javascript:/i);
      expect(html, file).not.toMatch(/<script type="application\/ld\+json">[^<]*<(?!\/script>)/);
    }
    const article = await page(hostileSite, "2025/02/hostile/index.html");
    expect(article).toContain("<h1>&lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }}");
    expect(article).toContain("&lt;b&gt;Bold&lt;/b&gt; &amp; Co");
    expect(article).toContain("<li>&lt;img src=x onerror=alert(2)&gt;");
    expect(article).toContain("<a>a link</a>");
  });
});

describe("a failed build", () => {
  it("leaves the previous output untouched and reports the file and field", async () => {
    const out = path.join(work, "kept", "_site");
    const entries = path.join(work, "failing-entries");
    await cp(ENTRIES, entries, { recursive: true });
    const first = await renderSite({ entriesDir: entries, taxonomyDir: TAXONOMY, outDir: out, site: SITE });
    expect(first.ok).toBe(true);
    const before = await listHtmlFiles(out);
    const homeBefore = await page(out, "index.html");

    const broken = path.join(entries, "2025", "01", "2025-01-14-prime-minister-chinh-welcomes-russian-counterpart-mishustin.md");
    await writeFile(broken, (await readFile(broken, "utf8")).replace(/^title: .*$/m, "title: ''"));
    const second = await renderSite({ entriesDir: entries, taxonomyDir: TAXONOMY, outDir: out, site: SITE });

    expect(second.ok).toBe(false);
    expect(second.problems).toHaveLength(1);
    expect(second.problems[0]).toMatchObject({ severity: "error", file: broken });
    expect(second.problems[0]!.message).toMatch(/title/);
    expect(await listHtmlFiles(out)).toEqual(before);
    expect(await page(out, "index.html")).toBe(homeBefore);
    expect((await readdir(path.dirname(out))).filter((name) => name.startsWith(".site-"))).toEqual([]);
  });

  it("when a later step throws, removes its temporary folder and keeps the old site", async () => {
    const out = path.join(work, "kept-after-throw", "_site");
    await renderSite({ entriesDir: ENTRIES, taxonomyDir: TAXONOMY, outDir: out, site: SITE });
    const homeBefore = await page(out, "index.html");
    // The search index fails half-way through the build.
    vi.resetModules();
    vi.doMock("../../src/build/search-index.ts", async (original) => ({
      ...(await original<typeof import("../../src/build/search-index.ts")>()),
      indexSiteForSearch: async () => {
        throw new Error("search indexing failed");
      },
    }));
    const failing = (await import("../../src/build/render-site.ts")).renderSite;
    vi.doUnmock("../../src/build/search-index.ts");
    await expect(failing({ entriesDir: ENTRIES, taxonomyDir: TAXONOMY, outDir: out, site: PREFIXED })).rejects.toThrow(
      "search indexing failed",
    );
    expect(await page(out, "index.html")).toBe(homeBefore);
    expect(await readdir(path.dirname(out))).toEqual(["_site"]);
  });
});
