/**
 * `news-archive serve`: build, serve the site as `preview` does (on 127.0.0.1
 * unless `--host` says otherwise), and build again whenever a source, entry,
 * taxonomy file, template or the site settings change; open pages reload.
 *
 * Every build is `news-archive build --keep-going` in a process of its own: the
 * one render path there is, and fresh modules each time, so that an edited
 * template or component shows without a restart. When the change is one saved
 * entry, its own page is shown first, within a second, and the rest follows with
 * the build (first-pages.ts). Problems are printed and the
 * rest of the archive is served, so that one broken entry does not stop the
 * preview while it is being fixed.
 */
import { spawn } from "node:child_process";
import { statSync, watch, type FSWatcher } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { BuildOptions } from "./options.ts";
import { EXIT } from "./options.ts";
import { folderProblems, TEMPLATES_DIR } from "../content/folders.ts";
import { startPreviewServer, type PreviewServer } from "./preview-server.ts";
import { firstPages } from "./first-pages.ts";
import { DEFAULT_SITE_SETTINGS_FILE, loadSiteSettings, type SiteSettings } from "../content/site-settings.ts";

export interface ServeOptions extends BuildOptions {
  port: number;
  /** Address to listen on; `127.0.0.1` keeps the preview on this machine. */
  host: string;
}

const COMMAND = fileURLToPath(new URL("../../scripts/news-archive.js", import.meta.url));

/** The `build` command line that does what `serve` asks for. */
export function buildArguments(options: BuildOptions): string[] {
  return [
    COMMAND,
    "build",
    ...["--sources", options.sources, "--entries", options.entries, "--taxonomy", options.taxonomy],
    ...["--cache", options.cache, "--out", options.out, "--keep-going", "--article-context"],
    ...(options.pathPrefix === undefined ? [] : ["--path-prefix", options.pathPrefix]),
    ...(options.siteUrl === undefined ? [] : ["--site-url", options.siteUrl]),
  ];
}

/** Entry files a build's ingest wrote, read off its output (`wrote X`, `updated X`, `moved X → Y`). */
export function entriesWritten(output: string, entriesDir: string): string[] {
  const written: string[] = [];
  for (const match of output.matchAll(/^(?:wrote|updated|moved \S+ →) (\S+\.md)$/gm)) {
    written.push(path.resolve(entriesDir, match[1]!));
  }
  return written;
}

/**
 * Runs one build; its output goes to ours as it comes. Resolves with the files
 * its ingest wrote, so that their change does not start another build.
 */
function runBuild(options: BuildOptions): Promise<{ code: number; written: string[] }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, buildArguments(options), { stdio: ["ignore", "pipe", "inherit"] });
    let output = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      output += chunk;
      process.stdout.write(chunk.replace(/^phase .*\n/gm, ""));
    });
    child.on("close", (code) => resolve({ code: code ?? 1, written: entriesWritten(output, options.entries) }));
  });
}

function modifiedAt(file: string): number | undefined {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Watches folders (recursively) and single files; calls `changed` with absolute paths. */
function watchInputs(targets: readonly string[], changed: (file: string) => void): FSWatcher[] {
  const watchers: FSWatcher[] = [];
  for (const target of targets) {
    const absolute = path.resolve(target);
    try {
      const watcher = watch(absolute, { recursive: true }, (_event, name) => {
        changed(name ? path.join(absolute, name.toString()) : absolute);
      });
      watcher.on("error", () => {});
      watchers.push(watcher);
    } catch {
      // A folder that does not exist yet (no taxonomy) is nothing to watch.
    }
  }
  return watchers;
}

export async function serveSite(
  options: ServeOptions,
  log: (line: string) => void,
  reportProblem: (line: string) => void = log,
): Promise<number> {
  let site: SiteSettings;
  try {
    site = await loadSiteSettings(DEFAULT_SITE_SETTINGS_FILE, { pathPrefix: options.pathPrefix, siteUrl: options.siteUrl });
  } catch (caught) {
    reportProblem(`error: ${(caught as Error).message}`);
    return EXIT.usage;
  }
  const unusable = folderProblems({ ...options, templates: TEMPLATES_DIR });
  if (unusable.length > 0) {
    for (const message of unusable) reportProblem(`error: ${message}`);
    return EXIT.usage;
  }

  let server: PreviewServer;
  try {
    server = await startPreviewServer({
      dir: options.out,
      pathPrefix: site.pathPrefix,
      port: options.port,
      host: options.host,
      liveReload: true,
    });
  } catch (caught) {
    const code = (caught as NodeJS.ErrnoException).code;
    reportProblem(
      code === "EADDRINUSE"
        ? `error: port ${options.port} on ${options.host} is in use; choose another with --port (0 picks a free one)`
        : `error: ${(caught as Error).message}`,
    );
    return EXIT.usage;
  }

  const out = path.resolve(options.out);
  const cache = path.resolve(options.cache);
  // The entries the last build's ingest wrote, with their time then: a change
  // event for one of them that leaves the time as it was is that write's echo.
  let ownWrites = new Map<string, number | undefined>();
  const isEdit = (file: string): boolean =>
    !file.startsWith(out) &&
    !file.startsWith(cache) &&
    !path.basename(file).includes(".news-archive-") &&
    !(ownWrites.has(file) && ownWrites.get(file) === modifiedAt(file));

  // A saved entry's own page first (render-saved-entry.ts), in this process, whose
  // modules are those it started with: after a change to templates/ only builds show pages.
  const first = firstPages(options, site, DEFAULT_SITE_SETTINGS_FILE);

  // One build at a time; edits made during a build start one more afterwards.
  let building = false;
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const rebuildSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(), 150);
  };
  const rebuild = async (): Promise<void> => {
    building = true;
    const edits = [...pending].filter(isEdit);
    pending.clear();
    if (await first.render(edits, log)) server.reload();
    const result = await runBuild(options);
    ownWrites = new Map(result.written.map((file) => [file, modifiedAt(file)]));
    building = false;
    server.reload();
    if ([...pending].some(isEdit)) rebuildSoon();
  };

  // Beside the first build, which runs in a process of its own.
  void first.warmUp();
  await rebuild();
  log(`serving ${options.out} at ${server.url} — watching for changes (Ctrl+C stops)`);
  watchInputs(
    [options.sources, options.entries, options.taxonomy, TEMPLATES_DIR, path.dirname(path.resolve(DEFAULT_SITE_SETTINGS_FILE))],
    (file) => {
      pending.add(file);
      if (!building && isEdit(file)) rebuildSoon();
    },
  );
  // The server runs until the process is stopped.
  await new Promise<never>(() => {});
  return EXIT.ok;
}
