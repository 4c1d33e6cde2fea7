/**
 * The bench's results as text: one table with every measured scenario for each
 * archive size (medians of the runs, with ratios to Hugo and to Hugo +
 * Pagefind), the growth between sizes, the targets, and what the equality
 * check found.
 */
import { SCENARIO_LABELS, SCENARIOS, type Scenario } from "./scenarios.ts";
import { median, medianByKey, ratio } from "./stats.ts";
import { formatBytes, formatCount, formatDuration, formatRatio, formatTable, type Column } from "./table-format.ts";

export interface BuildSample {
  wallMs: number;
  /** Undefined where process memory cannot be sampled. */
  peakRssBytes?: number;
  /**
   * Milliseconds per phase: what our build printed (`ingest`, `render`,
   * `search-index`); for Hugo + Pagefind, Hugo's build as `render` and
   * Pagefind's as `search-index`.
   */
  phases: Record<string, number>;
}

/** The alias `add-alias` gave a person, and what it changed. */
export interface AliasChange {
  alias: string;
  person: string;
  /** Sources that print the alias (synth's manifest). */
  sources: number;
  /** Entries whose text (stamps aside) the rebuild changed. */
  retagged?: number;
}

export interface SizeResult {
  /** Articles in the archive (the add scenarios add one). */
  n: number;
  samples: Partial<Record<Scenario, BuildSample[]>>;
  /** Pages (`.html` files) of the first run's site. */
  pages: Partial<Record<Scenario, number>>;
  alias?: AliasChange;
  /** `--verify`: per rebuild scenario, the files that differ from a cold build of the same inputs (empty: none). */
  verify: Partial<Record<Scenario, { files: number; differences: string[] }>>;
  /** `--verify`: whether the built archive every rebuild started from was unchanged at the end. */
  snapshotIntact?: boolean;
}

export interface Summary {
  wallMs?: number;
  peakRssBytes?: number;
  phases: Record<string, number>;
}

export function summarise(samples: readonly BuildSample[] = []): Summary {
  const peaks = samples.flatMap((sample) => (sample.peakRssBytes === undefined ? [] : [sample.peakRssBytes]));
  return {
    wallMs: median(samples.map((sample) => sample.wallMs)),
    peakRssBytes: median(peaks),
    phases: medianByKey(samples.map((sample) => sample.phases)),
  };
}

/** Hugo and Hugo + Pagefind as sequential runs: times add up, the peak is the larger one. */
export function sequentialSample(first: BuildSample, second: BuildSample, names: [string, string]): BuildSample {
  const peaks = [first.peakRssBytes, second.peakRssBytes].filter((peak): peak is number => peak !== undefined);
  return {
    wallMs: first.wallMs + second.wallMs,
    ...(peaks.length > 0 ? { peakRssBytes: Math.max(...peaks) } : {}),
    phases: { [names[0]]: first.wallMs, [names[1]]: second.wallMs },
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
  { header: "× Hugo + Pagefind", align: "right" },
];

/** The first column's text: the scenario, and for the alias how many entries it re-tagged. */
export function scenarioLabel(scenario: Scenario, alias?: AliasChange): string {
  const label = SCENARIO_LABELS[scenario];
  return scenario === "add-alias" && alias?.retagged !== undefined ? `${label} (${formatCount(alias.retagged)} re-tagged)` : label;
}

function row(result: SizeResult, scenario: Scenario, hugo: Summary, hugoPagefind: Summary): Array<string | undefined> {
  const summary = summarise(result.samples[scenario]);
  const phaseMs = PHASES.map((phase) => summary.phases[phase]);
  const known = phaseMs.filter((value): value is number => value !== undefined);
  // What the phases leave out: starting Node, feeds, sitemap, swapping the folder in.
  const other =
    summary.wallMs !== undefined && known.length > 0 ? Math.max(0, summary.wallMs - known.reduce((a, b) => a + b, 0)) : undefined;
  return [
    formatCount(result.n),
    scenarioLabel(scenario, result.alias),
    formatCount(result.pages[scenario]),
    ...phaseMs.map(formatDuration),
    formatDuration(other),
    formatDuration(summary.wallMs),
    formatBytes(summary.peakRssBytes),
    formatRatio(ratio(summary.wallMs, hugo.wallMs)),
    formatRatio(ratio(summary.wallMs, hugoPagefind.wallMs)),
  ];
}

export function resultsTable(results: readonly SizeResult[]): string {
  const rows = results.flatMap((result) => {
    const hugo = summarise(result.samples.hugo);
    const hugoPagefind = summarise(result.samples["hugo+pagefind"]);
    return SCENARIOS.filter((scenario) => (result.samples[scenario]?.length ?? 0) > 0).map((scenario) =>
      row(result, scenario, hugo, hugoPagefind),
    );
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
    ours: ratio(summarise(result.samples.cold).wallMs, summarise(smallest.samples.cold).wallMs),
    hugo: ratio(summarise(result.samples.hugo).wallMs, summarise(smallest.samples.hugo).wallMs),
  }));
}

export function growthLines(results: readonly SizeResult[]): string[] {
  return growthOf(results)
    .filter((growth) => growth.ours !== undefined || growth.hugo !== undefined)
    .map(
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

/** Our scenarios, whose memory the target bounds (serve included: an editor runs it for hours). */
const OURS: readonly Scenario[] = SCENARIOS.filter((scenario) => scenario !== "hugo" && scenario !== "hugo+pagefind");

/** The targets, judged on the largest archive of the run (they are set for 10,000 articles). */
export function targetChecks(results: readonly SizeResult[]): TargetCheck[] {
  const largest = [...results].sort((a, b) => b.n - a.n)[0];
  if (!largest) return [];
  const wall = (scenario: Scenario) => summarise(largest.samples[scenario]).wallMs;
  const coldRatio = ratio(wall("cold"), wall("hugo+pagefind"));
  const middleRatio = ratio(wall("add-middle"), wall("hugo"));
  const peaks = OURS.map((scenario) => summarise(largest.samples[scenario]).peakRssBytes).filter(
    (peak): peak is number => peak !== undefined,
  );
  const peak = peaks.length > 0 ? Math.max(...peaks) : undefined;
  const check = (what: string, limit: string, value: number | undefined, max: number, shown: string | undefined): TargetCheck => ({
    what,
    limit,
    ...(value === undefined ? {} : { measured: shown, met: value <= max }),
  });
  return [
    check("cold build", "≤ 1.50× Hugo + Pagefind", coldRatio, 1.5, formatRatio(coldRatio)),
    check("rebuild after one article added mid-archive", "≤ 0.50× Hugo", middleRatio, 0.5, formatRatio(middleRatio)),
    check("largest process tree of ours", "≤ 1.00 GiB", peak, GIB, formatBytes(peak)),
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

/**
 * One line on a rebuild's differences from its cold build: how many files, and
 * whether they are all in the search index (Pagefind's bundle), whose bytes
 * depend on the order it reads the pages in, or also pages and entries.
 */
export function differenceSummary(differences: readonly string[], shown = 4): string {
  // Lines read `site: differs pagefind/…` (see the bench's verify step).
  const inIndex = differences.filter((line) => /^site: \S+ pagefind\//.test(line));
  const where =
    inIndex.length === differences.length ? "all in the search index, site/pagefind/" : `${inIndex.length} of them in the search index`;
  const listed = differences.slice(0, shown).join(", ");
  return `${formatCount(differences.length)} file${differences.length === 1 ? "" : "s"} differ (${where}): ${listed}${differences.length > shown ? ", …" : ""}`;
}

/** `--verify`'s findings: per size and rebuild scenario, equal to the cold build or what differs. */
export function verifyLines(results: readonly SizeResult[]): string[] {
  const lines: string[] = [];
  for (const result of results) {
    for (const scenario of SCENARIOS) {
      const found = result.verify[scenario];
      if (!found) continue;
      const head = `${formatCount(result.n)} articles, ${SCENARIO_LABELS[scenario]}:`;
      if (found.differences.length === 0)
        lines.push(`  same     ${head} site and entries equal a cold build's, byte for byte (${formatCount(found.files)} files)`);
      else lines.push(`  DIFFERS  ${head} ${differenceSummary(found.differences)}`);
    }
    if (result.snapshotIntact === false) {
      lines.push(
        `  CHANGED  ${formatCount(result.n)} articles: the built archive the rebuilds start from changed during the bench; their figures are suspect`,
      );
    }
  }
  return lines.length === 0 ? [] : ["incremental build = cold build of the same inputs (--verify):", ...lines];
}
