/**
 * Reads the entries folder: every `**\/*.md` file, through the entry schema.
 * An entry that fails the schema is an error naming the file and the field.
 */
import { readdir, readFile } from "node:fs/promises";
import { join, sep } from "node:path";
import { parseEntryFile, slugOfEntryPath } from "../content/entry-file.ts";
import { SlugSchema, type Entry } from "../content/entry-schema.ts";
import { problem, type Problem } from "../content/problems.ts";

export interface LoadedEntries {
  /** In file order (sorted paths), so every run sees the same order. */
  entries: Entry[];
  problems: Problem[];
}

const ENTRY_FILE_NAME = /^\d{4}-\d{2}-\d{2}-.+\.md$/;

/** The entry files below `entriesDir`, relative with `/`, sorted; none when the folder does not exist. */
export async function listMarkdownFiles(entriesDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(entriesDir, { recursive: true });
  } catch (caught) {
    // No entries folder yet is an empty archive, not a failure.
    if ((caught as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw caught;
  }
  return names
    .map((name) => name.split(sep).join("/"))
    .filter((name) => name.endsWith(".md"))
    .sort();
}

/** Checks the file name and parses the text of one entry. */
export function readEntry(file: string, text: string, shownAs: string): Entry | Problem {
  const name = file.split("/").at(-1) ?? file;
  if (!ENTRY_FILE_NAME.test(name)) {
    return problem("entry-invalid", shownAs, "file name must be YYYY-MM-DD-slug.md");
  }
  const slug = slugOfEntryPath(file);
  if (!SlugSchema.safeParse(slug).success) {
    return problem("entry-invalid", shownAs, `the slug "${slug}" in the file name must be ASCII, lower case, with single hyphens`);
  }
  const parsed = parseEntryFile(text);
  if (!parsed.ok) return problem("entry-invalid", shownAs, parsed.message);
  return { data: parsed.entry.data, body: parsed.entry.body, file, slug };
}

export async function loadEntries(entriesDir: string): Promise<LoadedEntries> {
  const files = await listMarkdownFiles(entriesDir);
  const results = await Promise.all(
    files.map(async (file) => readEntry(file, await readFile(join(entriesDir, file), "utf8"), join(entriesDir, file))),
  );
  const entries: Entry[] = [];
  const problems: Problem[] = [];
  for (const result of results) {
    if ("severity" in result) problems.push(result);
    else entries.push(result);
  }
  return { entries, problems };
}
