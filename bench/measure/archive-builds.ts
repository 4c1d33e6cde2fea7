/**
 * The commands the bench times, each a child process measured by `runMeasured`:
 * our build, Hugo's, Pagefind over Hugo's site; and the folders of one archive
 * size they work in.
 */
import path from "node:path";
import { runMeasured, type MeasuredRun } from "./run-measured.ts";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");
export const CLI = path.join(ROOT, "scripts", "news-archive.js");
const HUGO_SITE = path.join(ROOT, "bench", "hugo");
/** The project's own Pagefind (the `pagefind` npm package), as `npx pagefind` runs it. */
const PAGEFIND = path.join(ROOT, "node_modules", ".bin", "pagefind");

/**
 * Hugo's article pages, `/YYYY/MM/slug/index.html`: the page set our build
 * indexes. Hugo's templates mark no `data-pagefind-body`, so Pagefind indexes
 * each page's whole `<body>`; the glob keeps it to the articles.
 */
export const HUGO_ARTICLE_GLOB = "[0-9][0-9][0-9][0-9]/[0-9][0-9]/*/index.html";

/** What `news-archive build` reads and writes. */
export interface ArchiveFolders {
  sources: string;
  taxonomy: string;
  entries: string;
  cache: string;
  /** The built site (`--out`). */
  site: string;
}

export const archiveFolders = (root: string): ArchiveFolders => ({
  sources: path.join(root, "sources"),
  taxonomy: path.join(root, "taxonomy"),
  entries: path.join(root, "entries"),
  cache: path.join(root, "cache"),
  site: path.join(root, "site"),
});

/** The folders of one archive size. */
export function sizeLayout(dir: string) {
  return {
    /** What `npm run synth` wrote: sources, taxonomy, manifest. */
    synth: path.join(dir, "synth"),
    /**
     * Where every build of ours runs. One folder, always the same path: the
     * build records the published site by its path, so a rebuild is only
     * incremental in the folder the archive was built in.
     */
    arena: path.join(dir, "arena"),
    /** The built archive every rebuild and `serve` starts from, restored into the arena. */
    snapshot: path.join(dir, "snapshot"),
    /** `--verify`: the same inputs as a rebuild, built cold. */
    reference: path.join(dir, "reference"),
    /** Edited files are written here first, then renamed into place. */
    staging: path.join(dir, "staging"),
    hugoContent: path.join(dir, "hugo-content"),
    hugoCache: path.join(dir, "hugo-cache"),
    hugoResources: path.join(dir, "hugo-resources"),
    hugoSite: path.join(dir, "hugo-site"),
  };
}
export type SizeLayout = ReturnType<typeof sizeLayout>;

export function synthesize(n: number, out: string): Promise<MeasuredRun> {
  return runMeasured("npm", ["run", "--silent", "synth", "--", "--n", String(n), "--out", out, "--force"], { cwd: ROOT });
}

/**
 * Runs the command once, unmeasured, so that its compiled form exists (made on
 * the first run after any change of the code, scripts/compiled-cli.js): the
 * first measured build would otherwise pay for compiling it, and count
 * esbuild's process in its memory, as no user's second build does.
 */
export function compileCommandLine(): Promise<MeasuredRun> {
  return runMeasured(process.execPath, [CLI, "--version"], { cwd: ROOT });
}

export function ourBuild(folders: ArchiveFolders): Promise<MeasuredRun> {
  return runMeasured(process.execPath, [CLI, "build", ...ourPathArguments(folders)], { cwd: ROOT });
}

export function ourPathArguments(folders: ArchiveFolders): string[] {
  return [
    "--sources",
    folders.sources,
    "--taxonomy",
    folders.taxonomy,
    "--entries",
    folders.entries,
    "--cache",
    folders.cache,
    "--out",
    folders.site,
  ];
}

export function hugoBuild(layout: SizeLayout): Promise<MeasuredRun> {
  return runMeasured(
    "hugo",
    [
      "--quiet",
      "--noBuildLock",
      "-s",
      HUGO_SITE,
      "--contentDir",
      layout.hugoContent,
      "--cacheDir",
      layout.hugoCache,
      "-d",
      layout.hugoSite,
    ],
    // Hugo writes its resources folder into the site unless told otherwise; keep the repository clean.
    { cwd: ROOT, env: { ...process.env, HUGO_RESOURCEDIR: layout.hugoResources } },
  );
}

/** Pagefind's CLI over Hugo's built site, as a user runs it after `hugo`. */
export function pagefindOverHugo(layout: SizeLayout): Promise<MeasuredRun> {
  return runMeasured(PAGEFIND, ["--site", layout.hugoSite, "--glob", HUGO_ARTICLE_GLOB], { cwd: ROOT });
}

/** `Indexed 1000 pages` from Pagefind's summary; undefined when it printed none. */
export function pagefindIndexedPages(output: string): number | undefined {
  const match = /^\s*Indexed (\d+) pages?$/m.exec(output);
  return match ? Number(match[1]) : undefined;
}
