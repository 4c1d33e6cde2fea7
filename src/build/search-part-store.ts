/**
 * Search parts kept in the cache folder, by key, so that a build whose site
 * folder is gone (a fresh checkout with its cache restored, a deleted `_site/`)
 * still does not index from scratch. Pagefind's CPU is about a third of a cold
 * build; a part's key (search-index.ts) is the hash of the code, the language
 * and every document of the part, so a part kept under a key is byte for byte
 * the part a build would make from those documents.
 *
 * Each part is a folder `CACHE/search-parts/KEY/` holding the bundle's files
 * and `files.json`, the hash of each as kept: a file changed since is not
 * trusted, and the part is made again. Hashes rather than sizes and times, so
 * that a cache folder restored by a tool that rounds file times (an archive, a
 * CI cache) still serves. The files are hard links to the site's (copies across
 * file systems), so keeping a part costs no space on one disk.
 * Only folders named like a key and holding `files.json` are ever removed: the
 * store never deletes what it did not make.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { writeFileAtomicallySync } from "../lib/atomic-file.ts";
import { shareFile } from "../lib/file-stamps.ts";

const MANIFEST = "files.json";
/** A part's key as search-index.ts makes it: a SHA-256 in base64url. */
const KEY_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** A kept part's files, by path relative to its folder, with the hash of each. */
type Manifest = Record<string, string>;

const hashOfFile = (file: string): string | undefined => {
  try {
    return createHash("sha256").update(readFileSync(file)).digest("base64url");
  } catch {
    return undefined;
  }
};

export class SearchPartStore {
  private readonly root: string;
  /** Keys this build used or made: the ones kept when the store is pruned. */
  private readonly live = new Set<string>();

  constructor(cacheDir: string) {
    this.root = path.join(cacheDir, "search-parts");
  }

  private folderOf(key: string): string {
    if (!KEY_SHAPE.test(key)) throw new Error(`search part store: not a part key: ${key}`);
    return path.join(this.root, key);
  }

  private manifestOf(key: string): Manifest | undefined {
    try {
      const parsed: unknown = JSON.parse(readFileSync(path.join(this.folderOf(key), MANIFEST), "utf8"));
      return typeof parsed === "object" && parsed !== null ? (parsed as Manifest) : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Links the part kept under `key` into `folder` (its files at the same paths)
   * and returns them, relative to `folder`; undefined when none is kept, or a
   * file of it changed since it was kept.
   */
  restore(key: string, folder: string): string[] | undefined {
    const manifest = this.manifestOf(key);
    if (manifest === undefined) return undefined;
    const kept = this.folderOf(key);
    const files = Object.keys(manifest);
    if (files.length === 0 || files.some((file) => !safeRelative(file) || hashOfFile(path.join(kept, file)) !== manifest[file])) {
      return undefined;
    }
    const made = new Set<string>();
    for (const file of files) shareFile(path.join(kept, file), path.join(folder, file), made);
    this.live.add(key);
    return files;
  }

  /** Keeps the part just written to `folder` (its `files`, relative to it) under `key`. */
  keep(key: string, folder: string, files: readonly string[]): void {
    const kept = this.folderOf(key);
    rmSync(kept, { recursive: true, force: true });
    const made = new Set<string>();
    const manifest: Manifest = {};
    for (const file of files) {
      shareFile(path.join(folder, file), path.join(kept, file), made);
      const hash = hashOfFile(path.join(kept, file));
      if (hash === undefined) throw new Error(`search part store: could not read ${path.join(kept, file)}`);
      manifest[file] = hash;
    }
    mkdirSync(kept, { recursive: true });
    // Written last: a part without its manifest is never restored, so a build stopped halfway leaves nothing trusted.
    writeFileAtomicallySync(path.join(kept, MANIFEST), JSON.stringify(manifest));
    this.live.add(key);
  }

  /** Marks the part under `key` as still in use, keeping it from `folder` first (its `files` listed then) when the store lacks it. */
  retain(key: string, folder: string, files: () => readonly string[]): void {
    if (this.manifestOf(key) === undefined) this.keep(key, folder, files());
    else this.live.add(key);
  }

  /** Removes the kept parts this build neither used nor made: the store holds the current site's parts only. */
  prune(): void {
    if (!existsSync(this.root)) return;
    for (const entry of readdirSync(this.root, { withFileTypes: true })) {
      if (!entry.isDirectory() || !KEY_SHAPE.test(entry.name) || this.live.has(entry.name)) continue;
      if (!existsSync(path.join(this.root, entry.name, MANIFEST))) continue;
      rmSync(path.join(this.root, entry.name), { recursive: true, force: true });
    }
  }
}

/** A manifest's path stays inside its folder: no `..`, no absolute path. */
function safeRelative(file: string): boolean {
  return file !== "" && !path.isAbsolute(file) && !file.split(/[\\/]/).includes("..");
}
