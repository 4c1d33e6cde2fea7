/**
 * Putting a finished build in place of the old one. The new folder is built
 * beside the target (same parent, so the same file system: a rename across file
 * systems fails), then: old target renamed away, new one renamed in, old removed.
 *
 * The folders made beside the target carry the target's name and the builder's
 * process id (`.site-tmp-_site-1234-XXXXXX`, `.site-old-_site-1234-…`), so that
 * the next build can tell which ones a killed build left behind and remove them,
 * and never touches a folder of a build still running or one it did not make.
 *
 * Node has no atomic exchange of two folders: a build killed in the instant
 * between the two renames leaves no target at all, its old site moved aside
 * whole. The next build puts that one back before anything else.
 */
import { existsSync, readdirSync } from "node:fs";
import { mkdir, mkdtemp, rename, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { SITE_MARKER, SITE_MARKER_TEXT } from "../content/folders.ts";
import { isProcessAlive } from "../lib/process-lock.ts";
import { removeTree } from "./file-workers.ts";

const tempPrefix = (target: string) => `.site-tmp-${basename(resolve(target))}-`;
const retiredPrefix = (target: string) => `.site-old-${basename(resolve(target))}-`;

/**
 * A new empty folder beside `target`, with the marker that says this tool built
 * it (so the folder may be replaced by a later build).
 */
export async function makeSiblingTempDir(target: string): Promise<string> {
  const parent = dirname(resolve(target));
  await mkdir(parent, { recursive: true });
  const dir = await mkdtemp(join(parent, `${tempPrefix(target)}${process.pid}-`));
  await writeFile(join(dir, SITE_MARKER), SITE_MARKER_TEXT);
  return dir;
}

/**
 * The folders beside `target` that a build of it left behind when it was killed:
 * named for this target, by a process that is gone.
 */
export function staleSiblings(target: string, names: readonly string[], alive = isProcessAlive): string[] {
  const prefixes = [tempPrefix(target), retiredPrefix(target)];
  return names.filter((name) => {
    const prefix = prefixes.find((candidate) => name.startsWith(candidate));
    if (!prefix) return false;
    const pid = /^(\d+)-/.exec(name.slice(prefix.length))?.[1];
    return pid !== undefined && !alive(Number(pid));
  });
}

const writerOf = (name: string, prefix: string): string | undefined =>
  name.startsWith(prefix) ? /^(\d+)-/.exec(name.slice(prefix.length))?.[1] : undefined;

/**
 * The old site that a build killed between its two renames moved aside, when
 * that is what happened: `target` is missing (`targetExists` false) and a dead
 * process left both its moved-aside old site and its finished new one (it
 * renames the old one away only once the new one is finished; it starts
 * removing the old one only once the new one is in place, under another name).
 */
export function siteMovedAside(
  target: string,
  names: readonly string[],
  targetExists: boolean,
  alive = isProcessAlive,
): string | undefined {
  if (targetExists) return undefined;
  const finishedBy = new Set(names.flatMap((name) => writerOf(name, tempPrefix(target)) ?? []));
  const candidates = names
    .filter((name) => {
      const pid = writerOf(name, retiredPrefix(target));
      return pid !== undefined && finishedBy.has(pid) && !alive(Number(pid));
    })
    .sort();
  return candidates.at(-1);
}

/**
 * Tidies what killed builds of `target` left beside it: puts back an old site
 * one of them had moved aside (`restored`), and removes the rest (`removed`).
 */
export async function removeStaleSiblings(target: string): Promise<{ restored?: string; removed: string[] }> {
  const absoluteTarget = resolve(target);
  const parent = dirname(absoluteTarget);
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return { removed: [] };
  }
  const restored = siteMovedAside(target, names, existsSync(absoluteTarget));
  if (restored !== undefined) await rename(join(parent, restored), absoluteTarget);
  const stale = staleSiblings(
    target,
    names.filter((name) => name !== restored),
  );
  for (const name of stale) await removeTree(join(parent, name));
  return { ...(restored === undefined ? {} : { restored }), removed: stale };
}

/** `files`: about how many files the old site holds; a big one is removed on two threads. */
export async function replaceDirectory(finished: string, target: string, files = 0): Promise<void> {
  const absoluteTarget = resolve(target);
  const retired = join(dirname(absoluteTarget), `${retiredPrefix(target)}${process.pid}-${Date.now()}`);
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
