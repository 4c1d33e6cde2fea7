/**
 * One page of each kind a reader meets, found in what the build wrote (the
 * paths are the public interface's), so that the checks that go over "every
 * page type" share one list. The seed archive gives the small pages; the
 * synthetic one (a few hundred articles) the long lists, the time line, the
 * stories and the organisations and places.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { servedSite, urlOf } from "./browser.ts";
import type { ArchiveName, ServedSite } from "./sites.ts";

export interface PageType {
  /** File-name friendly: `person-page-2`. */
  name: string;
  archive: ArchiveName;
  /** Site-relative path, query included. */
  path: string;
  /** The status the host answers with. */
  status: number;
  /** Waits for what the page adds after loading (search results, suggestions). */
  ready?: (page: Page) => Promise<void>;
}

const ARTICLE = /^\/\d{4}\/\d{2}\/[^/]+\/$/;

function firstPage(site: ServedSite, pattern: RegExp, what: string): string {
  const found = site.pages.find((page) => pattern.test(page));
  if (!found) throw new Error(`the ${site.archive} archive has no ${what} page (${pattern})`);
  return found;
}

/** The first of `wanted` the build wrote, else the first page matching `pattern`. */
function preferredPage(site: ServedSite, wanted: readonly string[], pattern: RegExp, what: string): string {
  return wanted.find((page) => site.pages.includes(page)) ?? firstPage(site, pattern, what);
}

/** The story page with the most reports, and the address of its first report. */
export function largestStory(site: ServedSite): { story: string; report: string } {
  let best: { story: string; report: string; count: number } | undefined;
  for (const story of site.pages.filter((page) => /^\/stories\/[^/]+\/$/.test(page))) {
    const html = readFileSync(path.join(site.outDir, story.slice(1), "index.html"), "utf8");
    const main = html.slice(html.indexOf("<main"));
    const reports = [
      ...new Set([...main.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!).filter((href) => /\/\d{4}\/\d{2}\/[^/]+\/$/.test(href))),
    ];
    if (reports.length > 0 && (!best || reports.length > best.count))
      best = { story, report: reports[0]!.slice(site.prefix.length - 1), count: reports.length };
  }
  if (!best) throw new Error(`the ${site.archive} archive has no story`);
  return best;
}

/** The event with the most articles, from the events index the build wrote: its path and name. */
export function mostCoveredEvent(site: ServedSite): { path: string; name: string; count: number } {
  const html = readFileSync(path.join(site.outDir, "events", "index.html"), "utf8");
  const entries = [
    ...html.matchAll(/<p class="event-name"><a href="([^"]+)">([^<]+)<\/a> <span class="count">(\d+) articles?<\/span>/g),
  ].map((match) => ({
    path: match[1]!.slice(site.prefix.length - 1),
    name: match[2]!.replaceAll("&#39;", "'").replaceAll("&amp;", "&"),
    count: Number(match[3]),
  }));
  const most = entries.sort((a, b) => b.count - a.count)[0];
  if (!most) throw new Error(`the ${site.archive} archive's events index lists no event`);
  return most;
}

/** Search results are filled in by script: wait until an article link shows in <main>. */
async function searchResultsShown(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll("main a[href]")].some((link) =>
        /\/\d{4}\/\d{2}\/[^/]+\/$/.test(new URL((link as HTMLAnchorElement).href).pathname),
      ),
    undefined,
    { timeout: 10_000 },
  );
}

/** The search page is ready once its script has shown the filters (or the button that opens them). */
async function searchReady(page: Page): Promise<void> {
  await page.locator("[data-search-ui]:not([hidden])").waitFor({ state: "attached", timeout: 10_000 });
}

/**
 * Every page type of the issue: home and its page 2, articles (one with a date
 * it infers, one of a story), a story, the indexes (the events' time line),
 * each kind of tag page, the date archive, search with and without a query,
 * the About and Sources pages, 404.
 */
export function pageTypes(): PageType[] {
  const seed = servedSite("seed");
  const synth = servedSite("synth");
  return [
    { name: "home", archive: "seed", path: "/", status: 200 },
    { name: "home-page-2", archive: "synth", path: "/page/2/", status: 200 },
    { name: "article", archive: "seed", path: firstPage(seed, ARTICLE, "article"), status: 200 },
    { name: "article-of-story", archive: "synth", path: largestStory(synth).report, status: 200 },
    { name: "story", archive: "synth", path: largestStory(synth).story, status: 200 },
    { name: "people", archive: "synth", path: "/people/", status: 200 },
    { name: "events", archive: "synth", path: "/events/", status: 200 },
    { name: "topics", archive: "synth", path: "/topics/", status: 200 },
    { name: "person", archive: "seed", path: "/people/to-lam/", status: 200 },
    { name: "person-page-2", archive: "synth", path: firstPage(synth, /^\/people\/[^/]+\/page\/2\/$/, "person page 2"), status: 200 },
    { name: "event", archive: "synth", path: mostCoveredEvent(synth).path, status: 200 },
    { name: "topic", archive: "seed", path: firstPage(seed, /^\/topics\/[^/]+\/$/, "topic"), status: 200 },
    {
      name: "organisation",
      archive: "synth",
      path: preferredPage(synth, ["/organisations/state-duma/"], /^\/organisations\/[^/]+\/$/, "organisation"),
      status: 200,
    },
    { name: "place", archive: "synth", path: preferredPage(synth, ["/places/moscow/"], /^\/places\/[^/]+\/$/, "place"), status: 200 },
    {
      name: "publisher",
      archive: "synth",
      path: preferredPage(synth, ["/publishers/viet-nam-news/"], /^\/publishers\/[^/]+\/$/, "publisher"),
      status: 200,
    },
    { name: "archive", archive: "synth", path: "/archive/", status: 200 },
    { name: "archive-year", archive: "synth", path: firstPage(synth, /^\/archive\/\d{4}\/$/, "year"), status: 200 },
    { name: "archive-month", archive: "seed", path: firstPage(seed, /^\/archive\/\d{4}\/\d{2}\/$/, "month"), status: 200 },
    { name: "search", archive: "seed", path: "/search/?q=Chinh", status: 200, ready: searchResultsShown },
    { name: "search-empty", archive: "synth", path: "/search/", status: 200, ready: searchReady },
    { name: "sources", archive: "seed", path: "/sources/", status: 200 },
    { name: "about", archive: "seed", path: "/about/", status: 200 },
    { name: "not-found", archive: "seed", path: "/no-such-page/", status: 404 },
  ];
}

export function pageTypeUrl(type: PageType): string {
  return urlOf(servedSite(type.archive), type.path);
}
