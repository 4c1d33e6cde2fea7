/**
 * `serve`'s first pages: when the editor saves one entry, its page is rendered
 * in serve's own process and shown before the rebuild that follows
 * (src/build/render-saved-entry.ts), so that the page the editor is looking at
 * reloads within a second however big the archive is.
 *
 * Serve's process keeps the modules it started with; the builds run in fresh
 * processes. After a change to templates/ or to the site settings only the
 * builds show pages, until serve is started again.
 */
import { existsSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import type { BuildOptions } from "./options.ts";
import { TEMPLATES_DIR } from "../content/folders.ts";
import { hasErrors } from "../content/problems.ts";
import type { SiteSettings } from "../content/site-settings.ts";
import type { Taxonomy } from "../content/taxonomy-schema.ts";
import { loadTaxonomy } from "../taxonomy/load-taxonomy.ts";
import { loadPages } from "../content/pages.ts";
import { ARTICLE_CONTEXT_DIR } from "../build/article-context.ts";
import { runEleventy } from "../build/eleventy-runner.ts";
import { renderSavedEntry } from "../build/render-saved-entry.ts";
import { siteViewOf } from "../build/render-site.ts";
import { emptyPageViews } from "../model/page-views.ts";

export interface FirstPages {
  /**
   * Loads what a first page needs (Eleventy, the templates, the taxonomy), meant to
   * run beside serve's first build (a process of its own); `render` waits for it.
   */
  warmUp(): Promise<void>;
  /** Renders the page of the one entry among `edits` (absolute paths), if that is what changed; true when one was written. */
  render(edits: readonly string[], log: (line: string) => void): Promise<boolean>;
}

const inside = (folder: string, file: string): boolean => file.startsWith(`${path.resolve(folder)}${path.sep}`);

export function firstPages(options: BuildOptions, settings: SiteSettings, settingsFile: string): FirstPages {
  const scratchDir = path.join(path.resolve(options.cache), "serve-pages");
  let taxonomy: Promise<Taxonomy | undefined> | undefined;
  let stale = false;
  let warm: Promise<void> | undefined;
  const taxonomyNow = () =>
    (taxonomy ??= loadTaxonomy(options.taxonomy).then((loaded) => (hasErrors(loaded.problems) ? undefined : loaded.taxonomy)));
  const siteNow = async () => siteViewOf(settings, (await loadPages()).pages);

  const warmUpNow = async (): Promise<void> => {
    try {
      await rm(scratchDir, { recursive: true, force: true });
      await mkdir(scratchDir, { recursive: true });
      const [site] = await Promise.all([siteNow(), taxonomyNow()]);
      // An Eleventy run with no views: imports Eleventy, the configuration and the templates.
      const scratch = path.join(scratchDir, "warm-up");
      await runEleventy({ outDir: scratch, pathPrefix: site.pathPrefix, data: { site, pageViews: emptyPageViews() }, ignore: [] });
      await rm(scratch, { recursive: true, force: true });
    } catch {
      // Nothing is lost: the first save then pays for the loading.
    }
  };

  return {
    warmUp() {
      warm ??= warmUpNow();
      return warm;
    },

    async render(edits, log) {
      if (stale) return false;
      if (edits.some((file) => inside(TEMPLATES_DIR, file) || path.resolve(file) === path.resolve(settingsFile))) {
        stale = true;
        log("templates or site settings changed: pages now show after each rebuild (restart serve to see saved entries at once)");
        return false;
      }
      if (edits.some((file) => inside(options.taxonomy, file))) taxonomy = undefined;
      // What an editor's save leaves besides the entry (a temporary file already renamed,
      // a swap or backup file beside it) is not a change of the archive.
      const changed = edits.filter((file) => existsSync(file) && (!inside(options.entries, file) || file.endsWith(".md")));
      // One saved entry is an editor at work; more, or a source, is ingest's to settle first.
      if (changed.length !== 1 || !inside(options.entries, changed[0]!)) return false;
      const entries = changed;
      // Started with serve: a save in its first seconds waits for it rather than loading everything twice.
      await warm;
      const known = await taxonomyNow();
      if (!known) return false;
      try {
        await mkdir(scratchDir, { recursive: true });
        const result = await renderSavedEntry({
          entriesDir: options.entries,
          file: entries[0]!,
          taxonomy: known,
          settings,
          site: await siteNow(),
          contextDir: path.join(options.cache, ARTICLE_CONTEXT_DIR),
          scratchDir,
          outDir: options.out,
        });
        if ("skipped" in result) return false;
        log(`showing ${result.written} first; rebuilding the rest`);
        return true;
      } catch (caught) {
        log(`could not show the saved entry first (${(caught as Error).message}); rebuilding`);
        return false;
      }
    },
  };
}
