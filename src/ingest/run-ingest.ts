/**
 * `news-archive ingest`: every raw source in, one entry per article out.
 *
 * The I/O edge of the ingest stage. Parsing and tagging (plan-entry.ts) and the
 * entry format (entry-file.ts) are pure; this module reads the folders, decides
 * per source whether to write, leave or keep its entry, and reports.
 *
 * Incremental by construction: an unedited entry whose inputs hash (rules,
 * taxonomy, source text) matches is up to date and its source is not parsed
 * again. Entries keep their address once written; a new article whose title
 * collides with an older one of the same month gets the next free slug.
 *
 * Over 300 lines: the stage's whole I/O edge (read, decide, write, keep corrections, report) in one place; every rule it calls lives in its own module.
 */
import { readFileSync, statSync } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { hasErrors, problem, type Problem } from "../content/problems.ts";
import {
  readVersionedJson,
  removeStaleTemporaryFiles,
  writeFileAtomically,
  writeFileAtomicallySync,
  writeJsonAtomically,
} from "../lib/atomic-file.ts";
import { listFolder } from "../lib/list-folder.ts";
import { EntryFrontMatterSchema, type EntryFrontMatter } from "../content/entry-schema.ts";
import type { Taxonomy } from "../content/taxonomy-schema.ts";
import { loadTaxonomy } from "../taxonomy/load-taxonomy.ts";
import { uniqueSlug } from "../taxonomy/slugify.ts";
import { decodeSource, describeOversize, MAX_SOURCE_BYTES } from "./decode-source.ts";
import {
  dateOfEntryPath,
  entryPath,
  hashText,
  mergeCorrections,
  parseEntryFile,
  serializeEntry,
  slugOfEntryPath,
  type StampedField,
} from "../content/entry-file.ts";
import { mapLimited } from "../lib/map-limited.ts";
import { bodyHashOf, readEntries, rememberEntries, type StoredEntry } from "../content/entries.ts";
import { planEntries, startPlanningThreads, THREADS_FROM, type PlanningThreads, type PlanSetup } from "./plan-on-threads.ts";
import {
  confirmNearDuplicates,
  decodeSignatures,
  encodeSignatures,
  likelyPairs,
  minHashSignature,
  type NearDuplicate,
  shingleHashes,
} from "../taxonomy/near-duplicates.ts";
import { hasGaps, inputsHashOf, type PlannedEntry, type TaxonomyGaps } from "./plan-entry.ts";
import { SourceCache, type SourceFacts } from "./source-cache.ts";

/** The folders ingest reads and writes. */
export interface IngestFolders {
  /** Raw article files. */
  sources: string;
  /** Markdown entries; holds only entry `.md` files. */
  entries: string;
  /** `people.yaml`, `events.yaml`, `topics.yaml`. */
  taxonomy: string;
  /** Everything derived that may be thrown away. */
  cache: string;
}

export interface IngestOptions extends IngestFolders {
  /** `YYYY-MM-DD` of today, for future-date warnings. Defaults to the local date. */
  today?: string;
  /** Told how many sources are settled so far, for a progress display. */
  onProgress?: (done: number, total: number) => void;
  /** From how many sources to parse on worker threads (plan-on-threads.ts); tests set it low. */
  threadsFrom?: number;
  /**
   * `check`: parse every source (also those whose entry is up to date) to report
   * its problems, and write nothing — neither entries nor the cache.
   */
  dryRun?: boolean;
}

export interface IngestSummary {
  sourcesRead: number;
  written: number;
  unchanged: number;
  /** Entries with an editor's corrections, kept field by field. */
  kept: number;
  duplicates: number;
  people: number;
  events: number;
  topics: number;
  problems: Problem[];
  /** True when the taxonomy has errors, so that nothing was written. */
  stopped: boolean;
  /** The taxonomy the entries were tagged from; undefined when it has errors. */
  taxonomy?: Taxonomy;
  /** Entries as they stand after the run, by path relative to the entries folder. */
  entries: Map<string, EntryFrontMatter>;
  /** Every source's name (its path inside the sources folder, with `/`). */
  sourceNames: Set<string>;
  /** What the taxonomy lacks (people, spellings, an event), by source name, for the sources parsed in this run. */
  unknownNames: Map<string, TaxonomyGaps>;
}

export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Slugs already given out, per month: an article's address is `/YYYY/MM/slug/`,
 * so two articles of one month with the same title need different slugs.
 */
class SlugRegistry {
  private readonly byMonth = new Map<string, Set<string>>();

  claim(date: string, slug: string): string {
    const month = date.slice(0, 7);
    const taken = this.byMonth.get(month) ?? new Set<string>();
    this.byMonth.set(month, taken);
    const unique = uniqueSlug(slug, taken);
    taken.add(unique);
    return unique;
  }
}

/**
 * A source read and decoded, or the reason it was rejected. The text of a source
 * unchanged since the last run is read only if it has to be parsed (`text()`).
 * `name` is its path inside the sources folder, with `/`: what an entry's `source` says.
 */
type ReadSource = { file: string; name: string } & (({ text: () => Promise<string> } & SourceFacts) | { error: string });

/**
 * Sources are read and entries written synchronously: a promised read or write
 * of a small file costs several times the CPU of a synchronous one (a file
 * handle, a stat, chunks and a rename each go through the thread pool and back),
 * and ten thousand of them add up to seconds; each one blocks this thread for
 * microseconds only.
 */
async function decodedText(file: string): Promise<string> {
  const decoded = decodeSource(readFileSync(file));
  if ("error" in decoded) throw new Error(`${file} ${decoded.error}`);
  return decoded.text;
}

async function readSource(
  file: string,
  name: string,
  known: SourceCache,
  taxonomyHash: string,
  onNew: () => void = () => {},
): Promise<ReadSource> {
  // Refuse a huge file before reading it into memory.
  // Synchronous: ten thousand stats through the thread pool wait on each other.
  const { size, mtimeMs } = statSync(file);
  if (size > MAX_SOURCE_BYTES) return { file, name, error: describeOversize(size) };
  const facts = known.known(name, size, mtimeMs);
  if (facts) return { file, name, ...facts, text: () => decodedText(file) };
  const decoded = decodeSource(readFileSync(file));
  if ("error" in decoded) return { file, name, error: decoded.error };
  onNew();
  const { text } = decoded;
  const found = { textHash: hashText(text), inputsHash: inputsHashOf(text, taxonomyHash) };
  known.remember(name, size, mtimeMs, found);
  return { file, name, ...found, text: async () => text };
}

const sourceNameOf = (sourcesDir: string, file: string): string => relative(sourcesDir, file).split(sep).join("/");

function correctionsMessage(edited: readonly StampedField[]): string {
  return (
    `keeps your corrections to ${edited.join(", ")} as you wrote them; every other field follows the source, ` +
    "the rules and the taxonomy (to drop a correction, put the field back as ingest wrote it, or delete the entry)"
  );
}

export async function runIngest(options: IngestOptions, log: (line: string) => void): Promise<IngestSummary> {
  const problems: Problem[] = [];
  const summary: IngestSummary = {
    sourcesRead: 0,
    written: 0,
    unchanged: 0,
    kept: 0,
    duplicates: 0,
    people: 0,
    events: 0,
    topics: 0,
    problems,
    stopped: false,
    entries: new Map(),
    sourceNames: new Set(),
    unknownNames: new Map(),
  };
  const writing = options.dryRun !== true;

  // A dry run writes nothing, not even the parsed taxonomy.
  const loaded = await loadTaxonomy(options.taxonomy, writing ? options.cache : undefined);
  problems.push(...loaded.problems);
  if (hasErrors(loaded.problems)) {
    // Every entry is tagged from the taxonomy: with a broken one, regenerating
    // would strip tags from every entry. Nothing is written until it is mended.
    summary.stopped = true;
    return summary;
  }
  summary.taxonomy = loaded.taxonomy;
  const setup: PlanSetup = {
    taxonomy: loaded.taxonomy,
    taxonomyHash: loaded.hash,
    today: options.today ?? localToday(),
    ...(loaded.publishers ? { publishers: loaded.publishers } : {}),
  };

  const { entries: existing, broken, temporary, problems: entryProblems } = await readEntries(options.entries, options.cache);
  problems.push(...entryProblems);
  const sourceListing = await listFolder(options.sources);
  if (writing) {
    // What runs killed while writing left behind (their process is gone).
    for (const file of removeStaleTemporaryFiles([...temporary, ...sourceListing.temporary])) log(`removed ${file}, left by a stopped run`);
  }
  for (const skipped of sourceListing.skipped) problems.push(problem("source-skipped", skipped.path, skipped.why));
  const existingBySource = new Map(existing.map((entry) => [entry.data.source, entry]));
  const brokenSources = new Set(broken.flatMap((entry) => (entry.source ? [entry.source] : [])));

  // Read every source; identical texts make one entry, the first by name.
  // The inputs hash of no text at all stands for the rules and the taxonomy the record is valid under.
  const known = await SourceCache.open(options.cache, inputsHashOf("", setup.taxonomyHash));
  // Once this many sources are new (a cold run), the planning threads start
  // loading the rules beside the reading, instead of after it.
  const threadsFrom = options.threadsFrom ?? THREADS_FROM;
  let newSources = 0;
  let threads: PlanningThreads | undefined;
  const sawNewSource = () => {
    newSources += 1;
    if (newSources === threadsFrom) threads = startPlanningThreads(setup);
  };
  const sources = await mapLimited(sourceListing.files, 32, (file) =>
    readSource(file, sourceNameOf(options.sources, file), known, setup.taxonomyHash, sawNewSource),
  ).catch(async (caught: unknown) => {
    await threads?.close();
    throw caught;
  });
  summary.sourcesRead = sources.length;
  const firstSourceByText = new Map<string, string>();
  const current: Array<{ file: string; name: string; text: () => Promise<string>; inputsHash: string; textHash: string }> = [];
  for (const source of sources) {
    summary.sourceNames.add(source.name);
    if ("error" in source) {
      problems.push(problem(ruleOfDecodeError(source.error), source.file, source.error));
      continue;
    }
    const original = firstSourceByText.get(source.textHash);
    if (original) {
      summary.duplicates += 1;
      problems.push(problem("source-duplicate", source.file, `is an exact duplicate of ${original}; one entry is kept`));
      continue;
    }
    firstSourceByText.set(source.textHash, source.file);
    current.push({ file: source.file, name: source.name, text: source.text, inputsHash: source.inputsHash, textHash: source.textHash });
  }
  const currentByName = new Map(current.map((source) => [source.name, source]));
  // Reported after the near-duplicates, which are looked for once the planning has started.
  const settledProblems: Problem[] = [];

  // Entries that stay as they are keep their addresses: up to date (with or
  // without corrections), broken, or without a source any more. Entries with
  // corrections keep their address even when their source must be parsed again.
  const slugs = new SlugRegistry();
  const settled: StoredEntry[] = [];
  const corrected = new Map<string, StoredEntry>();
  for (const entry of broken) slugs.claim(dateOfEntryPath(entry.path), slugOfEntryPath(entry.path));
  for (const entry of existing) {
    const source = currentByName.get(entry.data.source);
    const upToDate = source !== undefined && source.inputsHash === entry.inputsHash;
    const hasCorrections = entry.edited.length > 0;
    if (hasCorrections && source !== undefined) {
      summary.kept += 1;
      if (upToDate && !entry.editsSeen) {
        settledProblems.push(problem("entry-corrected", join(options.entries, entry.path), correctionsMessage(entry.edited)));
      }
    }
    if (!upToDate && source !== undefined && !hasCorrections) continue;
    slugs.claim(dateOfEntryPath(entry.path), slugOfEntryPath(entry.path));
    if (!upToDate && source !== undefined) {
      corrected.set(entry.data.source, entry);
      continue;
    }
    settled.push(entry);
    summary.entries.set(entry.path, entry.data);
    if (upToDate && !hasCorrections) summary.unchanged += 1;
  }
  const settledSources = new Set(settled.map((entry) => entry.data.source));

  // The sources to parse, parsed ahead (on threads for many) and taken in order below.
  // A dry run parses them all, to report every source's problems.
  const toPlan = current.filter((source) => !brokenSources.has(source.name) && (!writing || !settledSources.has(source.name)));
  const finalEntries: StoredEntry[] = [...settled];
  // In the sources' order, each as soon as its plan is ready.
  async function writePlannedEntries(): Promise<void> {
    let done = 0;
    for (const source of current) {
      done += 1;
      options.onProgress?.(done, current.length);
      const plan = plans.get(source);
      if (plan === undefined) continue;
      const planned = await plan;
      problems.push(...planned.problems);
      if (hasGaps(planned.unknownNames)) summary.unknownNames.set(source.name, planned.unknownNames);
      if (!planned.plan || settledSources.has(source.name)) continue;
      const withCorrections = corrected.get(source.name);
      const written = withCorrections
        ? await writeCorrectedEntry(planned.plan, withCorrections, options, writing)
        : await writeEntry(planned.plan, existingBySource.get(source.name), slugs, options, writing, log);
      if (!written.ok) {
        problems.push(problem("source-unfit-entry", source.file, written.message));
        continue;
      }
      if (withCorrections && written.changed) {
        problems.push(problem("entry-corrected", join(options.entries, written.entry.path), correctionsMessage(written.entry.edited)));
      }
      summary.entries.set(written.entry.path, written.entry.data);
      finalEntries.push(written.entry);
      if (written.changed) summary.written += withCorrections ? 0 : 1;
      else summary.unchanged += 1;
    }
  }

  // The planning takes the threads started above, and closes them.
  const planning = planEntries(toPlan, setup, threadsFrom, threads);
  const plans = new Map(planning.results.map((plan, index) => [toPlan[index]!, plan] as const));
  try {
    // Looked for while the threads plan, when this thread has little else to do.
    problems.push(...(await nearDuplicateWarnings(current, options.cache, writing, inputsHashOf("", setup.taxonomyHash))));
    problems.push(...settledProblems);
    await writePlannedEntries();
  } finally {
    await planning.done();
  }

  if (writing) {
    await rememberEntries(options.entries, options.cache, finalEntries);
    await known.save();
  }
  const distinct = (pick: (data: EntryFrontMatter) => string[]) => new Set([...summary.entries.values()].flatMap(pick)).size;
  summary.people = distinct((data) => data.people);
  summary.events = distinct((data) => data.events);
  summary.topics = distinct((data) => data.topics);
  return summary;
}

/** The near-duplicates found among the sources of the last run, by their texts in order. */
interface FoundBefore {
  version: number;
  /** The rules and the texts the pairs were found among (`foundKeyOf`). */
  key: string;
  found: NearDuplicate[];
}
const FOUND_VERSION = 1;
/** Texts shingled between two turns of the event loop: a few milliseconds, less than the threads' work in hand. */
const SHINGLED_BETWEEN_YIELDS = 16;

/** What the found pairs depend on: the rules' code and each text, in the order of the sources. */
const foundKeyOf = (sources: ReadonlyArray<{ textHash: string }>, rulesHash: string): string =>
  hashText(`${rulesHash}\n${sources.map((source) => source.textHash).join("\n")}`);

/**
 * Sources that mostly repeat an earlier one (near-duplicates.ts): each is
 * reported with the most similar earlier source; both keep their entries, since
 * only an editor can tell a republished story from a follow-up. Signatures are
 * kept in the cache by text hash, so a rebuild reads only new sources and the
 * few that a signature makes likely near-duplicates; and the pairs found, so
 * that a run whose sources are all as they were (an entry or a template edited)
 * does not look for them at all.
 */
async function nearDuplicateWarnings(
  sources: ReadonlyArray<{ file: string; textHash: string; text: () => Promise<string> }>,
  cacheDir: string,
  writing: boolean,
  rulesHash: string,
): Promise<Problem[]> {
  const fileOf = (index: number) => (sources[index] as { file: string }).file;
  const warningsOf = (found: readonly NearDuplicate[]) =>
    found.map((pair) =>
      problem(
        "source-near-duplicate",
        fileOf(pair.index),
        `repeats ${Math.round(pair.similarity * 100)} % of ${fileOf(pair.of)} (near-duplicate); both entries are kept`,
      ),
    );
  const foundFile = join(cacheDir, "ingest", "near-duplicates.json");
  const key = foundKeyOf(sources, rulesHash);
  const before = await readVersionedJson<FoundBefore>(foundFile, FOUND_VERSION);
  if (before?.key === key) return warningsOf(before.found);

  const file = join(cacheDir, "ingest", "near-duplicate-signatures.bin");
  const known = decodeSignatures(await readFile(file).catch(() => new Uint8Array()));
  const shingles = new Map<number, Uint32Array>();
  let sinceYield = 0;
  const shingled = async (index: number) => {
    // Now and then the planning threads' messages are let in, so that they are never left without work.
    sinceYield += 1;
    if (sinceYield === SHINGLED_BETWEEN_YIELDS) {
      sinceYield = 0;
      await new Promise((resolve) => setImmediate(resolve));
    }
    const found = shingles.get(index) ?? shingleHashes(await (sources[index] as { text: () => Promise<string> }).text());
    shingles.set(index, found);
    return found;
  };
  const signatures = await mapLimited([...sources.keys()], 32, async (index) => {
    const textHash = (sources[index] as { textHash: string }).textHash;
    return known.has(textHash) ? known.get(textHash) : minHashSignature(await shingled(index));
  });
  const pairs = likelyPairs(signatures);
  for (const index of new Set(pairs.flat())) await shingled(index);
  const found = confirmNearDuplicates(pairs, (index) => shingles.get(index) as Uint32Array);

  const now = new Map(sources.map((source, index) => [source.textHash, signatures[index]] as const));
  const unchanged = now.size === known.size && [...now.keys()].every((textHash) => known.has(textHash));
  if (writing) {
    await mkdir(dirname(file), { recursive: true });
    if (!unchanged) await writeFileAtomically(file, encodeSignatures(now));
    await writeJsonAtomically(foundFile, { version: FOUND_VERSION, key, found } satisfies FoundBefore);
  }
  return warningsOf(found);
}

/** The rule a decoding failure breaks (decode-source.ts words them). */
function ruleOfDecodeError(message: string) {
  if (/empty/.test(message)) return "source-empty" as const;
  if (/binary/.test(message)) return "source-binary" as const;
  if (/limit/.test(message)) return "source-too-large" as const;
  return "source-encoding" as const;
}

type WriteResult = { ok: true; entry: StoredEntry; changed: boolean } | { ok: false; message: string };

/** The front matter through the schema, as it will read back, or the message of what does not fit. */
function checkedData(data: Omit<EntryFrontMatter, "generatedFrom">): EntryFrontMatter | string {
  // The stamp is made from the checked values, so a placeholder stands in for it here.
  const checked = EntryFrontMatterSchema.safeParse({ ...data, generatedFrom: "0".repeat(16) });
  if (checked.success) return checked.data;
  const fields = checked.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
  return `makes an entry that fails the schema: ${fields.join("; ")}`;
}

/** Writes a planned entry, moving ingest's own earlier version of it if its address changed. */
async function writeEntry(
  plan: PlannedEntry,
  previous: StoredEntry | undefined,
  slugs: SlugRegistry,
  options: IngestOptions,
  writing: boolean,
  log: (line: string) => void,
): Promise<WriteResult> {
  const path = entryPath(plan.date, slugs.claim(plan.date, plan.slug));
  const checked = checkedData(plan.data);
  if (typeof checked === "string") return { ok: false, message: checked };
  const { generatedFrom: _placeholder, ...data } = checked;
  const { text, generatedFrom } = serializeEntry(data, plan.body, plan.inputsHash);
  const entry: StoredEntry = {
    path,
    slug: slugOfEntryPath(path),
    data: { ...data, generatedFrom },
    inputsHash: plan.inputsHash,
    edited: [],
    bodyHash: bodyHashOf(plan.body),
    bodyCharacters: plan.body.trimEnd().length + 1,
    editsSeen: true,
  };
  const file = join(options.entries, path);
  if (previous?.path === path) {
    const before = await readFile(file, "utf8").catch(() => undefined);
    if (before === text) return { ok: true, entry, changed: false };
  }
  if (!writing) return { ok: true, entry, changed: true };
  if (previous && previous.path !== path) {
    // The old file is ingest's own unedited output: replacing it loses nothing. It goes
    // first: a run stopped in between leaves no entry of the source (the next run writes
    // it), never two (which no later run would notice).
    await rm(join(options.entries, previous.path), { force: true });
    await writeFileAtomically(file, text);
    log(`moved ${previous.path} → ${path}`);
  } else {
    // Synchronous, as sources are read (decodedText): most runs write every entry this way.
    writeFileAtomicallySync(file, text);
    log(`${previous ? "updated" : "wrote"} ${path}`);
  }
  return { ok: true, entry, changed: true };
}

/**
 * Writes the entry the rules now give, with the editor's corrections carried
 * over field by field, in place: an entry with corrections keeps its address.
 */
async function writeCorrectedEntry(plan: PlannedEntry, entry: StoredEntry, options: IngestOptions, writing: boolean): Promise<WriteResult> {
  const file = join(options.entries, entry.path);
  const before = await readFile(file, "utf8");
  const current = parseEntryFile(before);
  if (!current.ok) return { ok: false, message: `${file} ${current.message}` };
  const generated = checkedData(plan.data);
  if (typeof generated === "string") return { ok: false, message: generated };
  const { generatedFrom: _placeholder, ...generatedData } = generated;
  const merged = mergeCorrections({ data: generatedData, body: plan.body }, current.entry, entry.edited);
  const checked = checkedData(merged.data);
  if (typeof checked === "string") return { ok: false, message: checked };
  const { generatedFrom: _again, ...data } = checked;
  const { text, generatedFrom } = serializeEntry(data, merged.body, plan.inputsHash, { data: generatedData, body: plan.body });
  // The corrections still differ from what the rules give, or they would no longer be corrections.
  const edited = entry.edited.filter((field) =>
    field === "body"
      ? merged.body.trimEnd() !== plan.body.trimEnd()
      : JSON.stringify(data[field] ?? null) !== JSON.stringify(generatedData[field] ?? null),
  );
  const written: StoredEntry = {
    ...entry,
    data: { ...data, generatedFrom },
    inputsHash: plan.inputsHash,
    edited,
    bodyHash: bodyHashOf(merged.body),
    bodyCharacters: merged.body.trimEnd().length + 1,
    editsSeen: true,
  };
  if (before === text) return { ok: true, entry: written, changed: false };
  if (writing) await writeFileAtomically(file, text);
  return { ok: true, entry: written, changed: true };
}

export function formatIngestSummary(summary: IngestSummary): string {
  const errors = summary.problems.filter((problem) => problem.severity === "error").length;
  const warnings = summary.problems.length - errors;
  return (
    `${summary.sourcesRead} sources read: ${summary.written} entries written, ${summary.unchanged} unchanged, ` +
    `${summary.kept} kept (edited by hand), ${summary.duplicates} duplicates; ` +
    `${summary.people} people, ${summary.events} events, ${summary.topics} topics; ` +
    `${errors} errors, ${warnings} warnings`
  );
}
