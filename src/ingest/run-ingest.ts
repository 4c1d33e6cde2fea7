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
 */
import { statSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { PathOptions } from "../cli/options.ts";
import { error, warning, type Problem } from "../problems.ts";
import { EntryFrontMatterSchema, type EntryFrontMatter } from "../schema/entry.ts";
import { loadTaxonomy } from "../taxonomy/load-taxonomy.ts";
import { uniqueSlug } from "../taxonomy/slugify.ts";
import { decodeSource, describeOversize, MAX_SOURCE_BYTES } from "./decode-source.ts";
import { dateOfEntryPath, entryPath, hashText, serializeEntry, slugOfEntryPath } from "./entry-file.ts";
import {
  listFiles,
  mapLimited,
  readExistingEntries,
  rememberEntries,
  type ExistingEntry,
} from "./existing-entries.ts";
import { planEntries, type PlanSetup } from "./plan-on-threads.ts";
import { inputsHashOf, type PlannedEntry } from "./plan-entry.ts";
import { SourceCache, type SourceFacts } from "./source-cache.ts";

export interface IngestOptions extends PathOptions {
  /** `YYYY-MM-DD` of today, for future-date warnings. Defaults to the local date. */
  today?: string;
  /** Told how many sources are settled so far, for a progress display. */
  onProgress?: (done: number, total: number) => void;
  /** From how many sources to parse on worker threads (plan-on-threads.ts); tests set it low. */
  threadsFrom?: number;
}

export interface IngestSummary {
  sourcesRead: number;
  written: number;
  unchanged: number;
  /** Entries an editor edited by hand, kept whole. */
  kept: number;
  duplicates: number;
  people: number;
  events: number;
  topics: number;
  problems: Problem[];
  /** Entries as they stand after the run, by path relative to the entries folder. */
  entries: Map<string, EntryFrontMatter>;
  /** Names the taxonomy lacks, by source file name, for the sources parsed in this run. */
  unknownNames: Map<string, string[]>;
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
 */
type ReadSource = ({ file: string; text: () => Promise<string> } & SourceFacts) | { file: string; error: string };

async function decodedText(file: string): Promise<string> {
  const decoded = decodeSource(await readFile(file));
  if ("error" in decoded) throw new Error(`${file} ${decoded.error}`);
  return decoded.text;
}

async function readSource(file: string, known: SourceCache, taxonomyHash: string): Promise<ReadSource> {
  // Refuse a huge file before reading it into memory.
  // Synchronous: ten thousand stats through the thread pool wait on each other.
  const { size, mtimeMs } = statSync(file);
  if (size > MAX_SOURCE_BYTES) return { file, error: describeOversize(size) };
  const facts = known.known(file, size, mtimeMs);
  if (facts) return { file, ...facts, text: () => decodedText(file) };
  const decoded = decodeSource(await readFile(file));
  if ("error" in decoded) return { file, error: decoded.error };
  const { text } = decoded;
  const found = { textHash: hashText(text), inputsHash: inputsHashOf(text, taxonomyHash) };
  known.remember(file, size, mtimeMs, found);
  return { file, ...found, text: async () => text };
}

async function writeAtomically(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, text, "utf8");
  await rename(temporary, file);
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
    entries: new Map(),
    unknownNames: new Map(),
  };

  const loaded = await loadTaxonomy(options.taxonomy);
  problems.push(...loaded.problems);
  const setup: PlanSetup = { taxonomy: loaded.taxonomy, taxonomyHash: loaded.hash, today: options.today ?? localToday() };

  const { entries: existing, broken } = await readExistingEntries(options.entries, options.cache, problems);
  const existingBySource = new Map(existing.map((entry) => [entry.data.source, entry]));
  const brokenSources = new Set(broken.flatMap((entry) => (entry.source ? [entry.source] : [])));

  // Read every source; identical texts make one entry, the first by file name.
  // The inputs hash of no text at all stands for the rules and the taxonomy the record is valid under.
  const known = await SourceCache.open(options.cache, inputsHashOf("", setup.taxonomyHash));
  const sources = await mapLimited(await listFiles(options.sources), 32, (file) =>
    readSource(file, known, setup.taxonomyHash),
  );
  summary.sourcesRead = sources.length;
  const firstSourceByText = new Map<string, string>();
  const current: Array<{ file: string; name: string; text: () => Promise<string>; inputsHash: string }> = [];
  for (const source of sources) {
    if ("error" in source) {
      problems.push(error(source.file, source.error));
      continue;
    }
    const { textHash } = source;
    const original = firstSourceByText.get(textHash);
    if (original) {
      summary.duplicates += 1;
      problems.push(warning(source.file, `is an exact duplicate of ${original}; one entry is kept`));
      continue;
    }
    firstSourceByText.set(textHash, source.file);
    const name = source.file.split(/[\\/]/).at(-1) ?? source.file;
    current.push({ file: source.file, name, text: source.text, inputsHash: source.inputsHash });
  }
  const currentByName = new Map(current.map((source) => [source.name, source]));

  // Entries that stay as they are keep their addresses: unedited and up to date,
  // edited by hand, broken, or without a source any more.
  const slugs = new SlugRegistry();
  const settled: ExistingEntry[] = [];
  const keptBySource = new Map<string, ExistingEntry>();
  for (const entry of broken) slugs.claim(dateOfEntryPath(entry.path), slugOfEntryPath(entry.path));
  for (const entry of existing) {
    const source = currentByName.get(entry.data.source);
    const upToDate = entry.untouched && source !== undefined && source.inputsHash === entry.inputsHash;
    const editedOrOrphaned = !entry.untouched || source === undefined;
    if (!upToDate && !editedOrOrphaned) continue;
    slugs.claim(dateOfEntryPath(entry.path), slugOfEntryPath(entry.path));
    settled.push(entry);
    summary.entries.set(entry.path, entry.data);
    if (upToDate) summary.unchanged += 1;
    else if (!entry.untouched && source !== undefined) keptBySource.set(entry.data.source, entry);
  }
  const settledSources = new Set(settled.map((entry) => entry.data.source));

  // The sources to parse, parsed ahead (on threads for many) and taken in order below.
  const toPlan = current.filter(
    (source) => !brokenSources.has(source.name) && !keptBySource.has(source.name) && !settledSources.has(source.name),
  );
  const finalEntries: ExistingEntry[] = [...settled];
  // In the sources' order, each as soon as its plan is ready.
  async function writePlannedEntries(): Promise<void> {
    let done = 0;
    for (const source of current) {
      options.onProgress?.((done += 1), current.length);
      if (brokenSources.has(source.name)) continue;
      const kept = keptBySource.get(source.name);
      if (kept) {
        summary.kept += 1;
        const review =
          kept.inputsHash === source.inputsHash
            ? ""
            : "; its source or the taxonomy changed since, so review it (delete the entry to regenerate it)";
        problems.push(warning(join(options.entries, kept.path), `was edited by hand and is kept as it is${review}`));
        continue;
      }
      const plan = plans.get(source);
      if (plan === undefined) continue;

      const planned = await plan;
      problems.push(...planned.problems);
      if (planned.unknownNames.length > 0) summary.unknownNames.set(source.name, planned.unknownNames);
      if (!planned.plan) continue;
      const written = await writeEntry(planned.plan, existingBySource.get(source.name), slugs, options, log);
      if (!written.ok) {
        problems.push(error(source.file, written.message));
        continue;
      }
      summary.entries.set(written.entry.path, written.entry.data);
      finalEntries.push(written.entry);
      if (written.changed) summary.written += 1;
      else summary.unchanged += 1;
    }
  }

  const planning = planEntries(toPlan, setup, options.threadsFrom);
  const plans = new Map(planning.results.map((plan, index) => [toPlan[index]!, plan] as const));
  try {
    await writePlannedEntries();
  } finally {
    await planning.done();
  }

  await rememberEntries(options.entries, options.cache, finalEntries);
  await known.save();
  const distinct = (pick: (data: EntryFrontMatter) => string[]) =>
    new Set([...summary.entries.values()].flatMap(pick)).size;
  summary.people = distinct((data) => data.people);
  summary.events = distinct((data) => data.events);
  summary.topics = distinct((data) => data.topics);
  return summary;
}

type WriteResult = { ok: true; entry: ExistingEntry; changed: boolean } | { ok: false; message: string };

/** Writes a planned entry, moving ingest's own earlier version of it if its address changed. */
async function writeEntry(
  plan: PlannedEntry,
  previous: ExistingEntry | undefined,
  slugs: SlugRegistry,
  options: IngestOptions,
  log: (line: string) => void,
): Promise<WriteResult> {
  const path = entryPath(plan.date, slugs.claim(plan.date, plan.slug));
  const { text, generatedFrom } = serializeEntry(plan.data, plan.body, plan.inputsHash);
  const checked = EntryFrontMatterSchema.safeParse({ ...plan.data, generatedFrom });
  if (!checked.success) {
    const fields = checked.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
    return { ok: false, message: `makes an entry that fails the schema: ${fields.join("; ")}` };
  }
  const entry: ExistingEntry = { path, data: checked.data, untouched: true, inputsHash: plan.inputsHash };
  const file = join(options.entries, path);
  if (previous?.path === path) {
    const before = await readFile(file, "utf8").catch(() => undefined);
    if (before === text) return { ok: true, entry, changed: false };
  }
  await writeAtomically(file, text);
  if (previous && previous.path !== path) {
    // The old file is ingest's own unedited output: replacing it loses nothing.
    await rm(join(options.entries, previous.path), { force: true });
    log(`moved ${previous.path} → ${path}`);
  } else {
    log(`${previous ? "updated" : "wrote"} ${path}`);
  }
  return { ok: true, entry, changed: true };
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
