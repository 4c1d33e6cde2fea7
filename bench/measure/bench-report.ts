/**
 * The bench's results as text: one table with our cold build, our rebuild after
 * one added article and Hugo's build for each archive size (medians of the runs),
 * the growth between sizes, and the targets of the speed-at-scale work.
 */
import { median, medianByKey, ratio } from "./stats.ts";
import { formatBytes, formatCount, formatDuration, formatRatio, formatTable, type Column } from "./table-format.ts";

export interface BuildSample {
  wallMs: number;
  /** Undefined where process memory cannot be sampled. */
  peakRssBytes?: number;
  /** Milliseconds per phase the build printed (`ingest`, `render`, `search-index`). */
  phases: Record<string, number>;
}

export interface SizeResult {
  /** Articles in the archive (the rebuild adds one). */
  n: number;
  cold: BuildSample[];
  rebuild: BuildSample[];
  /** Empty when Hugo was not run. */
  hugo: BuildSample[];
  pages: { cold?: number; rebuild?: number; hugo?: number };
}

export interface Summary {
  wallMs?: number;
  peakRssBytes?: number;
  phases: Record<string, number>;
}

export function summarise(samples: readonly BuildSample[]): Summary {
  const peaks = samples.flatMap((sample) => (sample.peakRssBytes === undefined ? [] : [sample.peakRssBytes]));
  return {
    wallMs: median(samples.map((sample) => sample.wallMs)),
    peakRssBytes: median(peaks),
    phases: medianByKey(samples.map((sample) => sample.phases)),
  };
}

/** The phases shown as columns, in build order. */
export const PHASES = ["ingest", "render", "search-index"] as const;

const COLUMNS: Column[] = [
  { header: "articles", align: "right" },
  { header: "build" },
  { header: "pages", align: "right" },
  { header: "ingest", align: "right" },
  { header: "render", align: "right" },
  { header: "search index", align: "right" },
  { header: "other", align: "right" },
  { header: "wall", align: "right" },
  { header: "peak memory", align: "right" },
  { header: "× Hugo", align: "right" },
];

function row(
  n: number,
  label: string,
  pages: number | undefined,
  summary: Summary,
  hugoWallMs: number | undefined,
): Array<string | undefined> {
  const phaseMs = PHASES.map((phase) => summary.phases[phase]);
  const known = phaseMs.filter((value): value is number => value !== undefined);
  // What the phases leave out: starting Node, feeds, sitemap, swapping the folder in.
  const other = summary.wallMs !== undefined && known.length > 0 ? Math.max(0, summary.wallMs - known.reduce((a, b) => a + b, 0)) : undefined;
  return [
    formatCount(n),
    label,
    formatCount(pages),
    ...phaseMs.map(formatDuration),
    formatDuration(other),
    formatDuration(summary.wallMs),
    formatBytes(summary.peakRssBytes),
    formatRatio(ratio(summary.wallMs, hugoWallMs)),
  ];
}

export function resultsTable(results: readonly SizeResult[]): string {
  const rows = results.flatMap((result) => {
    const cold = summarise(result.cold);
    const rebuild = summarise(result.rebuild);
    const hugo = summarise(result.hugo);
    const lines = [
      row(result.n, "ours, cold", result.pages.cold, cold, hugo.wallMs),
      row(result.n, "ours, +1 article", result.pages.rebuild, rebuild, hugo.wallMs),
    ];
    if (result.hugo.length > 0) lines.push(row(result.n, "Hugo", result.pages.hugo, hugo, hugo.wallMs));
    return lines;
  });
  return formatTable(COLUMNS, rows);
}

export interface Growth {
  from: number;
  to: number;
  ours?: number;
  hugo?: number;
}

/** How the cold build's time grows from the smallest archive to each larger one. */
export function growthOf(results: readonly SizeResult[]): Growth[] {
  const sorted = [...results].sort((a, b) => a.n - b.n);
  const smallest = sorted[0];
  if (!smallest) return [];
  return sorted.slice(1).map((result) => ({
    from: smallest.n,
    to: result.n,
    ours: ratio(summarise(result.cold).wallMs, summarise(smallest.cold).wallMs),
    hugo: ratio(summarise(result.hugo).wallMs, summarise(smallest.hugo).wallMs),
  }));
}

export function growthLines(results: readonly SizeResult[]): string[] {
  return growthOf(results).map(
    (growth) =>
      `growth ${formatCount(growth.from)} → ${formatCount(growth.to)} articles (${formatRatio(growth.to / growth.from)}): ` +
      `ours cold ${formatRatio(growth.ours) ?? "–"}` +
      (growth.hugo === undefined ? "" : `, Hugo ${formatRatio(growth.hugo)}`),
  );
}

export interface TargetCheck {
  what: string;
  limit: string;
  measured?: string;
  met?: boolean;
}

const GIB = 1024 ** 3;

/** The targets, measured on the largest archive of the run (they are set for 10,000 articles). */
export function targetChecks(results: readonly SizeResult[]): TargetCheck[] {
  const largest = [...results].sort((a, b) => b.n - a.n)[0];
  if (!largest) return [];
  const cold = summarise(largest.cold);
  const rebuild = summarise(largest.rebuild);
  const hugo = summarise(largest.hugo);
  const coldRatio = ratio(cold.wallMs, hugo.wallMs);
  const rebuildRatio = ratio(rebuild.wallMs, hugo.wallMs);
  const growth = growthOf(results).find((entry) => entry.to === largest.n);
  const peak = Math.max(cold.peakRssBytes ?? 0, rebuild.peakRssBytes ?? 0) || undefined;
  const check = (what: string, limit: string, value: number | undefined, max: number, shown: string | undefined): TargetCheck => ({
    what,
    limit,
    ...(value === undefined ? {} : { measured: shown, met: value <= max }),
  });
  // Close to linear: 10× the articles may take at most 11× the time.
  const sizeRatio = growth ? growth.to / growth.from : undefined;
  return [
    check("cold build", "≤ 2.00× Hugo", coldRatio, 2, formatRatio(coldRatio)),
    check("rebuild after one added article", "≤ 1.00× Hugo", rebuildRatio, 1, formatRatio(rebuildRatio)),
    growth && sizeRatio !== undefined
      ? check(
          `cold build growth ${formatCount(growth.from)} → ${formatCount(growth.to)}`,
          `≤ ${formatRatio(1.1 * sizeRatio)}`,
          growth.ours,
          1.1 * sizeRatio,
          formatRatio(growth.ours),
        )
      : { what: "cold build growth", limit: "≤ 1.1× the growth in articles (needs two sizes)" },
    check("peak memory", "≤ 1.00 GiB", peak, GIB, formatBytes(peak)),
  ];
}

export function targetLines(results: readonly SizeResult[]): string[] {
  const checks = targetChecks(results);
  if (checks.length === 0) return [];
  const verdict = (check: TargetCheck) => (check.met === undefined ? "n/a   " : check.met ? "met   " : "missed");
  return [
    `targets at ${formatCount(Math.max(...results.map((result) => result.n)))} articles:`,
    ...checks.map((check) => `  ${verdict(check)}  ${check.what}: ${check.measured ?? "not measured"} (target ${check.limit})`),
  ];
}
