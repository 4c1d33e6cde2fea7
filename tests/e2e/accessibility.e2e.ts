/**
 * axe-core with its default rule set, best-practice rules included, finds
 * nothing on any page type, in light and in dark mode.
 */
import { AxeBuilder } from "@axe-core/playwright";
import type { Result } from "axe-core";
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

describe.each(["light", "dark"] as const)("axe in %s mode", (colorScheme) => {
  it.each(pageTypes().map((type) => [type.name, type] as const))("finds no violation on the %s page", async (_name, type) => {
    const page = await browser.open();
    try {
      await page.emulateMedia({ colorScheme });
      const response = await page.goto(pageTypeUrl(type));
      expect(response?.status()).toBe(type.status);
      await type.ready?.(page);
      // Details of the violations only: the rules that run are the same, the report is smaller and faster.
      const results = await new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).analyze();
      // The default run includes the best-practice rules; make sure they really ran.
      expect(results.passes.some((rule) => rule.tags.includes("best-practice"))).toBe(true);
      expect(describeViolations(results.violations)).toEqual([]);
    } finally {
      await closePage(page);
    }
  });

  it("finds no violation on the home page under a path prefix", async () => {
    const page = await browser.open();
    try {
      await page.emulateMedia({ colorScheme });
      await page.goto(urlOf(servedSite("seed", "/news/"), "/"));
      const results = await new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).analyze();
      expect(describeViolations(results.violations)).toEqual([]);
    } finally {
      await closePage(page);
    }
  });
});
