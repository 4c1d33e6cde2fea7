/**
 * `news-archive build`: ingest, then render the site into a temporary folder
 * beside `--out`, then swap it in. Content errors stop the build before any
 * output is touched, unless `--keep-going`.
 */
import type { BuildOptions } from "../cli/options.ts";
import { EXIT } from "../cli/options.ts";
import { runIngest } from "../ingest/run-ingest.ts";
import { hasErrors, problemPrinter, type Problem } from "../problems.ts";
import { SEARCH_STEP, STEPS_AFTER_PAGES } from "./finishing-steps.ts";
import { renderSite } from "./render-site.ts";
import { loadSiteSettings, type SiteSettings } from "./site-settings.ts";

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? "" : "s"}`;

/** The settings from content/site.yaml with the flags applied, or a usage message. */
async function siteSettingsOf(options: BuildOptions): Promise<SiteSettings | string> {
  try {
    return await loadSiteSettings(undefined, { pathPrefix: options.pathPrefix, siteUrl: options.siteUrl });
  } catch (caught) {
    return (caught as Error).message;
  }
}

export async function buildSite(options: BuildOptions, log: (line: string) => void): Promise<number> {
  const site = await siteSettingsOf(options);
  if (typeof site === "string") {
    log(`error: ${site}`);
    return EXIT.usage;
  }

  // `phase NAME N ms` lines are read by `npm run bench`.
  const ingestStarted = performance.now();
  // Only the problems are kept, copied: the summary's values and messages are slices of the
  // sources' texts, which would otherwise stay alive for the whole build.
  const ingest = { problems: JSON.parse(JSON.stringify((await runIngest(options, log)).problems)) as Problem[] };
  log(`phase ingest ${Math.round(performance.now() - ingestStarted)} ms`);
  const { report } = problemPrinter(log);
  report(ingest.problems);
  if (hasErrors(ingest.problems) && !options.keepGoing) {
    log(`build stopped: the problems above must be fixed first; ${options.out} was left as it was (--keep-going builds the rest)`);
    return EXIT.contentProblems;
  }

  const renderStarted = performance.now();
  // The search index is made beside the rendering: its phase is the time the build waits for it afterwards.
  let searchDone = 0;
  let restDone = 0;
  const result = await renderSite({
    entriesDir: options.entries,
    taxonomyDir: options.taxonomy,
    outDir: options.out,
    cacheDir: options.cache,
    site,
    skipInvalid: options.keepGoing,
    log,
    besideRendering: async (rendered) => {
      await SEARCH_STEP(rendered, log);
      searchDone = performance.now();
    },
    afterRender: async (rendered) => {
      log(`phase render ${Math.round(performance.now() - renderStarted)} ms`);
      for (const step of STEPS_AFTER_PAGES) await step(rendered, log);
      restDone = performance.now();
    },
  });
  if (searchDone > 0) log(`phase search-index ${Math.round(Math.max(0, searchDone - restDone))} ms`);
  report(result.problems);
  if (!result.ok || !result.archive) {
    log(`build stopped: the problems above must be fixed first; ${options.out} was left as it was`);
    return EXIT.contentProblems;
  }
  const { archive } = result;
  log(
    `built ${plural(archive.articles.length, "article")}, ${plural(archive.tagPages.length, "tag page")} into ${options.out}` +
      (site.pathPrefix === "/" ? "" : ` (served under ${site.pathPrefix})`),
  );
  const errors = hasErrors(ingest.problems) || hasErrors(result.problems);
  return errors ? EXIT.contentProblems : EXIT.ok;
}
