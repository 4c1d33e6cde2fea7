/**
 * On a 360×740 phone no page scrolls sideways and the text is readable without
 * zooming; printed, a page keeps its content and drops the navigation.
 */
import { describe, expect, it } from "vitest";
import { PHONE, closePage, useBrowser } from "./support/browser.ts";
import { pageTypeUrl, pageTypes } from "./support/page-types.ts";

const browser = useBrowser();

/** Below this a phone reader zooms in: footnote size, not body size. */
const SMALLEST_TEXT_PX = 12;
const BODY_TEXT_PX = 16;

describe("on a 360×740 phone", () => {
  it.each(pageTypes().map((type) => [type.name, type] as const))(
    "the %s page fits the width and its text is readable",
    async (_name, type) => {
      const page = await browser.open(PHONE);
      try {
        await page.goto(pageTypeUrl(type));
        await type.ready?.(page);
        const layout = await page.evaluate((smallest) => {
          const viewport = document.querySelector('meta[name="viewport"]')?.getAttribute("content") ?? "";
          const small: string[] = [];
          const clipped: string[] = [];
          for (const element of document.body.querySelectorAll("*")) {
            const style = getComputedStyle(element);
            const rect = element.getBoundingClientRect();
            const shown = rect.width > 1 && rect.height > 1 && element.checkVisibility({ visibilityProperty: true, opacityProperty: true });
            if (!shown) continue;
            const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
            if (ownText && Number.parseFloat(style.fontSize) < smallest) {
              small.push(
                `${element.tagName.toLowerCase()}.${element.className} "${element.textContent?.trim().slice(0, 40)}" at ${style.fontSize}`,
              );
            }
            // Text cut off by a box too narrow for it.
            if (/hidden|clip/.test(style.overflowX) && element.scrollWidth > element.clientWidth + 1) {
              clipped.push(`${element.tagName.toLowerCase()}.${element.className} (${element.scrollWidth} in ${element.clientWidth})`);
            }
          }
          return {
            viewport,
            scrollWidth: document.documentElement.scrollWidth,
            innerWidth: window.innerWidth,
            bodyFontSize: Number.parseFloat(getComputedStyle(document.body).fontSize),
            small,
            clipped,
          };
        }, SMALLEST_TEXT_PX);
        expect(layout.viewport).toMatch(/width=device-width/);
        expect(layout.viewport).not.toMatch(/user-scalable\s*=\s*no|maximum-scale\s*=\s*1(\.0)?\b/);
        expect(layout.innerWidth).toBe(360);
        expect(layout.scrollWidth, "the page scrolls sideways").toBeLessThanOrEqual(layout.innerWidth);
        expect(layout.bodyFontSize).toBeGreaterThanOrEqual(BODY_TEXT_PX);
        expect(layout.small).toEqual([]);
        expect(layout.clipped).toEqual([]);
      } finally {
        await closePage(page);
      }
    },
  );
});

describe("printed", () => {
  it.each(pageTypes().map((type) => [type.name, type] as const))(
    "the %s page hides navigation, search and pagers and keeps its heading",
    async (_name, type) => {
      const page = await browser.open();
      try {
        await page.goto(pageTypeUrl(type));
        await type.ready?.(page);
        await page.emulateMedia({ media: "print" });
        const printed = await page.evaluate(() => {
          const shown = (element: Element) => element.checkVisibility({ visibilityProperty: true });
          const navigation = [...document.querySelectorAll("nav, [role=navigation], form, search, [role=search], .skip-link, .pager")];
          // The search page's own search box is its content; the header's form is navigation.
          const main = document.querySelector("main");
          return {
            navigation: navigation.length,
            shownNavigation: navigation
              .filter((element) => !(main?.contains(element) && element.closest("form, search, [role=search]") && !element.closest("nav")))
              .filter(shown)
              .map((element) => `${element.tagName.toLowerCase()}${element.className ? `.${element.className}` : ""}`),
            heading: document.querySelector("h1") ? shown(document.querySelector("h1")!) : false,
          };
        });
        expect(printed.navigation).toBeGreaterThan(0);
        expect(printed.shownNavigation).toEqual([]);
        expect(printed.heading).toBe(true);
      } finally {
        await closePage(page);
      }
    },
  );
});
