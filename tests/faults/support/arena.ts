/**
 * The arena: the one folder every run of the suite happens in (sources,
 * taxonomy, entries, cache, site), restored from a snapshot before each run.
 * One folder, because the build records the published site by its path: an
 * incremental build is only incremental in the folder it was built in.
 */
import path from "node:path";
import type { Folders } from "./run.ts";
import { copyState, digestTree } from "./tree.ts";

export type Scenario = "build" | "ingest";

export const foldersIn = (root: string): Folders => ({
  sources: path.join(root, "sources"),
  taxonomy: path.join(root, "taxonomy"),
  entries: path.join(root, "entries"),
  cache: path.join(root, "cache"),
  out: path.join(root, "site"),
});

/** What a run only reads or replaces whole (renames, never writes in place): hard-linked from the snapshot. */
const LINKED = ["sources", "taxonomy", "entries", "site"];

/**
 * The arena as `state` left it, for a run of `scenario`. The sources, the
 * taxonomy, the entries and the published site are hard-linked (much faster
 * than copies): a run reads sources and taxonomy, writes an entry to a
 * temporary file renamed over it, and builds a new site beside the old one, so
 * nothing it does reaches the snapshot; `snapshotIntact` checks that it stayed
 * so. The cache is copied (a run may rewrite a cache file in place). `ingest`
 * does not take the site.
 */
export async function restoreArena(scenario: Scenario, state: string, arena: string): Promise<void> {
  await copyState(state, arena, scenario === "build" ? { link: LINKED } : { link: LINKED, skip: ["site"] });
}

/** Digests of the hard-linked folders of a snapshot, to compare before and after the runs. */
export function snapshotDigests(state: string): Record<string, string> {
  return Object.fromEntries(LINKED.map((name) => [name, digestTree(path.join(state, name)).digest]));
}
