/**
 * Putting a finished build in place of the old one. The new folder is built
 * beside the target (same parent, so the same file system: a rename across file
 * systems fails), then: old target renamed away, new one renamed in, old removed.
 */
import { mkdir, mkdtemp, rename } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { removeTree } from "./file-workers.ts";

/** A new empty folder beside `target`: `.site-tmp-XXXXXX` in the same parent. */
export async function makeSiblingTempDir(target: string): Promise<string> {
  const parent = dirname(resolve(target));
  await mkdir(parent, { recursive: true });
  return mkdtemp(join(parent, ".site-tmp-"));
}

/** `files`: about how many files the old site holds; a big one is removed on two threads. */
export async function replaceDirectory(finished: string, target: string, files = 0): Promise<void> {
  const absoluteTarget = resolve(target);
  const retired = join(dirname(absoluteTarget), `.site-old-${basename(absoluteTarget)}-${process.pid}-${Date.now()}`);
  let hadOld = true;
  try {
    await rename(absoluteTarget, retired);
  } catch (caught) {
    if ((caught as NodeJS.ErrnoException).code !== "ENOENT") throw caught;
    hadOld = false;
  }
  try {
    await rename(finished, absoluteTarget);
  } catch (caught) {
    // Put the old site back so that a failure here changes nothing.
    if (hadOld) await rename(retired, absoluteTarget);
    throw caught;
  }
  // Synchronous calls (about twice as fast as the promise-based walk), on two threads for a
  // big site: nothing else is waiting by then.
  if (hadOld) await removeTree(retired, files);
}
