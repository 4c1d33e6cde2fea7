/**
 * Search on the seed archive, by pointer and by keyboard, at the root and under
 * a path prefix: the header's search box opens /search/ with the query; "Chinh"
 * (typed without diacritics) lists the articles about Phạm Minh Chính; ticking
 * an event narrows the results to that event's articles.
 * There is no skipping here: without search these tests fail and say so.
 */
import type { BrowserContext, Locator, Page } from "playwright-core";
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
      await expect.poll(() => listedArticles(page), { timeout: 15_000, message: `results for "${QUERY}" in <main>` }).toEqual(expect.arrayContaining(expected));
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
      await expect.poll(async () => (await listedArticles(page)).length, { timeout: 15_000, message: "results after the event filter" }).toBe(counts[narrowest]);

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
      await expect(page.getByRole("main").getByRole("link", { name: "Phạm Minh Chính", exact: true }).count()).resolves.toBe(1);
    } finally {
      await closePage(page);
    }
  });
});
