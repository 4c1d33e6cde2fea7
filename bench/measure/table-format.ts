/** Plain-text figures and a Markdown table that reads well in a terminal and in the docs. */

export type Align = "left" | "right";

export interface Column {
  header: string;
  align?: Align;
}

/** A pipe table with padded cells; `undefined` cells print as `–`. */
export function formatTable(columns: readonly Column[], rows: ReadonlyArray<ReadonlyArray<string | undefined>>): string {
  const cells = rows.map((row) => columns.map((_, index) => row[index] ?? "–"));
  const widths = columns.map((column, index) => Math.max(column.header.length, 3, ...cells.map((row) => row[index]!.length)));
  const pad = (text: string, index: number) =>
    columns[index]!.align === "right" ? text.padStart(widths[index]!) : text.padEnd(widths[index]!);
  const line = (texts: readonly string[]) => `| ${texts.map(pad).join(" | ")} |`;
  const rule = `|${columns
    .map((column, index) => (column.align === "right" ? `${"-".repeat(widths[index]! + 1)}:` : "-".repeat(widths[index]! + 2)))
    .join("|")}|`;
  return [line(columns.map((column) => column.header)), rule, ...cells.map(line)].join("\n");
}

/** `850 ms`, `6.23 s`, `19.4 s`, `2 min 05 s`. */
export function formatDuration(ms: number | undefined): string | undefined {
  if (ms === undefined) return undefined;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  if (seconds < 10) return `${seconds.toFixed(2)} s`;
  if (seconds < 100) return `${seconds.toFixed(1)} s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, "0")} s`;
}

const MIB = 1024 * 1024;
const GIB = 1024 * MIB;

/** `512 MiB`, `1.02 GiB`. */
export function formatBytes(bytes: number | undefined): string | undefined {
  if (bytes === undefined) return undefined;
  return bytes >= GIB ? `${(bytes / GIB).toFixed(2)} GiB` : `${Math.round(bytes / MIB)} MiB`;
}

/** `2.35×`. */
export function formatRatio(value: number | undefined): string | undefined {
  return value === undefined ? undefined : `${value.toFixed(2)}×`;
}

/** `10,000`. */
export function formatCount(value: number | undefined): string | undefined {
  return value === undefined ? undefined : value.toLocaleString("en-US");
}
