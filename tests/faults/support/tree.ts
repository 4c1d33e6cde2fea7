/**
 * Folder snapshots for the comparisons: every file below a folder by relative
 * path with the sha256 of its bytes, and one digest over all of them.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { type Dirent, readdirSync, readFileSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";

export interface TreeDigest {
  /** sha256 over the sorted paths and their files' hashes. */
  digest: string;
  files: Record<string, string>;
}

/** Every file below `root` (none when it is missing); symbolic links and other non-files are listed by kind. */
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
      : `not a file`;
  }
  const whole = createHash("sha256");
  for (const relative of Object.keys(files).sort()) whole.update(`${relative}\0${files[relative]}\n`);
  return { digest: whole.digest("hex"), files };
}

/** What differs between two snapshots, for a failure message: up to `limit` paths. */
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
 * A copy of the folder `from` at `to` (replacing it) with modification times
 * kept: the build trusts a published page or a cached source by its size and
 * time, so a copy that changed them would make every run cold. `cp -a` keeps
 * them to the nanosecond, which a copy through Node's utimes does not.
 *
 * Subfolders named in `link` are hard-linked instead (much faster for a site of
 * thousands of pages); only for folders that nothing writes into in place: a
 * write through a link would change `from` too. Those in `skip` are left out.
 */
export async function copyState(
  from: string,
  to: string,
  options: { link?: readonly string[]; skip?: readonly string[] } = {},
): Promise<void> {
  await rm(to, { recursive: true, force: true });
  await mkdir(to, { recursive: true });
  for (const name of readdirSync(from)) {
    if (options.skip?.includes(name)) continue;
    const flags = options.link?.includes(name) ? "-al" : "-a";
    const copied = spawnSync("cp", [flags, path.join(from, name), path.join(to, name)], { encoding: "utf8" });
    if (copied.status !== 0) throw new Error(`cp ${flags} ${from}/${name} ${to} failed: ${copied.stderr}`);
  }
}
