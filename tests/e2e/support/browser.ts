/**
 * What a test file needs from the global setup: the served sites and a
 * connection to the one browser, with a fresh context (no cache, no cookies)
 * for every page a test opens.
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { addFocusProbe } from "./keyboard.ts";
import type { ArchiveName, PathPrefix, ServedSite } from "./sites.ts";

export function servedSite(archive: ArchiveName, prefix: PathPrefix = "/"): ServedSite {
  return inject("sites")[archive][prefix];
}

/** The absolute address of a site-relative page path (`/people/to-lam/`). */
export function urlOf(site: ServedSite, pagePath: string): string {
  return new URL(pagePath.replace(/^\//, ""), site.url).href;
}

/** Desktop, and the phone the issue names. */
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
export const PHONE: BrowserContextOptions = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

/**
 * Connects once for the test file (call at the top level of the file); `open`
 * gives a page in a context of its own, closed after the test file.
 */
export function useBrowser(): { open(options?: BrowserContextOptions): Promise<Page> } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.connect(inject("browserEndpoint"));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async open(options: BrowserContextOptions = DESKTOP) {
      if (!browser) throw new Error("the browser is not connected yet: call open() inside a test or hook");
      const context = await browser.newContext({ ...options, locale: "en-GB", timezoneId: "UTC" });
      await addFocusProbe(context);
      return context.newPage();
    },
  };
}

/** Closes the page's context too, so that nothing of it is reused. */
export async function closePage(page: Page): Promise<void> {
  await page.context().close();
}
