/**
 * `news-archive build`: ingest, check the entries, then render the site into a
 * temporary folder beside `--out` and swap it in. Any error stops the build
 * before the published site is touched, unless `--keep-going` (which leaves out
 * what is wrong; a broken taxonomy stops even that).
 */
import { join } from "node:path";
import type { BuildOptions } from "./options.ts";
import { EXIT } from "./options.ts";
import { entryProblems } from "./check-content.ts";
import { folderProblems, TEMPLATES_DIR } from "../content/folders.ts";
import { hasErrors, problemPrinter, type Problem } from "../content/problems.ts";
import { localToday, runIngest } from "../ingest/run-ingest.ts";
import { renderSite } from "../build/render-site.ts";
import { preloadEleventy } from "../build/eleventy-runner.ts";
import { ARTICLE_CONTEXT_DIR } from "../build/article-context.ts";
import { removeStaleSiblings } from "../build/publish.ts";
import { loadSiteSettings, type SiteSettings } from "../content/site-settings.ts";

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? "" : "s"}`;

/** The settings from content/site.yaml with the flags applied, or a usage message. */
async function siteSettingsOf(options: BuildOptions): Promise<SiteSettings | string> {
  try {
    return await loadSiteSettings(undefined, { pathPrefix: options.pathPrefix, siteUrl: options.siteUrl });
  } catch (caught) {
    return (caught as Error).message;
  }
}

/** Entry paths (relative to the entries folder) that have errors. */
function rejectedEntries(problems: readonly Problem[], entriesDir: string): Set<string> {
  const prefix = join(entriesDir, "/");
  return new Set(
    problems
      .filter((problem) => problem.severity === "error" && problem.rule.startsWith("entry-") && problem.file.startsWith(prefix))
      .map((problem) => problem.file.slice(prefix.length).split("\\").join("/")),
  );
}

/**
 * `log` gets the progress and the summary; `reportProblem` each problem
 * (the command line sends those to standard error).
 */
export async function buildSite(
  options: BuildOptions,
  log: (line: string) => void,
  reportProblem: (line: string) => void = log,
): Promise<number> {
  const site = await siteSettingsOf(options);
  if (typeof site === "string") {
    reportProblem(`error: ${site}`);
    return EXIT.usage;
  }
  const unusable = folderProblems({ ...options, templates: TEMPLATES_DIR });
  if (unusable.length > 0) {
    for (const message of unusable) reportProblem(`error: ${message}`);
    return EXIT.usage;
  }
  const leftovers = await removeStaleSiblings(options.out);
  if (leftovers.restored) log(`put back ${options.out} from ${leftovers.restored}, where a stopped build had moved it aside`);
  for (const name of leftovers.removed) log(`removed ${name}, left by a stopped build`);

  // Loaded beside ingest, which waits on files much of the time, for the rendering after it.
  void preloadEleventy();
  // `phase NAME N ms` lines are read by `npm run bench`.
  const ingestStarted = performance.now();
  const today = localToday();
  const ingest = await runIngest({ ...options, today }, log);
  log(`phase ingest ${Math.round(performance.now() - ingestStarted)} ms`);
  // Only the problems are kept, copied: the summary's values and messages are slices of the
  // sources' texts, which would otherwise stay alive for the whole build.
  const problems = JSON.parse(JSON.stringify([...ingest.problems, ...entryProblems(ingest, options.entries, today)])) as Problem[];
  const { report } = problemPrinter((line) => reportProblem(line));
  report(problems);
  const stopped = (why: string) => {
    log(`build stopped: ${why}; ${options.out} was left as it was`);
    return EXIT.contentProblems;
  };
  if (ingest.stopped) return stopped("the taxonomy has the errors above, and every entry is tagged from it");
  if (hasErrors(problems) && !options.keepGoing) {
    return stopped("the problems above must be fixed first (--keep-going builds the rest)");
  }

  const result = await renderSite({
    entriesDir: options.entries,
    taxonomyDir: options.taxonomy,
    outDir: options.out,
    cacheDir: options.cache,
    site,
    skipInvalid: options.keepGoing,
    exclude: rejectedEntries(problems, options.entries),
    ...(options.articleContext ? { articleContextDir: join(options.cache, ARTICLE_CONTEXT_DIR) } : {}),
    log,
  });
  report(result.problems);
  if (!result.ok || !result.archive) return stopped("the problems above must be fixed first");
  const { archive } = result;
  log(
    `built ${plural(archive.articles.length, "article")}, ${plural(archive.tagPages.length, "tag page")} into ${options.out}` +
      (site.pathPrefix === "/" ? "" : ` (served under ${site.pathPrefix})`),
  );
  return hasErrors(problems) || hasErrors(result.problems) ? EXIT.contentProblems : EXIT.ok;
}
