/**
 * What a run may leave beside `--out` and in the cache: folders and temporary
 * files named with their writer's process id.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { isProcessAlive } from "../../../src/lib/process-lock.ts";

/** `.site-tmp-*` and `.site-old-*` folders beside `out`. */
export function siteLeftovers(out: string): string[] {
  return readdirSync(path.dirname(out)).filter((name) => name.startsWith(".site-tmp-") || name.startsWith(".site-old-"));
}

/** Temporary files (`….tmp`) anywhere below `root`, relative. */
export function temporaryFiles(root: string): string[] {
  try {
    return readdirSync(root, { recursive: true, encoding: "utf8" })
      .filter((name) => name.endsWith(".tmp"))
      .sort();
  } catch {
    return [];
  }
}

/** The writer's process id in `x.md.news-archive-1234.tmp`, `x.json.1234.tmp`, `.site-tmp-site-1234-AbC123`, `.site-old-site-1234-1712345678901`. */
export function writerOf(name: string): number | undefined {
  const base = path.basename(name);
  const pid = /[.-](\d+)\.tmp$/.exec(base)?.[1] ?? /^\.site-(?:tmp|old)-.*-(\d+)-[A-Za-z0-9]+$/.exec(base)?.[1];
  return pid === undefined ? undefined : Number(pid);
}

/** Of `names`, those whose writer is still running (or cannot be told from the name). */
export function livingWriters(names: readonly string[]): string[] {
  return names.filter((name) => {
    const pid = writerOf(name);
    return pid === undefined || isProcessAlive(pid);
  });
}
