/**
 * The entry file on disk: `YYYY/MM/YYYY-MM-DD-slug.md`, YAML front matter with
 * one key per line in the schema's order, then the body in Markdown.
 *
 * `generatedFrom` holds two hashes, `<inputs>-<output>`: the inputs hash says
 * which source and taxonomy the entry came from; the output hash is of the file
 * as ingest wrote it (without the `generatedFrom` line). If the file no longer
 * matches its output hash, an editor changed it, and ingest must keep it whole.
 * Both live in the entry itself so that the check needs no cache.
 */
import { createHash } from "node:crypto";
import matter from "gray-matter";
import { remark } from "remark";
import type { Paragraph, Root } from "mdast";
import YAML from "yaml";
import { slugify } from "../taxonomy/slugify.ts";
import { ENTRY_FIELD_ORDER, EntryFrontMatterSchema, type EntryFrontMatter } from "../schema/entry.ts";

export const hashText = (text: string): string =>
  createHash("sha256").update(text, "utf8").digest("hex").slice(0, 16);

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

/**
 * Paragraphs of plain text as Markdown. Each paragraph becomes a text node and
 * remark escapes whatever Markdown or HTML would read as syntax, so `<script>`,
 * `*stars*` or `{{ liquid }}` in an article stay the article's words.
 */
/** One processor for every entry: making one per call costs more than the writing. */
const markdownWriter = remark().freeze();

export function paragraphsToMarkdown(paragraphs: readonly string[]): string {
  const tree: Root = {
    type: "root",
    children: paragraphs.map(
      (text): Paragraph => ({ type: "paragraph", children: [{ type: "text", value: text }] }),
    ),
  };
  return markdownWriter.stringify(tree);
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

/** The file ingest writes, with its `generatedFrom` (`<inputsHash>-<outputHash>`). */
export function serializeEntry(
  data: Omit<EntryFrontMatter, "generatedFrom">,
  body: string,
  inputsHash: string,
): { text: string; generatedFrom: string } {
  const withoutStamp = assemble(frontMatterYaml(data), body);
  const generatedFrom = `${inputsHash}-${hashText(withoutStamp)}`;
  return { text: assemble(frontMatterYaml({ ...data, generatedFrom }), body), generatedFrom };
}

export interface ParsedEntryFile {
  data: EntryFrontMatter;
  body: string;
}

export type EntryFileResult =
  | { ok: true; entry: ParsedEntryFile }
  | { ok: false; message: string; /** The `source` line, when it can still be read. */ source?: string };

const sourceLine = (text: string): string | undefined =>
  /^source: *["']?(.+?)["']? *$/m.exec(text)?.[1];

/** Reads an entry file's text back through the one schema. */
export function parseEntryFile(text: string): EntryFileResult {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // The `yaml` package reads YAML 1.2, where `2025-02-31` stays the string the
    // editor wrote instead of silently becoming 3 March. A fresh options object
    // keeps gray-matter from caching by content.
    parsed = matter(text, { engines: { yaml: (source: string) => YAML.parse(source) ?? {} } });
  } catch (caught) {
    return {
      ok: false,
      message: `front matter is not valid YAML: ${(caught as Error).message.split("\n")[0]}`,
      source: sourceLine(text),
    };
  }
  const result = EntryFrontMatterSchema.safeParse(parsed.data);
  if (!result.success) {
    const issues = result.error.issues.map(
      (issue) => `${issue.path.join(".") || "front matter"} ${issue.message}`,
    );
    return {
      ok: false,
      message: `front matter does not fit the entry schema: ${issues.join("; ")}`,
      source: sourceLine(text),
    };
  }
  return { ok: true, entry: { data: result.data, body: parsed.content.replace(/^\n+/, "") } };
}

/** What the `generatedFrom` stamp of an entry's text says about it. */
export interface EntryStamp {
  inputsHash: string;
  /** False when the file no longer matches what ingest wrote: an editor changed it. */
  untouched: boolean;
}

export function readEntryStamp(text: string, generatedFrom: string): EntryStamp {
  const [inputsHash = "", outputHash] = generatedFrom.split("-");
  if (!outputHash) return { inputsHash, untouched: false };
  // Remove exactly the line ingest added; any other change counts as an edit.
  const withoutStamp = text.replace(/^generatedFrom: .*\n/m, "");
  return { inputsHash, untouched: hashText(withoutStamp) === outputHash };
}

/** Longest slug an entry file name gets from its title: long enough to tell articles apart. */
const MAX_SLUG_LENGTH = 60;

/** The slug of an entry's title, cut at a word boundary. */
export function entrySlug(title: string): string {
  const slug = slugify(title);
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf("-");
  return lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_SLUG_LENGTH);
}
