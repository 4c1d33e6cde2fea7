/**
 * Feeds are sent with their registered media types, through `_headers`: hosts and
 * the preview server would otherwise guess `application/xml` from `.xml`.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ATOM_CONTENT_TYPE, feedHeaderRules, JSON_FEED_CONTENT_TYPE } from "../../src/model/archive-feeds.ts";
import { headersFor, parseHeadersFile, renderHeadersFile } from "../../src/model/headers.ts";
import { startPreviewServer, type PreviewServer } from "../../src/cli/preview-server.ts";

const contentType = (urlPath: string, text: string): string | undefined =>
  new Map(headersFor(urlPath, parseHeadersFile(text)).map(([name, value]) => [name.toLowerCase(), value])).get("content-type");

describe("feedHeaderRules in _headers", () => {
  const text = renderHeadersFile({ pathPrefix: "/news/", extraRules: feedHeaderRules() });

  it("gives the archive's and every tag's Atom feed application/atom+xml, under the prefix", () => {
    for (const feed of [
      "/news/feed.xml",
      "/news/people/to-lam/feed.xml",
      "/news/events/mishustin-visit-vietnam-2025/feed.xml",
      "/news/topics/diplomacy/feed.xml",
    ]) {
      expect(contentType(feed, text), feed).toBe(ATOM_CONTENT_TYPE);
    }
    expect(contentType("/news/feed.json", text)).toBe(JSON_FEED_CONTENT_TYPE);
  });

  it("leaves every other file to the host's guess", () => {
    for (const other of [
      "/news/sitemap.xml",
      "/news/people/to-lam/",
      "/feed.xml",
      "/news/people/to-lam/page/2/feed.xml",
      "/news/assets/site.0123abcd.css",
    ]) {
      expect(contentType(other, text), other).toBeUndefined();
    }
  });
});

describe("the preview server with these rules", () => {
  let dir = "";
  let server: PreviewServer;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "feed-types-"));
    await mkdir(path.join(dir, "people", "to-lam"), { recursive: true });
    await writeFile(path.join(dir, "index.html"), "<!doctype html><title>home</title>");
    await writeFile(path.join(dir, "404.html"), "<!doctype html><title>not found</title>");
    await writeFile(path.join(dir, "people", "to-lam", "feed.xml"), '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"/>');
    await writeFile(path.join(dir, "sitemap.xml"), '<?xml version="1.0"?><urlset/>');
    await writeFile(path.join(dir, "_headers"), renderHeadersFile({ pathPrefix: "/news/", extraRules: feedHeaderRules() }));
    server = await startPreviewServer({ dir, pathPrefix: "/news/", port: 0 });
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("sends the type from _headers instead of the extension's", async () => {
    const feed = await fetch(`${server.url}people/to-lam/feed.xml`);
    expect(feed.status).toBe(200);
    expect(feed.headers.get("content-type")).toBe(ATOM_CONTENT_TYPE);
    const sitemap = await fetch(`${server.url}sitemap.xml`);
    expect(sitemap.headers.get("content-type")).toBe("application/xml; charset=utf-8");
  });

  it("still sends the 404 page as HTML for a feed that does not exist", async () => {
    const missing = await fetch(`${server.url}people/nobody/feed.xml`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await missing.text()).toContain("not found");
  });
});
