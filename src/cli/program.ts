/**
 * The command line: parses arguments and hands each command to the library.
 * Summaries go to standard output, problems to standard error.
 * Exit codes: 0 success, 1 problems in the content, 2 wrong usage or an
 * environment that cannot be used (a folder that may not be written, a busy port).
 */
import { readFileSync } from "node:fs";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { isRealCalendarDate } from "../content/entry-schema.ts";
import { folderProblems } from "../content/folders.ts";
import { formatProblem, hasErrors } from "../content/problems.ts";
import { formatIngestSummary, runIngest } from "../ingest/run-ingest.ts";
import { isWebAddress } from "../ingest/source-markers.ts";
import { removeStaleTemporaryFilesBelow } from "../lib/atomic-file.ts";
import { acquireLock, type HeldLock } from "../lib/process-lock.ts";
import { buildSite } from "./build.ts";
import { serveSite, type ServeOptions } from "./serve.ts";
import { runAdd, type AddCommandOptions } from "./add.ts";
import { runCheck } from "./check.ts";
import { DEFAULT_OUT, DEFAULT_PATHS, EXIT, type BuildOptions, type PathOptions } from "./options.ts";
import {
  DEFAULT_PREVIEW_HOST,
  DEFAULT_PREVIEW_PORT,
  parsePathPrefix,
  parsePort,
  runPreview,
  type PreviewCommandOptions,
} from "./preview.ts";
import { terminalProgress } from "./progress.ts";

const log = (line: string) => process.stdout.write(`${line}\n`);
const warn = (line: string) => process.stderr.write(`${line}\n`);

const VERSION = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

function withPathOptions(command: Command): Command {
  return command
    .addOption(new Option("--sources <dir>", "raw article files").default(DEFAULT_PATHS.sources))
    .addOption(new Option("--entries <dir>", "Markdown entries").default(DEFAULT_PATHS.entries))
    .addOption(new Option("--taxonomy <dir>", "people, events, topics").default(DEFAULT_PATHS.taxonomy))
    .addOption(new Option("--cache <dir>", "derived data that may be thrown away").default(DEFAULT_PATHS.cache));
}

function withBuildOptions(command: Command): Command {
  return withPathOptions(command)
    .addOption(new Option("--out <dir>", "built site").default(DEFAULT_OUT))
    .addOption(new Option("--path-prefix <prefix>", "serve the site under this path (default: site config)").argParser(parsePathPrefix))
    .addOption(new Option("--site-url <url>", "absolute base URL for feeds and metadata (default: site config)"))
    .addOption(new Option("--keep-going", "build past rejected sources").default(false));
}

/**
 * Runs `work` holding the lock of the cache folder: two runs that write the same
 * entries and cache take turns (a lock left by a killed run is taken over).
 */
async function whileLocked(options: PathOptions, work: () => Promise<number>): Promise<number> {
  const unusable = folderProblems(options);
  if (unusable.length > 0) {
    for (const message of unusable) warn(`error: ${message}`);
    return EXIT.usage;
  }
  let lock: HeldLock;
  try {
    lock = await acquireLock(`${options.cache}/run.lock`, {
      onWait: (pid) => warn(`waiting for another run (process ${pid}) that is writing ${options.entries} and ${options.cache}…`),
    });
  } catch (caught) {
    warn(`error: ${(caught as Error).message}`);
    return EXIT.usage;
  }
  try {
    // What a run killed while writing the cache left there: only runs holding this lock write it,
    // and a killed run leaves its lock behind. Looked for only then: the cache holds a file or
    // more per article, and listing them all costs a rebuild a few tenths of a second.
    if (lock.tookOverStale) removeStaleTemporaryFilesBelow(options.cache);
    return await work();
  } finally {
    lock.release();
  }
}

/** Commander argument parser for `add --date`: a real day, written `YYYY-MM-DD` (else exit 2). */
function parseDateOption(value: string): string {
  if (!isRealCalendarDate(value)) throw new InvalidArgumentError("must be a real day written YYYY-MM-DD, e.g. 2024-06-20");
  return value;
}

/** Commander argument parser for `add --url`: an http or https address (else exit 2). */
function parseUrlOption(value: string): string {
  if (!isWebAddress(value))
    throw new InvalidArgumentError("must be the page's http or https address, e.g. https://tass.com/politics/1371335");
  return value;
}

export function createProgram(setExitCode: (code: number) => void): Command {
  const program = new Command("news-archive")
    .description("Turn raw news articles into a fast, browsable, searchable static archive.")
    .version(VERSION, "-V, --version", "print the version")
    .showHelpAfterError()
    .exitOverride();

  withPathOptions(program.command("ingest").description("raw sources → Markdown entries")).action(async (options: PathOptions) => {
    setExitCode(
      await whileLocked(options, async () => {
        const progress = terminalProgress("ingest");
        const summary = await runIngest({ ...options, onProgress: progress.update }, progress.above(log));
        progress.finish();
        for (const problem of summary.problems) warn(formatProblem(problem));
        log(formatIngestSummary(summary));
        return hasErrors(summary.problems) ? EXIT.contentProblems : EXIT.ok;
      }),
    );
  });

  withPathOptions(
    program
      .command("add")
      .description("copy raw article files into the sources folder (keeping their names), ingest them, report what was found")
      .argument("<files...>", "raw article files; - reads one from standard input")
      .addOption(
        new Option("--date <YYYY-MM-DD>", "date sources that state none: written as the line ` date YYYY-MM-DD` at their top").argParser(
          parseDateOption,
        ),
      )
      .addOption(
        new Option(
          "--url <URL>",
          "the address of the page the sources were copied from: written as the line ` url URL` at their top; sets originalUrl and names the publisher by its site",
        ).argParser(parseUrlOption),
      ),
  ).action(async (files: string[], options: AddCommandOptions) => {
    setExitCode(await whileLocked(options, () => runAdd(files, options, log, warn)));
  });

  withPathOptions(program.command("check").description("validate sources, entries and taxonomy without building")).action(
    async (options: PathOptions) => {
      setExitCode(await runCheck(options, log, warn));
    },
  );

  withBuildOptions(program.command("build").description("ingest, then render the site, then index it for search"))
    // For `serve`'s builds only: what its first page of a saved entry needs.
    .addOption(new Option("--article-context").hideHelp())
    .action(async (options: BuildOptions) => {
      setExitCode(
        await whileLocked(options, async () => {
          const progress = terminalProgress("ingest");
          const code = await buildSite({ ...options, onProgress: progress.update }, progress.above(log), progress.above(warn));
          progress.finish();
          return code;
        }),
      );
    });

  withBuildOptions(
    program
      .command("serve")
      .description("build, then serve with live reload, rebuilding when sources, entries, taxonomy or templates change"),
  )
    .addOption(new Option("--port <number>", "TCP port; 0 picks a free one").default(DEFAULT_PREVIEW_PORT).argParser(parsePort))
    .addOption(new Option("--host <address>", "address to listen on (0.0.0.0 opens it to the network)").default(DEFAULT_PREVIEW_HOST))
    .action(async (options: ServeOptions) => {
      setExitCode(await serveSite(options, log, warn));
    });

  program
    .command("preview")
    .description("serve a built output folder exactly as a static host would (404 page, path prefix, _headers)")
    .addOption(new Option("--out <dir>", "built site").default(DEFAULT_OUT))
    .addOption(
      new Option("--path-prefix <prefix>", "serve the site under this path (default: site config, else /)").argParser(parsePathPrefix),
    )
    .addOption(new Option("--port <number>", "TCP port; 0 picks a free one").default(DEFAULT_PREVIEW_PORT).argParser(parsePort))
    .addOption(new Option("--host <address>", "address to listen on").default(DEFAULT_PREVIEW_HOST))
    .action(async (options: PreviewCommandOptions) => {
      setExitCode((await runPreview(options, log, warn)).exitCode);
    });

  return program;
}

export async function main(argv: string[]): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = createProgram((code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv);
  } catch (caught) {
    if (caught instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return caught.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    // A failure no rule foresaw (a disk that is full, a folder that cannot be read):
    // one line that says what, never a stack trace; the stack with NEWS_ARCHIVE_DEBUG=1.
    const message = caught instanceof Error ? caught.message : String(caught);
    warn(`error: ${message}`);
    if (process.env.NEWS_ARCHIVE_DEBUG && caught instanceof Error && caught.stack) warn(caught.stack);
    return EXIT.usage;
  }
  return exitCode;
}
