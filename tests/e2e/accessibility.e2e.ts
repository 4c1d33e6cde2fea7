/**
 * axe-core with its default rule set, best-practice rules included, finds
 * nothing on any page type, in light and in dark mode.
 */
import { AxeBuilder } from "@axe-core/playwright";
import type { Result } from "axe-core";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { closePage, servedSite, urlOf, useBrowser } from "./support/browser.ts";
import { pageTypeUrl, pageTypes } from "./support/page-types.ts";

const browser = useBrowser();

/** One line per failing node: rule, impact, where, and axe's summary of the fix. */
function describeViolations(violations: Result[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}) at ${node.target.join(" ")}: ${node.failureSummary?.replace(/\s+/g, " ")}`),
  );
}

const COLOR_SCHEMES = ["light", "dark"] as const;

/** axe on the page as it is now; only the violations are reported in detail (the same rules run, the report is smaller). */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).analyze();
  // The default run includes the best-practice rules; make sure they really ran.
  expect(results.passes.some((rule) => rule.tags.includes("best-practice"))).toBe(true);
  return describeViolations(results.violations);
}

describe("axe, light and dark", () => {
  it.each(pageTypes().map((type) => [type.name, type] as const))("finds no violation on the %s page in either colour scheme", async (_name, type) => {
    const page = await browser.open();
    try {
      const response = await page.goto(pageTypeUrl(type));
      expect(response?.status()).toBe(type.status);
      await type.ready?.(page);
      // The same page in both schemes: the stylesheet switches its colours with prefers-color-scheme.
      for (const colorScheme of COLOR_SCHEMES) {
        await page.emulateMedia({ colorScheme });
        expect(await violations(page), `${colorScheme} mode`).toEqual([]);
      }
    } finally {
      await closePage(page);
    }
  });

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
