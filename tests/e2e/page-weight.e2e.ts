/**
 * The home and article pages cost a reader at most about 50 KB before search
 * is used: every byte the browser receives for the page (headers and bodies of
 * the document, stylesheet and anything else it loads), measured in the browser.
 */
import { writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Page, Request } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { PHONE, closePage, servedSite, urlOf, useBrowser } from "./support/browser.ts";
import { pageTypes } from "./support/page-types.ts";
import { watchPage } from "./support/page-watch.ts";

const BUDGET_BYTES = 50 * 1024;

interface Transfer {
  url: string;
  bytes: number;
  /** The body gzipped, as most hosts would send it (the preview server does not compress). */
  gzippedBody: number;
}

/** Loads `url` in a fresh context (empty cache) and adds up what each response took on the wire. */
async function transfers(page: Page, url: string): Promise<Transfer[]> {
  const responses: Promise<Transfer>[] = [];
  const onFinished = (request: Request) => {
    responses.push(
      (async () => {
        const sizes = await request.sizes();
        const body = (await (await request.response())?.body()) ?? Buffer.alloc(0);
        return { url: request.url(), bytes: sizes.responseHeadersSize + sizes.responseBodySize, gzippedBody: gzipSync(body).length };
      })(),
    );
  };
  page.on("requestfinished", onFinished);
  await page.goto(url, { waitUntil: "networkidle" });
  // Everything the page loads has arrived; a request finishing after this (while
  // the page closes) must not outlive the test as an unhandled rejection.
  page.off("requestfinished", onFinished);
  return Promise.all(responses);
}

const browser = useBrowser();
const measured: Record<string, { total: number; gzipped: number; files: Transfer[] }> = {};

afterAll(async () => {
  await mkdir("test-results", { recursive: true });
  await writeFile(path.join("test-results", "page-weight.json"), `${JSON.stringify(measured, null, 2)}\n`);
});

function pathOf(name: "home" | "article"): string {
  if (name === "home") return "/";
  const article = pageTypes().find((type) => type.name === "article");
  if (!article) throw new Error("no article page type");
  return article.path;
}

describe("page weight before search is used", () => {
  it.each(["home", "article"] as const)("the %s page transfers at most about 50 KB", async (name) => {
    const page = await browser.open(PHONE);
    const url = urlOf(servedSite("seed"), pathOf(name));
    const watch = watchPage(page, url);
    try {
      const files = await transfers(page, url);
      const total = files.reduce((sum, file) => sum + file.bytes, 0);
      const gzipped = files.reduce((sum, file) => sum + file.gzippedBody, 0);
      measured[name] = { total, gzipped, files };
      process.stdout.write(`page weight of ${name}: ${total} bytes in ${files.length} responses (bodies gzipped: ${gzipped})\n`);
      expect(files.length).toBeGreaterThan(1);
      expect(
        files.some((file) => /\.css(\?|$)/.test(file.url)),
        "the stylesheet was measured",
      ).toBe(true);
      // Search loads its index only on the search page, or when a reader uses it.
      expect(files.filter((file) => /pagefind/i.test(file.url)).map((file) => file.url)).toEqual([]);
      expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
      expect(watch.problems()).toEqual([]);
    } finally {
      await closePage(page);
    }
  });
});
