/**
 * `news-archive check`: validates sources, entries and taxonomy without
 * building or writing anything. Stricter than ingest: what ingest lets pass
 * with a warning (a date in the future, an entry nobody can find by tag) is
 * something an editor should fix before publishing, so here it is an error.
 */
import { readFile, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import type { PathOptions } from "../cli/options.ts";
import { decodeSource, describeOversize, MAX_SOURCE_BYTES } from "../ingest/decode-source.ts";
import { listFiles, mapLimited, readExistingEntries, type ExistingEntry } from "../ingest/existing-entries.ts";
import { parseSource } from "../ingest/parse-source.ts";
import { localToday } from "../ingest/run-ingest.ts";
import { error, warning, type Problem } from "../problems.ts";
import type { Taxonomy, TaxonomyKind } from "../schema/taxonomy.ts";
import { loadTaxonomy } from "../taxonomy/load-taxonomy.ts";

export interface CheckOptions extends PathOptions {
  today?: string;
}

export interface CheckReport {
  problems: Problem[];
  sources: number;
  entries: number;
}

/** Tags in an entry that the taxonomy does not define. */
export function unknownTags(entry: ExistingEntry, taxonomy: Taxonomy): Array<{ kind: TaxonomyKind; slug: string }> {
  const known = {
    people: new Set(taxonomy.people.map((term) => term.slug)),
    events: new Set(taxonomy.events.map((term) => term.slug)),
    topics: new Set(taxonomy.topics.map((term) => term.slug)),
  };
  return (["people", "events", "topics"] as const).flatMap((kind) =>
    entry.data[kind].filter((slug) => !known[kind].has(slug)).map((slug) => ({ kind, slug })),
  );
}

/** The checks on one entry that need the taxonomy and today's date. */
export function checkEntry(entry: ExistingEntry, taxonomy: Taxonomy, today: string, file: string): Problem[] {
  const problems: Problem[] = [];
  for (const { kind, slug } of unknownTags(entry, taxonomy)) {
    const renamed = taxonomy[kind].find((term) => term.formerSlugs?.includes(slug));
    problems.push(
      renamed
        ? warning(file, `${kind}: "${slug}" was renamed "${renamed.slug}"; it still counts, but correct the tag when you can`)
        : error(file, `${kind}: "${slug}" is not in the taxonomy (add it to ${kind}.yaml or correct the tag)`),
    );
  }
  const { people, events, topics } = entry.data;
  if (people.length + events.length + topics.length === 0) {
    problems.push(error(file, "has no people, events or topics: readers cannot reach it from any tag page"));
  }
  if (entry.data.date > today) {
    problems.push(error(file, `is dated ${entry.data.date}, after today (${today})`));
  }
  return problems;
}

async function checkSource(file: string, today: string): Promise<Problem[]> {
  const { size } = await stat(file);
  if (size > MAX_SOURCE_BYTES) return [error(file, describeOversize(size))];
  const decoded = decodeSource(await readFile(file));
  if ("error" in decoded) return [error(file, decoded.error)];
  return parseSource(decoded.text, { today }).problems.map((problem) => ({ ...problem, file }));
}

export async function checkContent(options: CheckOptions): Promise<CheckReport> {
  const today = options.today ?? localToday();
  const problems: Problem[] = [];

  const loaded = await loadTaxonomy(options.taxonomy);
  problems.push(...loaded.problems);

  const sourceFiles = await listFiles(options.sources);
  for (const found of await mapLimited(sourceFiles, 16, (file) => checkSource(file, today))) problems.push(...found);

  const { entries } = await readExistingEntries(options.entries, options.cache, problems);
  const sourceNames = new Set(sourceFiles.map((file) => basename(file)));
  for (const entry of entries) {
    const file = join(options.entries, entry.path);
    problems.push(...checkEntry(entry, loaded.taxonomy, today, file));
    if (!sourceNames.has(entry.data.source)) {
      problems.push(warning(file, `its source ${entry.data.source} is not in ${options.sources}`));
    }
  }
  return { problems, sources: sourceFiles.length, entries: entries.length };
}
