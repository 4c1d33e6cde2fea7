import { describe, expect, it } from "vitest";
import { parseScenarios, planScenarios, SCENARIOS } from "../../bench/measure/scenarios.ts";

const withHugo = { available: true, why: "" };
const withoutHugo = { available: false, why: "Hugo skipped (--skip-hugo)" };

describe("parseScenarios", () => {
  it("keeps the bench's own order and drops repeats, whatever order they were given in", () => {
    expect(parseScenarios("serve-reload, add-middle,cold,add-middle")).toEqual(["cold", "add-middle", "serve-reload"]);
  });

  it("refuses an unknown name and lists the valid ones", () => {
    expect(() => parseScenarios("cold,warm")).toThrow(/unknown: warm; choose from cold, cold-cache, hugo, hugo\+pagefind, add-newest/);
    expect(() => parseScenarios(" , ")).toThrow(/choose from/);
  });
});

describe("planScenarios", () => {
  it("runs every scenario once per run, in the same order, with one Hugo build serving both Hugo columns", () => {
    const plan = planScenarios(SCENARIOS, 3, withHugo);
    expect(plan.runs).toHaveLength(3);
    for (const run of plan.runs) {
      expect(run).toEqual([
        "cold",
        "cold-cache",
        "hugo+pagefind",
        "add-newest",
        "add-middle",
        "add-oldest",
        "edit-tags",
        "add-alias",
        "serve-reload",
      ]);
    }
    expect(plan).toMatchObject({ setupBuild: false, snapshot: true, hugoContent: true, hugoShared: true, skipped: [] });
  });

  it("builds once unmeasured when a rebuild is wanted without the cold build", () => {
    const plan = planScenarios(["add-middle"], 2, withHugo);
    expect(plan.runs).toEqual([["add-middle"], ["add-middle"]]);
    expect(plan).toMatchObject({ setupBuild: true, snapshot: true, hugoContent: false });
  });

  it("needs neither a setup build nor a snapshot for the cold build alone", () => {
    expect(planScenarios(["cold"], 1, withHugo)).toMatchObject({
      runs: [["cold"]],
      setupBuild: false,
      snapshot: false,
      hugoContent: false,
    });
  });

  it("keeps Hugo alone as its own step when Hugo + Pagefind is not selected", () => {
    const plan = planScenarios(["cold", "hugo"], 1, withHugo);
    expect(plan.runs).toEqual([["cold", "hugo"]]);
    expect(plan.hugoShared).toBe(false);
  });

  it("skips the Hugo scenarios, saying why, when Hugo cannot run", () => {
    const plan = planScenarios(["cold", "hugo", "hugo+pagefind"], 1, withoutHugo);
    expect(plan.runs).toEqual([["cold"]]);
    expect(plan.skipped).toEqual([
      { scenario: "hugo", why: "Hugo skipped (--skip-hugo)" },
      { scenario: "hugo+pagefind", why: "Hugo skipped (--skip-hugo)" },
    ]);
    expect(plan.hugoContent).toBe(false);
  });
});
