/**
 * Fingerprints of code, for caches that must not outlive the code that made
 * what they hold. What is hashed is what the code does, not how it is written:
 * a TypeScript module is compiled by esbuild with comments and layout dropped,
 * so editing a comment or reformatting changes no fingerprint. Other files
 * (stylesheets, scripts, the lock file) are hashed as they are.
 *
 * Compiling every module takes about 0.7 s, paid by every build and ingest
 * however little changed; so each module's compiled digest is remembered by
 * the digest of its text, in a small file beside the installed libraries
 * (`node_modules/.cache/news-archive/`, where tools keep such caches). A
 * module whose text is unchanged is then only read and hashed.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { threadId } from "node:worker_threads";
import { transformSync, version as esbuildVersion } from "esbuild";

const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");

/** Compiled digest by text digest; what the last fingerprint used, nothing older. */
type CompiledDigests = Record<string, string>;

/** A memo made by another esbuild (whose output may differ) is not used. */
const MEMO_VERSION = `1 esbuild ${esbuildVersion}`;

function readMemo(file: string): CompiledDigests {
  try {
    const memo = JSON.parse(readFileSync(file, "utf8")) as { version?: string; digests?: CompiledDigests };
    return memo.version === MEMO_VERSION && memo.digests ? memo.digests : {};
  } catch {
    return {};
  }
}

/** Written under a temporary name and renamed, so that a reader sees all of it or none; a failure only costs time. */
function writeMemo(file: string, digests: CompiledDigests): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}-${threadId}.tmp`;
    writeFileSync(temporary, JSON.stringify({ version: MEMO_VERSION, digests }));
    renameSync(temporary, file);
  } catch {
    // A read-only installation: every fingerprint compiles again.
  }
}

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

/** Where a fingerprint named `name` of the code below `root` remembers its compiled digests (one file per fingerprint). */
export const memoFileOf = (root: string, name: string): string => path.join(root, "node_modules", ".cache", "news-archive", `${name}.json`);

/**
 * Hex digest of `files`, each named by its path relative to `root`; TypeScript
 * modules by their compiled code, remembered in `memoFile` (none: compiled each time).
 */
export function fingerprintOf(files: readonly string[], root: string, memoFile?: string): string {
  const known = memoFile === undefined ? {} : readMemo(memoFile);
  const used: CompiledDigests = {};
  let missed = false;
  const compiledDigestOf = (text: string): string => {
    const key = sha256(text);
    let digest = known[key];
    if (digest === undefined) {
      digest = sha256(compiledCode(text));
      missed = true;
    }
    used[key] = digest;
    return digest;
  };
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
    hash.update(file.endsWith(".ts") ? compiledDigestOf(text) : text).update("\0");
  }
  if (memoFile !== undefined && (missed || Object.keys(used).length !== Object.keys(known).length)) writeMemo(memoFile, used);
  return hash.digest("hex");
}
