/** Digests of a folder's files, and what differs between two of them: for the bench's equality check. */

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
