/**
 * `npm run synth -- --n 10000 --out DIR`: writes a deterministic synthetic
 * archive (raw sources, taxonomy, manifest) for benchmarks and scoring.
 * `npm run synth -- --out DIR --score ENTRIES`: scores what ingest made of
 * DIR/sources (the entries in ENTRIES) against DIR/manifest.json.
 * Exit codes: 0 done, 2 wrong usage (bad option, non-empty output folder).
 */
import path from "node:path";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { DEFAULT_SEED, OutputNotEmptyError, writeSynthArchive } from "../bench/synth/synth-archive.ts";
import { formatScoreReport, scoreEntriesFolder } from "../bench/synth/score-entries.ts";

const DEFAULT_OUT = ".cache/synth";

function positiveInteger(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError("must be a whole number ≥ 1");
  return Number(value);
}

export async function main(argv: string[]): Promise<number> {
  const program = new Command("synth")
    .description("Write a deterministic synthetic news archive: DIR/sources, DIR/taxonomy, DIR/manifest.json.")
    .addOption(new Option("--n <count>", "number of sources").argParser(positiveInteger).default(1000))
    .addOption(new Option("--out <dir>", "output folder").default(DEFAULT_OUT))
    .addOption(new Option("--seed <text>", "seed: the same seed and --n give byte-identical output").default(DEFAULT_SEED))
    .addOption(new Option("--force", "replace DIR/sources and DIR/taxonomy if they hold files").default(false))
    .addOption(
      new Option("--score <entries>", "instead of writing: score the entries ingest made of DIR/sources against DIR/manifest.json"),
    )
    .showHelpAfterError()
    .exitOverride();
  let options: { n: number; out: string; seed: string; force: boolean; score?: string };
  try {
    program.parse(argv);
    options = program.opts();
  } catch (caught) {
    if (caught instanceof CommanderError) return caught.exitCode === 0 ? 0 : 2;
    throw caught;
  }
  if (options.score !== undefined) {
    const report = await scoreEntriesFolder(path.join(options.out, "manifest.json"), options.score);
    process.stdout.write(`${formatScoreReport(report)}\n`);
    return 0;
  }
  try {
    const summary = await writeSynthArchive(options);
    process.stdout.write(
      `synth: ${summary.sources} sources, ${summary.people} people, ${summary.events} events, ${summary.topics} topics, ` +
        `${summary.organisations} organisations, ${summary.places} places ` +
        `→ ${options.out} (${(summary.bytes / 1_048_576).toFixed(1)} MiB, seed ${JSON.stringify(options.seed)}, ${(summary.milliseconds / 1000).toFixed(2)} s)\n`,
    );
    return 0;
  } catch (caught) {
    if (caught instanceof OutputNotEmptyError) {
      process.stderr.write(`synth: ${caught.message}\n`);
      return 2;
    }
    throw caught;
  }
}

process.exitCode = await main(process.argv);
