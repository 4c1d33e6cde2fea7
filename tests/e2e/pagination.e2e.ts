/**
 * Long lists on a synthetic archive of a few hundred articles: the home page and
 * a much-covered person's page, 20 articles a page, numbered pages, by pointer
 * and by keyboard, at the root and under a path prefix.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { closePage, servedSite, useBrowser } from "./support/browser.ts";
import { watchPage } from "./support/page-watch.ts";
import { READER_MODES, follow, headingOf, listedArticles, type ReaderMode } from "./support/reader.ts";
import { PATH_PREFIXES } from "./support/sites.ts";

const PAGE_SIZE = 20;

const pager = (page: Page) => page.getByRole("main").getByRole("navigation", { name: "Pages" });
const pageLink = (page: Page, number: number) => pager(page).getByRole("link", { name: `Page ${number}`, exact: true });

/** The number of the last page, from the pager's numbered links. */
async function lastPageNumber(page: Page): Promise<number> {
  const names = await pager(page).getByRole("link").allInnerTexts();
  return Math.max(...names.map((name) => Number(/(\d+)$/.exec(name.trim())?.[1] ?? 0)));
}

/** "300 articles" in the page heading. */
async function articleCount(page: Page): Promise<number> {
  const text = await page.getByRole("main").innerText();
  const count = /([\d,]+) articles?\b/.exec(text)?.[1];
  if (!count) throw new Error(`no article count on ${page.url()}`);
  return Number(count.replaceAll(",", ""));
}

/**
 * From the first page of a list: page 2 by its number, page 3 by "Older",
 * then the last page; checks each page's address, heading, current page and
 * articles (20 a page, none twice, the last page holding the rest).
 */
async function walkList(page: Page, mode: ReaderMode, firstUrl: string): Promise<void> {
  const total = await articleCount(page);
  const pages = Math.ceil(total / PAGE_SIZE);
  expect(pages).toBeGreaterThanOrEqual(3);
  expect(await lastPageNumber(page)).toBe(pages);
  const seen = new Set(await listedArticles(page));
  expect(seen.size).toBe(PAGE_SIZE);
  await expect(pageLink(page, 1).getAttribute("aria-current")).resolves.toBe("page");

  await follow(page, pageLink(page, 2), mode);
  expect(page.url()).toBe(`${firstUrl}page/2/`);
  expect(await headingOf(page)).toMatch(new RegExp(`page 2 of ${pages}\\b`));
  await expect(pageLink(page, 2).getAttribute("aria-current")).resolves.toBe("page");
  const second = await listedArticles(page);
  expect(second).toHaveLength(PAGE_SIZE);
  for (const article of second) expect(seen.has(article), `${article} is on page 1 and page 2`).toBe(false);
  for (const article of second) seen.add(article);

  await follow(page, pager(page).getByRole("link", { name: /older/i }), mode);
  expect(page.url()).toBe(`${firstUrl}page/3/`);

  await follow(page, pageLink(page, pages), mode);
  expect(page.url()).toBe(`${firstUrl}page/${pages}/`);
  const last = await listedArticles(page);
  expect(last).toHaveLength(total - PAGE_SIZE * (pages - 1));
  for (const article of last) expect(seen.has(article)).toBe(false);
  await expect(pager(page).getByRole("link", { name: /older/i }).count()).resolves.toBe(0);
}

const browser = useBrowser();

describe.each(PATH_PREFIXES)("pagination on the synthetic archive served at %s", (prefix) => {
  const site = () => servedSite("synth", prefix);

  it.each(READER_MODES)("the home page's list, page by page (%s)", async (mode) => {
    const page = await browser.open();
    const watch = watchPage(page, site().url);
    try {
      await page.goto(site().url);
      await walkList(page, mode, site().url);
      expect(watch.problems()).toEqual([]);
    } finally {
      await closePage(page);
    }
  });

  it.each(READER_MODES)("the most covered person's page, page by page (%s)", async (mode) => {
    const page = await browser.open();
    const watch = watchPage(page, site().url);
    try {
      await page.goto(site().url);
      // The home page's sidebar ranks people by coverage; its first is the most covered.
      const person = page.getByRole("complementary").getByRole("link").first();
      const name = (await person.innerText()).trim();
      await follow(page, person, mode);
      expect(await headingOf(page)).toBe(name);
      expect(page.url()).toMatch(new RegExp(`^${site().url}people/[a-z0-9-]+/$`));
      await walkList(page, mode, page.url());
      expect(watch.problems()).toEqual([]);
    } finally {
      await closePage(page);
    }
  });
});
