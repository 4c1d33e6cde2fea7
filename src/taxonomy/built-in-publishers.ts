/**
 * The list of outlets used when an archive has no `publishers.yaml` of its
 * own: the package's own `content/taxonomy/publishers.yaml`, read and checked
 * by the same parser as an archive's. There is no second copy in code to keep
 * in step with it: an outlet added to that file is known to every archive that
 * does not bring its own list.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parsePublishers } from "./load-publishers.ts";
import type { Publisher } from "./publishers.ts";

/** The package's list of outlets, beside the code that reads it. */
export const BUILT_IN_PUBLISHERS_FILE = fileURLToPath(new URL("../../content/taxonomy/publishers.yaml", import.meta.url));

let cached: readonly Publisher[] | undefined;

/**
 * The shipped outlets, parsed once per process. A problem in the shipped file
 * is a defect of the package, not of the archive: it stops the run with the
 * problems named, rather than tagging with part of a list.
 */
export function builtInPublishers(): readonly Publisher[] {
  if (cached) return cached;
  const { publishers, problems } = parsePublishers(readFileSync(BUILT_IN_PUBLISHERS_FILE, "utf8"), BUILT_IN_PUBLISHERS_FILE);
  if (problems.length > 0)
    throw new Error(`the built-in list of outlets has problems:\n${problems.map((item) => item.message).join("\n")}`);
  cached = publishers;
  return cached;
}
