/**
 * The files of a folder tree, sorted, as the commands read it: the regular
 * files, and apart from them what is not read (so it can be reported rather
 * than skipped without a word) and the temporary files of this tool's writes.
 */
import type { Dirent } from "node:fs";
import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { isTemporaryFile } from "./atomic-file.ts";

export interface SkippedFile {
  path: string;
  why: string;
}

export interface FolderListing {
  /** Regular files, sorted, as `join(dir, relative)`. */
  files: string[];
  /** Present but not read: symbolic links, hidden files, sockets. */
  skipped: SkippedFile[];
  /** Temporary files of atomic writes (atomic-file.ts): a run's in progress, or a killed one's. */
  temporary: string[];
}

/** Lists `dir` (an empty listing when it does not exist). */
export async function listFolder(dir: string): Promise<FolderListing> {
  let dirents: Dirent[];
  try {
    dirents = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (caught) {
    if ((caught as NodeJS.ErrnoException).code === "ENOENT") return { files: [], skipped: [], temporary: [] };
    throw caught;
  }
  const listing: FolderListing = { files: [], skipped: [], temporary: [] };
  for (const dirent of dirents) {
    if (dirent.isDirectory()) continue;
    const path = join(dirent.parentPath, dirent.name);
    const parts = relative(dir, path).split(sep);
    if (dirent.isFile() && isTemporaryFile(dirent.name)) listing.temporary.push(path);
    else if (parts.some((part) => part.startsWith("."))) {
      // Hidden folders (an editor's `.git`, `.DS_Store` files) are nobody's articles: not worth a word.
      if (parts.length === 1 && dirent.name !== ".DS_Store") listing.skipped.push({ path, why: "is a hidden file, not read" });
    } else if (dirent.isSymbolicLink()) {
      listing.skipped.push({ path, why: "is a symbolic link, not read (copy the file itself into the folder)" });
    } else if (dirent.isFile()) listing.files.push(path);
    else listing.skipped.push({ path, why: "is not a regular file, not read" });
  }
  listing.files.sort();
  listing.skipped.sort((a, b) => a.path.localeCompare(b.path));
  return listing;
}
