/**
 * What ingest learnt about each raw source in its last run — the hash of the
 * text and the inputs hash — kept under the cache folder, by the source's name
 * inside the sources folder and checked against the file's size and
 * modification time. By name, not by path: an archive moved to another folder,
 * or a checkout whose cache folder was restored elsewhere (a CI job), keeps it. A rebuild of a big archive then reads
 * only the sources that changed (or that still need parsing), instead of
 * reading and decoding ten thousand files to find out that nothing did.
 * The inputs hash depends on the rules and the taxonomy too: the record is
 * only used under the same ones.
 */
import { join } from "node:path";
import { readVersionedJson, writeJsonAtomically } from "../lib/atomic-file.ts";

export interface SourceFacts {
  /** `hashText` of the decoded text. */
  textHash: string;
  inputsHash: string;
}

interface Remembered extends SourceFacts {
  size: number;
  mtimeMs: number;
}

interface Saved {
  version: number;
  /** The rules and taxonomy the inputs hashes were made under. */
  inputs: string;
  sources: Record<string, Remembered>;
}

// 2: keyed by the source's name in the sources folder (1: by its path).
const VERSION = 2;
const recordFile = (cacheDir: string): string => join(cacheDir, "ingest", "sources.json");

export class SourceCache {
  private readonly now: Record<string, Remembered> = {};

  private constructor(
    private readonly cacheDir: string,
    private readonly inputs: string,
    private readonly before: Record<string, Remembered>,
  ) {}

  /** The record in `cacheDir`, valid for sources hashed under `inputs` (rules and taxonomy). */
  static async open(cacheDir: string, inputs: string): Promise<SourceCache> {
    // No record yet, or one of other rules or taxonomy: every source is read.
    const saved = await readVersionedJson<Saved>(recordFile(cacheDir), VERSION);
    return new SourceCache(cacheDir, inputs, saved?.inputs === inputs ? saved.sources : {});
  }

  /** What the last run learnt of the source `name` (`2025/a.txt`), if it still has the size and time it had then. */
  known(name: string, size: number, mtimeMs: number): SourceFacts | undefined {
    const remembered = this.before[name];
    if (remembered === undefined || remembered.size !== size || remembered.mtimeMs !== mtimeMs) return undefined;
    this.now[name] = remembered;
    return { textHash: remembered.textHash, inputsHash: remembered.inputsHash };
  }

  remember(name: string, size: number, mtimeMs: number, facts: SourceFacts): void {
    this.now[name] = { ...facts, size, mtimeMs };
  }

  /** Saves what this run knows (only the sources it saw). */
  async save(): Promise<void> {
    const saved: Saved = { version: VERSION, inputs: this.inputs, sources: this.now };
    await writeJsonAtomically(recordFile(this.cacheDir), saved);
  }
}
