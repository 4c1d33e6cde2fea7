/**
 * The whole report of a bench run, for the terminal and as Markdown for
 * docs/performance.md: the same figures, the Markdown with the command line,
 * date and commit that a reader of the docs needs to trust them.
 */
import { growthLines, resultsTable, targetLines, verifyLines, type SizeResult } from "./bench-report.ts";

export interface ReportParts {
  /** The options as given after `npm run bench --`. */
  args: readonly string[];
  runs: number;
  /** `YYYY-MM-DD`. */
  date: string;
  commit?: { hash: string; dirty: boolean };
  /** `formatMachine`'s two lines. */
  machine: string;
  /** `formatLoad`'s line. */
  load: string;
  results: readonly SizeResult[];
  notes: readonly string[];
}

/** What each row means, below the table. */
export const LEGEND = [
  "ours, cold: empty entries, cache and site. Cold, cache kept: the built archive's entries and cache, its site removed",
  "(a fresh checkout with its cache restored). Hugo: `hugo` on the same entries. Hugo + Pagefind: Hugo, then Pagefind",
  "over Hugo's article pages (render = Hugo, search index = Pagefind). The rebuilds start from the built archive:",
  "+ newest article (dated after every other), + article mid-archive (dated mid-range), + article in oldest year,",
  "one entry's tags edited (a person added by hand), one alias added (to people.yaml; re-tagged: entries changed).",
  "serve: save → reload: from saving an edited entry to the live-reload event of the page showing it.",
  "other: wall time the phases leave out. Peak memory: the sum over the whole process tree.",
];

const commitText = (commit: ReportParts["commit"]) =>
  commit === undefined ? "an unknown commit" : `commit \`${commit.hash}\`${commit.dirty ? " with uncommitted changes" : ""}`;

function closing(parts: ReportParts): string[] {
  const verified = verifyLines(parts.results);
  return [...growthLines(parts.results), ...targetLines(parts.results), ...(verified.length > 0 ? ["", ...verified] : [])];
}

export function terminalReport(parts: ReportParts, where: string): string {
  return [
    "",
    `news-archive bench: medians of ${parts.runs} run${parts.runs === 1 ? "" : "s"}; output on ${where}; ${commitText(parts.commit).replace(/`/g, "")}`,
    parts.machine,
    parts.load,
    "",
    resultsTable(parts.results),
    "",
    ...LEGEND,
    ...parts.notes,
    "",
    ...closing(parts),
  ].join("\n");
}

export function markdownReport(parts: ReportParts): string {
  const command = ["npm run bench", ...(parts.args.length > 0 ? ["--", ...parts.args] : [])].join(" ");
  const fence = (lines: readonly string[]) => (lines.length === 0 ? [] : ["```", ...lines, "```", ""]);
  return [
    `One run of \`${command}\` (medians of ${parts.runs} run${parts.runs === 1 ? "" : "s"}) on ${parts.date} at ${commitText(parts.commit)}; ${parts.load}.`,
    "",
    ...fence(parts.machine.split("\n")),
    resultsTable(parts.results),
    "",
    ...parts.notes.map((note) => `${note}  `),
    ...(parts.notes.length > 0 ? [""] : []),
    ...fence(closing(parts)),
  ].join("\n");
}
