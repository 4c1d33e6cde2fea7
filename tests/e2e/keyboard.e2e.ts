/**
 * Keyboard basics on every page type: the skip link comes first and takes
 * focus into <main>; Shift+Tab goes back; every element that takes focus
 * shows it, in light and dark mode.
 */
import { describe, expect, it } from "vitest";
import { closePage, servedSite, useBrowser } from "./support/browser.ts";
import { focusState, tabTo, walkFocus } from "./support/keyboard.ts";
import { pageTypeUrl, pageTypes } from "./support/page-types.ts";
import { PATH_PREFIXES } from "./support/sites.ts";

const browser = useBrowser();

describe.each(PATH_PREFIXES)("the skip link on the seed archive served at %s", (prefix) => {
  it("is the first thing Tab reaches, shows on screen, and Enter moves focus into main", async () => {
    const page = await browser.open();
    try {
      await page.goto(servedSite("seed", prefix).url);
      await page.keyboard.press("Tab");
      const skip = await page.evaluate(() => {
        const element = document.activeElement as HTMLAnchorElement | null;
        return { text: element?.textContent?.trim(), href: element?.getAttribute("href") };
      });
      expect(skip.text).toMatch(/skip to (main )?content/i);
      expect((await focusState(page)).invisibleBecause).toBeNull();
      const target = skip.href?.replace(/^#/, "") ?? "";
      expect(await page.evaluate((id) => document.getElementById(id)?.tagName, target)).toBe("MAIN");

      await page.keyboard.press("Enter");
      await page.waitForURL((url) => url.hash === `#${target}`);
      // Focus (or the point the next Tab starts from) is now in main: the next Tab lands inside it.
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(true);
    } finally {
      await closePage(page);
    }
  });
});

describe("Tab and Shift+Tab", () => {
  it("Shift+Tab goes back to the element before", async () => {
    const page = await browser.open();
    try {
      await page.goto(servedSite("seed").url);
      const sections = page.getByRole("navigation", { name: "Sections" }).getByRole("link");
      await tabTo(page, sections.nth(1));
      expect(await tabTo(page, sections.nth(0), { backwards: true })).toBe(1);
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe((await sections.nth(0).textContent())?.trim());
    } finally {
      await closePage(page);
    }
  });
});

describe("visible focus, light and dark", () => {
  it.each(pageTypes().map((type) => [type.name, type] as const))(
    "on every focusable element of the %s page in either colour scheme",
    async (_name, type) => {
      const page = await browser.open();
      try {
        await page.goto(pageTypeUrl(type));
        await type.ready?.(page);
        for (const colorScheme of ["light", "dark"] as const) {
          await page.emulateMedia({ colorScheme });
          const focused = await walkFocus(page);
          expect(focused.length).toBeGreaterThan(3);
          const hidden = focused.filter((state) => state.invisibleBecause !== null);
          expect(
            hidden.map((state) => `${state.description}: ${state.invisibleBecause}`),
            `${colorScheme} mode`,
          ).toEqual([]);
        }
      } finally {
        await closePage(page);
      }
    },
  );
});
