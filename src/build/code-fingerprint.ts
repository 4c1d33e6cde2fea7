/**
 * A fingerprint of the code that turns the archive into pages: every file of
 * `src/` and `templates/` (templates, components, stylesheet and scripts), the
 * Eleventy configuration and the locked versions of the libraries. A page kept
 * from an earlier build is only ever reused under the same fingerprint, so any
 * change to the code renders every page again.
 *
 * Deliberately coarse: telling which code a page depends on is error-prone,
 * and code changes far less often than content.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const FOLDERS = ["src", "templates"];
const FILES = [".eleventy.ts", "package-lock.json"];

function filesBelow(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort();
  } catch {
    return [];
  }
}

/** Hex digest of the code as it is on disk now (a few hundred small files: milliseconds). */
export function codeFingerprint(): string {
  const hash = createHash("sha256");
  const files = [...FOLDERS.flatMap((folder) => filesBelow(path.join(ROOT, folder))), ...FILES.map((file) => path.join(ROOT, file))];
  for (const file of files) {
    hash.update(`${path.relative(ROOT, file)}\0`);
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update("(missing)");
    }
    hash.update("\0");
  }
  return hash.digest("hex");
}
