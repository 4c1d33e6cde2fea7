/**
 * Site-wide settings from `content/site.yaml`, with the command line's
 * `--site-url` and `--path-prefix` taking precedence.
 */
import { readFile } from "node:fs/promises";
import YAML from "yaml";
import { z } from "zod";
import { normalisePathPrefix, siteRootUrl } from "./path-prefix.ts";

export const SiteSettingsSchema = z
  .object({
    title: z.string().trim().min(1),
    description: z.string().trim().default(""),
    /** BCP 47 language of the pages, for `<html lang>`. */
    language: z.string().trim().min(2).default("en"),
    siteUrl: z.url({ protocol: /^https?$/ }),
    pathPrefix: z.string().default("/"),
  })
  .strict();

export type SiteSettings = z.infer<typeof SiteSettingsSchema>;

export const DEFAULT_SITE_SETTINGS_FILE = "content/site.yaml";

export interface SiteOverrides {
  siteUrl?: string | undefined;
  pathPrefix?: string | undefined;
}

/**
 * The settings with the overrides applied, the prefix normalised (`news` →
 * `/news/`) and the site URL reduced to its origin. Throws, with a message for
 * the user, when the URL or the prefix cannot work.
 */
export function resolveSiteSettings(settings: SiteSettings, overrides: SiteOverrides): SiteSettings {
  const pathPrefix = normalisePathPrefix(overrides.pathPrefix ?? settings.pathPrefix);
  const root = siteRootUrl((overrides.siteUrl ?? settings.siteUrl).trim(), pathPrefix);
  return { ...settings, siteUrl: root.origin, pathPrefix };
}

/** Used when there is no settings file, so that a plain build always works. */
export const DEFAULT_SITE_SETTINGS: SiteSettings = {
  title: "News Archive",
  description: "",
  language: "en",
  siteUrl: "https://news-archive.example.org",
  pathPrefix: "/",
};

export async function loadSiteSettings(file: string = DEFAULT_SITE_SETTINGS_FILE, overrides: SiteOverrides = {}): Promise<SiteSettings> {
  let text: string | undefined;
  try {
    text = await readFile(file, "utf8");
  } catch (caught) {
    if ((caught as NodeJS.ErrnoException).code !== "ENOENT") throw caught;
  }
  const settings = text === undefined ? DEFAULT_SITE_SETTINGS : SiteSettingsSchema.parse(YAML.parse(text));
  return resolveSiteSettings(settings, overrides);
}
