/**
 * Serves a built output folder the way a static host (Netlify, Cloudflare Pages,
 * GitHub Pages) does, so that what works here works when published:
 * - only under the path prefix (`/` redirects to it, anything else outside is 404);
 * - `dir/` serves `dir/index.html`, `dir` (a folder, no slash) is a 301 to `dir/`;
 * - a missing file gets the site's `404.html` with status 404; no folder listings;
 * - the `_headers` file's rules are applied (CSP, cache lifetimes, media types),
 *   the file itself is not served, and a path the rules give no Cache-Control gets
 *   the hosts' default;
 * - nothing outside the folder is reachable: dot segments (also percent-encoded),
 *   encoded slashes and backslashes, NUL, dotfiles and symlinks leading out are refused.
 *
 * Written on node:http rather than sirv: sirv answers a folder without its slash with
 * the folder's index.html instead of a redirect, and `/x` with `/x.html`, which no
 * host above does; with the lookup done here it would only stream the file.
 */
import { createReadStream } from "node:fs";
import { mkdir, readFile, realpath, stat } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { HOST_DEFAULT_CACHE, headersFor, parseHeadersFile } from "../model/headers.ts";
import { normalisePathPrefix } from "../content/path-prefix.ts";
import { contentTypeFor } from "../lib/content-types.ts";
import { routeRequest } from "./route-request.ts";

export { contentTypeFor, routeRequest };
import { handleLiveReload, LIVE_RELOAD_PATH, reloadPages, withReloadScript } from "./live-reload.ts";

export interface PreviewOptions {
  /** The built output folder. */
  dir: string;
  /** Default `/`. */
  pathPrefix?: string;
  /** 0 picks a free port. Default 8080. */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
  /**
   * `serve`: pages get a small script that reloads them when `reload()` is
   * called, and the folder may still be empty (the first build is under way).
   */
  liveReload?: boolean;
}

export interface PreviewServer {
  /** The site's address, prefix included, e.g. `http://127.0.0.1:8080/news/`. */
  url: string;
  /** Tells every open page to reload (with `liveReload`). */
  reload(): void;
  close(): Promise<void>;
}

type Resolved = { kind: "file"; file: string } | { kind: "add-slash" } | { kind: "not-found" };

async function isInside(root: string, file: string): Promise<boolean> {
  const real = await realpath(file);
  const relative = path.relative(root, real);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

async function statOrUndefined(file: string) {
  try {
    return await stat(file);
  } catch {
    return undefined;
  }
}

/** Finds the file for a site route, or says why there is none. `root` is a real path. */
async function resolveFile(root: string, segments: string[], folder: boolean): Promise<Resolved> {
  const target = path.join(root, ...segments);
  const info = await statOrUndefined(target);
  if (!info || !(await isInside(root, target))) return { kind: "not-found" };
  if (info.isDirectory()) {
    if (!folder) return { kind: "add-slash" };
    const index = path.join(target, "index.html");
    const indexInfo = await statOrUndefined(index);
    if (!indexInfo?.isFile() || !(await isInside(root, index))) return { kind: "not-found" };
    return { kind: "file", file: index };
  }
  if (!info.isFile() || folder) return { kind: "not-found" };
  return { kind: "file", file: target };
}

/** Rules of `_headers`, read on each request so that a rebuild shows at once. */
async function readHeaderRules(root: string) {
  let text: string;
  try {
    text = await readFile(path.join(root, "_headers"), "utf8");
  } catch {
    return [];
  }
  return parseHeadersFile(text);
}

async function sendFile(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  status: number,
  file: string,
  headers: Array<[string, string]>,
  liveReload = false,
): Promise<void> {
  if (liveReload && file.endsWith(".html")) {
    const body = withReloadScript(await readFile(file, "utf8"));
    response.statusCode = status;
    for (const [name, value] of headers) response.setHeader(name, value);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Content-Type", contentTypeFor(file));
    response.setHeader("Content-Length", body.length);
    response.end(request.method === "HEAD" ? undefined : body);
    return;
  }
  const info = await stat(file);
  response.statusCode = status;
  for (const [name, value] of headers) response.setHeader(name, value);
  if (!response.hasHeader("Cache-Control")) response.setHeader("Cache-Control", HOST_DEFAULT_CACHE);
  // As on Netlify and Cloudflare Pages, a Content-Type from `_headers` replaces the guess from
  // the extension; the 404 page sent in place of a missing file stays HTML.
  if (status !== 200 || !response.hasHeader("Content-Type")) response.setHeader("Content-Type", contentTypeFor(file));
  response.setHeader("Content-Length", info.size);
  if (request.method === "HEAD") {
    response.end();
    return;
  }
  await new Promise<void>((resolve) => {
    const stream = createReadStream(file);
    stream.on("error", () => {
      response.destroy();
      resolve();
    });
    stream.on("end", resolve);
    stream.pipe(response);
  });
}

function sendText(response: http.ServerResponse, status: number, text: string, extra: Record<string, string> = {}) {
  response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", ...extra });
  response.end(`${text}\n`);
}

interface Site {
  root: string;
  prefix: string;
  /** Open live-reload event streams; undefined without live reload. */
  listeners?: Set<http.ServerResponse>;
}

async function handle(site: Site, request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
  const { root, prefix, listeners } = site;
  if (request.method !== "GET" && request.method !== "HEAD") {
    sendText(response, 405, "Method Not Allowed", { Allow: "GET, HEAD" });
    return;
  }
  if (listeners && request.url?.startsWith(LIVE_RELOAD_PATH)) {
    handleLiveReload(request, response, listeners);
    return;
  }
  const route = routeRequest(request.url ?? "/", prefix);
  if (route.kind === "bad-request") {
    sendText(response, 400, "Bad Request");
    return;
  }
  if (route.kind === "redirect") {
    response.writeHead(route.permanent ? 301 : 302, { Location: route.location });
    response.end();
    return;
  }
  const resolved = route.kind === "site" ? await resolveFile(root, route.segments, route.folder) : route;
  if (resolved.kind === "add-slash") {
    const target = request.url ?? "/";
    const queryAt = target.search(/[?#]/);
    const location = queryAt === -1 ? `${target}/` : `${target.slice(0, queryAt)}/${target.slice(queryAt)}`;
    response.writeHead(301, { Location: location });
    response.end();
    return;
  }

  // Hosts match `_headers` rules against the requested path, for found and missing files alike.
  let requestPath: string;
  try {
    requestPath = decodeURI((request.url ?? "/").replace(/[?#].*$/, ""));
  } catch {
    requestPath = "/";
  }
  const headers = headersFor(requestPath, await readHeaderRules(root));
  if (resolved.kind === "file") {
    await sendFile(request, response, 200, resolved.file, headers, listeners !== undefined);
    return;
  }
  const notFoundPage = path.join(root, "404.html");
  if ((await statOrUndefined(notFoundPage))?.isFile()) {
    await sendFile(request, response, 404, notFoundPage, headers, listeners !== undefined);
  } else {
    sendText(response, 404, "Not Found");
  }
}

/** Checks that `dir` holds a built site; the error says what is missing. */
export async function assertBuiltSite(dir: string): Promise<void> {
  const info = await statOrUndefined(dir);
  if (!info?.isDirectory()) {
    throw new Error(`the output folder ${dir} does not exist; run "news-archive build" first`);
  }
  if (!(await statOrUndefined(path.join(dir, "index.html")))?.isFile()) {
    throw new Error(`the output folder ${dir} has no index.html; run "news-archive build" first`);
  }
}

function urlHost(host: string): string {
  if (host === "0.0.0.0" || host === "::") return "localhost";
  return host.includes(":") ? `[${host}]` : host;
}

export async function startPreviewServer(options: PreviewOptions): Promise<PreviewServer> {
  if (!options.liveReload) await assertBuiltSite(options.dir);
  await mkdir(options.dir, { recursive: true });
  const site: Site = {
    root: await realpath(options.dir),
    prefix: normalisePathPrefix(options.pathPrefix ?? "/"),
    ...(options.liveReload ? { listeners: new Set<http.ServerResponse>() } : {}),
  };
  const host = options.host ?? "127.0.0.1";

  const server = http.createServer((request, response) => {
    handle(site, request, response).catch((caught: unknown) => {
      const message = caught instanceof Error ? caught.message : String(caught);
      if (response.headersSent) response.destroy();
      else sendText(response, 500, `Internal Server Error: ${message}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 8080, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${urlHost(host)}:${port}${site.prefix}`,
    reload: () => {
      if (site.listeners) reloadPages(site.listeners);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const listener of site.listeners ?? []) listener.end();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
