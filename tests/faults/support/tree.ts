/**
 * Folder snapshots for the comparisons: the bench's own (every file below a folder
 * by relative path with the sha256 of its bytes, one digest over all of them, and
 * copies that keep modification times), so that the fault suite and the bench
 * judge "the same folder" one way.
 */
export { copyState } from "../../../bench/measure/folder-state.ts";
export { digestTree, type TreeDigest, treeDifferences } from "../../../bench/measure/tree-digest.ts";
