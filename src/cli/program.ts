/**
 * The command line: parses arguments and hands each command to the library.
 * Exit codes: 0 success, 1 problems in the content, 2 wrong usage.
 */
import { Command, CommanderError, Option } from "commander";
import { DEFAULT_OUT, DEFAULT_PATHS, EXIT, type BuildOptions, type PathOptions } from "./options.ts";
import { formatIngestSummary, runIngest } from "../ingest/run-ingest.ts";
import { buildSite } from "../site/build-site.ts";
import { serveSite, type ServeOptions } from "../site/serve-site.ts";
import {
  DEFAULT_PREVIEW_HOST,
  DEFAULT_PREVIEW_PORT,
  parsePathPrefix,
  parsePort,
  runPreview,
  type PreviewCommandOptions,
} from "./preview.ts";
import { formatProblem, hasErrors } from "../problems.ts";
import { runAdd } from "./add.ts";
import { runCheck } from "./check.ts";
import { terminalProgress } from "./progress.ts";

const log = (line: string) => process.stdout.write(`${line}\n`);

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
    .addOption(new Option("--path-prefix <prefix>", "serve the site under this path (default: site config)"))
    .addOption(new Option("--site-url <url>", "absolute base URL for feeds and metadata (default: site config)"))
    .addOption(new Option("--keep-going", "build past rejected sources").default(false));
}

export function createProgram(setExitCode: (code: number) => void): Command {
  const program = new Command("news-archive")
    .description("Turn raw news articles into a fast, browsable, searchable static archive.")
    .showHelpAfterError()
    .exitOverride();

  withPathOptions(program.command("ingest").description("raw sources → Markdown entries")).action(
    async (options: PathOptions) => {
      const progress = terminalProgress("ingest");
      const summary = await runIngest({ ...options, onProgress: progress.update }, progress.above(log));
      progress.finish();
      for (const problem of summary.problems) log(formatProblem(problem));
      log(formatIngestSummary(summary));
      setExitCode(hasErrors(summary.problems) ? EXIT.contentProblems : EXIT.ok);
    },
  );

  withPathOptions(
    program
      .command("add")
      .description("copy raw article files into the sources folder (keeping their names), ingest them, report what was found")
      .argument("<files...>", "raw article files; - reads one from standard input"),
  ).action(async (files: string[], options: PathOptions) => {
    setExitCode(await runAdd(files, options, log));
  });

  withPathOptions(
    program.command("check").description("validate sources, entries and taxonomy without building"),
  ).action(async (options: PathOptions) => {
    setExitCode(await runCheck(options, log));
  });

  withBuildOptions(
    program.command("build").description("ingest, then render the site, then index it for search"),
  ).action(async (options: BuildOptions) => {
    const progress = terminalProgress("ingest");
    setExitCode(await buildSite({ ...options, onProgress: progress.update }, progress.above(log)));
    progress.finish();
  });

  withBuildOptions(
    program
      .command("serve")
      .description("build, then serve with live reload, watching sources, entries, taxonomy and templates"),
  )
    .addOption(new Option("--port <number>", "TCP port of the dev server").default(DEFAULT_PREVIEW_PORT).argParser(parsePort))
    .action(async (options: ServeOptions) => {
      setExitCode(await serveSite(options, log));
    });

  program
    .command("preview")
    .description("serve a built output folder exactly as a static host would (404 page, path prefix, _headers)")
    .addOption(new Option("--out <dir>", "built site").default(DEFAULT_OUT))
    .addOption(
      new Option("--path-prefix <prefix>", "serve the site under this path (default: site config, else /)").argParser(
        parsePathPrefix,
      ),
    )
    .addOption(new Option("--port <number>", "TCP port; 0 picks a free one").default(DEFAULT_PREVIEW_PORT).argParser(parsePort))
    .addOption(new Option("--host <address>", "address to listen on").default(DEFAULT_PREVIEW_HOST))
    .action(async (options: PreviewCommandOptions) => {
      setExitCode((await runPreview(options, log)).exitCode);
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
    throw caught;
  }
  return exitCode;
}
