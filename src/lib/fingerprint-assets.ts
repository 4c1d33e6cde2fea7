/**
 * Content-hashed names for the site's own files in `templates/assets/`:
 * `site.css` is published as `/assets/site.3f2a9c1b.css`. A changed file gets a
 * new name, so hosts may let browsers keep every file under `/assets/` for a year
 * (`_headers` marks them immutable) and a reader still never sees a stale one.
 *
 * Templates link an asset with `assetPath("site.css")` (plus the path prefix);
 * `templates/fingerprinted-assets.11ty.ts` writes each file under the same name.
 * Both read the file's current content, so `serve` picks up an edit at once.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, type Stats, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Where the site's own CSS, JS and images are kept. */
export const ASSETS_SOURCE_DIR = fileURLToPath(new URL("../../templates/assets/", import.meta.url));

/** Site-relative folder they are published in. */
export const ASSETS_PATH = "/assets/";

/** Hex digits of the content hash kept in a name: 8 (32 bits) tell a site's few files apart. */
const HASH_LENGTH = 8;

export function contentHash(content: string | Uint8Array): string {
  return createHash("sha256").update(content).digest("hex").slice(0, HASH_LENGTH);
}

/**
 * `site.css` → `site.3f2a9c1b.css`; `pagefind-ui.min.js` → `pagefind-ui.min.3f2a9c1b.js`;
 * a name without an extension gets the hash at its end. Folders are kept.
 */
export function fingerprintedName(name: string, content: string | Uint8Array): string {
  const hash = contentHash(content);
  const slash = name.lastIndexOf("/");
  const dot = name.lastIndexOf(".");
  if (dot <= slash + 1) return `${name}.${hash}`;
  return `${name.slice(0, dot)}.${hash}${name.slice(dot)}`;
}

export interface FingerprintedAsset {
  /** Name inside the assets folder, `/`-separated: `site.css`. */
  name: string;
  /** Site-relative path it is published at: `/assets/site.3f2a9c1b.css`. */
  path: string;
  /** The source file. */
  file: string;
}

interface Remembered {
  mtimeMs: number;
  size: number;
  path: string;
}

// Every page asks for the stylesheet; the file is hashed again only when it changed.
const remembered = new Map<string, Remembered>();

function publishedPath(dir: string, name: string): string {
  const file = path.join(dir, ...name.split("/"));
  let info: Stats;
  try {
    info = statSync(file);
  } catch {
    throw new Error(`asset "${name}" does not exist in ${path.relative(process.cwd(), dir) || "."}`);
  }
  if (!info.isFile()) throw new Error(`asset "${name}" is not a file`);
  const known = remembered.get(file);
  if (known && known.mtimeMs === info.mtimeMs && known.size === info.size) return known.path;
  const sitePath = ASSETS_PATH + fingerprintedName(name, readFileSync(file));
  remembered.set(file, { mtimeMs: info.mtimeMs, size: info.size, path: sitePath });
  return sitePath;
}

/**
 * The site-relative path an asset is published at: `assetPath("site.css")` →
 * `/assets/site.3f2a9c1b.css`. Put the path prefix in front with `href`.
 * Throws for a name that is not in the assets folder, so a typo fails the build.
 */
export function assetPath(name: string, dir: string = ASSETS_SOURCE_DIR): string {
  return publishedPath(dir, name);
}

/** Every file of the assets folder (sub-folders included; dotfiles skipped), by name. */
export function listAssets(dir: string = ASSETS_SOURCE_DIR): FingerprintedAsset[] {
  const names = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .filter((name) => !name.split("/").some((part) => part.startsWith(".")))
    .sort();
  return names.map((name) => ({ name, path: publishedPath(dir, name), file: path.join(dir, ...name.split("/")) }));
}
