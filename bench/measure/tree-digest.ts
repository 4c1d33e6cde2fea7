/**
 * Digests of a folder's files, and what differs between two of them: for the
 * bench's equality check and the fault suite's before-and-after comparisons.
 */
import { createHash } from "node:crypto";
import { type Dirent, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export interface TreeDigest {
  /** sha256 over the sorted paths and their files' hashes; `missing` for a folder that is not there. */
  digest: string;
  /** Relative path (with `/`) → sha256 of the file's bytes. */
  files: Record<string, string>;
}

/**
 * What differs between two snapshots, as `missing PATH` (only in `expected`),
 * `extra PATH` (only in `actual`) and `differs PATH`; at most `limit` of them
 * and a line saying how many more.
 */
export function treeDifferences(actual: TreeDigest, expected: TreeDigest, limit = 12): string[] {
  const paths = new Set([...Object.keys(actual.files), ...Object.keys(expected.files)]);
  const differences: string[] = [];
  for (const relative of [...paths].sort()) {
    const have = actual.files[relative];
    const want = expected.files[relative];
    if (have === want) continue;
    differences.push(have === undefined ? `missing ${relative}` : want === undefined ? `extra ${relative}` : `differs ${relative}`);
  }
  const shown = differences.slice(0, limit);
  if (differences.length > limit) shown.push(`… and ${differences.length - limit} more`);
  return shown;
}

/**
 * Every file below `root` (those `keep` accepts) with the sha256 of its bytes, and one
 * digest over all; a missing folder has none. Symbolic links and other non-files are
 * listed by kind.
 */
export function digestTree(root: string, keep: (relative: string) => boolean = () => true): TreeDigest {
  const files: Record<string, string> = {};
  let entries: Dirent[];
  try {
    entries = readdirSync(root, { recursive: true, withFileTypes: true });
  } catch (caught) {
    if ((caught as NodeJS.ErrnoException).code === "ENOENT") return { digest: "missing", files };
    throw caught;
  }
  for (const entry of entries) {
    if (entry.isDirectory()) continue;
    const relative = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/");
    if (!keep(relative)) continue;
    files[relative] = entry.isFile()
      ? createHash("sha256")
          .update(readFileSync(path.join(root, relative)))
          .digest("hex")
      : "not a file";
  }
  const whole = createHash("sha256");
  for (const relative of Object.keys(files).sort()) whole.update(`${relative}\0${files[relative]}\n`);
  return { digest: whole.digest("hex"), files };
}
