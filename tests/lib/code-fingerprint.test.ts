import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { codeFingerprint } from "../../src/build/code-fingerprint.ts";
import { rulesFingerprint } from "../../src/ingest/rules-fingerprint.ts";
import { compiledCode, fingerprintOf, memoFileOf } from "../../src/lib/code-fingerprint.ts";

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

describe("the memo of compiled digests", () => {
  const withModule = (text: string, run: (dir: string, file: string) => void) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "fingerprint-"));
    try {
      const file = path.join(dir, "byline.ts");
      writeFileSync(file, text);
      run(dir, file);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it("gives the fingerprint computed without it, on a miss, a hit, and a memo that does not read", () => {
    withModule(rule, (dir, file) => {
      const memo = memoFileOf(dir, "rules-code");
      const plain = fingerprintOf([file], dir);
      expect(fingerprintOf([file], dir, memo)).toBe(plain);
      expect(Object.keys(JSON.parse(readFileSync(memo, "utf8")).digests)).toHaveLength(1);
      expect(fingerprintOf([file], dir, memo)).toBe(plain);
      writeFileSync(memo, "{ not json");
      expect(fingerprintOf([file], dir, memo)).toBe(plain);
    });
  });

  it("follows an edit of the code, and ignores an edit of a comment", () => {
    withModule(rule, (dir, file) => {
      const memo = memoFileOf(dir, "rules-code");
      const before = fingerprintOf([file], dir, memo);
      writeFileSync(file, rule.replace("Finds the byline.", "The writer's name."));
      expect(fingerprintOf([file], dir, memo)).toBe(before);
      writeFileSync(file, rule.replace("^By (.+)$", "^By:? (.+)$"));
      expect(fingerprintOf([file], dir, memo)).not.toBe(before);
      // Only what the last fingerprint used is kept.
      expect(Object.keys(JSON.parse(readFileSync(memo, "utf8")).digests)).toHaveLength(1);
    });
  });
});
