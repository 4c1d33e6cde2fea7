/**
 * A fingerprint of the extraction and tagging rules themselves: a hash of the
 * code of the ingest and taxonomy stages. It goes into every entry's inputs
 * hash, so that when the rules change, entries written by the older rules are
 * regenerated on the next run (entries an editor changed are still kept), and
 * nobody has to remember to bump a version number.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const STAGES = ["../ingest/", "../taxonomy/"].map((dir) => new URL(dir, import.meta.url));

let cached: string | undefined;

export function rulesFingerprint(): string {
  if (cached) return cached;
  const hash = createHash("sha256");
  for (const stage of STAGES) {
    const dir = fileURLToPath(stage);
    for (const name of readdirSync(dir).filter((file) => file.endsWith(".ts")).sort()) {
      hash.update(`${name}\n`).update(readFileSync(`${dir}/${name}`));
    }
  }
  cached = hash.digest("hex").slice(0, 16);
  return cached;
}
