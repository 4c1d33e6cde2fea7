/**
 * `npm run synth`: a deterministic synthetic archive. Same seed and N give the
 * same bytes: the world comes from the seed alone and article i from its own
 * stream, so a smaller N is a prefix of a larger one.
 *
 * OUT/sources/NNNNN_<hash>.txt  raw sources in the seeds' formats
 * OUT/taxonomy/*.yaml            people, events, topics, organisations, places
 * OUT/manifest.json              what each source was written to say
 */
import { createHash } from "node:crypto";
import { writeFile as writeFileCallback } from "node:fs";
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { Random } from "./random.ts";
import { planArticle, popularityOf, type SourceFormat } from "./article-plan.ts";
import { renderSource, type RenderedSource } from "./source-formats.ts";
import { generateWorld, taxonomyFiles, type SynthWorld } from "./world.ts";
import type { SynthPerson } from "./people.ts";

export const DEFAULT_SEED = "news-archive";

/** What one source was written to say: the answer key for parser and tagger. */
export interface ManifestSource extends Omit<RenderedSource, "text"> {
  file: string;
  format: SourceFormat;
  /** Taxonomy slugs: people in order of appearance, main event first, topics by popularity. */
  people: string[];
  events: string[];
  topics: string[];
  /** Organisations and places the body names on purpose (a venue or a title may name more: "the State Duma building"). */
  organisations: string[];
  places: string[];
  /** The index of the first report of the meeting this source reports too (another outlet's), or null. */
  storyOf: number | null;
  /** Full names of people the taxonomy lacks. */
  unknownNames: string[];
}

export interface Manifest {
  generator: "news-archive synth";
  version: 1;
  seed: string;
  n: number;
  sources: ManifestSource[];
}

export interface SynthSource {
  fileName: string;
  text: string;
  manifest: ManifestSource;
}

/** `00042_<16 hex of the content's SHA-256>.txt`, like the seeds' names. */
export function sourceFileName(index: number, text: string): string {
  const hash = createHash("sha256").update(text).digest("hex").slice(0, 16);
  return `${String(index).padStart(5, "0")}_${hash}.txt`;
}

/** The sources one by one, lazily: article i depends only on the seed and i. */
export function* synthesizeSources(world: SynthWorld, seed: string, n: number): Generator<SynthSource> {
  const popularity = popularityOf(world);
  for (let index = 0; index < n; index++) {
    const random = new Random(seed, `article:${index}`);
    const plan = planArticle(world, popularity, random, index);
    const rendered = renderSource(random, world, plan);
    const fileName = sourceFileName(index, rendered.text);
    const { text, ...answers } = rendered;
    yield {
      fileName,
      text,
      manifest: {
        file: fileName,
        format: plan.format,
        ...answers,
        people: plan.people.map((person) => person.slug),
        events: plan.events.map((event) => event.slug),
        topics: plan.topics.map((topic) => topic.slug),
        organisations: plan.organisations.map((organisation) => organisation.slug),
        places: plan.places.map((place) => place.slug),
        storyOf: plan.storyOf ?? null,
        unknownNames: plan.outsider ? [nameAsPrinted(plan.outsider, plan.format)] : [],
      },
    };
  }
}

function nameAsPrinted(person: SynthPerson, format: SourceFormat): string {
  return format === "dateline-signoff" ? person.name.vi : person.name.en;
}

/** The manifest as JSON with one source per line: diffable, and still one JSON value. */
export function manifestJson(manifest: Manifest): string {
  const { sources, ...head } = manifest;
  const headJson = JSON.stringify(head).slice(0, -1);
  return `${headJson},"sources":[\n${sources.map((source) => JSON.stringify(source)).join(",\n")}\n]}\n`;
}

export interface WriteOptions {
  n: number;
  seed: string;
  out: string;
  /** Replace an existing OUT/sources and OUT/taxonomy instead of refusing. */
  force?: boolean;
  /** Files written at once. */
  concurrency?: number;
}

export interface WriteSummary {
  sources: number;
  people: number;
  events: number;
  topics: number;
  organisations: number;
  places: number;
  bytes: number;
  milliseconds: number;
}

/**
 * The callback `fs.writeFile`: for thousands of small files it costs less than
 * `fs/promises`, which opens a FileHandle object per file.
 */
function writeSmallFile(file: string, content: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    writeFileCallback(file, content, (error) => (error ? reject(error) : resolve()));
  });
}

export class OutputNotEmptyError extends Error {}

async function prepareFolder(folder: string, force: boolean): Promise<void> {
  const existing = await readdir(folder).catch(() => [] as string[]);
  if (existing.length > 0) {
    if (!force) throw new OutputNotEmptyError(`${folder} is not empty (use --force to replace it)`);
    await rm(folder, { recursive: true, force: true });
  }
  await mkdir(folder, { recursive: true });
}

export async function writeSynthArchive(options: WriteOptions): Promise<WriteSummary> {
  const started = performance.now();
  const sourcesDir = path.join(options.out, "sources");
  const taxonomyDir = path.join(options.out, "taxonomy");
  await prepareFolder(sourcesDir, options.force ?? false);
  await prepareFolder(taxonomyDir, options.force ?? false);

  const world = generateWorld(options.seed);
  for (const [name, content] of Object.entries(taxonomyFiles(world, options.seed))) {
    await writeFile(path.join(taxonomyDir, name), content);
  }

  const limit = options.concurrency ?? 32;
  const pending = new Set<Promise<void>>();
  const sources: ManifestSource[] = [];
  let bytes = 0;
  for (const source of synthesizeSources(world, options.seed, options.n)) {
    sources.push(source.manifest);
    const content = Buffer.from(source.text, "utf8");
    bytes += content.length;
    const write: Promise<void> = writeSmallFile(path.join(sourcesDir, source.fileName), content).then(() => {
      pending.delete(write);
    });
    pending.add(write);
    if (pending.size >= limit) await Promise.race(pending);
  }
  await Promise.all(pending);

  const manifest: Manifest = { generator: "news-archive synth", version: 1, seed: options.seed, n: options.n, sources };
  await writeFile(path.join(options.out, "manifest.json"), manifestJson(manifest));
  return {
    sources: sources.length,
    people: world.people.length,
    events: world.events.length,
    topics: world.topics.length,
    organisations: world.organisations.length,
    places: world.places.length,
    bytes,
    milliseconds: performance.now() - started,
  };
}
