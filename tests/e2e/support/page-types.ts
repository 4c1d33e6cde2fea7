/**
 * One page of each kind a reader meets, found in what the build wrote (the
 * paths are the public interface's), so that the checks that go over "every
 * page type" share one list.
 */
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
  /** Waits for what the page adds after loading (search results). */
  ready?: (page: Page) => Promise<void>;
}

const ARTICLE = /^\/\d{4}\/\d{2}\/[^/]+\/$/;

function firstPage(site: ServedSite, pattern: RegExp, what: string): string {
  const found = site.pages.find((page) => pattern.test(page));
  if (!found) throw new Error(`the ${site.archive} archive has no ${what} page (${pattern})`);
  return found;
}

/** Search results are filled in by script: wait until an article link shows in <main>. */
async function searchResultsShown(page: Page): Promise<void> {
  await page.waitForFunction(
    () => [...document.querySelectorAll("main a[href]")].some((link) => /\/\d{4}\/\d{2}\/[^/]+\/$/.test(new URL((link as HTMLAnchorElement).href).pathname)),
    undefined,
    { timeout: 10_000 },
  );
}

/** Every page type of the issue: home and its page 2, article, the tag indexes and pages, the date archives, search, 404. */
export function pageTypes(): PageType[] {
  const seed = servedSite("seed");
  const synth = servedSite("synth");
  return [
    { name: "home", archive: "seed", path: "/", status: 200 },
    { name: "home-page-2", archive: "synth", path: "/page/2/", status: 200 },
    { name: "article", archive: "seed", path: firstPage(seed, ARTICLE, "article"), status: 200 },
    { name: "people", archive: "seed", path: "/people/", status: 200 },
    { name: "events", archive: "seed", path: "/events/", status: 200 },
    { name: "topics", archive: "seed", path: "/topics/", status: 200 },
    { name: "person", archive: "seed", path: "/people/to-lam/", status: 200 },
    { name: "person-page-2", archive: "synth", path: firstPage(synth, /^\/people\/[^/]+\/page\/2\/$/, "person page 2"), status: 200 },
    { name: "event", archive: "seed", path: firstPage(seed, /^\/events\/[^/]+\/$/, "event"), status: 200 },
    { name: "topic", archive: "seed", path: firstPage(seed, /^\/topics\/[^/]+\/$/, "topic"), status: 200 },
    { name: "archive", archive: "seed", path: "/archive/", status: 200 },
    { name: "archive-year", archive: "synth", path: firstPage(synth, /^\/archive\/\d{4}\/$/, "year"), status: 200 },
    { name: "archive-month", archive: "seed", path: firstPage(seed, /^\/archive\/\d{4}\/\d{2}\/$/, "month"), status: 200 },
    { name: "search", archive: "seed", path: "/search/?q=Chinh", status: 200, ready: searchResultsShown },
    { name: "not-found", archive: "seed", path: "/no-such-page/", status: 404 },
  ];
}

export function pageTypeUrl(type: PageType): string {
  return urlOf(servedSite(type.archive), type.path);
}
