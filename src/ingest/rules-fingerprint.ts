/**
 * A fingerprint of the extraction and tagging rules themselves. It goes into
 * every entry's inputs hash, so that when the rules change, entries written by
 * the older rules are regenerated on the next run (the fields an editor changed
 * are still kept), and nobody has to remember to bump a version number.
 *
 * What is hashed is what the code does, not how it is written: each module of
 * the ingest and taxonomy stages, and the entry format they write
 * (src/content/entry-file.ts and its schema), compiled by esbuild with the
 * comments and white space dropped. Editing a comment, reformatting, or
 * changing anything outside these stages (the site, the bench) leaves every
 * committed entry as it is.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { transformSync } from "esbuild";

const STAGES = ["./", "../taxonomy/"].map((dir) => fileURLToPath(new URL(dir, import.meta.url)));
const ENTRY_FORMAT = ["../content/entry-file.ts", "../content/entry-schema.ts"].map((file) =>
  fileURLToPath(new URL(file, import.meta.url)),
);

/** The code of a TypeScript module as it runs: types, comments and layout gone. */
export function compiledCode(source: string): string {
  return transformSync(source, {
    loader: "ts",
    minifyWhitespace: true,
    legalComments: "none",
    // Keep names: renaming a variable is a change of code, not of behaviour, but
    // minifying identifiers would make the fingerprint depend on esbuild's choices.
    minifyIdentifiers: false,
    minifySyntax: false,
  }).code;
}

function moduleFiles(): string[] {
  const files = STAGES.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => name.endsWith(".ts"))
      .sort()
      .map((name) => `${dir}${name}`),
  );
  return [...files, ...ENTRY_FORMAT];
}

let cached: string | undefined;

export function rulesFingerprint(): string {
  if (cached) return cached;
  const hash = createHash("sha256");
  for (const file of moduleFiles()) {
    // The file's name relative to src/, so that the fingerprint does not depend on where the project lives.
    hash.update(`${file.slice(file.lastIndexOf("/src/") + 5)}\n`).update(compiledCode(readFileSync(file, "utf8")));
  }
  cached = hash.digest("hex").slice(0, 16);
  return cached;
}
