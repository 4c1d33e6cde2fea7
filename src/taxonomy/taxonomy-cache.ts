/**
 * The parsed taxonomy, kept between runs. Parsing the YAML, validating every
 * term and checking shared names costs about 0.3 s for a taxonomy of a few
 * thousand terms, and a build loaded it twice (ingest, then the site). A parse
 * is kept by a digest of everything it is made from: the texts of the files
 * (or their absence), the folder as the problems name it, and the code that
 * parses them (this stage, the schema, the YAML reader, the locked library
 * versions), so any change to one of those parses again.
 *
 * Kept in memory for the process, and, with a cache folder, in
 * `CACHE/taxonomy/parsed.json` for the next run. Stored as JSON and parsed
 * anew for each caller: no caller shares objects with another.
 */
import { createHash } from "node:crypto";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readVersionedJson, writeJsonAtomically } from "../lib/atomic-file.ts";
import { filesOf, fingerprintOf, memoFileOf } from "../lib/code-fingerprint.ts";
import type { LoadedTaxonomy } from "./load-taxonomy.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** The code a parse depends on, below the project's root. */
const PARSING_CODE = [
  "src/taxonomy",
  "src/content/taxonomy-schema.ts",
  "src/content/read-yaml.ts",
  "src/content/problems.ts",
  "src/lib/code-fingerprint.ts",
  "package-lock.json",
];
const VERSION = 1;

let codeDigest: string | undefined;

/** The fingerprint of the parsing code, made once per process (the code does not change under a run). */
function parsingCodeFingerprint(): string {
  codeDigest ??= fingerprintOf(
    PARSING_CODE.flatMap((part) => filesOf(`${ROOT}${part}`)),
    ROOT,
    memoFileOf(ROOT, "taxonomy-code"),
  );
  return codeDigest;
}

/** The texts a parse is made from, by file name; undefined: the file is missing. */
export type TaxonomyInputs = Readonly<Record<string, string | undefined>>;

/** The digest a parse of `inputs` in the folder named `dirLabel` is kept under. */
export function taxonomyKey(inputs: TaxonomyInputs, dirLabel: string): string {
  const hash = createHash("sha256").update(`${parsingCodeFingerprint()}\0${dirLabel}\0`);
  for (const name of Object.keys(inputs).sort()) {
    const text = inputs[name];
    hash.update(`${name}\0${text === undefined ? "-" : `+${text.length}\0${text}`}\0`);
  }
  return hash.digest("hex");
}

interface Saved {
  version: number;
  key: string;
  /** The parse, as JSON. */
  loaded: string;
}

const inMemory = new Map<string, string>();
const cacheFileOf = (cacheDir: string) => join(cacheDir, "taxonomy", "parsed.json");

/**
 * The parse of `inputs` made by `parse`, or the one kept under the same key
 * (in this process, else in `cacheDir`); each call gets objects of its own.
 */
export async function cachedTaxonomy(key: string, cacheDir: string | undefined, parse: () => LoadedTaxonomy): Promise<LoadedTaxonomy> {
  let json = inMemory.get(key);
  if (json === undefined && cacheDir !== undefined) {
    const saved = await readVersionedJson<Saved>(cacheFileOf(cacheDir), VERSION);
    if (saved?.key === key) json = saved.loaded;
  }
  if (json === undefined) {
    json = JSON.stringify(parse());
    if (cacheDir !== undefined) {
      await mkdir(join(cacheDir, "taxonomy"), { recursive: true });
      await writeJsonAtomically(cacheFileOf(cacheDir), { version: VERSION, key, loaded: json } satisfies Saved);
    }
  }
  // One taxonomy at a time: a long `serve` sees many versions of it.
  inMemory.clear();
  inMemory.set(key, json);
  return JSON.parse(json) as LoadedTaxonomy;
}
