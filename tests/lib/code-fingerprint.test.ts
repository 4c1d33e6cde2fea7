import { describe, expect, it } from "vitest";
import { codeFingerprint } from "../../src/build/code-fingerprint.ts";
import { rulesFingerprint } from "../../src/ingest/rules-fingerprint.ts";
import { compiledCode } from "../../src/lib/code-fingerprint.ts";

const rule = `
/** Finds the byline. */
export function byline(line: string): string | undefined {
  // "By Name" at the start of a line.
  return /^By (.+)$/.exec(line)?.[1];
}
`;

describe("code fingerprints", () => {
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

  it("the rules' is sixteen hex digits, the rendering code's a full digest, each the same on every call", () => {
    expect(rulesFingerprint()).toMatch(/^[a-f0-9]{16}$/);
    expect(rulesFingerprint()).toBe(rulesFingerprint());
    expect(codeFingerprint()).toMatch(/^[a-f0-9]{64}$/);
  });
});
