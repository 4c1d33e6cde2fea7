/**
 * The archives the suite reads: built once by the real command line into a
 * temporary folder, then served by the preview server as a static host would.
 * The repository's own `content/articles` is never written: every build has
 * its own `--entries` and `--cache`.
 */
import { execFile } from "node:child_process";
import { readdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export type ArchiveName = "seed" | "synth";
export const PATH_PREFIXES = ["/", "/news/"] as const;
export type PathPrefix = (typeof PATH_PREFIXES)[number];

/** One built archive being served; plain data so that it can pass from the global setup to the tests. */
export interface ServedSite {
  archive: ArchiveName;
  prefix: PathPrefix;
  /** Where the site starts, prefix included: `http://127.0.0.1:41234/news/`. */
  url: string;
  outDir: string;
  /** Every page the build wrote, site-relative: `/`, `/people/to-lam/`, `/404.html`. */
  pages: string[];
}

export type ServedSites = Record<ArchiveName, Record<PathPrefix, ServedSite>>;

export interface BuildRequest {
  sources: string;
  taxonomy: string;
  entries: string;
  cache: string;
  out: string;
  prefix: PathPrefix;
  /** The origin the site will be served at, so canonical links point to the page itself. */
  siteUrl: string;
}

/** Runs `news-archive build`; the error carries the command's output. */
export async function buildArchive(request: BuildRequest): Promise<void> {
  const args = [
    "scripts/news-archive.js",
    "build",
    "--sources",
    request.sources,
    "--taxonomy",
    request.taxonomy,
    "--entries",
    request.entries,
    "--cache",
    request.cache,
    "--out",
    request.out,
    "--path-prefix",
    request.prefix,
    "--site-url",
    request.siteUrl,
  ];
  try {
    await run(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 });
  } catch (caught) {
    const failed = caught as { stdout?: string; stderr?: string; message: string };
    throw new Error(`news-archive build failed for ${request.out}:\n${failed.stdout ?? ""}${failed.stderr ?? failed.message}`);
  }
}

/** `people/to-lam/index.html` → `/people/to-lam/`; `404.html` → `/404.html`. */
export function pagePathOf(file: string): string {
  const slashed = `/${file.split(path.sep).join("/")}`;
  return slashed.endsWith("/index.html") ? slashed.slice(0, -"index.html".length) : slashed;
}

export async function listPages(outDir: string): Promise<string[]> {
  const files = await readdir(outDir, { recursive: true });
  return files
    .filter((file) => file.endsWith(".html"))
    .map(pagePathOf)
    .sort();
}

/** A port free right now on 127.0.0.1, so that a site can be built for the address it will be served at. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Runs the tasks at most `limit` at a time (the builds share two cores). */
export async function inBatches<T>(tasks: ReadonlyArray<() => Promise<T>>, limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}
