/**
 * A fingerprint of the taxonomy as the tagger sees it: entries generated with
 * another fingerprint may carry stale tags and must be re-tagged. It is computed
 * from the validated content (defaults and slugs filled in, keys sorted), so
 * comments, formatting and key order in the YAML do not change it.
 */
import { createHash } from "node:crypto";
import type { Taxonomy } from "../content/taxonomy-schema.ts";

/** Bump when the matching rules change: the same taxonomy then tags differently. */
export const TAGGING_RULES_VERSION = 1;

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** Fields the site shows but the tagger never reads: changing them re-tags nothing. */
const DISPLAY_ONLY = new Set(["description", "sortName"]);

function withoutDisplayFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDisplayFields);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !DISPLAY_ONLY.has(key))
        .map(([key, item]) => [key, withoutDisplayFields(item)]),
    );
  }
  return value;
}

/** sha256 (hex) of what the tagger reads of the taxonomy, and the tagging rules' version. */
export function hashTaxonomy(taxonomy: Taxonomy): string {
  const canonical = JSON.stringify(sortKeys({ rules: TAGGING_RULES_VERSION, taxonomy: withoutDisplayFields(taxonomy) }));
  return createHash("sha256").update(canonical, "utf8").digest("hex");
}
