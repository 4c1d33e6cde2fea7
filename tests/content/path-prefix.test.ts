import { describe, expect, it } from "vitest";
import { absoluteSiteUrl, normalisePathPrefix, siteRootUrl } from "../../src/content/path-prefix.ts";

describe("normalisePathPrefix", () => {
  it.each([
    ["", "/"],
    ["/", "/"],
    ["news", "/news/"],
    ["/news", "/news/"],
    ["/news/", "/news/"],
    ["/a/b/", "/a/b/"],
  ])("%j → %j", (input, expected) => {
    expect(normalisePathPrefix(input)).toBe(expected);
  });

  it.each(["/../x/", "/a//b/", "/./", "/news?x", "/a b/", "/a\\b/", "/%2e%2e/"])("refuses %j", (input) => {
    expect(() => normalisePathPrefix(input)).toThrow(/path prefix/);
  });
});

describe("siteRootUrl and absoluteSiteUrl", () => {
  it("puts the prefix after the origin", () => {
    expect(siteRootUrl("https://example.org", "/news/").href).toBe("https://example.org/news/");
    expect(siteRootUrl("https://example.org/", "/").href).toBe("https://example.org/");
    expect(absoluteSiteUrl("https://example.org", "/news/", "/people/to-lam/")).toBe("https://example.org/news/people/to-lam/");
    expect(absoluteSiteUrl("http://localhost:8080", "/", "feed.xml")).toBe("http://localhost:8080/feed.xml");
  });

  it("refuses a site URL with a path, a non-http scheme or a relative one", () => {
    expect(() => siteRootUrl("https://example.org/news/", "/news/")).toThrow(/origin/);
    expect(() => siteRootUrl("ftp://example.org", "/")).toThrow(/https/);
    expect(() => siteRootUrl("example.org", "/")).toThrow(/absolute/);
  });

  it("does not let a site path climb out of the prefix", () => {
    expect(() => absoluteSiteUrl("https://example.org", "/news/", "../admin/")).toThrow(/leaves the site/);
  });
});
