/**
 * Every page type photographed whole at 1280 and 390 px wide (and the main
 * ones in dark mode) into test-results/screenshots/, for a person to look at;
 * the test itself checks what a look would catch in the text: broken diacritics.
 *
 * With E2E_DOCS_SCREENSHOTS=1 one or more of every page type, as a reader first
 * sees them (one screenful), also replace those of docs/screenshots/ that the
 * README shows.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { BrowserContextOptions } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { DESKTOP, closePage, useBrowser } from "./support/browser.ts";
import { pageTypeUrl, pageTypes } from "./support/page-types.ts";
import { watchPage } from "./support/page-watch.ts";

const SCREENSHOT_DIR = path.join("test-results", "screenshots");
const DOCS_DIR = path.join("docs", "screenshots");

/**
 * U+FFFD, or UTF-8 read as Latin-1/Windows-1252 ("Phạm" shown as "PhaÌ£m",
 * "Việt" as "Viá»‡t"): a lead byte's character followed by a continuation byte's.
 */
const BROKEN_TEXT = /\uFFFD|[ÃÂÄÅÆáâ][\u0080-\u00BF\u2018-\u203A\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u02C6\u02DC]/;

/** The phone of the issue. */
const PHONE_390: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

const WIDTHS = [
  ["1280", DESKTOP],
  ["390", PHONE_390],
] as const;
const DARK_TYPES = new Set(["home", "article-of-story", "person", "archive", "events"]);

/** The pictures the README shows, at least one of every page type: `TYPE-WIDTH[-dark]`, first screenful only. */
const DOCS = new Set([
  "home-1280",
  "home-390",
  "home-1280-dark",
  "article-of-story-1280",
  "article-of-story-1280-dark",
  "article-390",
  "story-1280",
  "event-1280",
  "person-390",
  "events-1280",
  "events-390",
  "people-1280",
  "archive-1280",
  "search-390",
  "search-empty-1280",
  "sources-1280",
  "home-page-2-390",
  "topics-1280",
  "topic-1280",
  "person-page-2-1280",
  "organisation-1280",
  "place-390",
  "publisher-1280",
  "archive-year-1280",
  "archive-month-390",
  "about-1280",
  "not-found-390",
]);
const WRITE_DOCS = process.env.E2E_DOCS_SCREENSHOTS === "1";

const browser = useBrowser();

beforeAll(async () => {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  if (WRITE_DOCS) await mkdir(DOCS_DIR, { recursive: true });
});

describe.each(WIDTHS)("screenshots at %s px", (width, options) => {
  it.each(pageTypes().map((type) => [type.name, type] as const))("of the %s page", async (name, type) => {
    const page = await browser.open(options);
    const watch = watchPage(page, pageTypeUrl(type));
    try {
      for (const colorScheme of DARK_TYPES.has(name) ? (["light", "dark"] as const) : (["light"] as const)) {
        await page.emulateMedia({ colorScheme });
        const response = await page.goto(pageTypeUrl(type));
        expect(response?.status()).toBe(type.status);
        // Served as a host would serve it, so "no console error" also means no CSP violation.
        expect(response?.headers()["content-security-policy"], "the page came without the CSP of _headers").toBeTruthy();
        await type.ready?.(page);
        const text = await page.locator("body").innerText();
        expect(BROKEN_TEXT.exec(text)?.[0], "broken characters in the page text").toBeUndefined();
        const shot = `${name}-${width}${colorScheme === "dark" ? "-dark" : ""}`;
        const file = path.join(SCREENSHOT_DIR, shot);
        await page.screenshot({ path: `${file}.png`, fullPage: true, animations: "disabled", scale: "css" });
        // What a reader sees first, without scrolling.
        if (WRITE_DOCS && DOCS.has(shot))
          await page.screenshot({ path: path.join(DOCS_DIR, `${shot}.png`), animations: "disabled", scale: "css" });
      }
      expect(watch.problems()).toEqual([]);
    } finally {
      await closePage(page);
    }
  });
});
