/**
 * `news-archive ingest`: every raw source in, one entry per article out.
 *
 * The I/O edge of the ingest stage. Parsing (parse-source.ts), tagging
 * (../taxonomy/tag-article.ts) and the entry format (entry-file.ts) are pure;
 * this module reads the folders, decides per source whether to write, leave or
 * keep its entry, and reports.
 */
import { readdir, readFile, rename, rm, writeFile, mkdir, stat } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import type { PathOptions } from "../cli/options.ts";
import { error, warning, type Problem } from "../problems.ts";
import { EntryFrontMatterSchema, type EntryFrontMatter } from "../schema/entry.ts";
import { loadTaxonomy } from "../taxonomy/load-taxonomy.ts";
import { slugify, uniqueSlug } from "../taxonomy/slugify.ts";
import { compileTaxonomy, tagArticle, type TaxonomyMatcher } from "../taxonomy/tag-article.ts";
import { decodeSource, describeOversize, MAX_SOURCE_BYTES } from "./decode-source.ts";
import { parseSource } from "./parse-source.ts";
import {
  dateOfEntryPath,
  entryPath,
  entrySlug,
  hashText,
  paragraphsToMarkdown,
  parseEntryFile,
  readEntryStamp,
  serializeEntry,
  slugOfEntryPath,
} from "./entry-file.ts";

/**
 * Bumped whenever the extraction rules change what they produce, so that
 * entries written by older rules are regenerated (unless an editor changed them).
 */
export const INGEST_RULES_VERSION = "1";

export interface IngestOptions extends PathOptions {
  /** `YYYY-MM-DD` of today, for future-date warnings. Defaults to the local date. */
  today?: string;
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
}

/** An entry already in the entries folder. */
interface ExistingEntry {
  path: string;
  text: string;
  data: EntryFrontMatter;
  untouched: boolean;
  inputsHash: string;
}

/** One source, parsed and tagged: the entry it should have. */
interface PlannedEntry {
  sourceFile: string;
  date: string;
  slug: string;
  data: Omit<EntryFrontMatter, "generatedFrom">;
  body: string;
  inputsHash: string;
}

export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

async function listFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(current: string): Promise<void> {
    let dirents;
    try {
      dirents = await readdir(current, { withFileTypes: true });
    } catch (caught) {
      if ((caught as NodeJS.ErrnoException).code === "ENOENT") return;
      throw caught;
    }
    for (const dirent of dirents) {
      if (dirent.name.startsWith(".")) continue;
      const full = join(current, dirent.name);
      if (dirent.isDirectory()) await walk(full);
      else if (dirent.isFile()) found.push(full);
    }
  }
  await walk(dir);
  return found.sort();
}


/** Entries in the entries folder: readable ones, and the paths and sources of broken ones. */
interface ExistingEntries {
  entries: ExistingEntry[];
  broken: Array<{ path: string; source?: string }>;
}

async function readExistingEntries(entriesDir: string, problems: Problem[]): Promise<ExistingEntries> {
  const entries: ExistingEntry[] = [];
  const broken: ExistingEntries["broken"] = [];
  for (const file of await listFiles(entriesDir)) {
    const path = relative(entriesDir, file).split("\\").join("/");
    const label = join(entriesDir, path);
    if (!path.endsWith(".md")) {
      problems.push(warning(label, "is not an entry (.md); the entries folder holds only entries"));
      continue;
    }
    const text = await readFile(file, "utf8");
    const parsed = parseEntryFile(text);
    if (!parsed.ok) {
      // An editor's broken file is theirs to mend: report it, never overwrite it.
      problems.push(error(label, parsed.message));
      broken.push({ path, ...(parsed.source ? { source: parsed.source } : {}) });
      continue;
    }
    const stamp = readEntryStamp(text, parsed.entry.data.generatedFrom);
    entries.push({ path, text, data: parsed.entry.data, ...stamp });
  }
  return { entries, broken };
}

function planEntry(
  sourceFile: string,
  text: string,
  matcher: TaxonomyMatcher,
  taxonomyHash: string,
  today: string,
  problems: Problem[],
): PlannedEntry | undefined {
  const parsed = parseSource(text, { today });
  for (const problem of parsed.problems) {
    problems.push({ severity: problem.severity, file: sourceFile, message: problem.message });
  }
  if (parsed.problems.some((problem) => problem.severity === "error")) return undefined;
  if (!parsed.date) {
    problems.push(error(sourceFile, "states no date and none could be inferred from its text"));
    return undefined;
  }
  if (parsed.paragraphs.length === 0) {
    problems.push(error(sourceFile, "has no article text once boilerplate is removed"));
    return undefined;
  }
  const tags = tagArticle(
    {
      title: parsed.title,
      paragraphs: parsed.paragraphs,
      captions: parsed.captions,
      date: parsed.date,
      excludedNames: [...(parsed.author ? [parsed.author] : []), ...parsed.photoCredits],
    },
    matcher,
  );
  if (tags.unknownNames.length > 0) {
    problems.push(
      warning(sourceFile, `names the taxonomy lacks: ${tags.unknownNames.join(", ")}`),
    );
  }
  const data: Omit<EntryFrontMatter, "generatedFrom"> = {
    title: parsed.title,
    date: parsed.date,
    ...(parsed.dateInferred ? { dateInferred: true } : {}),
    ...(parsed.publisher ? { publisher: parsed.publisher } : {}),
    ...(parsed.author ? { author: parsed.author } : {}),
    ...(parsed.dateline ? { dateline: parsed.dateline } : {}),
    ...(parsed.originalUrl ? { originalUrl: parsed.originalUrl } : {}),
    captions: parsed.captions,
    people: tags.people,
    events: tags.events,
    topics: tags.topics,
    source: sourceFile.split(/[\\/]/).at(-1) ?? sourceFile,
  };
  return {
    sourceFile,
    date: parsed.date,
    slug: entrySlug(parsed.title) || slugify(data.source) || "article",
    data,
    body: paragraphsToMarkdown(parsed.paragraphs),
    inputsHash: hashText(`${INGEST_RULES_VERSION}\n${taxonomyHash}\n${text}`),
  };
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

async function writeAtomically(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, text, "utf8");
  await rename(temporary, file);
}

export async function runIngest(
  options: IngestOptions,
  log: (line: string) => void,
): Promise<IngestSummary> {
  const today = options.today ?? localToday();
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
  };

  const loaded = await loadTaxonomy(options.taxonomy);
  problems.push(...loaded.problems);
  const matcher = compileTaxonomy(loaded.taxonomy);

  const { entries: existing, broken } = await readExistingEntries(options.entries, problems);
  const existingBySource = new Map(existing.map((entry) => [entry.data.source, entry]));

  // Parse every source; identical texts make one entry, the first by file name.
  const planned: PlannedEntry[] = [];
  const firstSourceByText = new Map<string, string>();
  for (const file of await listFiles(options.sources)) {
    summary.sourcesRead += 1;
    const label = file;
    // Refuse a huge file before reading it into memory.
    const { size } = await stat(file);
    const decoded =
      size > MAX_SOURCE_BYTES ? { error: describeOversize(size) } : decodeSource(await readFile(file));
    if ("error" in decoded) {
      problems.push(error(label, decoded.error));
      continue;
    }
    const textHash = hashText(decoded.text);
    const original = firstSourceByText.get(textHash);
    if (original) {
      summary.duplicates += 1;
      problems.push(warning(label, `is an exact duplicate of ${original}; one entry is kept`));
      continue;
    }
    firstSourceByText.set(textHash, label);
    const plan = planEntry(label, decoded.text, matcher, loaded.hash, today, problems);
    if (plan) planned.push(plan);
  }

  // Hand-edited entries, and entries whose source is gone, keep their place; the
  // other slugs are given out in source-name order, so that collisions resolve
  // the same way on every run.
  const plannedSources = new Set(planned.map((plan) => plan.data.source));
  const slugsTaken = new SlugRegistry();
  const keptBySource = new Map<string, ExistingEntry>();
  const brokenSources = new Set(broken.flatMap((entry) => (entry.source ? [entry.source] : [])));
  for (const entry of broken) slugsTaken.claim(dateOfEntryPath(entry.path), slugOfEntryPath(entry.path));
  for (const entry of existing) {
    const regenerated = entry.untouched && plannedSources.has(entry.data.source);
    if (regenerated) continue;
    slugsTaken.claim(dateOfEntryPath(entry.path), slugOfEntryPath(entry.path));
    summary.entries.set(entry.path, entry.data);
    if (!entry.untouched && plannedSources.has(entry.data.source)) keptBySource.set(entry.data.source, entry);
  }

  for (const plan of planned) {
    if (brokenSources.has(plan.data.source)) continue;
    const kept = keptBySource.get(plan.data.source);
    if (kept) {
      summary.kept += 1;
      const review =
        kept.inputsHash === plan.inputsHash
          ? ""
          : "; its source or the taxonomy changed since, so review it (delete the entry to regenerate it)";
      problems.push(warning(join(options.entries, kept.path), `was edited by hand and is kept as it is${review}`));
      continue;
    }
    const previous = existingBySource.get(plan.data.source);
    const path = entryPath(plan.date, slugsTaken.claim(plan.date, plan.slug));
    const text = serializeEntry(plan.data, plan.body, plan.inputsHash);
    const checked = EntryFrontMatterSchema.safeParse({ ...plan.data, generatedFrom: plan.inputsHash });
    if (!checked.success) {
      const fields = checked.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`);
      problems.push(error(plan.sourceFile, `makes an entry that fails the schema: ${fields.join("; ")}`));
      continue;
    }
    summary.entries.set(path, checked.data);
    if (previous && previous.path === path && previous.text === text) {
      summary.unchanged += 1;
      continue;
    }
    await writeAtomically(join(options.entries, path), text);
    if (previous && previous.path !== path) {
      // The old file is ingest's own unedited output: replacing it loses nothing.
      await rm(join(options.entries, previous.path), { force: true });
      log(`moved ${previous.path} → ${path}`);
    } else {
      log(`${previous ? "updated" : "wrote"} ${path}`);
    }
    summary.written += 1;
  }

  const distinct = (pick: (data: EntryFrontMatter) => string[]) =>
    new Set([...summary.entries.values()].flatMap(pick)).size;
  summary.people = distinct((data) => data.people);
  summary.events = distinct((data) => data.events);
  summary.topics = distinct((data) => data.topics);
  return summary;
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
