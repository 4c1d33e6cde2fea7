/**
 * Scores what ingest made of a synthetic archive against the manifest's
 * intent: dates, titles, people, events, topics, bylines. Pure: entries in,
 * report out; reading the folders is `readEntryFrontMatter`'s job.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import matter from "gray-matter";
import type { ManifestSource } from "./synth-archive.ts";
import { foldPhrase } from "./phrase.ts";

/** The front-matter fields the score looks at. */
export interface EntryFacts {
  source: string;
  title: string;
  date: string;
  dateInferred?: boolean;
  publisher?: string;
  author?: string;
  dateline?: string;
  people: string[];
  events: string[];
  topics: string[];
}

export interface SetScore {
  precision: number;
  recall: number;
  /** Sources whose set came back exactly. */
  exact: number;
}

export interface Mismatch {
  file: string;
  field: string;
  expected: string;
  actual: string;
}

export interface ScoreReport {
  sources: number;
  /** Sources with no entry at all. */
  missing: string[];
  date: number;
  dateInferred: number;
  /** Title lines reproduced exactly (sources that have one). */
  title: number;
  /** Derived titles that are the start of the lede (sources without a title line). */
  derivedTitle: number;
  author: number;
  dateline: number;
  people: SetScore;
  events: SetScore;
  topics: SetScore;
  mismatches: Mismatch[];
}

const rate = (hits: number, total: number) => (total === 0 ? 1 : hits / total);
const same = (a: string | null | undefined, b: string | null | undefined) => foldPhrase(a ?? "") === foldPhrase(b ?? "");

function setScorer(field: string, mismatches: Mismatch[]) {
  let truePositives = 0;
  let predicted = 0;
  let expected = 0;
  let exact = 0;
  let count = 0;
  return {
    add(file: string, want: readonly string[], got: readonly string[]) {
      count++;
      const hits = got.filter((slug) => want.includes(slug)).length;
      truePositives += hits;
      predicted += got.length;
      expected += want.length;
      if (hits === want.length && got.length === want.length) exact++;
      else {
        const missed = want.filter((slug) => !got.includes(slug));
        const extra = got.filter((slug) => !want.includes(slug));
        mismatches.push({ file, field, expected: `missed: ${missed.join(", ")}`, actual: `extra: ${extra.join(", ")}` });
      }
    },
    result(): SetScore {
      return { precision: rate(truePositives, predicted), recall: rate(truePositives, expected), exact: rate(exact, count) };
    },
  };
}

/**
 * A headline derived from the lede keeps the lede's words in order and may drop
 * some ("During the talks,", "on Tuesday"): its words are a subsequence of the
 * lede's. Three words at least, so an empty or one-word title does not pass.
 */
export function isDerivedFrom(title: string, lede: string): boolean {
  const titleWords = foldPhrase(title.replace(/(…|\.\.\.)$/, ""))
    .split(" ")
    .filter(Boolean);
  const ledeWords = foldPhrase(lede).split(" ");
  if (titleWords.length < 3) return false;
  let at = 0;
  for (const word of titleWords) {
    while (at < ledeWords.length && ledeWords[at] !== word) at++;
    if (at === ledeWords.length) return false;
    at++;
  }
  return true;
}

export function scoreEntries(manifest: readonly ManifestSource[], entries: readonly EntryFacts[]): ScoreReport {
  const bySource = new Map(entries.map((entry) => [entry.source, entry]));
  const mismatches: Mismatch[] = [];
  const people = setScorer("people", mismatches);
  const events = setScorer("events", mismatches);
  const topics = setScorer("topics", mismatches);
  const missing: string[] = [];
  const counts = { date: 0, dateInferred: 0, title: 0, titled: 0, derived: 0, untitled: 0, author: 0, dateline: 0 };
  const check = (ok: boolean, file: string, field: string, expected: unknown, actual: unknown) => {
    if (!ok) mismatches.push({ file, field, expected: String(expected), actual: String(actual) });
    return ok ? 1 : 0;
  };

  for (const source of manifest) {
    const entry = bySource.get(source.file);
    if (!entry) {
      missing.push(source.file);
      continue;
    }
    counts.date += check(entry.date === source.date, source.file, "date", source.date, entry.date);
    counts.dateInferred += check(
      (entry.dateInferred ?? false) === source.dateInferred,
      source.file,
      "dateInferred",
      source.dateInferred,
      entry.dateInferred ?? false,
    );
    if (source.title !== null) {
      counts.titled++;
      counts.title += check(same(entry.title, source.title), source.file, "title", source.title, entry.title);
    } else {
      counts.untitled++;
      const ok = isDerivedFrom(entry.title, source.lede);
      counts.derived += check(ok, source.file, "derived title", source.lede, entry.title);
    }
    counts.author += check(same(entry.author, source.author), source.file, "author", source.author, entry.author);
    counts.dateline += check(same(entry.dateline, source.dateline), source.file, "dateline", source.dateline, entry.dateline);
    people.add(source.file, source.people, entry.people);
    events.add(source.file, source.events, entry.events);
    topics.add(source.file, source.topics, entry.topics);
  }
  const found = manifest.length - missing.length;
  return {
    sources: manifest.length,
    missing,
    date: rate(counts.date, found),
    dateInferred: rate(counts.dateInferred, found),
    title: rate(counts.title, counts.titled),
    derivedTitle: rate(counts.derived, counts.untitled),
    author: rate(counts.author, found),
    dateline: rate(counts.dateline, found),
    people: people.result(),
    events: events.result(),
    topics: topics.result(),
    mismatches,
  };
}

/** Front matter of every `.md` file under the entries folder. */
export async function scoreEntriesFolder(manifestFile: string, entriesDir: string): Promise<ScoreReport> {
  const manifest = JSON.parse(await readFile(manifestFile, "utf8")) as { sources: ManifestSource[] };
  return scoreEntries(manifest.sources, await readEntryFacts(entriesDir));
}

export async function readEntryFacts(entriesDir: string): Promise<EntryFacts[]> {
  const files = (await readdir(entriesDir, { recursive: true })).filter((file) => file.endsWith(".md"));
  const facts: EntryFacts[] = [];
  for (const file of files) {
    const { data } = matter(await readFile(path.join(entriesDir, file), "utf8"));
    facts.push({
      source: String(data.source),
      title: String(data.title ?? ""),
      date: data.date instanceof Date ? data.date.toISOString().slice(0, 10) : String(data.date),
      ...(data.dateInferred === true ? { dateInferred: true } : {}),
      ...(typeof data.publisher === "string" ? { publisher: data.publisher } : {}),
      ...(typeof data.author === "string" ? { author: data.author } : {}),
      ...(typeof data.dateline === "string" ? { dateline: data.dateline } : {}),
      people: Array.isArray(data.people) ? data.people.map(String) : [],
      events: Array.isArray(data.events) ? data.events.map(String) : [],
      topics: Array.isArray(data.topics) ? data.topics.map(String) : [],
    });
  }
  return facts;
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

export function formatScoreReport(report: ScoreReport, mismatchLimit = 20): string {
  const sets = (name: string, score: SetScore) =>
    `${name.padEnd(9)} precision ${percent(score.precision)}  recall ${percent(score.recall)}  exact ${percent(score.exact)}`;
  const lines = [
    `${report.sources} sources, ${report.missing.length} without an entry`,
    `date      ${percent(report.date)}  (dateInferred flag ${percent(report.dateInferred)})`,
    `title     ${percent(report.title)} exact where the source has a title line; derived from the lede ${percent(report.derivedTitle)}`,
    `author    ${percent(report.author)}   dateline ${percent(report.dateline)}`,
    sets("people", report.people),
    sets("events", report.events),
    sets("topics", report.topics),
  ];
  if (report.mismatches.length > 0) {
    lines.push(`first ${Math.min(mismatchLimit, report.mismatches.length)} of ${report.mismatches.length} mismatches:`);
    for (const m of report.mismatches.slice(0, mismatchLimit)) {
      lines.push(`  ${m.file} ${m.field}: expected ${m.expected} | got ${m.actual}`);
    }
  }
  return lines.join("\n");
}
