/**
 * `news-archive serve`: ingest, then render with Eleventy's dev server, which
 * rebuilds and reloads the browser when something changes:
 *   - a source or the taxonomy → ingest runs again (it writes the entries that
 *     changed, which brings the next point about);
 *   - an entry, the taxonomy or content/site.yaml → the archive model is built again;
 *   - a template, component or the stylesheet → Eleventy re-renders by itself;
 * and after every render the finishing steps (feeds, search index, sitemap,
 * `_headers`) run on the output as they do in `build`.
 * Content problems are printed and the rest of the archive is served, so that
 * one broken entry does not stop the preview while it is being fixed.
 */
import path from "node:path";
import type { BuildOptions } from "../cli/options.ts";
import { EXIT } from "../cli/options.ts";
import { runIngest } from "../ingest/run-ingest.ts";
import { problemPrinter } from "../problems.ts";
import { handOver, type EleventyConfig } from "../../.eleventy.ts";
import type { ArchiveModel } from "./archive-model.ts";
import { createEleventy } from "./eleventy-runner.ts";
import { listAssets } from "./fingerprint-assets.ts";
import { FINISHING_STEPS } from "./finishing-steps.ts";
import { prepareArchive } from "./prepare-archive.ts";
import { pageViewsOf } from "./page-views.ts";
import { createMarkdownRenderer } from "./render-markdown.ts";
import { DEFAULT_SITE_SETTINGS_FILE, loadSiteSettings, type SiteSettings } from "./site-settings.ts";

export interface ServeOptions extends BuildOptions {
  port: number;
}

/** Which inputs a batch of changed files touches. */
export interface ChangedInputs {
  sourcesOrTaxonomy: boolean;
  archive: boolean;
  settings: boolean;
}

const isInside = (file: string, dir: string): boolean => {
  const relative = path.relative(path.resolve(dir), path.resolve(file));
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
};

export function classifyChanges(files: readonly string[], options: BuildOptions, settingsFile: string): ChangedInputs {
  const inSources = files.some((file) => isInside(file, options.sources));
  const inTaxonomy = files.some((file) => isInside(file, options.taxonomy));
  const inEntries = files.some((file) => isInside(file, options.entries));
  const settings = files.some((file) => path.resolve(file) === path.resolve(settingsFile));
  return { sourcesOrTaxonomy: inSources || inTaxonomy, archive: inTaxonomy || inEntries || settings, settings };
}

export async function serveSite(options: ServeOptions, log: (line: string) => void): Promise<number> {
  const settingsFile = DEFAULT_SITE_SETTINGS_FILE;
  const overrides = { pathPrefix: options.pathPrefix, siteUrl: options.siteUrl };
  let site: SiteSettings;
  try {
    site = await loadSiteSettings(settingsFile, overrides);
  } catch (caught) {
    log(`error: ${(caught as Error).message}`);
    return EXIT.usage;
  }

  const { report, reset: forgetProblems } = problemPrinter(log);
  const ingest = async () => {
    forgetProblems();
    report((await runIngest(options, log)).problems);
  };

  // Kept across rebuilds: only changed bodies are rendered again.
  const renderer = createMarkdownRenderer(options.cache);
  let archive: ArchiveModel | undefined;
  let current: Promise<ArchiveModel> | undefined;
  const refresh = async (): Promise<ArchiveModel> => {
    const prepared = await prepareArchive(
      { entriesDir: options.entries, taxonomyDir: options.taxonomy, cacheDir: options.cache, skipInvalid: true },
      renderer,
    );
    report(prepared.problems);
    archive = prepared.archive ?? archive;
    if (!archive) throw new Error("the archive could not be read; see the problems above");
    return archive;
  };

  await ingest();

  const eleventy = await createEleventy({
    outDir: options.out,
    pathPrefix: site.pathPrefix,
    runMode: "serve",
    quiet: false,
    configure: (eleventyConfig: EleventyConfig) => {
      // Every page is rendered again on each change: the dev server keeps no manifest
      // of what it wrote. The asset list is made afresh, so an edited stylesheet gets its new name.
      handOver(eleventyConfig, async () => ({ site, pageViews: pageViewsOf(await (current ??= refresh()), listAssets()) }));
      for (const target of [options.sources, options.entries, options.taxonomy, settingsFile]) {
        eleventyConfig.addWatchTarget(target);
      }
      eleventyConfig.on("eleventy.beforeWatch", async (changed: string[]) => {
        const inputs = classifyChanges(changed, options, settingsFile);
        if (inputs.settings) site = await loadSiteSettings(settingsFile, overrides).catch(() => site);
        if (inputs.sourcesOrTaxonomy) await ingest();
        if (inputs.archive || inputs.sourcesOrTaxonomy) current = undefined;
      });
      // Feeds, the search index and the host files, as `build` makes them, so
      // that search works in the preview too.
      eleventyConfig.on("eleventy.after", async () => {
        if (!archive) return;
        for (const step of FINISHING_STEPS) {
          await step({ dir: options.out, site, archive }, log).catch((caught: unknown) =>
            log(`error: ${(caught as Error).message}`),
          );
        }
      });
      eleventyConfig.setServerOptions({
        port: options.port,
        ready: () => log(`serving ${options.out} at http://localhost:${options.port}${site.pathPrefix} — watching for changes (Ctrl+C stops)`),
      });
    },
  });
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(options.port);
  // The server runs until the process is stopped.
  await new Promise<never>(() => {});
  return EXIT.ok;
}
