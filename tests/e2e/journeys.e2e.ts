/**
 * A reader's way through the archive, by pointer and by keyboard alone, at the
 * root and under a path prefix: home → an article → one of its people →
 * another article of that person → the event → the month in the archive → back;
 * home → a story → one of its reports → a person in "In this story" → the
 * articles they share with another (a filtered search); the events' time line →
 * an event → its articles before, during and after its days.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { closePage, servedSite, urlOf, useBrowser } from "./support/browser.ts";
import { mostCoveredEvent } from "./support/page-types.ts";
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

      // An article on the home page that names the person among its few names (quiet text, not links).
      const summary = page
        .locator("main li.summary")
        .filter({ has: page.locator(".summary-tags", { hasText: PERSON }) })
        .first();
      const firstHeadline = summary.getByRole("heading").getByRole("link");
      const firstTitle = (await firstHeadline.innerText()).trim();
      await follow(page, firstHeadline, mode);
      expect(await headingOf(page)).toBe(firstTitle);
      stops.push(await stopAt(page));

      // The article's margin ("In this story") leads to the person's page, which lists the article.
      await follow(page, page.getByRole("main").getByRole("link", { name: PERSON, exact: true }).first(), mode);
      expect(await headingOf(page)).toContain(PERSON);
      const personArticles = await listedArticles(page);
      expect(personArticles).toContain(new URL(stops[1]!.url).pathname);
      expect(personArticles.length).toBeGreaterThan(1);
      stops.push(await stopAt(page));

      // Another article of the person.
      const otherHeadline = page.getByRole("main").getByRole("heading").getByRole("link").filter({ hasNotText: firstTitle }).first();
      const otherTitle = (await otherHeadline.innerText()).trim();
      await follow(page, otherHeadline, mode);
      expect(await headingOf(page)).toBe(otherTitle);
      await expect(page.getByRole("main").getByRole("link", { name: PERSON, exact: true }).count()).resolves.toBeGreaterThan(0);
      stops.push(await stopAt(page));

      // Its event, from the article's margin.
      const eventLink = page.locator("main .in-this-story h3:text-is('Events') + ul a").first();
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
      const monthDates = await page
        .locator("main li time[datetime]")
        .evaluateAll((times) => times.map((time) => time.getAttribute("datetime")));
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

      await follow(
        page,
        page
          .getByRole("main")
          .getByRole("link")
          .filter({ has: page.locator(`xpath=self::a[@href="${prefix}"]`) })
          .first(),
        mode,
      );
      expect(page.url()).toBe(site().url);
      expect(await headingOf(page)).not.toMatch(/not found/i);
      expect(watch.lastDocumentStatus()).toBe(200);
    } finally {
      await closePage(page);
    }
  });
});

/** "12 articles found for …", "3 articles found with the chosen filters.": the number of results the search page announces. */
async function announcedResults(page: Page): Promise<number> {
  const status = await page.locator("[data-search-status]").innerText();
  const count = /^(\d+) articles? found/.exec(status.trim())?.[1];
  return count === undefined ? Number.NaN : Number(count);
}

describe.each(PATH_PREFIXES)("a story on the seed archive served at %s", (prefix) => {
  const site = () => servedSite("seed", prefix);
  // The keyboard walks it once, at the root; the pointer at both addresses.
  const modes = prefix === "/" ? READER_MODES : (["pointer"] as const);

  it.each(modes)("home → the story → a report → a person in its margin → the articles they share with another, by %s", async (mode) => {
    const page = await browser.open();
    const watch = watchPage(page, site().url);
    try {
      await page.goto(site().url);
      // The story appears once on the home page, its other sources named beside it.
      const storyLink = page
        .locator("main .also-reported a")
        .filter({ hasText: /^All \d+ reports$/ })
        .first();
      const reports = Number(/\d+/.exec(await storyLink.innerText())![0]);
      await follow(page, storyLink, mode);
      expect(new URL(page.url()).pathname).toMatch(new RegExp(`^${prefix}stories/[^/]+/$`));
      await expect(page.locator("main .kicker").innerText()).resolves.toMatch(/story/i);
      const listed = await listedArticles(page);
      expect(listed).toHaveLength(reports);

      // Another outlet's report: its margin names the other reports and the story.
      const report = page.getByRole("main").getByRole("heading").getByRole("link").nth(1);
      const title = (await report.innerText()).trim();
      await follow(page, report, mode);
      expect(await headingOf(page)).toBe(title);
      const margin = page.getByRole("complementary", { name: "In this story" });
      await expect(margin.locator("h3", { hasText: "Also reported by" }).count()).resolves.toBe(1);
      await expect(margin.getByRole("link", { name: `All ${reports} reports of the story` }).count()).resolves.toBe(1);

      // A person of the report, from the margin.
      const person = margin.locator("h3:text-is('People') + ul a").first();
      const name = (await person.innerText()).trim();
      await follow(page, person, mode);
      expect(await headingOf(page)).toBe(name);

      // The person they appear with most: the number links to the articles they share, as a search.
      const together = page
        .getByRole("complementary")
        .locator("section", { has: page.locator("h3", { hasText: "Most often with" }) })
        .locator("a.count")
        .first();
      // The number as shown (the link also says "N articles together" to a screen reader).
      const shared = Number((await together.locator('[aria-hidden="true"]').innerText()).trim());
      expect(shared).toBeGreaterThan(0);
      const href = (await together.getAttribute("href"))!;
      expect(new URL(href, page.url()).searchParams.getAll("person")).toContain(name);
      await follow(page, together, mode);
      await expect.poll(() => announcedResults(page), { timeout: 15_000, message: "the filtered search's results" }).toBe(shared);
      expect((await listedArticles(page)).length).toBe(Math.min(shared, 10));
      // Both people are ticked in the filters, and the filters say so.
      const people = new URL(page.url()).searchParams.getAll("person");
      expect(people).toHaveLength(2);
      for (const each of people) await expect(page.locator(`input[name="person"][value="${each}"]`).isChecked()).resolves.toBe(true);
      expect(watch.problems()).toEqual([]);
    } finally {
      await closePage(page);
    }
  });
});

describe("the events' time line on the synthetic archive", () => {
  const site = () => servedSite("synth");

  it.each(READER_MODES)(
    "/events/ → the most covered event (its mark, or its line in the list) → its articles before, during and after its days, by %s",
    async (mode) => {
      const page = await browser.open();
      const watch = watchPage(page, site().url);
      try {
        await page.goto(urlOf(site(), "/events/"));
        const event = mostCoveredEvent(site());
        // A pointer clicks the mark in the picture; the keyboard takes the list (the marks are no tab stops).
        const link =
          mode === "pointer"
            ? page.locator(`figure.timeline svg.timeline-wide a[href="${site().prefix}${event.path.slice(1)}"]`)
            : page.locator(".event-list").getByRole("link", { name: event.name, exact: true });
        await follow(page, link, mode);
        expect(await headingOf(page)).toBe(event.name);
        const days = await page.locator("main .tag-dates time").evaluateAll((times) => times.map((time) => time.getAttribute("datetime")!));
        const [start, end] = [days[0]!, days.at(-1)!];
        // Each phase lists only what fits it: before the first day, during the days, after the last.
        const phases = await page.locator("main .phase-heading").evaluateAll((headings) =>
          headings.map((heading) => {
            const dates: string[] = [];
            for (let next = heading.nextElementSibling; next && !next.classList.contains("phase-heading"); next = next.nextElementSibling) {
              for (const time of next.querySelectorAll("li.summary .meta time")) dates.push(time.getAttribute("datetime")!);
            }
            return { phase: heading.firstChild!.textContent!.trim(), dates };
          }),
        );
        expect(phases.length).toBeGreaterThanOrEqual(2);
        for (const { phase, dates } of phases) {
          expect(dates.length, phase).toBeGreaterThan(0);
          for (const date of dates) {
            if (phase === "Before") expect(date < start, `${date} before ${start}`).toBe(true);
            else if (phase === "During") expect(date >= start && date <= end, `${date} during ${start}–${end}`).toBe(true);
            else expect(date > end, `${date} after ${end}`).toBe(true);
          }
        }
        expect(watch.problems()).toEqual([]);
      } finally {
        await closePage(page);
      }
    },
  );
});
