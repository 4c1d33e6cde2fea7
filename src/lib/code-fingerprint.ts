/**
 * Fingerprints of code, for caches that must not outlive the code that made
 * what they hold. What is hashed is what the code does, not how it is written:
 * a TypeScript module is compiled by esbuild with comments and layout dropped,
 * so editing a comment or reformatting changes no fingerprint. Other files
 * (stylesheets, scripts, the lock file) are hashed as they are.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { transformSync } from "esbuild";

/** The code of a TypeScript module as it runs: types, comments and layout gone. */
export function compiledCode(source: string): string {
  return transformSync(source, {
    loader: "ts",
    minifyWhitespace: true,
    legalComments: "none",
    // Names are kept: minifying them would make the fingerprint depend on esbuild's choices.
    minifyIdentifiers: false,
    minifySyntax: false,
  }).code;
}

/** Every file below `dir` (a file itself when `dir` is one), sorted; none when it does not exist. */
export function filesOf(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort();
  } catch (caught) {
    if ((caught as NodeJS.ErrnoException).code === "ENOTDIR") return [dir];
    return [];
  }
}

/** Hex digest of `files`, each named by its path relative to `root`. */
export function fingerprintOf(files: readonly string[], root: string): string {
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(`${path.relative(root, file).split(path.sep).join("/")}\0`);
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      hash.update("(missing)\0");
      continue;
    }
    hash.update(file.endsWith(".ts") ? compiledCode(text) : text).update("\0");
  }
  return hash.digest("hex");
}
