/**
 * From the entries and taxonomy folders to the archive model: read, validate,
 * render the Markdown (cached), index in one pass. No output is written here
 * (only the caches, when a cache folder is given).
 */
import { join } from "node:path";
import { hasErrors, type Problem } from "../content/problems.ts";
import { loadTaxonomy } from "../taxonomy/load-taxonomy.ts";
import { buildArchiveModel, type ArchiveModel } from "../model/archive-model.ts";
import { loadRenderedEntries } from "./load-rendered-entries.ts";
import { createMarkdownRenderer } from "./render-markdown.ts";

export interface ArchiveSources {
  entriesDir: string;
  taxonomyDir: string;
  /** Where read entries and rendered Markdown are kept between runs; none: read and render everything. */
  cacheDir?: string;
  /** Build from the valid entries even when others fail the schema (`--keep-going`, `serve`). */
  skipInvalid?: boolean;
  /** Entries left out (relative paths, with `/`): those the entry rules rejected. */
  exclude?: ReadonlySet<string>;
}

export interface PreparedArchive {
  /** Undefined when there were errors (unless `skipInvalid`). */
  archive?: ArchiveModel;
  problems: Problem[];
}

export async function prepareArchive(sources: ArchiveSources): Promise<PreparedArchive> {
  const renderer = await createMarkdownRenderer(sources.cacheDir);
  const [loaded, taxonomy] = await Promise.all([
    loadRenderedEntries(sources.entriesDir, renderer, sources.cacheDir),
    loadTaxonomy(sources.taxonomyDir, sources.cacheDir),
  ]);
  const problems = [...taxonomy.problems, ...loaded.problems];
  if (hasErrors(problems) && !sources.skipInvalid) return { problems };
  const entries = sources.exclude?.size ? loaded.entries.filter((entry) => !sources.exclude!.has(entry.file)) : loaded.entries;
  const archive = buildArchiveModel(entries, taxonomy.taxonomy);
  const modelProblems = archive.problems.map((problem) => ({
    ...problem,
    file: join(sources.entriesDir, problem.file),
  }));
  return { archive, problems: [...problems, ...modelProblems] };
}
