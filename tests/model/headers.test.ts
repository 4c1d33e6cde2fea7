import { describe, expect, it } from "vitest";
import {
  CONTENT_SECURITY_POLICY,
  IMMUTABLE_CACHE,
  formatHeadersFile,
  headersFor,
  matchesPattern,
  parseHeadersFile,
  renderHeadersFile,
  siteHeaderRules,
} from "../../src/model/headers.ts";

const get = (headers: Array<[string, string]>, name: string): string | undefined =>
  headers.find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];

describe("CONTENT_SECURITY_POLICY", () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(";").map((directive) => {
      const [name, ...values] = directive.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it("needs no unsafe-inline or unsafe-eval, only wasm-unsafe-eval for Pagefind", () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(directives.get("script-src")).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get("style-src")).toEqual(["'self'"]);
  });

  it("locks down what a static archive never needs", () => {
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
    expect(directives.get("base-uri")).toEqual(["'self'"]);
    expect(directives.get("form-action")).toEqual(["'self'"]);
    expect(directives.get("img-src")).toEqual(["'self'", "data:"]);
  });
});

describe("renderHeadersFile", () => {
  const text = renderHeadersFile({ pathPrefix: "/news/" });
  const rules = parseHeadersFile(text);

  it("round-trips through the parser", () => {
    expect(rules).toEqual(siteHeaderRules({ pathPrefix: "/news/" }));
    expect(formatHeadersFile(rules)).toBe(formatHeadersFile(parseHeadersFile(formatHeadersFile(rules))));
  });

  it("sends the security headers with every page, under the prefix", () => {
    for (const page of ["/news/", "/news/people/to-lam/", "/news/404.html", "/news/pagefind/pagefind.js"]) {
      const headers = headersFor(page, rules);
      expect(get(headers, "Content-Security-Policy")).toBe(CONTENT_SECURITY_POLICY);
      expect(get(headers, "X-Content-Type-Options")).toBe("nosniff");
      expect(get(headers, "Referrer-Policy")).toBe("strict-origin-when-cross-origin");
      expect(get(headers, "Permissions-Policy")).toMatch(/camera=\(\)/);
    }
    expect(headersFor("/elsewhere/", rules)).toEqual([]);
  });

  it("caches hashed files for a year and leaves pages and unhashed files to the host default", () => {
    for (const hashed of [
      "/news/assets/site.3f2a9c1b.css",
      "/news/pagefind/fragment/en_2090a8c.pf_fragment",
      "/news/pagefind/index/en_70194c1.pf_index",
      "/news/pagefind/filter/en_d375072.pf_filter",
    ]) {
      expect(get(headersFor(hashed, rules), "Cache-Control")).toBe(IMMUTABLE_CACHE);
    }
    for (const fresh of [
      "/news/",
      "/news/2025/01/x/",
      "/news/pagefind/pagefind.js",
      "/news/pagefind/pagefind-entry.json",
      "/news/pagefind/wasm.en.pagefind",
    ]) {
      expect(get(headersFor(fresh, rules), "Cache-Control")).toBeUndefined();
    }
  });

  it("never sets one header twice for a path, so Netlify and Cloudflare agree", () => {
    const samples = ["/news/", "/news/assets/a.css", "/news/pagefind/index/x.pf_index", "/news/feed.xml"];
    for (const sample of samples) {
      const names = rules
        .filter((rule) => matchesPattern(rule.pattern, sample))
        .flatMap((rule) => rule.headers.map(([name]) => name.toLowerCase()));
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it("takes the fingerprinted-asset patterns and the policy as parameters", () => {
    const custom = parseHeadersFile(
      renderHeadersFile({ fingerprintedAssets: ["/static/*", "/fonts/*"], contentSecurityPolicy: "default-src 'none'" }),
    );
    expect(get(headersFor("/static/app.1a2b.js", custom), "Cache-Control")).toBe(IMMUTABLE_CACHE);
    expect(get(headersFor("/fonts/x.woff2", custom), "Cache-Control")).toBe(IMMUTABLE_CACHE);
    expect(get(headersFor("/assets/app.js", custom), "Cache-Control")).toBeUndefined();
    expect(get(headersFor("/", custom), "Content-Security-Policy")).toBe("default-src 'none'");
  });
});

describe("parseHeadersFile", () => {
  it("reads comments, blank lines, repeated names and absolute-URL rules", () => {
    const rules = parseHeadersFile(
      [
        "# comment",
        "/secure/page",
        "  X-Frame-Options: DENY",
        "  # indented comment",
        "  Link: </a.css>; rel=preload",
        "",
        "/static/*",
        "\tX-Robots-Tag: nosnippet",
        "https://myproject.pages.dev/*",
        "  X-Robots-Tag: noindex",
      ].join("\r\n"),
    );
    expect(rules).toEqual([
      {
        pattern: "/secure/page",
        headers: [
          ["X-Frame-Options", "DENY"],
          ["Link", "</a.css>; rel=preload"],
        ],
      },
      { pattern: "/static/*", headers: [["X-Robots-Tag", "nosnippet"]] },
      { pattern: "https://myproject.pages.dev/*", headers: [["X-Robots-Tag", "noindex"]] },
    ]);
    // Cloudflare's documented example: both rules match, the values are joined.
    expect(headersFor("/static/styles.css", rules)).toEqual([["X-Robots-Tag", "nosnippet, noindex"]]);
  });

  it("names the line of a malformed entry", () => {
    expect(() => parseHeadersFile("/x\n  no colon here")).toThrow(/line 2/);
    expect(() => parseHeadersFile("  X-A: b")).toThrow(/line 1: a header comes before any path/);
    expect(() => parseHeadersFile("x/y\n  X-A: b")).toThrow(/line 1/);
  });
});

describe("matchesPattern", () => {
  it.each([
    ["/*", "/", true],
    ["/*", "/a/b.css", true],
    ["/news/*", "/news/", true],
    ["/news/*", "/news", false],
    ["/news/*", "/newsletter/", false],
    ["/assets/*", "/assets/a.b.css", true],
    ["/a.b", "/axb", false],
    ["/people/:slug/", "/people/to-lam/", true],
    ["/people/:slug/", "/people/to-lam/page/2/", false],
    ["/exact", "/exact/", false],
  ])("%s ~ %s → %s", (pattern, urlPath, expected) => {
    expect(matchesPattern(pattern, urlPath)).toBe(expected);
  });
});
