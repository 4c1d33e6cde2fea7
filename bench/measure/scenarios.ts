/**
 * What `npm run bench` measures, and in which order. Each run of the bench does
 * every selected scenario once, in the same order, so that a busy spell of the
 * (shared) machine slows every scenario of that run alike; the report takes
 * medians over the runs.
 */

export const SCENARIOS = [
  "cold",
  "cold-cache",
  "hugo",
  "hugo+pagefind",
  "add-newest",
  "add-middle",
  "add-oldest",
  "edit-tags",
  "add-alias",
  "serve-reload",
] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** Rebuilds after adding one source, by where its date falls in the archive. */
export const ADD_SCENARIOS = ["add-newest", "add-middle", "add-oldest"] as const;
export type AddScenario = (typeof ADD_SCENARIOS)[number];

/** The scenarios that change the built archive and run `news-archive build` again. */
export const REBUILD_SCENARIOS = [...ADD_SCENARIOS, "edit-tags", "add-alias"] as const;
export type RebuildScenario = (typeof REBUILD_SCENARIOS)[number];

export const HUGO_SCENARIOS = ["hugo", "hugo+pagefind"] as const;

/** The first column of the report. */
export const SCENARIO_LABELS: Record<Scenario, string> = {
  cold: "ours, cold",
  "cold-cache": "ours, cold, cache kept",
  hugo: "Hugo",
  "hugo+pagefind": "Hugo + Pagefind",
  "add-newest": "ours, + newest article",
  "add-middle": "ours, + article mid-archive",
  "add-oldest": "ours, + article in oldest year",
  "edit-tags": "ours, one entry's tags edited",
  "add-alias": "ours, one alias added",
  "serve-reload": "serve: save → reload",
};

export const isRebuild = (scenario: Scenario): scenario is RebuildScenario => (REBUILD_SCENARIOS as readonly Scenario[]).includes(scenario);

export const isAdd = (scenario: Scenario): scenario is AddScenario => (ADD_SCENARIOS as readonly Scenario[]).includes(scenario);

const isHugo = (scenario: Scenario) => (HUGO_SCENARIOS as readonly Scenario[]).includes(scenario);

/**
 * `--scenarios cold,add-middle`: the names, checked, in the bench's own order
 * (whatever order they were given in) without repeats. Throws with the list of
 * valid names on an unknown one.
 */
export function parseScenarios(value: string): Scenario[] {
  const names = value
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "");
  const unknown = names.filter((name) => !(SCENARIOS as readonly string[]).includes(name));
  if (unknown.length > 0 || names.length === 0) {
    throw new Error(`${unknown.length > 0 ? `unknown: ${unknown.join(", ")}; ` : ""}choose from ${SCENARIOS.join(", ")}`);
  }
  return SCENARIOS.filter((scenario) => names.includes(scenario));
}

export interface ScenarioPlan {
  /** Per run, the scenarios to measure, in order. */
  runs: Scenario[][];
  /**
   * Build cold once, unmeasured, before the first run: the rebuilds, `serve`
   * and Hugo need a built archive (or its entries) and `cold` is not selected.
   * When it is, its first run's build is that archive.
   */
  setupBuild: boolean;
  /** Keep a snapshot of the built archive to start every rebuild and `serve` from. */
  snapshot: boolean;
  /** Convert the entries to Hugo content once, after the first build. */
  hugoContent: boolean;
  /**
   * `hugo+pagefind` is measured, and its Hugo build is the `hugo` sample too:
   * one Hugo build per run, its time alone for `hugo`, and with Pagefind's
   * after it for `hugo+pagefind` (the rebuilds' ratios need Hugo's figure).
   */
  hugoShared: boolean;
  /** Selected but not measured, with why. */
  skipped: Array<{ scenario: Scenario; why: string }>;
}

/** `hugo.available` is false when Hugo is not installed or `--skip-hugo` was given; `hugo.why` says which. */
export function planScenarios(selected: readonly Scenario[], runs: number, hugo: { available: boolean; why: string }): ScenarioPlan {
  const skipped = hugo.available ? [] : selected.filter(isHugo).map((scenario) => ({ scenario, why: hugo.why }));
  const measured = SCENARIOS.filter((scenario) => selected.includes(scenario) && !skipped.some((skip) => skip.scenario === scenario));
  const hugoShared = measured.includes("hugo+pagefind");
  // The `hugo` step is then the Hugo half of `hugo+pagefind`: no second Hugo build.
  const perRun = hugoShared ? measured.filter((scenario) => scenario !== "hugo") : measured;
  const needsArchive = measured.some((scenario) => scenario !== "cold");
  return {
    runs: Array.from({ length: runs }, () => [...perRun]),
    setupBuild: needsArchive && !measured.includes("cold"),
    snapshot: measured.some((scenario) => isRebuild(scenario) || scenario === "serve-reload" || scenario === "cold-cache"),
    hugoContent: measured.some(isHugo),
    hugoShared,
    skipped,
  };
}
