/**
 * What a stopped run left in the entries folder: every entry must read back
 * through the schema (none half-written); temporary files may remain, but only
 * of a process that is gone.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseEntryFile } from "../../../src/content/entry-file.ts";

const TEMPORARY = /\.news-archive-(\d+)\.tmp$/;

export interface EntriesCheck {
  entries: number;
  /** Entries that do not parse, with why. */
  broken: string[];
  /** Temporary files of atomic writes, with their writer's process id. */
  temporary: Array<{ file: string; pid: number }>;
  /** Anything else (the folder holds only entries). */
  unexpected: string[];
  /** Source file name → the entries made from it, where more than one is. */
  sharedSources: string[];
}

export function checkEntries(root: string): EntriesCheck {
  const check: EntriesCheck = { entries: 0, broken: [], temporary: [], unexpected: [], sharedSources: [] };
  const bySource = new Map<string, string[]>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const relative = path.relative(root, file);
    const temporary = TEMPORARY.exec(entry.name);
    if (temporary) {
      check.temporary.push({ file: relative, pid: Number(temporary[1]) });
    } else if (entry.isFile() && entry.name.endsWith(".md")) {
      check.entries += 1;
      const parsed = parseEntryFile(readFileSync(file, "utf8"));
      if (!parsed.ok) {
        check.broken.push(`${relative}: ${parsed.message}`);
        continue;
      }
      const source = parsed.entry.data.source;
      bySource.set(source, [...(bySource.get(source) ?? []), relative]);
    } else {
      check.unexpected.push(relative);
    }
  }
  for (const [source, files] of bySource) if (files.length > 1) check.sharedSources.push(`${source}: ${files.join(", ")}`);
  return check;
}
