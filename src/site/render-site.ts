/**
 * Entries + taxonomy → a finished site in `outDir`. Everything is built in a
 * temporary folder beside `outDir`, which replaces it only when every step
 * succeeded: a failed build leaves the previous site as it was.
 */
import { rm } from "node:fs/promises";
import { handOver } from "../../.eleventy.ts";
import { error, hasErrors, type Problem } from "../problems.ts";
import type { ArchiveModel } from "./archive-model.ts";
import { createEleventy } from "./eleventy-runner.ts";
import { listAssets } from "./fingerprint-assets.ts";
import { pageViewsOf } from "./page-views.ts";
import { prepareArchive } from "./prepare-archive.ts";
import { makeSiblingTempDir, replaceDirectory } from "./replace-directory.ts";
import { DEFAULT_SITE_SETTINGS_FILE, loadSiteSettings, type SiteSettings } from "./site-settings.ts";

/** What steps after Eleventy (feeds, search index, headers) get to work on. */
export interface RenderedSite {
  /** The temporary folder holding the new site; becomes `outDir` afterwards. */
  dir: string;
  site: SiteSettings;
  archive: ArchiveModel;
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
  /** Runs on the finished temporary folder before it replaces `outDir`. */
  afterRender?: (rendered: RenderedSite) => Promise<void>;
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
    return { ok: false, problems: [error(settingsFile, `site settings are not valid: ${(caught as Error).message}`)] };
  }

  const prepared = await prepareArchive({
    entriesDir: options.entriesDir,
    taxonomyDir: options.taxonomyDir,
    ...(options.cacheDir === undefined ? {} : { cacheDir: options.cacheDir }),
    skipInvalid: options.skipInvalid === true,
  });
  const { archive } = prepared;
  if (!archive || (hasErrors(prepared.problems) && !options.skipInvalid)) {
    return { ok: false, problems: prepared.problems, site };
  }

  const dir = await makeSiblingTempDir(options.outDir);
  try {
    const eleventy = await createEleventy({
      outDir: dir,
      pathPrefix: site.pathPrefix,
      configure: (eleventyConfig) => handOver(eleventyConfig, () => ({ site, pageViews: pageViewsOf(archive, listAssets()) })),
    });
    await eleventy.write();
    await options.afterRender?.({ dir, site, archive });
    await replaceDirectory(dir, options.outDir);
  } catch (caught) {
    await rm(dir, { recursive: true, force: true });
    throw caught;
  }
  return { ok: true, problems: prepared.problems, archive, site };
}
