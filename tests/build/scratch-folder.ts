/**
 * Where tests about file order make their folders: on a file system that lists
 * a folder's files in the order they were made (tmpfs, `/dev/shm`, where the
 * bench works too) when the machine has one. There, whatever reads a folder in
 * listing order sees the order its files were written in; on ext4, which lists
 * by a hash of the name, the same folder lists alike however it was made, and a
 * dependence on the order would go unseen.
 */
import { existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

export const ORDERED_LISTING_ROOT = existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir();

/** A new empty folder below `ORDERED_LISTING_ROOT`, its name starting with `prefix`. */
export function makeScratchFolder(prefix: string): Promise<string> {
  return mkdtemp(path.join(ORDERED_LISTING_ROOT, prefix));
}
