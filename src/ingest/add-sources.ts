/**
 * `news-archive add FILE…`: copy raw articles into the sources folder under
 * their own names, ingest, and tell the editor what was understood.
 *
 * Never overwrites: a different file of the same name is refused, and a file
 * whose text is already in the sources folder is reported as a duplicate and
 * not added again.
 */
import { createHash } from "node:crypto";
import { mkdir, readFile } from "node:fs/promises";
import { basename, join, relative, sep } from "node:path";
import { problem, type Problem } from "../content/problems.ts";
import type { EntryFrontMatter } from "../content/entry-schema.ts";
import { decodeSource } from "./decode-source.ts";
import { writeFileAtomically } from "../lib/atomic-file.ts";
import { listFolder } from "../lib/list-folder.ts";
import { mapLimited } from "../lib/map-limited.ts";
import type { EventSuggestion } from "../taxonomy/suggest-event.ts";
import type { NewSpelling } from "../taxonomy/tag-article.ts";
import { NO_GAPS, type TaxonomyGaps } from "./plan-entry.ts";
import { withDateMarker, withoutSourceMarkers, withUrlMarker } from "./source-markers.ts";
import { runIngest, type IngestOptions, type IngestSummary } from "./run-ingest.ts";

/** A file to add: its name in the sources folder and its bytes. */
export interface IncomingSource {
  /** As the user named it (a path, or `-` for standard input). */
  label: string;
  name: string;
  bytes: Uint8Array;
}

export type AddOutcome =
  | { status: "added"; name: string }
  | { status: "duplicate"; name: string; of: string }
  | { status: "refused"; name: string; reason: string };

export interface AddResult {
  outcomes: AddOutcome[];
  ingest: IngestSummary;
  problems: Problem[];
}

const sha256 = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

/** Standard input has no file name: name it after its content, stably. */
export function nameForStandardInput(bytes: Uint8Array): string {
  return `stdin-${sha256(bytes).slice(0, 16)}.txt`;
}

export async function readIncoming(paths: readonly string[], stdin: () => Promise<Uint8Array>): Promise<IncomingSource[]> {
  const incoming: IncomingSource[] = [];
  for (const path of paths) {
    if (path === "-") {
      const bytes = await stdin();
      incoming.push({ label: "-", name: nameForStandardInput(bytes), bytes });
    } else {
      incoming.push({ label: path, name: basename(path), bytes: await readFile(path) });
    }
  }
  return incoming;
}

/**
 * Texts compare after decoding, so a copy with CRLF endings or a BOM is still a
 * duplicate, and without the ` date` and ` url` marker lines: the same article
 * dated or addressed by the editor is the same article.
 */
function comparableText(bytes: Uint8Array): string | undefined {
  const decoded = decodeSource(bytes);
  return "text" in decoded ? withoutSourceMarkers(decoded.text) : undefined;
}

export interface AddOptions {
  /**
   * `YYYY-MM-DD`: the date of sources that state none. Each copy gets it as a
   * marker line at its top, ` date YYYY-MM-DD` (the marker the seeds use), and a
   * source of the same name already in the folder with the same text gets it too.
   */
  date?: string;
  /**
   * The address of the page a source was copied from (http or https, checked
   * by the command line): written as the marker line ` url URL` beside the
   * date's, it sets the entry's `originalUrl` and names the site that published it.
   */
  url?: string;
}

/**
 * The bytes to write: with `date` or `url`, the text with its marker lines
 * (text that does not decode is copied as it is, and ingest says what is wrong with it).
 */
function markedBytes(bytes: Uint8Array, { date, url }: AddOptions): Uint8Array {
  if ((date === undefined && url === undefined) || !("text" in decodeSource(bytes))) return bytes;
  let text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  if (date !== undefined) text = withDateMarker(text, date);
  if (url !== undefined) text = withUrlMarker(text, url);
  return Buffer.from(text, "utf8");
}

export async function addSources(
  incoming: readonly IncomingSource[],
  options: IngestOptions,
  log: (line: string) => void,
  markers: AddOptions = {},
): Promise<AddResult> {
  const problems: Problem[] = [];
  const outcomes: AddOutcome[] = [];
  interface PresentSource {
    name: string;
    bytes: Uint8Array;
    text: string | undefined;
  }
  const present = await mapLimited((await listFolder(options.sources)).files, 32, async (file): Promise<PresentSource> => {
    const bytes = await readFile(file);
    return { name: relative(options.sources, file).split(sep).join("/"), bytes, text: comparableText(bytes) };
  });
  const byName = new Map(present.map((source) => [source.name, source]));
  const byText = new Map(present.flatMap((source) => (source.text ? [[source.text, source.name] as const] : [])));

  await mkdir(options.sources, { recursive: true });
  for (const source of incoming) {
    const text = comparableText(source.bytes);
    const sameName = byName.get(source.name);
    // `add --date` (or `--url`) on a source an earlier `add` copied, e.g. one ingest refused for want
    // of a date: it is dated (or addressed) in place, keeping the markers it already has.
    const marking = markers.date !== undefined || markers.url !== undefined;
    const redating = marking && sameName !== undefined && text !== undefined && sameName.text === text;
    const bytes = markedBytes(redating ? sameName.bytes : source.bytes, markers);
    if (sameName && !redating) {
      if (Buffer.compare(Buffer.from(sameName.bytes), Buffer.from(source.bytes)) === 0) {
        outcomes.push({ status: "duplicate", name: source.name, of: source.name });
        problems.push(problem("source-duplicate", source.label, `is already in ${options.sources} as ${source.name}; not added again`));
      } else {
        const reason = `a different file named ${source.name} is already in ${options.sources}; rename one of them`;
        outcomes.push({ status: "refused", name: source.name, reason });
        problems.push(problem("source-name-taken", source.label, reason));
      }
      continue;
    }
    const twin = text === undefined || redating ? undefined : byText.get(text);
    if (twin) {
      outcomes.push({ status: "duplicate", name: source.name, of: twin });
      problems.push(problem("source-duplicate", source.label, `is a duplicate of ${join(options.sources, twin)}; not added`));
      continue;
    }
    // Copy even a source ingest will reject: the editor sees the same error
    // from every later run until the file is mended or removed.
    const target = join(options.sources, source.name);
    await writeFileAtomically(target, bytes, { exclusive: true });
    byName.set(source.name, { name: source.name, bytes, text });
    if (text) byText.set(text, source.name);
    outcomes.push({ status: "added", name: source.name });
    const marked = [
      markers.date === undefined ? [] : [`date ${markers.date}`],
      markers.url === undefined ? [] : [`url ${markers.url}`],
    ].flat();
    log(`${redating ? "marked" : "added"} ${target}${marked.length === 0 ? "" : ` (${marked.join(", ")})`}`);
  }

  const ingest = await runIngest(options, log);
  return { outcomes, ingest, problems: [...problems, ...ingest.problems] };
}

/** Names a taxonomy describes, for printing tags by name instead of slug. */
export interface TagNames {
  people: ReadonlyMap<string, string>;
  events: ReadonlyMap<string, string>;
  topics: ReadonlyMap<string, string>;
}

/** The lines an editor can paste into `people.yaml` for names the taxonomy lacks. */
export function taxonomyLinesFor(names: readonly string[]): string {
  return names.map((name) => `- name: ${JSON.stringify(name)}\n  description: ""\n  aliases: []`).join("\n");
}

/**
 * The lines to add to the aliases of people.yaml's items for spellings of
 * known people, one item per person (named as people.yaml names them).
 */
export function aliasLinesFor(spellings: readonly NewSpelling[], people: ReadonlyMap<string, string>): string {
  const bySlug = new Map<string, NewSpelling[]>();
  for (const spelling of spellings) bySlug.set(spelling.slug, [...(bySlug.get(spelling.slug) ?? []), spelling]);
  return [...bySlug]
    .map(([slug, list]) =>
      [
        `- name: ${JSON.stringify(people.get(slug) ?? slug)}   # already in people.yaml: add to its aliases`,
        "  aliases:",
        ...list.map(
          (spelling) =>
            `    - ${JSON.stringify(spelling.name)}${spelling.typo ? "   # one letter off: only if it is a real spelling" : ""}`,
        ),
      ].join("\n"),
    )
    .join("\n");
}

/** The item an editor can correct and paste into `events.yaml` for an event the taxonomy lacks. */
export function eventLinesFor(event: EventSuggestion): string {
  return [
    `- name: ${JSON.stringify(event.name)}`,
    `  description: ""`,
    `  start: ${event.start}`,
    ...(event.end ? [`  end: ${event.end}`] : []),
    "  aliases: []",
    "  keywords: []",
    `  people: [${event.people.join(", ")}]`,
  ].join("\n");
}

const indented = (lines: string) => lines.split("\n").map((line) => `    ${line}`);

/**
 * What ingest understood of one added source, for the editor to check at a
 * glance, with the taxonomy lines to add for what it lacks (`gaps`; a bare list
 * is of new people only).
 */
export function describeEntry(path: string, data: EntryFrontMatter, gaps: TaxonomyGaps | readonly string[], names: TagNames): string {
  const lacking: TaxonomyGaps = Array.isArray(gaps) ? { ...NO_GAPS, people: [...gaps] } : (gaps as TaxonomyGaps);
  const named = (slugs: readonly string[], table: ReadonlyMap<string, string>) =>
    slugs.length === 0 ? "none" : slugs.map((slug) => table.get(slug) ?? slug).join(", ");
  const lines = [
    `entry:     ${path}`,
    `date:      ${data.date}${data.dateInferred ? " (inferred: the source states no date)" : ""}`,
    `title:     ${data.title}`,
    `publisher: ${data.publisher ?? "unknown"}`,
    ...(data.agency ? [`agency:    ${data.agency}`] : []),
    ...(data.originalUrl ? [`address:   ${data.originalUrl}`] : []),
    `author:    ${data.author ?? "none"}`,
    `captions:  ${data.captions.length === 0 ? "none" : data.captions.map((caption) => `\n  - ${caption}`).join("")}`,
    `people:    ${named(data.people, names.people)}`,
    `events:    ${named(data.events, names.events)}`,
    `topics:    ${named(data.topics, names.topics)}`,
  ];
  if (lacking.people.length > 0) {
    lines.push(
      `not in the taxonomy: ${lacking.people.join(", ")}`,
      `  to tag them, add to people.yaml (with their role as description):`,
      ...indented(taxonomyLinesFor(lacking.people)),
    );
  }
  if (lacking.spellings.length > 0) {
    const spelled = lacking.spellings.map((spelling) => `${spelling.name} (${names.people.get(spelling.slug) ?? spelling.slug})`);
    lines.push(
      `spellings the taxonomy does not list, tagged as the people they name: ${spelled.join(", ")}`,
      `  to list them, add them to the aliases of those people in people.yaml:`,
      ...indented(aliasLinesFor(lacking.spellings, names.people)),
    );
  }
  if (lacking.event) {
    lines.push(
      `event not in the taxonomy: ${lacking.event.name}`,
      `  to tag it, add to events.yaml (name and describe it; aliases and keywords let other articles find it):`,
      ...indented(eventLinesFor(lacking.event)),
    );
  }
  return lines.join("\n");
}
