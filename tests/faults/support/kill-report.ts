/**
 * Where a killed run was when it was stopped, read from what it had printed
 * (standard output is written synchronously to a pipe, so nothing printed is
 * lost to the kill), and a table of all kill points for the log.
 */
import type { RunResult } from "./run.ts";

/** The step of `build` that was running: the log says when each one ends. */
export function buildStepAt(run: RunResult): string {
  if (!run.killed) return "finished";
  const out = run.stdout;
  if (/^built \d+ articles/m.test(out)) return "after publishing (cache records)";
  if (/^phase render /m.test(out)) return "feeds, search index, swap";
  if (/^phase ingest /m.test(out)) return "rendering pages";
  return "ingest";
}

/** How many entries `ingest` had written when it was stopped. */
export function entriesWrittenBefore(run: RunResult): number {
  return (run.stdout.match(/^(?:wrote|updated|moved) /gm) ?? []).length;
}

export interface KillRecord {
  delayMs: number;
  where: string;
  outcome: string;
}

export function formatKillTable(title: string, records: readonly KillRecord[]): string {
  const lines = records.map(
    (record, index) =>
      `  ${String(index + 1).padStart(2)}  ${String(record.delayMs).padStart(6)} ms  ${record.where.padEnd(34)} ${record.outcome}`,
  );
  return `${title}\n${lines.join("\n")}\n`;
}
