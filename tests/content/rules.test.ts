import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { problem } from "../../src/content/problems.ts";
import { RULES, type RuleId } from "../../src/content/rules.ts";

describe("the one list of content rules", () => {
  it("is the table the README documents, rule by rule, with the same severities", () => {
    const readme = readFileSync("README.md", "utf8");
    const documented = [...readme.matchAll(/^\| `([a-z-]+)` \| (error|warning) \| (.+) \|$/gm)].map(([, id, severity, summary]) => ({
      id,
      severity,
      summary,
    }));
    expect(documented).toEqual(Object.entries(RULES).map(([id, rule]) => ({ id, severity: rule.severity, summary: rule.summary })));
  });

  it("gives every problem its rule's severity", () => {
    for (const id of Object.keys(RULES) as RuleId[]) {
      expect(problem(id, "a.txt", "x")).toEqual({ rule: id, severity: RULES[id].severity, file: "a.txt", message: "x" });
    }
  });
});
