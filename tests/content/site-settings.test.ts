import { describe, expect, it } from "vitest";
import { DEFAULT_SITE_SETTINGS, loadSiteSettings, resolveSiteSettings } from "../../src/content/site-settings.ts";

describe("site settings", () => {
  it("come from content/site.yaml with a working default site URL and prefix", async () => {
    const settings = await loadSiteSettings("content/site.yaml");
    expect(settings.language).toBe("en");
    expect(settings.pathPrefix).toBe("/");
    expect(settings.siteUrl).toMatch(/^https:\/\/[^/]+$/);
    expect(settings.title.length).toBeGreaterThan(0);
  });

  it("fall back to defaults when there is no settings file", async () => {
    expect(await loadSiteSettings("no/such/site.yaml")).toEqual(DEFAULT_SITE_SETTINGS);
  });

  it("take --site-url and --path-prefix over the file, normalised", () => {
    const settings = resolveSiteSettings(DEFAULT_SITE_SETTINGS, { siteUrl: "https://example.org/", pathPrefix: "news" });
    expect(settings.siteUrl).toBe("https://example.org");
    expect(settings.pathPrefix).toBe("/news/");
  });

  it("refuse a site URL that is not http(s) or carries a path", () => {
    expect(() => resolveSiteSettings(DEFAULT_SITE_SETTINGS, { siteUrl: "ftp://example.org" })).toThrow(/https?/);
    expect(() => resolveSiteSettings(DEFAULT_SITE_SETTINGS, { siteUrl: "https://example.org/news/" })).toThrow(/path prefix/);
  });
});
