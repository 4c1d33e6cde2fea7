/**
 * Lighthouse (mobile, simulated throttling: its defaults) on the home, an
 * article and a tag page: 100 for accessibility, best practices and SEO, at
 * least 95 for performance. Scores go to test-results/lighthouse.json.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import lighthouse from "lighthouse";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { servedSite, urlOf } from "./support/browser.ts";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./support/chromium.ts";
import { pageTypes } from "./support/page-types.ts";
import { freePort } from "./support/sites.ts";

const MINIMUM: Record<string, number> = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 };

let browser: Browser | undefined;
let port = 0;
const scores: Record<string, Record<string, number>> = {};

// A browser of its own, with a debugging port for Lighthouse to drive.
beforeAll(async () => {
  port = await freePort();
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await mkdir("test-results", { recursive: true });
  await writeFile(path.join("test-results", "lighthouse.json"), `${JSON.stringify(scores, null, 2)}\n`);
});

describe("Lighthouse", () => {
  const pages = () => {
    const types = pageTypes();
    const pathOf = (name: string) => types.find((type) => type.name === name)!.path;
    return { home: "/", article: pathOf("article"), person: pathOf("person") };
  };

  it.each(["home", "article", "person"] as const)(
    "scores the %s page 100 for accessibility, best practices and SEO and at least 95 for performance",
    async (name) => {
      const url = urlOf(servedSite("seed"), pages()[name]);
      const result = await lighthouse(url, {
        port,
        output: "json",
        logLevel: "error",
        onlyCategories: Object.keys(MINIMUM),
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      expect(lhr.runtimeError?.message).toBeUndefined();
      const pageScores = Object.fromEntries(Object.keys(MINIMUM).map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]));
      scores[name] = pageScores;
      process.stdout.write(`lighthouse ${name}: ${JSON.stringify(pageScores)}\n`);
      // What cost points, so a failure says what to fix.
      const lost = Object.keys(MINIMUM).flatMap((id) =>
        (lhr.categories[id]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${id}: ${ref.id} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score})`),
      );
      for (const [id, minimum] of Object.entries(MINIMUM)) {
        expect(pageScores[id], `${id} on ${url}; points lost: ${lost.join("; ")}`).toBeGreaterThanOrEqual(minimum);
      }
    },
    120_000,
  );
});
