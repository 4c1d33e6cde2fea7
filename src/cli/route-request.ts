/**
 * How a static host maps a request path to a file of the site, decided before
 * the file system is consulted: the path prefix, redirects for a folder without
 * its slash, and refusals of every way out of the folder.
 */
import { normalisePathPrefix } from "../content/path-prefix.ts";

/** Files the hosts read as configuration and never serve. */
const HOST_CONFIG_FILES = new Set(["_headers", "_redirects"]);

/** What a request path asks for, decided before the file system is consulted. */
export type Route =
  /** `permanent`: 301, as hosts answer a folder without its slash; else 302. */
  | { kind: "redirect"; location: string; permanent: boolean }
  | { kind: "not-found" }
  | { kind: "bad-request" }
  /** `segments` are decoded path segments below the prefix; `folder` when the path ends in `/`. */
  | { kind: "site"; segments: string[]; folder: boolean };

/**
 * Maps a raw request target (`/news/people/?q=1`) to a route. Pure: the same rules
 * for every host, tested without a server.
 */
export function routeRequest(target: string, pathPrefix: string): Route {
  const prefix = normalisePathPrefix(pathPrefix);
  const queryAt = target.search(/[?#]/);
  const rawPath = queryAt === -1 ? target : target.slice(0, queryAt);
  const query = queryAt === -1 ? "" : target.slice(queryAt).replace(/#.*$/, "");
  if (!rawPath.startsWith("/")) return { kind: "bad-request" };

  const decoded: string[] = [];
  for (const raw of rawPath.split("/").slice(1)) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { kind: "bad-request" };
    }
    // After decoding, a segment must still be one plain name: `%2e%2e`, `%2f`, `\` and NUL
    // would otherwise let a request climb out of the folder.
    if (segment === "." || segment === ".." || /[/\\\0]/.test(segment)) return { kind: "bad-request" };
    decoded.push(segment);
  }
  const pathname = `/${decoded.join("/")}`;

  if (prefix !== "/") {
    // The host's root is not this site's; sending the reader to the site is a convenience.
    if (pathname === "/") return { kind: "redirect", location: prefix, permanent: false };
    if (`${pathname}/` === prefix) return { kind: "redirect", location: `${rawPath}/${query}`, permanent: true };
    if (!pathname.startsWith(prefix)) return { kind: "not-found" };
  }
  const segments = pathname.slice(prefix.length).split("/");
  const folder = segments.at(-1) === "";
  if (folder) segments.pop();
  // Empty inner segments (`a//b`) and dotfiles name nothing a host would serve.
  if (segments.some((segment) => segment === "" || segment.startsWith("."))) return { kind: "not-found" };
  if (segments.length === 1 && HOST_CONFIG_FILES.has(segments[0] ?? "")) return { kind: "not-found" };
  return { kind: "site", segments, folder };
}
