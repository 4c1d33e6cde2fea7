/**
 * The entry file on disk: `YYYY/MM/YYYY-MM-DD-slug.md`, YAML front matter with
 * one key per line in the schema's order, then the body in Markdown.
 *
 * `generatedFrom` is `<inputs>-<fields>`. The inputs hash says which rules,
 * taxonomy and source text the entry was generated from. The fields part holds
 * a short hash of each value ingest generated (`STAMPED_FIELDS`, the body
 * included), so that ingest can tell, field by field, what an editor changed:
 * a field whose value no longer matches its hash is a correction and is kept as
 * the editor wrote it, while the others follow the rules and the taxonomy.
 * It lives in the entry itself, so the check needs no cache.
 *
 * Entries written before fields were stamped carry `<inputs>-<output>` (one
 * hash of the whole file): such an entry is either untouched or kept whole.
 */
import { hash } from "node:crypto";
import YAML from "yaml";
import { describeSchemaIssues, readFrontMatter } from "./front-matter.ts";
import { ENTRY_FIELD_ORDER, EntryFrontMatterSchema, type EntryFrontMatter } from "./entry-schema.ts";

/** Hex sha256 of a text (UTF-8). One call, no hash object: ingest hashes a dozen values per entry. */
export const sha256Hex = (text: string): string => hash("sha256", text, "hex");

export const hashText = (text: string): string => sha256Hex(text).slice(0, 16);

/** `2025/01/2025-01-14-some-title.md`, always with `/`. */
export function entryPath(date: string, slug: string): string {
  return `${date.slice(0, 4)}/${date.slice(5, 7)}/${date}-${slug}.md`;
}

/** The date part of an entry file name: `2025/01/2025-01-14-some-title.md` → `2025-01-14`. */
export function dateOfEntryPath(path: string): string {
  const name = path.split("/").at(-1) ?? path;
  return /^\d{4}-\d{2}-\d{2}/.exec(name)?.[0] ?? "";
}

/** The slug part of an entry file name: `2025-01-14-some-title.md` → `some-title`. */
export function slugOfEntryPath(path: string): string {
  const name = path.split("/").at(-1) ?? path;
  return name.replace(/^\d{4}-\d{2}-\d{2}-/, "").replace(/\.md$/, "");
}

function frontMatterYaml(data: Omit<EntryFrontMatter, "generatedFrom"> & { generatedFrom?: string }): string {
  const ordered: Record<string, unknown> = {};
  for (const key of ENTRY_FIELD_ORDER) {
    const value = data[key];
    if (value !== undefined) ordered[key] = value;
  }
  return YAML.stringify(ordered, { lineWidth: 0 });
}

function assemble(yamlText: string, body: string): string {
  return `---\n${yamlText}---\n\n${body.trimEnd()}\n`;
}

/**
 * The fields whose generated value the stamp remembers, in stamp order. A new
 * field is added at the end only, so that older stamps still read.
 */
export const STAMPED_FIELDS = [
  "title",
  "date",
  "dateInferred",
  "publisher",
  "author",
  "dateline",
  "originalUrl",
  "captions",
  "people",
  "events",
  "topics",
  "body",
  "agency",
  "organisations",
  "places",
] as const satisfies ReadonlyArray<keyof EntryFrontMatter | "body">;

export type StampedField = (typeof STAMPED_FIELDS)[number];

/** Hex characters of each field's hash: 32 bits, so an edit goes unseen once in four billion. */
const FIELD_HASH_LENGTH = 8;

type EntryValues = Partial<Omit<EntryFrontMatter, "generatedFrom">>;

function fieldHash(field: StampedField, data: EntryValues, body: string): string {
  const value = field === "body" ? body.trimEnd() : (data[field] ?? null);
  return sha256Hex(JSON.stringify(value)).slice(0, FIELD_HASH_LENGTH);
}

const fieldsStamp = (data: EntryValues, body: string): string => STAMPED_FIELDS.map((field) => fieldHash(field, data, body)).join("");

/**
 * The file ingest writes. `generated` is what the rules made of the source: the
 * stamp remembers it. When the entry carries an editor's corrections, `data` and
 * `body` (what is written) differ from it in the corrected fields.
 */
export function serializeEntry(
  data: Omit<EntryFrontMatter, "generatedFrom">,
  body: string,
  inputsHash: string,
  generated: { data: EntryValues; body: string } = { data, body },
): { text: string; generatedFrom: string } {
  const generatedFrom = `${inputsHash}-${fieldsStamp(generated.data, generated.body)}`;
  return { text: assemble(frontMatterYaml({ ...data, generatedFrom }), body), generatedFrom };
}

export interface ParsedEntryFile {
  data: EntryFrontMatter;
  body: string;
}

export type EntryFileResult =
  | { ok: true; entry: ParsedEntryFile }
  | { ok: false; message: string /** The `source` line, when it can still be read. */; source?: string };

const sourceLine = (text: string): string | undefined => /^source: *["']?(.+?)["']? *$/m.exec(text)?.[1];

/** Reads an entry file's text back through the one schema. */
export function parseEntryFile(text: string): EntryFileResult {
  const parsed = readFrontMatter(text);
  if (!parsed.ok) return { ok: false, message: parsed.message, source: sourceLine(text) };
  const result = EntryFrontMatterSchema.safeParse(parsed.data);
  if (!result.success) {
    return {
      ok: false,
      message: `front matter does not fit the entry schema: ${describeSchemaIssues(result.error)}`,
      source: sourceLine(text),
    };
  }
  return { ok: true, entry: { data: result.data, body: parsed.body.replace(/^\n+/, "") } };
}

/** What the `generatedFrom` stamp of an entry says about it. */
export interface EntryStamp {
  inputsHash: string;
  /** The fields an editor changed since ingest wrote them; none: the entry is untouched. */
  edited: StampedField[];
}

/**
 * Compares an entry as it stands with the values its stamp remembers. `text`
 * is the whole file, needed only for an entry stamped the old way.
 */
export function readEntryStamp(parsed: ParsedEntryFile, text: string): EntryStamp {
  const { generatedFrom } = parsed.data;
  const dash = generatedFrom.indexOf("-");
  const inputsHash = dash === -1 ? generatedFrom : generatedFrom.slice(0, dash);
  const stamp = dash === -1 ? "" : generatedFrom.slice(dash + 1);
  if (stamp.length === 16) {
    // The old whole-file stamp: remove exactly the line ingest added; any other change is an edit of everything.
    const untouched = hashText(text.replace(/^generatedFrom: .*\n/m, "")) === stamp;
    return { inputsHash, edited: untouched ? [] : [...STAMPED_FIELDS] };
  }
  const edited = STAMPED_FIELDS.filter((field, index) => {
    const remembered = stamp.slice(index * FIELD_HASH_LENGTH, (index + 1) * FIELD_HASH_LENGTH);
    // A field added after the entry was stamped: edited only if the editor gave it a value.
    const expected = remembered.length === FIELD_HASH_LENGTH ? remembered : fieldHash(field, {}, "");
    return fieldHash(field, parsed.data, parsed.body) !== expected;
  });
  return { inputsHash, edited };
}

/**
 * The entry to write when the rules made `generated` of the source but an
 * editor corrected `edited` fields of `current`: the corrections as the editor
 * wrote them, every other field as generated.
 */
export function mergeCorrections(
  generated: { data: Omit<EntryFrontMatter, "generatedFrom">; body: string },
  current: ParsedEntryFile,
  edited: readonly StampedField[],
): { data: Omit<EntryFrontMatter, "generatedFrom">; body: string } {
  const data: Record<string, unknown> = { ...generated.data };
  for (const field of edited) {
    if (field === "body") continue;
    const value = current.data[field];
    if (value === undefined) delete data[field];
    else data[field] = value;
  }
  return {
    data: data as Omit<EntryFrontMatter, "generatedFrom">,
    body: edited.includes("body") ? current.body : generated.body,
  };
}
