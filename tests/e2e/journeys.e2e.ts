/**
 * A reader's way through the seed archive, by pointer and by keyboard alone,
 * at the root and under a path prefix: home → an article → one of its people →
 * another article of that person → the event → the month in the archive → back.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { closePage, servedSite, urlOf, useBrowser } from "./support/browser.ts";
import { watchPage } from "./support/page-watch.ts";
import { READER_MODES, follow, headingOf, listedArticles } from "./support/reader.ts";
import { PATH_PREFIXES } from "./support/sites.ts";

/** The person the journey follows: in every seed article, named with diacritics. */
const PERSON = "Phạm Minh Chính";

const monthName = (yearMonth: string): string =>
  new Intl.DateTimeFormat("en-GB", { month: "long", timeZone: "UTC" }).format(new Date(`${yearMonth}-01T00:00:00Z`));

interface Stop {
  url: string;
  heading: string;
}

async function stopAt(page: Page): Promise<Stop> {
  return { url: page.url(), heading: await headingOf(page) };
}

const browser = useBrowser();

describe.each(PATH_PREFIXES)("reader journey on the seed archive served at %s", (prefix) => {
  const site = () => servedSite("seed", prefix);

  it.each(READER_MODES)("home → article → person → another article → event → month → back, by %s", async (mode) => {
    const page = await browser.open();
    const watch = watchPage(page, site().url);
    const stops: Stop[] = [];
    try {
      await page.goto(site().url);
      expect(watch.lastDocumentStatus()).toBe(200);
      stops.push(await stopAt(page));

      // An article on the home page that names the person among its tags.
      const summary = page.getByRole("main").getByRole("listitem").filter({ has: page.getByRole("link", { name: PERSON, exact: true }) }).first();
      const firstHeadline = summary.getByRole("heading").getByRole("link");
      const firstTitle = (await firstHeadline.innerText()).trim();
      await follow(page, firstHeadline, mode);
      expect(await headingOf(page)).toBe(firstTitle);
      stops.push(await stopAt(page));

      // The article's tag for the person leads to the person's page, which lists the article.
      await follow(page, page.getByRole("main").getByRole("link", { name: PERSON, exact: true }).first(), mode);
      expect(await headingOf(page)).toContain(PERSON);
      const personArticles = await listedArticles(page);
      expect(personArticles).toContain(new URL(stops[1]!.url).pathname);
      expect(personArticles.length).toBeGreaterThan(1);
      stops.push(await stopAt(page));

      // Another article of the person.
      const otherHeadline = page
        .getByRole("main")
        .getByRole("heading")
        .getByRole("link")
        .filter({ hasNotText: firstTitle })
        .first();
      const otherTitle = (await otherHeadline.innerText()).trim();
      await follow(page, otherHeadline, mode);
      expect(await headingOf(page)).toBe(otherTitle);
      await expect(page.getByRole("main").getByRole("link", { name: PERSON, exact: true }).count()).resolves.toBeGreaterThan(0);
      stops.push(await stopAt(page));

      // Its event, from the article's tags.
      const eventLink = page.locator("main dt:text-is('Events') + dd a").first();
      const eventName = (await eventLink.innerText()).trim();
      await follow(page, eventLink, mode);
      expect(await headingOf(page)).toBe(eventName);
      expect(await listedArticles(page)).toContain(new URL(stops[3]!.url).pathname);
      const eventMonth = (await page.getByRole("main").locator("time[datetime]").first().getAttribute("datetime"))!.slice(0, 7);
      stops.push(await stopAt(page));

      // The month of the event in the date archive, through the site's navigation.
      await follow(page, page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Archive", exact: true }), mode);
      stops.push(await stopAt(page));
      const [year, month] = eventMonth.split("-");
      await follow(page, page.locator(`main a[href$="/archive/${year}/${month}/"]`).first(), mode);
      expect(await headingOf(page)).toContain(`${monthName(eventMonth)} ${year}`);
      const monthDates = await page.locator("main li time[datetime]").evaluateAll((times) => times.map((time) => time.getAttribute("datetime")));
      expect(monthDates.length).toBeGreaterThan(0);
      for (const date of monthDates) expect(date).toMatch(new RegExp(`^${eventMonth}-`));
      stops.push(await stopAt(page));

      // Every address under the prefix the site is served at.
      for (const stop of stops) expect(new URL(stop.url).pathname.startsWith(prefix)).toBe(true);

      // Back through the browser's history, each page as it was.
      for (const expected of stops.slice(0, -1).reverse()) {
        await page.goBack();
        expect(await stopAt(page)).toEqual(expected);
      }
      expect(watch.problems()).toEqual([]);
    } finally {
      await closePage(page);
    }
  });
});

describe.each(PATH_PREFIXES)("the 404 page of the seed archive served at %s", (prefix) => {
  const site = () => servedSite("seed", prefix);

  it.each(READER_MODES)("answers a missing address with status 404 and the site's own page, with a way home (%s)", async (mode) => {
    const page = await browser.open();
    const watch = watchPage(page, site().url);
    try {
      const response = await page.goto(urlOf(site(), "/no/such/page/"));
      expect(response?.status()).toBe(404);
      expect(await page.title()).toMatch(/not found/i);
      expect(await headingOf(page)).toMatch(/not found/i);
      // Styled like the rest of the site: its stylesheet loaded from the prefix.
      const sheets = await page.evaluate(() => [...document.styleSheets].map((sheet) => sheet.href ?? "inline"));
      expect(sheets.length).toBeGreaterThan(0);
      for (const sheet of sheets) expect(new URL(sheet).pathname.startsWith(prefix)).toBe(true);
      expect(watch.problems()).toEqual([]);

      await follow(page, page.getByRole("main").getByRole("link").filter({ has: page.locator(`xpath=self::a[@href="${prefix}"]`) }).first(), mode);
      expect(page.url()).toBe(site().url);
      expect(await headingOf(page)).not.toMatch(/not found/i);
      expect(watch.lastDocumentStatus()).toBe(200);
    } finally {
      await closePage(page);
    }
  });
});
