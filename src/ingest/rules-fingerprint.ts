/**
 * A fingerprint of the extraction and tagging rules themselves. It goes into
 * every entry's inputs hash, so that when the rules change, entries written by
 * the older rules are regenerated on the next run (the fields an editor changed
 * are still kept), and nobody has to remember to bump a version number.
 *
 * It covers the ingest and taxonomy stages and the entry format they write
 * (src/content/entry-file.ts and its schema), as compiled code
 * (src/lib/code-fingerprint.ts): editing a comment, reformatting, or changing
 * anything outside these (the site, the bench) leaves every committed entry as it is.
 */
import { fileURLToPath } from "node:url";
import { filesOf, fingerprintOf, memoFileOf } from "../lib/code-fingerprint.ts";

const SRC = fileURLToPath(new URL("../", import.meta.url));
const RULES = ["ingest", "taxonomy", "content/entry-file.ts", "content/entry-schema.ts"];

let cached: string | undefined;

/**
 * Takes the fingerprint a parent thread computed from the same files: a worker
 * thread need not compile every module of the rules again (half a second each).
 */
export function adoptRulesFingerprint(fingerprint: string): void {
  cached ??= fingerprint;
}

export function rulesFingerprint(): string {
  cached ??= fingerprintOf(
    RULES.flatMap((part) => filesOf(`${SRC}${part}`)).filter((file) => file.endsWith(".ts")),
    SRC,
    memoFileOf(fileURLToPath(new URL("../../", import.meta.url)), "rules-code"),
  ).slice(0, 16);
  return cached;
}
