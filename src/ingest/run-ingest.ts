import type { PathOptions } from "../cli/options.ts";
import type { Problem } from "../problems.ts";

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
}

/** Reads every source, writes the entries that changed, reports each change through `log`. */
export async function runIngest(_options: PathOptions, _log: (line: string) => void): Promise<IngestSummary> {
  throw new Error("ingest is not implemented yet");
}
