/**
 * A reader moving through the site, by pointer or by keyboard alone; the
 * journeys are written once and walked both ways.
 */
import type { Locator, Page } from "playwright-core";
import { tabTo } from "./keyboard.ts";

export type ReaderMode = "pointer" | "keyboard";
export const READER_MODES: readonly ReaderMode[] = ["pointer", "keyboard"];

/** Follows `link` (click, or Tab to it and Enter) and waits until its page has loaded. */
export async function follow(page: Page, link: Locator, mode: ReaderMode): Promise<void> {
  const href = await link.getAttribute("href");
  if (href === null) throw new Error(`${link} has no href`);
  const destination = new URL(href, page.url()).href;
  if (mode === "pointer") {
    await link.click();
  } else {
    await tabTo(page, link);
    await page.keyboard.press("Enter");
  }
  await page.waitForURL(destination);
}

/** The text of the page's `<h1>`, spaces collapsed. */
export async function headingOf(page: Page): Promise<string> {
  const text = await page.locator("h1").first().innerText();
  return text.replace(/\s+/g, " ").trim();
}

/** Site-relative article addresses (`/YYYY/MM/slug/`) under the prefix, from a page's `<main>`. */
export const ARTICLE_PATH = /\/\d{4}\/\d{2}\/[^/]+\/$/;

/** Addresses of the articles listed in `<main>`, as pathnames, in order, each once. */
export async function listedArticles(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator("main :is(h2, h3, h4) a[href]")
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  return [...new Set(hrefs.filter((href) => ARTICLE_PATH.test(href)))];
}
