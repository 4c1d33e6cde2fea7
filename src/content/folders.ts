/**
 * Which folder may be written where. Every command reads the editor's folders
 * (sources, entries, taxonomy, templates, the checkout's `.git`) and writes
 * derived ones (entries, the cache, the site). A mistyped flag must never turn
 * one into the other: `--out content/sources` would otherwise replace every
 * source with a built site, `--out .` the whole checkout.
 *
 * The rules, checked before anything is written:
 *   - a derived folder may not be, hold, or lie inside a folder an editor writes
 *     (and entries, which ingest writes, may not overlap the other inputs);
 *   - it may not be the project root, an ancestor of it, or a file-system root;
 *   - the site folder must be missing, empty, or one this tool built before
 *     (it carries `SITE_MARKER`), since publishing replaces it whole.
 * Symbolic links are resolved first, so a link to a protected folder is the folder.
 */
import { existsSync, readdirSync, realpathSync, statSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The page templates the site is rendered from: never written by any command. */
export const TEMPLATES_DIR = fileURLToPath(new URL("../../templates/", import.meta.url));

/** The file every built site carries: the proof that replacing the folder loses nothing. */
export const SITE_MARKER = ".news-archive-site";
export const SITE_MARKER_TEXT = "This folder is built by news-archive; the next build replaces it whole.\n";

export interface FolderOptions {
  sources: string;
  entries: string;
  taxonomy: string;
  cache: string;
  /** The built site; absent for commands that do not build. */
  out?: string;
  /** Page templates (`templates/`), never written. */
  templates?: string;
  /** The project root (where `content/` and `.git` live): the working directory. */
  root?: string;
}

/**
 * The absolute path a folder really is: symbolic links resolved for the part
 * that exists, the rest (not made yet) appended as it is.
 */
export function realFolder(folder: string): string {
  const absolute = path.resolve(folder);
  const missing: string[] = [];
  let existing = absolute;
  while (!existsSync(existing)) {
    const parent = path.dirname(existing);
    if (parent === existing) break;
    missing.unshift(path.basename(existing));
    existing = parent;
  }
  let real = existing;
  try {
    real = realpathSync(existing);
  } catch {
    // A dangling link or no permission: compare the path as written.
  }
  return path.join(real, ...missing);
}

/** True when `inner` is `outer` or lies below it. Both absolute and resolved. */
export function isWithin(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

interface Folder {
  role: string;
  flag: string;
  path: string;
}

/**
 * Why the folders cannot be used together, or an empty list. Pure apart from
 * resolving links and looking whether the site folder is empty or marked.
 */
export function folderProblems(options: FolderOptions): string[] {
  const root = realFolder(options.root ?? ".");
  const inputs: Folder[] = [
    { role: "the sources", flag: "--sources", path: realFolder(options.sources) },
    { role: "the taxonomy", flag: "--taxonomy", path: realFolder(options.taxonomy) },
    ...(options.templates ? [{ role: "the templates", flag: "", path: realFolder(options.templates) }] : []),
    { role: "the project's .git", flag: "", path: path.join(root, ".git") },
  ];
  const entries: Folder = { role: "the entries", flag: "--entries", path: realFolder(options.entries) };
  const cache: Folder = { role: "the cache", flag: "--cache", path: realFolder(options.cache) };
  const out: Folder | undefined = options.out ? { role: "the site", flag: "--out", path: realFolder(options.out) } : undefined;

  const problems: string[] = [];
  const named = (folder: Folder) => `${folder.flag} ${folder.path}`;
  const refuse = (written: Folder, why: string) =>
    problems.push(`${named(written)} ${why}; ${written.role} would be written there. Choose another ${written.flag}.`);

  // Entries are written by ingest; the site and the cache by every build. First each
  // against what is never written, then against each other those still standing, so
  // that one mistyped flag gives one message, about that flag.
  const written = [entries, ...(out ? [out] : []), cache];
  const standing = written.filter((folder) => {
    if (path.dirname(folder.path) === folder.path) refuse(folder, "is the root of the file system");
    else if (isWithin(root, folder.path)) refuse(folder, `is the project folder ${root}${folder.path === root ? "" : " or holds it"}`);
    else if (folder.path === realFolder(homedir())) refuse(folder, "is your home folder");
    else if (!clashes(folder, inputs)) return true;
    return false;
  });
  const refused = new Set<Folder>();
  for (const folder of standing) {
    const others = standing.filter((other) => other !== folder && !refused.has(other));
    if (folder !== entries && clashes(folder, others)) refused.add(folder);
  }

  /** Refuses `folder` if it overlaps one of `others`; true when it did. */
  function clashes(folder: Folder, others: readonly Folder[]): boolean {
    const other = others.find((candidate) => isWithin(candidate.path, folder.path) || isWithin(folder.path, candidate.path));
    if (!other) return false;
    refuse(
      folder,
      isWithin(other.path, folder.path) ? `is or holds ${other.role} (${other.path})` : `lies inside ${other.role} (${other.path})`,
    );
    return true;
  }
  if (out && problems.length === 0) {
    const unfit = unfitSiteFolder(out.path);
    if (unfit) problems.push(`--out ${out.path} ${unfit}`);
  }
  return problems;
}

/**
 * Why `dir` cannot hold the site: it exists, is not a folder, or holds files
 * without the marker of an earlier build. Undefined when it may be replaced.
 */
export function unfitSiteFolder(dir: string): string | undefined {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(dir).isDirectory();
  } catch {
    return undefined; // missing: it will be made
  }
  if (!isDirectory) return "is a file, not a folder; choose a folder for the site";
  const names = readdirSync(dir);
  if (names.length === 0 || names.includes(SITE_MARKER)) return undefined;
  return (
    `is not empty and was not built by news-archive (it has no ${SITE_MARKER} file), ` +
    `so building would replace files this tool did not make. Choose a new or empty folder, ` +
    `or empty this one yourself.`
  );
}
