/**
 * Long lists on a synthetic archive of a few hundred articles: the home page and
 * a much-covered person's page, 20 items a page, by pointer and by keyboard, at
 * the root and under a path prefix. The pager reads "← Newer · Page 2 of 14 ·
 * Older →" and fits one line on a 360 px phone; a page after the first gives
 * its dates under its heading and in its title.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { PHONE, closePage, servedSite, useBrowser } from "./support/browser.ts";
import { watchPage } from "./support/page-watch.ts";
import { READER_MODES, follow, headingOf, listedArticles, type ReaderMode } from "./support/reader.ts";
import { PATH_PREFIXES } from "./support/sites.ts";

const PAGE_SIZE = 20;

const pager = (page: Page) => page.getByRole("main").getByRole("navigation", { name: "Pages" });

/** "Page 2 of 14" → [2, 14]. */
async function place(page: Page): Promise<[number, number]> {
  const text = await pager(page).locator(".pager-place").innerText();
  const match = /^Page (\d+) of (\d+)$/.exec(text.trim());
  if (!match) throw new Error(`no "Page N of M" in the pager of ${page.url()}: ${text}`);
  return [Number(match[1]), Number(match[2])];
}

/** The list's items: each story once, so a page holds 20 items but may name more articles. */
const itemCount = (page: Page) => page.locator("main li.summary").count();

/** The dates of a page's items, and the range its heading gives. */
async function datesAndRange(page: Page): Promise<{ dates: string[]; range: string[] }> {
  const dates = await page
    .locator("main li.summary > .meta time")
    .evaluateAll((times) => times.map((time) => time.getAttribute("datetime")!));
  const range = await page.locator("main .page-range time").evaluateAll((times) => times.map((time) => time.getAttribute("datetime")!));
  return { dates, range };
}

/**
 * From the first page of a list: "Older →" twice, "← Newer" once, then the
 * oldest page by its link; checks each page's place, its items (20 a page,
 * none twice across pages 1–3) and the dates its heading gives.
 */
async function walkList(page: Page, mode: ReaderMode, firstUrl: string): Promise<void> {
  const [first, pages] = await place(page);
  expect(first).toBe(1);
  expect(pages).toBeGreaterThanOrEqual(3);
  await expect(pager(page).getByRole("link", { name: /newer/i }).count()).resolves.toBe(0);
  const seen = new Set(await listedArticles(page));
  expect(await itemCount(page)).toBe(PAGE_SIZE);

  await follow(page, pager(page).getByRole("link", { name: "Older →" }), mode);
  expect(page.url()).toMatch(new RegExp(`^${firstUrl}page/\\d+/$`));
  expect(await place(page)).toEqual([2, pages]);
  // The page says which days it holds: under its heading, and in its title.
  const { dates, range } = await datesAndRange(page);
  expect(range).toEqual([[...dates].sort()[0], [...dates].sort().at(-1)]);
  expect(await page.title()).toContain(
    new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
      new Date(`${range[0]}T00:00:00Z`),
    ),
  );
  const second = page.url();
  expect(await itemCount(page)).toBe(PAGE_SIZE);
  for (const article of await listedArticles(page)) seen.add(article);

  await follow(page, pager(page).getByRole("link", { name: "Older →" }), mode);
  expect(await place(page)).toEqual([3, pages]);
  await follow(page, pager(page).getByRole("link", { name: "← Newer" }), mode);
  expect(page.url()).toBe(second);

  await follow(page, pager(page).getByRole("link", { name: "Oldest »" }), mode);
  expect(page.url()).toBe(`${firstUrl}page/1/`);
  expect(await place(page)).toEqual([pages, pages]);
  await expect(pager(page).getByRole("link", { name: /older/i }).count()).resolves.toBe(0);
  expect(await itemCount(page)).toBeGreaterThan(0);
  expect(await headingOf(page)).not.toBe("");
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
      const person = page
        .getByRole("complementary")
        .locator("section", { has: page.locator("h3", { hasText: "People" }) })
        .getByRole("listitem")
        .first()
        .getByRole("link");
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

describe("the pager on a 360 px phone", () => {
  it("reads '← Newer · Page 2 of N · Older →' on one line", async () => {
    const page = await browser.open(PHONE);
    try {
      await page.goto(servedSite("synth").url);
      const older = await pager(page).getByRole("link", { name: "Older →" }).getAttribute("href");
      await page.goto(new URL(older ?? "", page.url()).href);
      const nav = pager(page);
      await expect(nav.innerText().then((text) => text.replace(/\s+/g, " ").trim())).resolves.toMatch(
        /^← Newer · Page 2 of \d+ · Older →$/,
      );
      // One line: every part of it at the same height, and inside the screen.
      const boxes = await nav
        .locator(":scope > :visible")
        .evaluateAll((parts) =>
          parts.map((part) => part.getBoundingClientRect()).map((rect) => ({ top: rect.top, bottom: rect.bottom, right: rect.right })),
        );
      const middles = boxes.map((box) => (box.top + box.bottom) / 2);
      expect(Math.max(...middles) - Math.min(...middles)).toBeLessThan(4);
      for (const box of boxes) expect(box.right).toBeLessThanOrEqual(360);
    } finally {
      await closePage(page);
    }
  });
});
