/**
 * Entries + taxonomy → a finished site in `outDir`. Everything is built in a
 * temporary folder beside `outDir`, which replaces it only when every step
 * succeeded: a failed build leaves the previous site as it was. Pages whose
 * render input did not change are taken over from the previous site rather
 * than rendered again (render-pages.ts).
 */
import { rm } from "node:fs/promises";
import { hasErrors, problem, type Problem } from "../content/problems.ts";
import type { ArchiveModel } from "../model/archive-model.ts";
import { listAssets } from "../lib/fingerprint-assets.ts";
import { pageViewsOf } from "../model/page-views.ts";
import { planRender, type RenderedPages } from "./render-pages.ts";
import { prepareArchive } from "./prepare-archive.ts";
import { makeSiblingTempDir, replaceDirectory } from "./publish.ts";
import { DEFAULT_SITE_SETTINGS_FILE, loadSiteSettings, type SiteSettings } from "../content/site-settings.ts";

/** What steps after Eleventy (feeds, search index, headers) get to work on. */
export interface RenderedSite {
  /** The temporary folder holding the new site; becomes `outDir` afterwards. */
  dir: string;
  site: SiteSettings;
  archive: ArchiveModel;
  /** What was rendered and what was reused; absent where a step runs outside `renderSite` (`serve`). */
  pages?: RenderedPages;
  /**
   * Where a step may take over its unchanged output from the published site
   * (`publishedDir`, which `dir` is about to replace), and keep its own record
   * of what it wrote (under `cacheDir`). Absent: the step makes everything.
   */
  reuse?: { publishedDir: string; cacheDir: string };
  /** Registers work to do once `dir` has replaced the published site, such as recording what was written. */
  afterPublish?: (task: () => Promise<void>) => void;
  /** Articles per part of the search index, when not the default. */
  searchPartLimit?: number;
}

export interface RenderSiteOptions {
  entriesDir: string;
  taxonomyDir: string;
  outDir: string;
  cacheDir?: string;
  /** Overrides `pathPrefix` of the settings file. */
  pathPrefix?: string | undefined;
  /** Overrides `siteUrl` of the settings file. */
  siteUrl?: string | undefined;
  /** `content/site.yaml` unless given. */
  siteSettingsFile?: string;
  /** Settings already loaded and resolved; the file and overrides are then not read. */
  site?: SiteSettings;
  /** Build from the valid entries even when others fail the schema (`--keep-going`). */
  skipInvalid?: boolean;
  /** Entries left out (relative paths, with `/`): those the entry rules rejected. */
  exclude?: ReadonlySet<string>;
  /** Runs on the finished temporary folder before it replaces `outDir`. */
  afterRender?: (rendered: RenderedSite) => Promise<void>;
  /**
   * Runs beside the rendering of the pages and `afterRender` (the search index:
   * Pagefind works in a process of its own, on another core), waiting for the
   * pages it reads with `pages.whenWritten`. Must touch nothing but its own files.
   */
  besideRendering?: (rendered: RenderedSite) => Promise<void>;
  /** Told how many pages were rendered and how many reused. */
  log?: (line: string) => void;
  /** Articles per part of the search index (src/model/search-parts.ts); the default suits real archives. */
  searchPartLimit?: number;
}

export interface RenderSiteResult {
  /** True when `outDir` now holds the new site. */
  ok: boolean;
  problems: Problem[];
  archive?: ArchiveModel;
  site?: SiteSettings;
}

export async function renderSite(options: RenderSiteOptions): Promise<RenderSiteResult> {
  const settingsFile = options.siteSettingsFile ?? DEFAULT_SITE_SETTINGS_FILE;
  let site: SiteSettings;
  try {
    site =
      options.site ??
      (await loadSiteSettings(settingsFile, { pathPrefix: options.pathPrefix, siteUrl: options.siteUrl }));
  } catch (caught) {
    return { ok: false, problems: [problem("settings-invalid", settingsFile, `site settings are not valid: ${(caught as Error).message}`)] };
  }

  const prepared = await prepareArchive({
    entriesDir: options.entriesDir,
    taxonomyDir: options.taxonomyDir,
    ...(options.cacheDir === undefined ? {} : { cacheDir: options.cacheDir }),
    skipInvalid: options.skipInvalid === true,
    ...(options.exclude ? { exclude: options.exclude } : {}),
  });
  const { archive } = prepared;
  if (!archive || (hasErrors(prepared.problems) && !options.skipInvalid)) {
    return { ok: false, problems: prepared.problems, site };
  }

  const dir = await makeSiblingTempDir(options.outDir);
  const published: Array<() => Promise<void>> = [];
  let pages: RenderedPages;
  try {
    pages = await planRender({
      views: pageViewsOf(archive, listAssets(), options.searchPartLimit),
      site,
      dir,
      publishedDir: options.outDir,
      ...(options.cacheDir === undefined ? {} : { cacheDir: options.cacheDir }),
    });
    const rendered: RenderedSite = {
      dir,
      site,
      archive,
      pages,
      ...(options.cacheDir === undefined ? {} : { reuse: { publishedDir: options.outDir, cacheDir: options.cacheDir } }),
      afterPublish: (task) => published.push(task),
      ...(options.searchPartLimit === undefined ? {} : { searchPartLimit: options.searchPartLimit }),
    };
    // Started first: it waits for the article pages it needs (pages.whenWritten).
    const beside = options.besideRendering?.(rendered) ?? Promise.resolve();
    // Whatever fails, nothing may still be writing into the folder when it is removed.
    const [rest, besides] = await Promise.allSettled([
      (async () => {
        await pages.render();
        options.log?.(`rendered ${pages.rendered} pages, kept ${pages.reused} unchanged`);
        await options.afterRender?.(rendered);
      })(),
      beside,
    ]);
    if (rest.status === "rejected") throw rest.reason;
    if (besides.status === "rejected") throw besides.reason;
    await replaceDirectory(dir, options.outDir, pages.rendered + pages.reused);
  } catch (caught) {
    await rm(dir, { recursive: true, force: true });
    throw caught;
  }
  await pages.remember();
  for (const task of published) await task();
  return { ok: true, problems: prepared.problems, archive, site };
}
