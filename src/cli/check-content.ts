/**
 * `news-archive check`: validates sources, entries and taxonomy without
 * building or writing anything. It runs exactly what `build` runs — ingest
 * (as a dry run that parses every source) and the entry rules — so the two
 * agree on every problem and its severity (src/content/rules.ts).
 */
import { join } from "node:path";
import { checkEntry, tagDirectoryOf } from "../content/check-entry.ts";
import type { Problem } from "../content/problems.ts";
import { localToday, runIngest, type IngestFolders, type IngestSummary } from "../ingest/run-ingest.ts";

export interface CheckOptions extends IngestFolders {
  today?: string;
}

export interface CheckReport {
  problems: Problem[];
  sources: number;
  entries: number;
}

/**
 * The entry rules over the entries as ingest left them (or, in a dry run,
 * would leave them). Nothing to check when the taxonomy stopped ingest.
 */
export function entryProblems(ingest: IngestSummary, entriesDir: string, today: string): Problem[] {
  if (!ingest.taxonomy) return [];
  const context = { tags: tagDirectoryOf(ingest.taxonomy), today, sources: ingest.sourceNames };
  return [...ingest.entries].flatMap(([path, data]) => checkEntry(data, join(entriesDir, path), context));
}

export async function checkContent(options: CheckOptions): Promise<CheckReport> {
  const today = options.today ?? localToday();
  const ingest = await runIngest({ ...options, today, dryRun: true }, () => {});
  return {
    problems: [...ingest.problems, ...entryProblems(ingest, options.entries, today)],
    sources: ingest.sourcesRead,
    entries: ingest.entries.size,
  };
}
