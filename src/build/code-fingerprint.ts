/**
 * A fingerprint of the code that turns the archive into pages: the templates
 * (their components, layouts, stylesheet and scripts), the Eleventy
 * configuration, the model, build, content and lib stages as compiled code
 * (src/lib/code-fingerprint.ts), and the locked versions of the libraries. A
 * page kept from an earlier build is only ever reused under the same
 * fingerprint, so any change to that code renders every page again; a comment,
 * or a change to ingest or the command line, does not.
 *
 * Deliberately coarse: telling which code a page depends on is error-prone,
 * and code changes far less often than content.
 */
import { fileURLToPath } from "node:url";
import { filesOf, fingerprintOf, memoFileOf } from "../lib/code-fingerprint.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const PARTS = ["templates", ".eleventy.ts", "package-lock.json", "src/lib", "src/content", "src/model", "src/build"];

let cached: string | undefined;

/** Hex digest of the rendering code as it is on disk when first asked (a build's code does not change under it). */
export function codeFingerprint(): string {
  cached ??= fingerprintOf(
    PARTS.flatMap((part) => filesOf(`${ROOT}${part}`)),
    ROOT,
    memoFileOf(ROOT, "render-code"),
  );
  return cached;
}
