/**
 * Scores ingest against the corpus of real news pages and their answer keys.
 *
 * The corpus (README.md beside this file): pages copied from public news sites,
 * furniture as the stored copy had it, article sentences reworded; `answers.json`
 * says, page by page, what a careful editor would put in the entry. Pure functions
 * compare an entry with its answer; `ingestCorpus` runs the project's real ingest
 * on a set of pages in temporary folders; `scoreCorpus` does both and totals.
 *
 * Over 300 lines: one scorer, field by field, with the table it prints.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import matter from "gray-matter";
import { remark } from "remark";
import YAML from "yaml";
import { runIngest } from "../../../src/ingest/run-ingest.ts";
import { withUrlMarker } from "../../../src/ingest/source-markers.ts";

export const CORPUS_DIR = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(CORPUS_DIR, "../../..");
/** The day the corpus is scored "on": later than every page, so no date is "in the future". */
export const TODAY = "2026-12-03";

export type CorpusSet = "dev" | "held-out" | "blind-vnru" | "blind-vnru-2" | "blind-vnru-3" | "blind-vnru-4" | "blind-vnru-5" | "blind-vnru-6" | "blind-vnru-7" | "blind-vnru-8" | "blind-vnru-9" | "blind-vnru-10" | "blind-vnru-11" | "blind-vnru-12" | "blind-vnru-13" | "blind-vnru-14" | "blind-vnru-15" | "blind-vnru-16" | "blind-vnru-17" | "blind-vnru-18" | "blind-vnru-19" | "blind-vnru-20" | "blind-vnru-21" | "blind-vnru-22" | "blind-vnru-23" | "blind-vnru-24" | "blind-vnru-25" | "blind-vnru-26" | "blind-vnru-27" | "blind-vnru-28" | "blind-vnru-29" | "blind-vnru-30" | "blind-vnru-31" | "blind-vnru-32" | "blind-vnru-33" | "blind-vnru-34" | "blind-vnru-35" | "blind-vnru-37" | "all";
export const CORPUS_SETS: readonly CorpusSet[] = ["dev", "held-out", "blind-vnru", "blind-vnru-2", "blind-vnru-3", "blind-vnru-4", "blind-vnru-5", "blind-vnru-6", "blind-vnru-7", "blind-vnru-8", "blind-vnru-9", "blind-vnru-10", "blind-vnru-11", "blind-vnru-12", "blind-vnru-13", "blind-vnru-14", "blind-vnru-15", "blind-vnru-16", "blind-vnru-17", "blind-vnru-18", "blind-vnru-19", "blind-vnru-20", "blind-vnru-21", "blind-vnru-22", "blind-vnru-23", "blind-vnru-24", "blind-vnru-25", "blind-vnru-26", "blind-vnru-27", "blind-vnru-28", "blind-vnru-29", "blind-vnru-30", "blind-vnru-31", "blind-vnru-32", "blind-vnru-33", "blind-vnru-34", "blind-vnru-35", "blind-vnru-37", "all"];
const FOLDERS: Record<CorpusSet, readonly string[]> = {
  dev: ["pages"],
  "held-out": ["held-out"],
  // Việt Nam–Russia pages, the subject the archive is judged on: never fitted to,
  // scored only to see whether a change carries over. Their keys are in their folder.
  "blind-vnru": ["blind-vnru"],
  // A second set of Việt Nam–Russia pages (70 on), scored before any rule saw them,
  // once the first had been used to fit rules.
  "blind-vnru-2": ["blind-vnru-2"],
  // A third (84 on), scored before any rule saw them, once the second had been used too.
  "blind-vnru-3": ["blind-vnru-3"],
  // A fourth (96 on), scored before any rule saw them, once the third had been scored.
  "blind-vnru-4": ["blind-vnru-4"],
  // A fifth (108 on), kept unseen until the end of a round, once the fourth had been scored.
  "blind-vnru-5": ["blind-vnru-5"],
  // A sixth (122 on), kept unseen until the end of a round, once the fifth had been scored.
  "blind-vnru-6": ["blind-vnru-6"],
  // A seventh (136 on), keys written and committed before ingest ever ran on them.
  "blind-vnru-7": ["blind-vnru-7"],
  // An eighth (150 on), keys written and committed before ingest ever ran on them.
  "blind-vnru-8": ["blind-vnru-8"],
  // A ninth (162 on), keys written and committed before ingest ever ran on them.
  "blind-vnru-9": ["blind-vnru-9"],
  // A tenth (174 on), keys written and committed before ingest ever ran on them.
  "blind-vnru-10": ["blind-vnru-10"],
  // An eleventh (186 on), keys written and committed before ingest ever ran on them.
  "blind-vnru-11": ["blind-vnru-11"],
  // A twelfth (198 on), keys written and committed before ingest ever ran on them.
  "blind-vnru-12": ["blind-vnru-12"],
  // A thirteenth (210 on), keys written and committed before ingest ever ran on them.
  "blind-vnru-13": ["blind-vnru-13"],
  // A fourteenth (222 on), keys written and committed before ingest ever ran on them.
  "blind-vnru-14": ["blind-vnru-14"],
  // A fifteenth (234 on), English-language pages, keys written and committed before ingest ever ran on them.
  "blind-vnru-15": ["blind-vnru-15"],
  // A sixteenth (246 on), keys written and committed before ingest ever ran on them.
  "blind-vnru-16": ["blind-vnru-16"],
  // A seventeenth (258 on), English-language pages, keys written and committed before ingest ever ran on them.
  "blind-vnru-17": ["blind-vnru-17"],
  // An eighteenth (270 on), pages in languages other than English, keys written and committed before ingest ever ran on them.
  "blind-vnru-18": ["blind-vnru-18"],
  // A nineteenth (282 on), English-language pages, keys written and committed before ingest ever ran on them.
  "blind-vnru-19": ["blind-vnru-19"],
  // A twentieth (294 on), pages in languages other than English, keys written and committed before ingest ever ran on them.
  "blind-vnru-20": ["blind-vnru-20"],
  // A twenty-first (306 on), English-language pages, keys written and committed before ingest ever ran on them.
  "blind-vnru-21": ["blind-vnru-21"],
  // A twenty-second (318 on), pages in languages other than English, keys written and committed before ingest ever ran on them.
  "blind-vnru-22": ["blind-vnru-22"],
  // A twenty-third (330 on), English-language pages, keys written and committed before ingest ever ran on them.
  "blind-vnru-23": ["blind-vnru-23"],
  // A twenty-fourth (342 on), pages in languages other than English, keys written and committed before ingest ever ran on them.
  "blind-vnru-24": ["blind-vnru-24"],
  // A twenty-fifth (354 on), pages in English, Vietnamese and Russian, keys written and committed before ingest ever ran on them.
  "blind-vnru-25": ["blind-vnru-25"],
  // A twenty-sixth (366 on), pages in English, Vietnamese and Russian from 2000–2016, keys written and committed before ingest ever ran on them.
  "blind-vnru-26": ["blind-vnru-26"],
  // A twenty-seventh (378 on), pages in English, Vietnamese, Russian and Italian from 2017–2026, keys written and committed before ingest ever ran on them.
  "blind-vnru-27": ["blind-vnru-27"],
  // A twenty-eighth (390 on), pages in English, Vietnamese and Russian from 2009–2026, keys written and committed before ingest ever ran on them.
  "blind-vnru-28": ["blind-vnru-28"],
  // A twenty-ninth (402 on), pages in English, Vietnamese and Russian from 2016–2025, keys written and committed before ingest ever ran on them.
  "blind-vnru-29": ["blind-vnru-29"],
  // A thirtieth (414 on), pages in English, Vietnamese and Russian from 2014–2025, keys written and committed before ingest ever ran on them.
  "blind-vnru-30": ["blind-vnru-30"],
  // A thirty-first (426 on), pages in English, Vietnamese and Russian from 2016–2025, keys written and committed before ingest ever ran on them.
  "blind-vnru-31": ["blind-vnru-31"],
  // A thirty-second (438 on), pages in English, Vietnamese and Russian from 2005–2025, keys written and committed before ingest ever ran on them.
  "blind-vnru-32": ["blind-vnru-32"],
  // A thirty-third (450 on), pages in English, Vietnamese and Russian from 2015–2026, keys written and committed before ingest ever ran on them.
  "blind-vnru-33": ["blind-vnru-33"],
  // A thirty-fourth (462 on), pages in English, Vietnamese and Russian from 2012–2026, keys written and committed before ingest ever ran on them.
  "blind-vnru-34": ["blind-vnru-34"],
  // A thirty-fifth (474 on), pages in English, Vietnamese and Russian from 2018–2026, keys written and committed before ingest ever ran on them.
  "blind-vnru-35": ["blind-vnru-35"],
  // A thirty-seventh (498 on), pages in English, Vietnamese and Russian from 2010–2026, keys written and committed before ingest ever ran on them.
  "blind-vnru-37": ["blind-vnru-37"],
  all: ["pages", "held-out"],
};
/** Answer files besides answers.json, one per set that keeps its own. */
const EXTRA_ANSWER_FILES = [
  join("blind-vnru", "answers.json"),
  join("blind-vnru-2", "answers.json"),
  join("blind-vnru-3", "answers.json"),
  join("blind-vnru-4", "answers.json"),
  join("blind-vnru-5", "answers.json"),
  join("blind-vnru-6", "answers.json"),
  join("blind-vnru-7", "answers.json"),
  join("blind-vnru-8", "answers.json"),
  join("blind-vnru-9", "answers.json"),
  join("blind-vnru-10", "answers.json"),
  join("blind-vnru-11", "answers.json"),
  join("blind-vnru-12", "answers.json"),
  join("blind-vnru-13", "answers.json"),
  join("blind-vnru-14", "answers.json"),
  join("blind-vnru-15", "answers.json"),
  join("blind-vnru-16", "answers.json"),
  join("blind-vnru-17", "answers.json"),
  join("blind-vnru-18", "answers.json"),
  join("blind-vnru-19", "answers.json"),
  join("blind-vnru-20", "answers.json"),
  join("blind-vnru-21", "answers.json"),
  join("blind-vnru-22", "answers.json"),
  join("blind-vnru-23", "answers.json"),
  join("blind-vnru-24", "answers.json"),
  join("blind-vnru-25", "answers.json"),
  join("blind-vnru-26", "answers.json"),
  join("blind-vnru-27", "answers.json"),
  join("blind-vnru-28", "answers.json"),
  join("blind-vnru-29", "answers.json"),
  join("blind-vnru-30", "answers.json"),
  join("blind-vnru-31", "answers.json"),
  join("blind-vnru-32", "answers.json"),
  join("blind-vnru-33", "answers.json"),
  join("blind-vnru-34", "answers.json"),
  join("blind-vnru-35", "answers.json"),
  join("blind-vnru-37", "answers.json"),
];

export const KINDS = [
  "wire",
  "vn-english",
  "vn-language",
  "ru-outlet",
  "ru-language",
  "international",
  "government",
  "live-blog",
  "interview",
  "opinion",
  "no-date",
] as const;
export type Kind = (typeof KINDS)[number];

/** A day, a range when only a range is certain, or null: the page gives no date and ingest should refuse it. */
export type DateAnswer = string | { from: string; to: string } | null;

export interface Answer {
  url: string;
  outlet: string;
  kind: Kind;
  date: DateAnswer;
  /** True when the page prints no date and the date comes from its text. */
  dateInferred: boolean;
  /** The headline as printed; null when the copy has none (then any derived title is accepted). */
  title: string | null;
  titleAlternates?: string[];
  publisher: string;
  publisherAlternates?: string[];
  agency: string | null;
  agencyAlternates?: string[];
  author: string | null;
  authorAlternates?: string[];
  dateline?: string;
  captions: string[];
  /** Article sentences (or distinctive parts of them) the body must keep. */
  keep: string[];
  /** Furniture lines, exactly as in the page, the body must not contain. */
  drop: string[];
  people: string[];
  events: string[];
  note?: string;
}

export type Answers = Record<string, Answer>;

export interface CorpusPage {
  name: string;
  /** "pages" (the dev set) or "held-out". */
  folder: string;
  path: string;
}

/** What ingest made of a page: the front matter as written (read leniently) and the body as plain text. */
export interface FoundEntry {
  data: Record<string, unknown>;
  /** The entry body, Markdown read back to its text, one paragraph a line. */
  text: string;
}

export interface PageScore {
  name: string;
  kind: Kind;
  /** The page states or implies a date, so ingest should write an entry. */
  dated: boolean;
  hasEntry: boolean;
  foundDate?: string;
  /** Right date; for an undated page: right when there is no entry. */
  dateRight: boolean;
  foundTitle?: string;
  /** Null when the page prints no headline (not scored). */
  titleRight: boolean | null;
  foundPublisher?: string;
  publisherRight: boolean;
  foundAgency?: string;
  agencyRight: boolean;
  foundAuthor?: string;
  authorRight: boolean;
  /** The entry's `originalUrl`. */
  foundUrl?: string;
  captionsExpected: number;
  captionsFound: number;
  keepKept: number;
  keepTotal: number;
  dropLeft: number;
  dropTotal: number;
  /** The drop strings found in the body. */
  dropLeftLines: string[];
  peopleExpected: string[];
  peopleFound: string[];
  peopleTruePositives: number;
  eventsExpected: string[];
  eventsFound: string[];
  eventsTruePositives: number;
  /** Errors ingest reported for this page (a refusal, a schema failure). */
  errors: string[];
}

export interface CorpusTotals {
  pages: number;
  withEntry: number;
  /** Pages that state or imply a date: each should have an entry. */
  dated: number;
  undated: number;
  datesRight: number;
  /** Undated pages ingest refused (no entry). */
  undatedRefused: number;
  titled: number;
  titlesRight: number;
  publishersRight: number;
  agenciesRight: number;
  authorsRight: number;
  captionsExpected: number;
  captionsFound: number;
  keepTotal: number;
  keepKept: number;
  dropTotal: number;
  dropLeft: number;
  dropLeftMax: number;
  peopleTruePositives: number;
  peopleFalsePositives: number;
  peopleFalseNegatives: number;
  /** Null when nothing was tagged. */
  peoplePrecision: number | null;
  /** Null when no page expects a person. */
  peopleRecall: number | null;
  eventsExpected: number;
  eventsTruePositives: number;
  eventsRecall: number | null;
}

export interface CorpusScore {
  set: CorpusSet;
  rows: PageScore[];
  totals: CorpusTotals;
}

// ---------------------------------------------------------------- loading

export async function loadAnswers(file = join(CORPUS_DIR, "answers.json")): Promise<Answers> {
  const parsed = JSON.parse(await readFile(file, "utf8")) as { pages?: unknown };
  if (typeof parsed.pages !== "object" || parsed.pages === null) throw new Error(`${file}: no "pages" object`);
  const answers = parsed.pages as Answers;
  for (const [name, answer] of Object.entries(answers)) {
    const problems = answerProblems(answer);
    if (problems.length > 0) throw new Error(`${file}: ${name}: ${problems.join("; ")}`);
  }
  return answers;
}

const isDay = (value: unknown): value is string => typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** answers.json and every set's own answer file, in one map. */
export async function loadAllAnswers(): Promise<Answers> {
  const all = await loadAnswers();
  for (const file of EXTRA_ANSWER_FILES) Object.assign(all, await loadAnswers(join(CORPUS_DIR, file)));
  return all;
}

/** What is malformed in one answer (empty when it is well formed). */
export function answerProblems(answer: Answer): string[] {
  const problems: string[] = [];
  const date = answer.date;
  if (!(date === null || isDay(date) || (typeof date === "object" && isDay(date.from) && isDay(date.to) && date.from <= date.to)))
    problems.push("date must be YYYY-MM-DD, {from, to} or null");
  if (!KINDS.includes(answer.kind)) problems.push(`unknown kind ${String(answer.kind)}`);
  if (typeof answer.publisher !== "string" || answer.publisher.trim() === "") problems.push("publisher missing");
  if (!Array.isArray(answer.keep) || answer.keep.length !== 3) problems.push("keep needs three strings");
  // Up to three: a copy that kept little of its page may have fewer furniture lines.
  if (!Array.isArray(answer.drop) || answer.drop.length > 3) problems.push("drop needs at most three strings");
  for (const list of ["captions", "people", "events"] as const)
    if (!Array.isArray(answer[list])) problems.push(`${list} must be a list`);
  return problems;
}

/** The page files of a set, sorted by name. */
export async function listPages(set: CorpusSet): Promise<CorpusPage[]> {
  const pages: CorpusPage[] = [];
  for (const folder of FOLDERS[set]) {
    for (const name of await readdir(join(CORPUS_DIR, folder))) {
      if (name.endsWith(".txt")) pages.push({ name, folder, path: join(CORPUS_DIR, folder, name) });
    }
  }
  // Numeric, so that page 100 sorts after page 99.
  return pages.sort((a, b) => a.name.localeCompare(b.name, "en", { numeric: true }));
}

// ---------------------------------------------------------------- comparing

const ENTITIES: Record<string, string> = { amp: "&", apos: "'", quot: '"', lt: "<", gt: ">", nbsp: " ", "#39": "'" };

/** NFC, entities decoded, curly quotes and dashes made plain, whitespace collapsed. */
export function normalizeText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/&(amp|apos|quot|lt|gt|nbsp|#39);/g, (_, name: string) => ENTITIES[name] ?? "")
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, "-")
    .replace(/[\s\u00A0]+/g, " ")
    .trim();
}

/** `normalizeText`, then lower case and diacritics folded (`đ` → `d`). */
export function fold(text: string): string {
  return normalizeText(text)
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase();
}

export function dateRight(expected: DateAnswer, found: string | undefined): boolean {
  if (expected === null) return found === undefined;
  if (found === undefined) return false;
  if (typeof expected === "string") return found === expected;
  return expected.from <= found && found <= expected.to;
}

/** Equal after normalising whitespace, quotes and case. Null when the page prints no headline. */
export function titleRight(answer: Pick<Answer, "title" | "titleAlternates">, found: string | undefined): boolean | null {
  if (answer.title === null) return null;
  if (found === undefined) return false;
  const wanted = [answer.title, ...(answer.titleAlternates ?? [])].map((title) => normalizeText(title).toLowerCase());
  return wanted.includes(normalizeText(found).toLowerCase());
}

/** Case- and diacritic-insensitive equality with the name or one of its listed alternates. */
export function nameRight(expected: string | null, alternates: readonly string[] | undefined, found: string | undefined): boolean {
  if (expected === null) return found === undefined || found.trim() === "";
  if (found === undefined) return false;
  return [expected, ...(alternates ?? [])].some((name) => fold(name) === fold(found));
}

/** How many expected captions one of the found captions holds (or nearly is). */
export function captionsMatched(expected: readonly string[], found: readonly string[]): number {
  const foundFolded = found.map(fold);
  return expected.filter((caption) => {
    const wanted = fold(caption);
    return foundFolded.some(
      (got) => got.includes(wanted) || (wanted.includes(got) && got.length >= 0.6 * wanted.length),
    );
  }).length;
}

/** The `keep` strings the body still holds (diacritics, case, quotes and spacing aside). */
export function keptSentences(keep: readonly string[], text: string): string[] {
  const body = fold(text);
  return keep.filter((sentence) => body.includes(fold(sentence)));
}

/** The `drop` strings the body still holds, compared exactly but for spacing and quotes. */
export function leftFurniture(drop: readonly string[], text: string): string[] {
  const body = normalizeText(text);
  return drop.filter((line) => body.includes(normalizeText(line)));
}

/** The text of a Markdown body: escapes undone, one paragraph (or other block) a line. */
export function markdownText(markdown: string): string {
  const lines: string[] = [];
  const visit = (node: { type: string; value?: string; children?: unknown[] }, into: string[]): void => {
    if (typeof node.value === "string" && node.type !== "html") into.push(node.value);
    else if (node.type === "html" && typeof node.value === "string") into.push(node.value);
    for (const child of (node.children ?? []) as Array<{ type: string; value?: string; children?: unknown[] }>)
      visit(child, into);
  };
  const tree = remark().parse(markdown) as { children: Array<{ type: string; value?: string; children?: unknown[] }> };
  for (const block of tree.children) {
    const parts: string[] = [];
    visit(block, parts);
    lines.push(parts.join(""));
  }
  return lines.join("\n");
}

const stringField = (data: Record<string, unknown>, key: string): string | undefined => {
  const value = data[key];
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
};

const listField = (data: Record<string, unknown>, key: string): string[] => {
  const value = data[key];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
};

/** Compares what ingest made of one page (or its refusal: `entry` undefined) with the answer. */
export function scorePage(name: string, answer: Answer, entry: FoundEntry | undefined, errors: string[] = []): PageScore {
  const data = entry?.data ?? {};
  const text = entry?.text ?? "";
  const foundDate = stringField(data, "date");
  const foundTitle = stringField(data, "title");
  const foundPublisher = stringField(data, "publisher");
  const foundAgency = stringField(data, "agency");
  const foundAuthor = stringField(data, "author");
  const peopleFound = listField(data, "people");
  const eventsFound = listField(data, "events");
  const dropLeftLines = entry ? leftFurniture(answer.drop, text) : [];
  return {
    name,
    kind: answer.kind,
    dated: answer.date !== null,
    hasEntry: entry !== undefined,
    foundDate,
    dateRight: dateRight(answer.date, entry ? (foundDate ?? "") : undefined),
    foundTitle,
    titleRight: titleRight(answer, foundTitle),
    foundPublisher,
    publisherRight: entry !== undefined && nameRight(answer.publisher, answer.publisherAlternates, foundPublisher),
    foundAgency,
    agencyRight: entry !== undefined && nameRight(answer.agency, answer.agencyAlternates, foundAgency),
    foundAuthor,
    authorRight: entry !== undefined && nameRight(answer.author, answer.authorAlternates, foundAuthor),
    foundUrl: stringField(data, "originalUrl"),
    captionsExpected: answer.captions.length,
    captionsFound: captionsMatched(answer.captions, listField(data, "captions")),
    keepKept: entry ? keptSentences(answer.keep, text).length : 0,
    keepTotal: answer.keep.length,
    dropLeft: dropLeftLines.length,
    dropTotal: answer.drop.length,
    dropLeftLines,
    peopleExpected: answer.people,
    peopleFound,
    peopleTruePositives: peopleFound.filter((slug) => answer.people.includes(slug)).length,
    eventsExpected: answer.events,
    eventsFound,
    eventsTruePositives: eventsFound.filter((slug) => answer.events.includes(slug)).length,
    errors,
  };
}

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/**
 * Totals of a set. Dates, titles, publishers, authors, captions and kept sentences
 * count over the dated pages (a missing entry counts as wrong); furniture and tags
 * over the entries written.
 */
export function totalsOf(rows: readonly PageScore[]): CorpusTotals {
  const sum = (pick: (row: PageScore) => number, from: readonly PageScore[] = rows) =>
    from.reduce((total, row) => total + pick(row), 0);
  const dated = rows.filter((row) => row.dated);
  const undated = rows.filter((row) => !row.dated);
  const entries = rows.filter((row) => row.hasEntry);
  const peopleTruePositives = sum((row) => row.peopleTruePositives, entries);
  const peopleFalsePositives = sum((row) => row.peopleFound.length - row.peopleTruePositives, entries);
  const peopleFalseNegatives = sum((row) => row.peopleExpected.length - row.peopleTruePositives, entries);
  const eventsExpected = sum((row) => row.eventsExpected.length, entries);
  const eventsTruePositives = sum((row) => row.eventsTruePositives, entries);
  return {
    pages: rows.length,
    withEntry: entries.length,
    dated: dated.length,
    undated: undated.length,
    datesRight: dated.filter((row) => row.dateRight).length,
    undatedRefused: undated.filter((row) => !row.hasEntry).length,
    titled: dated.filter((row) => row.titleRight !== null).length,
    titlesRight: dated.filter((row) => row.titleRight === true).length,
    publishersRight: dated.filter((row) => row.publisherRight).length,
    agenciesRight: dated.filter((row) => row.agencyRight).length,
    authorsRight: dated.filter((row) => row.authorRight).length,
    captionsExpected: sum((row) => row.captionsExpected, dated),
    captionsFound: sum((row) => row.captionsFound, dated),
    keepTotal: sum((row) => row.keepTotal, dated),
    keepKept: sum((row) => row.keepKept, dated),
    dropTotal: sum((row) => row.dropTotal, entries),
    dropLeft: sum((row) => row.dropLeft, entries),
    dropLeftMax: Math.max(0, ...entries.map((row) => row.dropLeft)),
    peopleTruePositives,
    peopleFalsePositives,
    peopleFalseNegatives,
    peoplePrecision: ratio(peopleTruePositives, peopleTruePositives + peopleFalsePositives),
    peopleRecall: ratio(peopleTruePositives, peopleTruePositives + peopleFalseNegatives),
    eventsExpected,
    eventsTruePositives,
    eventsRecall: ratio(eventsTruePositives, eventsExpected),
  };
}

// ---------------------------------------------------------------- running ingest

async function markdownFiles(dir: string): Promise<string[]> {
  const found = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return found.filter((entry) => entry.isFile() && entry.name.endsWith(".md")).map((entry) => join(entry.parentPath, entry.name));
}

export interface IngestedCorpus {
  /** By page file name. */
  entries: Map<string, FoundEntry>;
  /** Error messages by page file name. */
  errors: Map<string, string[]>;
}

/**
 * Runs the project's ingest on `pages` in fresh temporary folders (sources,
 * entries, cache) with the archive's taxonomy, and reads back every entry.
 * With `addresses` (page name → its original address), each copy gets its
 * address as the editor's marker line ` url URL`, as `add --url` writes it.
 */
export async function ingestCorpus(
  pages: readonly CorpusPage[],
  taxonomy = join(REPO_ROOT, "content/taxonomy"),
  addresses?: ReadonlyMap<string, string>,
): Promise<IngestedCorpus> {
  const root = await mkdtemp(join(tmpdir(), "news-archive-corpus-"));
  try {
    const sources = join(root, "sources");
    await mkdir(sources, { recursive: true });
    for (const page of pages) {
      const address = addresses?.get(page.name);
      if (address === undefined) await copyFile(page.path, join(sources, page.name));
      else await writeFile(join(sources, page.name), withUrlMarker(await readFile(page.path, "utf8"), address));
    }
    const options: Parameters<typeof runIngest>[0] = {
      sources,
      entries: join(root, "entries"),
      taxonomy,
      cache: join(root, "cache"),
      today: TODAY,
    };
    const summary = await runIngest(options, () => {});
    const errors = new Map<string, string[]>();
    for (const problem of summary.problems as ReadonlyArray<{ severity: string; file: string; message: string }>) {
      if (problem.severity !== "error") continue;
      const name = problem.file.split(/[\\/]/).at(-1) ?? problem.file;
      errors.set(name, [...(errors.get(name) ?? []), problem.message]);
    }
    const entries = new Map<string, FoundEntry>();
    for (const file of await markdownFiles(options.entries)) {
      const parsed = matter(await readFile(file, "utf8"), {
        engines: { yaml: (source: string) => (YAML.parse(source) ?? {}) as object },
      });
      const data = parsed.data as Record<string, unknown>;
      const source = stringField(data, "source");
      if (source === undefined) continue;
      entries.set(source.split("/").at(-1) ?? source, { data, text: markdownText(parsed.content) });
    }
    return { entries, errors };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/**
 * Ingests a set and scores every page of it: from the page's text alone, or
 * `withAddress`, each page given its key's address as the ` url` marker line.
 */
export async function scoreCorpus(set: CorpusSet, answers?: Answers, { withAddress = false } = {}): Promise<CorpusScore> {
  const keys = answers ?? (await loadAllAnswers());
  const pages = await listPages(set);
  const missing = pages.filter((page) => keys[page.name] === undefined).map((page) => page.name);
  if (missing.length > 0) throw new Error(`pages without an answer: ${missing.join(", ")}`);
  const addresses = withAddress ? new Map(pages.map((page) => [page.name, keys[page.name]!.url] as const)) : undefined;
  const { entries, errors } = await ingestCorpus(pages, undefined, addresses);
  const rows = pages.map((page) =>
    scorePage(page.name, keys[page.name]!, entries.get(page.name), errors.get(page.name) ?? []),
  );
  return { set, rows, totals: totalsOf(rows) };
}

// ---------------------------------------------------------------- printing

const mark = (right: boolean | null): string => (right === null ? "·" : right ? "✓" : "✗");
const clip = (text: string | undefined, width: number): string => {
  const value = (text ?? "—").replace(/\s+/g, " ");
  return value.length > width ? `${value.slice(0, width - 1)}…` : value;
};
const pad = (text: string, width: number): string => text + " ".repeat(Math.max(0, width - [...text].length));
const percent = (value: number | null): string => (value === null ? "n/a" : `${Math.round(value * 100)}%`);

/** The table: one row per page, then the set's totals. */
export function formatScore(score: CorpusScore): string {
  const header = [
    pad("page", 44),
    pad("date", 14),
    pad("title", 22),
    pad("publisher", 20),
    pad("author", 16),
    "cap ",
    "keep",
    "drop",
    pad("people P/R", 11),
    "ev R",
  ].join(" ");
  const lines = [`set: ${score.set}`, header, "-".repeat(header.length)];
  for (const row of score.rows) {
    const date = row.hasEntry ? `${mark(row.dateRight)} ${row.foundDate ?? "?"}` : row.dated ? "✗ no entry" : "✓ refused";
    const tp = row.peopleTruePositives;
    const peopleP = row.peopleFound.length === 0 ? "·" : `${tp}/${row.peopleFound.length}`;
    const peopleR = row.peopleExpected.length === 0 ? "·" : `${tp}/${row.peopleExpected.length}`;
    const events = row.eventsExpected.length === 0 ? "·" : `${row.eventsTruePositives}/${row.eventsExpected.length}`;
    const cells = row.hasEntry
      ? [
          pad(`${mark(row.titleRight)} ${clip(row.foundTitle, 20)}`, 22),
          pad(`${mark(row.publisherRight)} ${clip(row.foundPublisher, 18)}`, 20),
          pad(`${mark(row.authorRight)} ${clip(row.foundAuthor, 14)}`, 16),
          pad(`${row.captionsFound}/${row.captionsExpected}`, 4),
          pad(`${row.keepKept}/3`, 4),
          pad(`${row.dropLeft}/3`, 4),
          pad(`${peopleP} ${peopleR}`, 11),
          events,
        ]
      : [pad(clip(row.errors[0] ?? "", 60), 22)];
    lines.push([pad(clip(row.name, 44), 44), pad(date, 14), ...cells].join(" "));
  }
  const t = score.totals;
  lines.push(
    "",
    `pages with an entry: ${t.withEntry} / ${t.pages}; pages that state or imply a date: ${t.dated}; undated pages refused: ${t.undatedRefused} / ${t.undated}`,
    `dates right: ${t.datesRight} / ${t.dated}`,
    `titles right: ${t.titlesRight} / ${t.titled} (pages with a printed headline)`,
    `publishers right: ${t.publishersRight} / ${t.dated}; agencies right: ${t.agenciesRight} / ${t.dated}; authors right: ${t.authorsRight} / ${t.dated}`,
    `captions found: ${t.captionsFound} / ${t.captionsExpected}`,
    `required sentences kept: ${t.keepKept} / ${t.keepTotal}`,
    `furniture lines left: ${t.dropLeft} / ${t.dropTotal} (max ${t.dropLeftMax} in one body)`,
    `people: precision ${percent(t.peoplePrecision)} (${t.peopleTruePositives}/${t.peopleTruePositives + t.peopleFalsePositives}), recall ${percent(t.peopleRecall)} (${t.peopleTruePositives}/${t.peopleTruePositives + t.peopleFalseNegatives})`,
    `events recall: ${percent(t.eventsRecall)} (${t.eventsTruePositives}/${t.eventsExpected})`,
  );
  return lines.join("\n");
}
