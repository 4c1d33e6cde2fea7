/**
 * Search on the seed archive, by pointer and by keyboard, at the root and under
 * a path prefix: the header's search box opens /search/ with the query; "Chinh"
 * (typed without diacritics) lists the articles about Phạm Minh Chính; ticking
 * an event narrows the results to that event's articles.
 * On a 390 px phone: a query typed before the script is ready is searched once
 * it is; one search box, suggestions while it is empty; a "Filters (n)" button
 * above the results, a facet's top 6 values and "Show all".
 * There is no skipping here: without search these tests fail and say so.
 */
import type { BrowserContext, BrowserContextOptions, Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { closePage, servedSite, urlOf, useBrowser } from "./support/browser.ts";
import { tabTo } from "./support/keyboard.ts";
import { watchPage } from "./support/page-watch.ts";
import { READER_MODES, listedArticles, type ReaderMode } from "./support/reader.ts";
import { PATH_PREFIXES, type ServedSite } from "./support/sites.ts";

const QUERY = "Chinh";
const PERSON_PATH = "/people/pham-minh-chinh/";
const MISSING = "search (the /search/ page, its header form and the Pagefind index) is not built";

/** The articles a tag page lists, read in a page of their own. */
async function articlesOfTagPage(context: BrowserContext, url: string): Promise<string[]> {
  const page = await context.newPage();
  try {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    return await listedArticles(page);
  } finally {
    await page.close();
  }
}

/** The trailing count of a filter's label: "BRICS Summit in Kazan 1" → 1. */
const countOfLabel = (label: string): number => Number(/(\d+)\)?\s*$/.exec(label.trim())?.[1] ?? Number.NaN);

async function typeInto(page: Page, box: Locator, text: string, mode: ReaderMode): Promise<void> {
  if (mode === "pointer") await box.click();
  else await tabTo(page, box);
  await page.keyboard.type(text);
}

const browser = useBrowser();

describe.each(PATH_PREFIXES)("search on the seed archive served at %s", (prefix) => {
  const site = (): ServedSite => servedSite("seed", prefix);

  it.each(READER_MODES)('"Chinh" from the header finds Phạm Minh Chính\'s articles; an event filter narrows them (%s)', async (mode) => {
    const page = await browser.open();
    const watch = watchPage(page, site().url);
    try {
      await page.goto(site().url);
      const headerSearch = page.getByRole("banner").getByRole("search");
      expect(await headerSearch.count(), `no search form in the site header: ${MISSING}`).toBe(1);
      await typeInto(page, headerSearch.getByRole("searchbox"), QUERY, mode);
      await page.keyboard.press("Enter");
      await page.waitForURL(`${site().url}search/?q=${QUERY}`);
      expect(watch.lastDocumentStatus(), MISSING).toBe(200);

      // The first input in <main> is the live search box, holding the query.
      await expect.poll(() => page.locator("main input").first().inputValue(), { timeout: 10_000 }).toBe(QUERY);

      const expected = await articlesOfTagPage(page.context(), urlOf(site(), PERSON_PATH));
      expect(expected.length).toBeGreaterThan(1);
      await expect
        .poll(() => listedArticles(page), { timeout: 15_000, message: `results for "${QUERY}" in <main>` })
        .toEqual(expect.arrayContaining(expected));
      const results = await listedArticles(page);
      for (const result of results) expect(result.startsWith(prefix)).toBe(true);
      // The match is highlighted, with its diacritics as written.
      expect((await page.locator("main mark").allInnerTexts()).join(" ")).toMatch(/Chính/);

      // An event that only some of the results belong to.
      const events = page.getByRole("main").getByRole("group", { name: "Events" }).getByRole("checkbox");
      expect(await events.count(), "no event filter on the search page").toBeGreaterThan(0);
      const labels = await events.evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).labels?.[0]?.textContent ?? ""));
      const counts = labels.map(countOfLabel);
      const narrowest = counts.indexOf(Math.min(...counts));
      expect(counts[narrowest]).toBeLessThan(results.length);
      const eventName = labels[narrowest]!.replace(/\s*\(?\d+\)?\s*$/, "").trim();
      // By name, not position: the script may redraw the options as the results change.
      const eventBox = page
        .getByRole("main")
        .getByRole("group", { name: "Events" })
        .getByRole("checkbox", { name: new RegExp(`^${eventName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`) });
      if (mode === "pointer") await eventBox.check();
      else {
        await tabTo(page, eventBox);
        await page.keyboard.press("Space");
      }
      await expect.poll(() => eventBox.isChecked(), { timeout: 10_000 }).toBe(true);
      await expect
        .poll(async () => (await listedArticles(page)).length, { timeout: 15_000, message: "results after the event filter" })
        .toBe(counts[narrowest]);

      // What is left are that event's articles, all of them about the person.
      const eventsIndex = await page.context().newPage();
      await eventsIndex.goto(urlOf(site(), "/events/"));
      const eventHref = await eventsIndex.getByRole("main").getByRole("link", { name: eventName, exact: true }).getAttribute("href");
      await eventsIndex.close();
      expect(eventHref, `no page for the event "${eventName}"`).not.toBeNull();
      const ofEvent = await articlesOfTagPage(page.context(), new URL(eventHref!, site().url).href);
      const narrowed = await listedArticles(page);
      for (const article of narrowed) {
        expect(ofEvent).toContain(article);
        expect(results).toContain(article);
      }
      expect(watch.problems()).toEqual([]);
    } finally {
      await closePage(page);
    }
  });
});

describe("search without JavaScript", () => {
  it("says it needs JavaScript, and the rest of the site still works", async () => {
    const page = await browser.open({ javaScriptEnabled: false });
    try {
      const response = await page.goto(urlOf(servedSite("seed"), `/search/?q=${QUERY}`));
      expect(response?.status(), MISSING).toBe(200);
      await expect(page.getByRole("main").innerText()).resolves.toMatch(/JavaScript/);
      await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "People", exact: true }).click();
      await page.waitForURL(urlOf(servedSite("seed"), "/people/"));
      // Among the most covered, and in the list of everyone.
      await expect(page.getByRole("main").getByRole("link", { name: "Phạm Minh Chính", exact: true }).count()).resolves.toBeGreaterThan(0);
    } finally {
      await closePage(page);
    }
  });
});

/** The phone of the issue: 390 px wide. */
const PHONE_390: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** The number of results the page announces ("12 articles found …"). */
async function announced(page: Page): Promise<number> {
  const count = /^(\d+) articles? found/.exec((await page.locator("[data-search-status]").innerText()).trim())?.[1];
  return count === undefined ? Number.NaN : Number(count);
}

describe("search on a 390 px phone (synthetic archive)", () => {
  const site = (): ServedSite => servedSite("synth");

  it("searches what was typed before its script was ready", async () => {
    const page = await browser.open(PHONE_390);
    const watch = watchPage(page, site().url);
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    try {
      // The script is held back until the reader has typed.
      await page.route(/\/assets\/search\.[0-9a-f]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(urlOf(site(), "/search/"), { waitUntil: "commit" });
      const box = page.locator("#search-query");
      await box.waitFor({ state: "visible" });
      await box.click();
      await page.keyboard.type("Nikitin");
      expect(await page.locator("[data-search-ui]").getAttribute("hidden")).not.toBeNull();
      release();
      await expect.poll(() => listedArticles(page), { timeout: 15_000, message: "results for what was typed early" }).not.toEqual([]);
      await expect(page.locator("[data-search-status]").innerText()).resolves.toContain("Nikitin");
      expect(new URL(page.url()).searchParams.get("q")).toBe("Nikitin");
      expect(watch.problems()).toEqual([]);
    } finally {
      release();
      await closePage(page);
    }
  });

  it("searches again what the box holds when the reader comes back to the page", async () => {
    const page = await browser.open(PHONE_390);
    try {
      await page.goto(urlOf(site(), "/search/"));
      await page.locator("[data-search-ui]:not([hidden])").waitFor({ state: "attached" });
      await page.locator("#search-query").fill("Kiselyov");
      await expect.poll(() => listedArticles(page), { timeout: 15_000 }).not.toEqual([]);
      const results = await listedArticles(page);
      await page.locator("[data-search-results] a").first().click();
      await page.waitForURL((url) => url.pathname === results[0]);
      await page.goBack();
      await expect.poll(() => page.locator("#search-query").inputValue(), { timeout: 10_000 }).toBe("Kiselyov");
      await expect.poll(() => listedArticles(page), { timeout: 15_000 }).toEqual(results);
      await expect(page.locator("[data-search-suggestions]").isVisible()).resolves.toBe(false);
    } finally {
      await closePage(page);
    }
  });

  it("has one search box; an empty query shows suggestions, a query hides them", async () => {
    const page = await browser.open(PHONE_390);
    try {
      await page.goto(urlOf(site(), "/search/"));
      await page.locator("[data-search-ui]:not([hidden])").waitFor({ state: "attached" });
      await expect(page.locator('input[type="search"]:visible').count()).resolves.toBe(1);
      const suggestions = page.locator("[data-search-suggestions]");
      await expect(suggestions.isVisible()).resolves.toBe(true);
      await expect(suggestions.getByRole("link").count()).resolves.toBeGreaterThanOrEqual(6);
      // No empty results column where the suggestions are.
      await expect(page.locator("[data-search-results-column]").isVisible()).resolves.toBe(false);
      await page.locator("#search-query").fill("Nikitin");
      await expect.poll(() => listedArticles(page), { timeout: 15_000 }).not.toEqual([]);
      await expect(suggestions.isVisible()).resolves.toBe(false);
      await page.locator("#search-query").fill("");
      await expect.poll(() => suggestions.isVisible(), { timeout: 10_000 }).toBe(true);
      await expect(page.locator("[data-search-results-column]").isVisible()).resolves.toBe(false);
    } finally {
      await closePage(page);
    }
  });

  it("puts a 'Filters (n)' button above the results, counts the chosen filters, and shows a facet's top 6 until 'Show all'", async () => {
    const page = await browser.open(PHONE_390);
    try {
      // The most covered person, as a tag page's link would choose them.
      await page.goto(urlOf(site(), "/people/"));
      const person = (await page.locator(".most-covered-people a").first().innerText()).trim();
      await page.goto(urlOf(site(), `/search/?q=meeting&person=${encodeURIComponent(person)}`));
      const toggle = page.locator("[data-search-filters-toggle]");
      await toggle.waitFor({ state: "visible" });
      await expect.poll(() => announced(page), { timeout: 15_000 }).toBeGreaterThan(0);
      await expect(toggle.innerText()).resolves.toMatch(/^\W*Filters \(1\)$/);
      await expect(toggle.getAttribute("aria-expanded")).resolves.toBe("false");
      await expect(page.locator("#search-filters").isVisible()).resolves.toBe(false);
      // Above the results, not after them.
      const [toggleBox, firstResult] = [await toggle.boundingBox(), await page.locator("[data-search-results] li").first().boundingBox()];
      expect(toggleBox!.y + toggleBox!.height).toBeLessThanOrEqual(firstResult!.y);
      expect(toggleBox!.y).toBeLessThan(844);

      await toggle.click();
      await expect(toggle.getAttribute("aria-expanded")).resolves.toBe("true");
      const people = page.getByRole("group", { name: "People" });
      await expect(people.isVisible()).resolves.toBe(true);
      await expect(people.locator(`input[value="${person}"]`).isChecked()).resolves.toBe(true);
      // The checked person and the top 6 of the others, then a button for the rest.
      const shown = () => people.getByRole("checkbox").count();
      expect(await shown()).toBeLessThanOrEqual(7);
      const showAll = people.getByRole("button", { name: /^Show all \(\d+\)$/ });
      const all = Number(/\((\d+)\)/.exec(await showAll.innerText())![1]);
      expect(all).toBeGreaterThan(7);
      await showAll.click();
      await expect.poll(shown).toBe(all);
      await expect(people.getByRole("button", { name: "Show fewer" }).getAttribute("aria-expanded")).resolves.toBe("true");

      // A second filter: the count follows, and the results narrow.
      const before = await announced(page);
      const other = people.getByRole("checkbox", { checked: false }).first();
      await other.check();
      await expect.poll(() => toggle.innerText()).toMatch(/Filters \(2\)$/);
      await expect.poll(() => announced(page), { timeout: 15_000 }).toBeLessThan(before);
      // No value is cut: every shown option lies inside the page's width.
      for (const box of await people.getByRole("checkbox").all()) {
        const label = await box.evaluate((input) => (input as HTMLInputElement).labels?.[0]?.getBoundingClientRect().right ?? 0);
        expect(label).toBeLessThanOrEqual(390);
      }
    } finally {
      await closePage(page);
    }
  });
});
