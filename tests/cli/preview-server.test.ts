import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY, IMMUTABLE_CACHE, renderHeadersFile } from "../../src/model/headers.ts";
import { assertBuiltSite, contentTypeFor, routeRequest, startPreviewServer, type PreviewServer } from "../../src/cli/preview-server.ts";

/** A raw request: fetch() would normalise `..` and `%2e%2e` away before sending. */
function rawGet(base: string, target: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const request = http.request({ hostname, port, path: target, method: "GET" }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on("error", reject);
    request.end();
  });
}

describe("routeRequest", () => {
  it("maps paths under the prefix to segments", () => {
    expect(routeRequest("/news/people/to-lam/?q=1", "/news/")).toEqual({
      kind: "site",
      segments: ["people", "to-lam"],
      folder: true,
    });
    expect(routeRequest("/news/feed.xml", "/news/")).toEqual({ kind: "site", segments: ["feed.xml"], folder: false });
    expect(routeRequest("/news/", "/news/")).toEqual({ kind: "site", segments: [], folder: true });
    expect(routeRequest("/people/%C4%91/", "/")).toEqual({ kind: "site", segments: ["people", "đ"], folder: true });
  });

  it("redirects the host root and the bare prefix, and keeps the rest of the host out", () => {
    expect(routeRequest("/", "/news/")).toEqual({ kind: "redirect", location: "/news/", permanent: false });
    expect(routeRequest("/news?x=1", "/news/")).toEqual({ kind: "redirect", location: "/news/?x=1", permanent: true });
    expect(routeRequest("/newsletter/", "/news/")).toEqual({ kind: "not-found" });
    expect(routeRequest("/people/", "/news/")).toEqual({ kind: "not-found" });
  });

  it.each([
    "/../etc/passwd",
    "/news/../../etc/passwd",
    "/news/%2e%2e/%2e%2e/etc/passwd",
    "/news/%2E%2E/secret",
    "/news/..%2f..%2fetc/passwd",
    "/news/a%5c..%5csecret",
    "/news/a%00.html",
    "/news/%E0%A4%A",
    "/news/./index.html",
  ])("refuses %s", (target) => {
    expect(routeRequest(target, "/news/")).toEqual({ kind: "bad-request" });
  });

  it("hides dotfiles and the host's configuration files", () => {
    expect(routeRequest("/.env", "/")).toEqual({ kind: "not-found" });
    expect(routeRequest("/news/_headers", "/news/")).toEqual({ kind: "not-found" });
    expect(routeRequest("/news/a//b", "/news/")).toEqual({ kind: "not-found" });
    // A `_headers` deeper down is an ordinary file.
    expect(routeRequest("/news/docs/_headers", "/news/").kind).toBe("site");
  });
});

describe("contentTypeFor", () => {
  it.each([
    ["index.html", "text/html; charset=utf-8"],
    ["feed.xml", "application/xml; charset=utf-8"],
    ["feed.json", "application/json; charset=utf-8"],
    ["pagefind/pagefind.js", "text/javascript; charset=utf-8"],
    ["x.wasm", "application/wasm"],
    ["pagefind/wasm.en.pagefind", "application/octet-stream"],
    ["pagefind/pagefind.en_316d337322.pf_meta", "application/octet-stream"],
    ["pagefind/fragment/en_2090a8c.pf_fragment", "application/octet-stream"],
    ["pagefind/index/en_70194c1.pf_index", "application/octet-stream"],
    ["assets/site.3f2a.CSS", "text/css; charset=utf-8"],
    ["unknown.bin", "application/octet-stream"],
  ])("%s → %s", (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});

describe("startPreviewServer", () => {
  let tmp: string;
  let site: string;
  let news: PreviewServer;
  let root: PreviewServer;

  const files: Record<string, string> = {
    "index.html": "<!doctype html><title>Home</title>",
    "404.html": "<!doctype html><title>Not found</title><p>No page here.</p>",
    "people/index.html": "<!doctype html><title>People</title>",
    "people/to-lam/index.html": "<!doctype html><title>Tô Lâm</title>",
    "empty-folder/.keep": "",
    "feed.xml": '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"/>',
    "assets/site.3f2a9c.css": "body{}",
    "pagefind/wasm.en.pagefind": "wasm",
    "pagefind/fragment/en_2090a8c.pf_fragment": "fragment",
    ".env": "SECRET=1",
  };

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), "preview-test-"));
    site = path.join(tmp, "_site");
    for (const [file, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(site, file)), { recursive: true });
      await writeFile(path.join(site, file), content);
    }
    await writeFile(path.join(site, "_headers"), renderHeadersFile({ pathPrefix: "/news/" }));
    await writeFile(path.join(tmp, "outside.txt"), "outside the site");
    await symlink(path.join(tmp, "outside.txt"), path.join(site, "leak.txt"));
    news = await startPreviewServer({ dir: site, pathPrefix: "/news/", port: 0 });
    root = await startPreviewServer({ dir: site, pathPrefix: "/", port: 0, host: "127.0.0.1" });
  });

  afterAll(async () => {
    await news?.close();
    await root?.close();
    await rm(tmp, { recursive: true, force: true });
  });

  it("listens on a free port and reports its URL with the prefix", () => {
    expect(news.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/news\/$/);
    expect(new URL(news.url).port).not.toBe("0");
    expect(root.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it("serves index.html for a folder, with the _headers rules applied", async () => {
    const response = await fetch(news.url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    expect(await response.text()).toContain("<title>Home</title>");
    expect(await (await fetch(`${news.url}people/to-lam/`)).text()).toContain("Tô Lâm");
  });

  it("redirects a folder without its slash, keeping the query", async () => {
    const response = await fetch(`${news.url}people?page=2`, { redirect: "manual" });
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe("/news/people/?page=2");
  });

  it("answers a missing page with the site's 404 page, status 404 and the same headers", async () => {
    const response = await fetch(`${news.url}people/nobody/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("No page here.");
    expect(response.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
  });

  it("lists no folder that lacks an index.html", async () => {
    const response = await fetch(`${news.url}empty-folder/`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain(".keep");
  });

  it("serves only under the prefix", async () => {
    const base = new URL(news.url).origin;
    const home = await fetch(`${base}/`, { redirect: "manual" });
    expect(home.status).toBe(302);
    expect(home.headers.get("location")).toBe("/news/");
    expect((await fetch(`${base}/news`, { redirect: "manual" })).headers.get("location")).toBe("/news/");
    expect((await fetch(`${base}/people/to-lam/`)).status).toBe(404);
    expect((await fetch(`${base}/feed.xml`)).status).toBe(404);
    expect((await fetch(`${base}/news/feed.xml`)).status).toBe(200);
  });

  it("gives each kind of file its type and cache lifetime", async () => {
    const feed = await fetch(`${news.url}feed.xml`);
    expect(feed.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    const css = await fetch(`${news.url}assets/site.3f2a9c.css`);
    expect(css.headers.get("cache-control")).toBe(IMMUTABLE_CACHE);
    const fragment = await fetch(`${news.url}pagefind/fragment/en_2090a8c.pf_fragment`);
    expect(fragment.headers.get("content-type")).toBe("application/octet-stream");
    expect(fragment.headers.get("cache-control")).toBe(IMMUTABLE_CACHE);
    const wasm = await fetch(`${news.url}pagefind/wasm.en.pagefind`);
    expect(wasm.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
  });

  it("answers HEAD without a body and refuses other methods", async () => {
    const head = await fetch(news.url, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe(String(files["index.html"]?.length));
    expect(await head.text()).toBe("");
    const post = await fetch(news.url, { method: "POST", body: "x" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
  });

  it("does not serve _headers, dotfiles or symlinks that lead out of the folder", async () => {
    expect((await fetch(`${news.url}_headers`)).status).toBe(404);
    expect((await fetch(`${root.url}.env`)).status).toBe(404);
    const leak = await fetch(`${root.url}leak.txt`);
    expect(leak.status).toBe(404);
    expect(await leak.text()).not.toContain("outside the site");
  });

  it.each([
    "/../outside.txt",
    "/news/../outside.txt",
    "/news/%2e%2e/outside.txt",
    "/%2e%2e/%2e%2e/outside.txt",
    "/news/..%2foutside.txt",
    "/news/..%5coutside.txt",
  ])("refuses the traversal %s", async (target) => {
    for (const server of [news, root]) {
      const response = await rawGet(server.url, target);
      expect([400, 404]).toContain(response.status);
      expect(response.body).not.toContain("outside the site");
    }
  });
});

describe("assertBuiltSite", () => {
  it("says clearly when there is no folder or no index.html", async () => {
    const empty = await mkdtemp(path.join(os.tmpdir(), "preview-empty-"));
    try {
      await expect(assertBuiltSite(path.join(empty, "missing"))).rejects.toThrow(/does not exist/);
      await expect(assertBuiltSite(empty)).rejects.toThrow(/has no index.html/);
      await expect(startPreviewServer({ dir: empty, port: 0 })).rejects.toThrow(/has no index.html/);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
