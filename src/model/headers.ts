/**
 * The `_headers` file (Netlify and Cloudflare Pages format): security headers for
 * every response and long cache lifetimes for files whose names carry a content hash.
 * The preview server reads the same file back (`parseHeadersFile`, `headersFor`), so
 * what is previewed is what the host will send.
 *
 * Format: a line with a URL pattern (`*` matches any run of characters, `:name` one
 * path segment), then indented `Name: value` lines; `#` starts a comment. A request
 * gets the headers of every rule it matches. When two matching rules set the same
 * header, Cloudflare joins the values with ", " (which `headersFor` reproduces) while
 * Netlify's own tooling lets the later rule win; the rules written here never set the
 * same header twice for one path, so both hosts read them alike.
 */
import { normalisePathPrefix } from "../content/path-prefix.ts";

/**
 * No `unsafe-inline` anywhere: scripts and styles come from files on the site.
 * `'wasm-unsafe-eval'` lets Pagefind compile its WebAssembly (Pagefind's hosting
 * docs); its search worker is a same-origin file (`pagefind-worker.js`), hence
 * `worker-src 'self'`. JSON-LD blocks are data, not scripts, and need no allowance.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export const SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ["Content-Security-Policy", CONTENT_SECURITY_POLICY],
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "strict-origin-when-cross-origin"],
  // Only features every current browser recognises: an unknown one is logged as an error.
  ["Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()"],
  ["X-Frame-Options", "DENY"],
];

export const IMMUTABLE_CACHE = "public, max-age=31536000, immutable";

/**
 * What Netlify and Cloudflare Pages send when no rule sets Cache-Control: cache,
 * but revalidate every time. HTML pages and unhashed files (pagefind.js, the
 * Pagefind entry file and WebAssembly) rely on it; the preview server sends it too.
 */
export const HOST_DEFAULT_CACHE = "public, max-age=0, must-revalidate";

/**
 * Pagefind's content-hashed folders (checked against Pagefind 1.6 output: names like
 * `fragment/en_2090a8c.pf_fragment`). `pagefind.js`, `pagefind-entry.json` and the
 * `wasm.*.pagefind` files keep their names across builds and must not be immutable.
 */
export const PAGEFIND_HASHED_PATTERNS = ["pagefind/fragment/*", "pagefind/index/*", "pagefind/filter/*"];

export interface HeaderRule {
  /** URL path pattern, e.g. `/news/*`. */
  pattern: string;
  /** In file order; a name may repeat (a multi-value header). */
  headers: Array<[name: string, value: string]>;
}

export interface HeadersFileOptions {
  /** Folder the site is served under; every pattern starts with it. Default `/`. */
  pathPrefix?: string;
  /**
   * Patterns, relative to the prefix, of files whose names carry a content hash
   * (the fingerprinted CSS and JS). Default `["/assets/*"]`.
   */
  fingerprintedAssets?: readonly string[];
  /** Default `CONTENT_SECURITY_POLICY`. */
  contentSecurityPolicy?: string;
  /**
   * More rules, patterns relative to the prefix, e.g. the feeds' media types
   * (a Content-Type set here replaces the host's guess from the file extension).
   */
  extraRules?: readonly HeaderRule[];
}

function underPrefix(prefix: string, pattern: string): string {
  return prefix + pattern.replace(/^\/+/, "");
}

/** The rules of the site's `_headers` file. */
export function siteHeaderRules(options: HeadersFileOptions = {}): HeaderRule[] {
  const prefix = normalisePathPrefix(options.pathPrefix ?? "/");
  const security = SECURITY_HEADERS.map(([name, value]): [string, string] =>
    name === "Content-Security-Policy" && options.contentSecurityPolicy !== undefined
      ? [name, options.contentSecurityPolicy]
      : [name, value],
  );
  const immutable = [...(options.fingerprintedAssets ?? ["/assets/*"]), ...PAGEFIND_HASHED_PATTERNS];
  return [
    // Cache-Control stays out of this catch-all, so that no path gets it twice.
    { pattern: underPrefix(prefix, "*"), headers: security },
    ...immutable.map((pattern) => ({
      pattern: underPrefix(prefix, pattern),
      headers: [["Cache-Control", IMMUTABLE_CACHE] as [string, string]],
    })),
    ...(options.extraRules ?? []).map((rule) => ({
      pattern: underPrefix(prefix, rule.pattern),
      headers: rule.headers.map(([name, value]): [string, string] => [name, value]),
    })),
  ];
}

export function formatHeadersFile(rules: readonly HeaderRule[], comment?: string): string {
  const lines: string[] = [];
  if (comment) lines.push(...comment.split("\n").map((line) => `# ${line}`.trimEnd()), "");
  for (const rule of rules) {
    lines.push(rule.pattern, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`), "");
  }
  return lines.join("\n");
}

/** The `_headers` file to write at the root of the output folder. */
export function renderHeadersFile(options: HeadersFileOptions = {}): string {
  return formatHeadersFile(
    siteHeaderRules(options),
    [
      "Response headers for Netlify and Cloudflare Pages (written by news-archive build).",
      "HTML and unhashed files keep the host's default Cache-Control: public, max-age=0, must-revalidate.",
    ].join("\n"),
  );
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Reads a `_headers` file; a malformed line is an error naming its line number. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let current: HeaderRule | undefined;
  text.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) return;
    const indented = /^\s/.test(line);
    if (!indented) {
      if (!trimmed.startsWith("/") && !/^https:\/\//.test(trimmed)) {
        throw new Error(`_headers line ${index + 1}: a rule must start with / or https://, got "${trimmed}"`);
      }
      current = { pattern: trimmed, headers: [] };
      rules.push(current);
      return;
    }
    if (!current) throw new Error(`_headers line ${index + 1}: a header comes before any path`);
    const colon = trimmed.indexOf(":");
    const name = colon > 0 ? trimmed.slice(0, colon).trim() : "";
    if (!HEADER_NAME.test(name)) {
      throw new Error(`_headers line ${index + 1}: expected "Name: value", got "${trimmed}"`);
    }
    current.headers.push([name, trimmed.slice(colon + 1).trim()]);
  });
  return rules;
}

function patternRegExp(pattern: string): RegExp {
  // An absolute-URL rule (https://host/path) applies to its path on that host; the
  // preview serves one host, so only the path is compared.
  const pathPattern = pattern.replace(/^https:\/\/[^/]*/, "") || "/";
  const source = pathPattern
    .split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)
    .map((part) => {
      if (part === "*") return ".*";
      if (part.startsWith(":")) return "[^/]+";
      return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("");
  return new RegExp(`^${source}$`);
}

export function matchesPattern(pattern: string, urlPath: string): boolean {
  return patternRegExp(pattern).test(urlPath);
}

/**
 * The headers a host sends for `urlPath` (a decoded path such as `/news/feed.xml`):
 * those of every matching rule, a header set more than once joined with ", ".
 * Names keep the spelling of their first appearance.
 */
export function headersFor(urlPath: string, rules: readonly HeaderRule[]): Array<[string, string]> {
  const merged = new Map<string, [string, string]>();
  for (const rule of rules) {
    if (!matchesPattern(rule.pattern, urlPath)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const existing = merged.get(key);
      merged.set(key, existing ? [existing[0], `${existing[1]}, ${value}`] : [name, value]);
    }
  }
  return [...merged.values()];
}
