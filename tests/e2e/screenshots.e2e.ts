/**
 * Every page type photographed at desktop and phone widths (and the main ones
 * in dark mode) into test-results/screenshots/, whole and as first seen
 * (`-top`), for a person to look at; the
 * test itself checks what a look would catch in the text: broken diacritics.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DESKTOP, PHONE, closePage, useBrowser } from "./support/browser.ts";
import { pageTypeUrl, pageTypes } from "./support/page-types.ts";
import { watchPage } from "./support/page-watch.ts";

export const SCREENSHOT_DIR = path.join("test-results", "screenshots");

/**
 * U+FFFD, or UTF-8 read as Latin-1/Windows-1252 ("Phạm" shown as "PhaÌ£m",
 * "Việt" as "Viá»‡t"): a lead byte's character followed by a continuation byte's.
 */
const BROKEN_TEXT = /\uFFFD|[ÃÂÄÅÆáâ][\u0080-\u00BF\u2018-\u203A\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u02C6\u02DC]/;

const WIDTHS = [
  ["desktop", DESKTOP],
  ["phone", PHONE],
] as const;
const DARK_TYPES = new Set(["home", "article", "person"]);

const browser = useBrowser();

beforeAll(async () => {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
});

describe.each(WIDTHS)("screenshots at %s width", (width, options) => {
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
        const file = path.join(SCREENSHOT_DIR, `${name}-${width}${colorScheme === "dark" ? "-dark" : ""}`);
        await page.screenshot({ path: `${file}.png`, fullPage: true, animations: "disabled", scale: "css" });
        // What a reader sees first, without scrolling.
        await page.screenshot({ path: `${file}-top.png`, animations: "disabled" });
      }
      expect(watch.problems()).toEqual([]);
    } finally {
      await closePage(page);
    }
  });
});
