/**
 * Running Eleventy 3 from code, with the configuration in `.eleventy.ts` and
 * the data of one run handed over as global data (`site`, `pageViews`).
 *
 * Eleventy imports `.eleventy.ts` and the `*.11ty.ts` templates with Node's own
 * `import()`, so TypeScript must be loadable by Node itself: the tsx loader is
 * registered once per process (the command line registers it too).
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { register } from "tsx/esm/api";
import { TEMPLATES_DIR } from "../content/folders.ts";
import type { GlobalData } from "../model/template-data.ts";
import type { TemplateKey } from "../model/page-views.ts";

const REGISTERED = Symbol.for("news-archive.tsx-registered");

function ensureTypeScriptLoader(): void {
  const flags = globalThis as Record<symbol, unknown>;
  if (flags[REGISTERED]) return;
  register();
  flags[REGISTERED] = true;
}

export const CONFIG_PATH = fileURLToPath(new URL("../../.eleventy.ts", import.meta.url));

/** The archive's own templates, one per kind of view (src/model/page-views.ts). */
export const VIEW_TEMPLATES: Readonly<Record<TemplateKey, string>> = {
  article: "article.11ty.ts",
  home: "home.11ty.ts",
  tag: "tag.11ty.ts",
  tagIndex: "tag-index.11ty.ts",
  story: "story.11ty.ts",
  archiveIndex: "archive.11ty.ts",
  archiveYear: "archive-year.11ty.ts",
  archiveMonth: "archive-month.11ty.ts",
  search: "search.11ty.ts",
  page: "page.11ty.ts",
  notFound: "404.11ty.ts",
  redirect: "redirect.11ty.ts",
  feed: "feed.11ty.ts",
  sitemap: "sitemap.11ty.ts",
  robots: "robots.11ty.ts",
  headers: "headers.11ty.ts",
};

/** Folders of templates/ that hold no pages: components, layouts, assets. */
const NOT_PAGES = new Set(["_components", "_layouts", "assets"]);

/**
 * Templates someone added to templates/ (a Nunjucks or Markdown page): pages
 * of their own, not views of the archive. Relative to templates/, with `/`.
 */
export function addedTemplates(dir: string = TEMPLATES_DIR): string[] {
  const own = new Set(Object.values(VIEW_TEMPLATES));
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(11ty\.ts|njk|md)$/.test(entry.name))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .filter((file) => !own.has(file) && !NOT_PAGES.has(file.split("/")[0]!) && !file.split("/").some((part) => part.startsWith(".")))
    .sort();
}

let preloading: Promise<void> | undefined;

/**
 * Starts loading Eleventy, its configuration and the templates, to go on beside
 * other work (a build's ingest) instead of holding up the first run: a second or
 * more of module loading, most of it on the loader's thread. Eleventy imports the
 * same files by the same addresses later and finds them loaded. A failure is left
 * to the run that needs the file, which reports it as Eleventy does.
 */
export function preloadEleventy(): Promise<void> {
  preloading ??= (async () => {
    await import("@11ty/eleventy");
    ensureTypeScriptLoader();
    const files = [CONFIG_PATH, ...Object.values(VIEW_TEMPLATES).map((file) => path.join(TEMPLATES_DIR, file))];
    await Promise.all(files.map((file) => import(pathToFileURL(file).href)));
  })().catch(() => {});
  return preloading;
}

/** The parts of Eleventy's configuration API the runner uses. */
interface RunnerConfig {
  addGlobalData(name: string, value: unknown): void;
  ignores: { add(glob: string): void };
}

export interface EleventyRun {
  outDir: string;
  pathPrefix: string;
  data: GlobalData;
  /** Added templates to leave out of this run (they are rendered in another). */
  ignore?: readonly string[];
}

/** One Eleventy run: renders the views handed over (and the added templates not ignored) into `outDir`. */
export async function runEleventy(run: EleventyRun): Promise<void> {
  // Eleventy first, then the loader: once registered, the loader's hooks see every module
  // loaded after them, each a round trip to their thread, and Eleventy is some hundreds of
  // JavaScript modules that need nothing of them. Only the configuration and templates do.
  const { default: Eleventy } = await import("@11ty/eleventy");
  ensureTypeScriptLoader();
  const eleventy = new Eleventy(TEMPLATES_DIR, run.outDir, {
    configPath: CONFIG_PATH,
    pathPrefix: run.pathPrefix,
    quietMode: true,
    runMode: "build",
    config: (config: RunnerConfig) => {
      // Frozen at the top, so that Eleventy shares the objects with every page instead of copying them.
      config.addGlobalData("site", Object.freeze(run.data.site));
      config.addGlobalData("pageViews", Object.freeze(run.data.pageViews));
      for (const file of run.ignore ?? []) config.ignores.add(path.join(TEMPLATES_DIR, file));
    },
  });
  eleventy.disableLogger();
  await eleventy.write();
}
