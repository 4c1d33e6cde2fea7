import { describe, expect, it } from "vitest";
import { compiledCode, rulesFingerprint } from "../../src/ingest/rules-fingerprint.ts";

const rule = `
/** Finds the byline. */
export function byline(line: string): string | undefined {
  // "By Name" at the start of a line.
  return /^By (.+)$/.exec(line)?.[1];
}
`;

describe("the rules' fingerprint", () => {
  it("ignores comments, layout and types", () => {
    const reworded = rule
      .replace("/** Finds the byline. */", "/** The writer's name, from a byline. */")
      .replace('  // "By Name" at the start of a line.\n', "")
      .replace("(line: string): string | undefined", "(line: string)")
      .replace(/\n {2}/g, "\n\t\t");
    expect(compiledCode(reworded)).toBe(compiledCode(rule));
  });

  it("changes with what the code does", () => {
    expect(compiledCode(rule.replace("^By (.+)$", "^By:? (.+)$"))).not.toBe(compiledCode(rule));
  });

  it("is sixteen hex digits, the same on every call", () => {
    expect(rulesFingerprint()).toMatch(/^[a-f0-9]{16}$/);
    expect(rulesFingerprint()).toBe(rulesFingerprint());
  });
});
