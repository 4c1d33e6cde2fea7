/**
 * Every page type at 1280, 390 and 360 px wide, light and dark: axe-core with
 * its default rule set, best-practice rules included, finds nothing (at 1280
 * and 390), the page never scrolls sideways and no control is cut (at all three).
 * One page load per type: the window is resized and the colour scheme switched
 * in place, which is what the stylesheet's media queries answer to.
 */
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import type { AxeResults, Result } from "axe-core";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { closePage, servedSite, urlOf, useBrowser } from "./support/browser.ts";
import { layoutReport } from "./support/layout.ts";
import { pageTypeUrl, pageTypes } from "./support/page-types.ts";

const browser = useBrowser();

/** One line per failing node: rule, impact, where, and axe's summary of the fix. */
function describeViolations(violations: Result[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id} (${violation.impact}) at ${node.target.join(" ")}: ${node.failureSummary?.replace(/\s+/g, " ")}`,
    ),
  );
}

const COLOR_SCHEMES = ["light", "dark"] as const;
/** Desktop, the phone of the issue, and the narrowest phone the suite knows. */
const WIDTHS = [
  { width: 1280, height: 800, axe: true },
  { width: 390, height: 844, axe: true },
  { width: 360, height: 740, axe: false },
] as const;

/** axe-core's own bundle: put into each page once, then run as often as the page changes. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * axe on the page as it is now, with its default rules; only the violations are
 * reported in detail (the same rules run, the report is smaller). axe runs in
 * the page itself: the pages have no frames, and @axe-core/playwright's way
 * (each run finished in a page of its own) costs two seconds a run.
 */
async function violations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe.run(document, {
      resultTypes: ["violations"],
    }),
  );
  // The default run includes the best-practice rules; make sure they really ran.
  expect(results.passes.some((rule) => rule.tags.includes("best-practice"))).toBe(true);
  return describeViolations(results.violations);
}

describe("every page type at 1280, 390 and 360 px, light and dark", () => {
  it.each(pageTypes().map((type) => [type.name, type] as const))(
    "the %s page: axe finds no violation, nothing scrolls sideways, no control is cut",
    async (_name, type) => {
      const page = await browser.open();
      try {
        const response = await page.goto(pageTypeUrl(type));
        expect(response?.status()).toBe(type.status);
        await type.ready?.(page);
        for (const { width, height, axe } of WIDTHS) {
          await page.setViewportSize({ width, height });
          for (const colorScheme of COLOR_SCHEMES) {
            await page.emulateMedia({ colorScheme });
            const where = `${width} px, ${colorScheme}`;
            const layout = await layoutReport(page);
            expect(layout.overflow, `${where}: the page scrolls sideways`).toBe(0);
            expect(layout.clipped, `${where}: cut controls`).toEqual([]);
            if (axe) expect(await violations(page), where).toEqual([]);
          }
        }
      } finally {
        await closePage(page);
      }
    },
  );

  it("finds no violation on the home page under a path prefix", async () => {
    const page = await browser.open();
    try {
      await page.goto(urlOf(servedSite("seed", "/news/"), "/"));
      for (const colorScheme of COLOR_SCHEMES) {
        await page.emulateMedia({ colorScheme });
        expect(await violations(page), `${colorScheme} mode`).toEqual([]);
      }
    } finally {
      await closePage(page);
    }
  });
});
