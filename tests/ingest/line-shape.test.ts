/**
 * hasAtMostWords counts word breaks character by character; it must answer as
 * counting the matches of its pattern (WORD_BREAK) does, for every limit.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasAtMostWords, WORD_BREAK } from "../../src/ingest/line-shape.ts";

/** The answer by the pattern, as hasAtMostWords gave it before it counted by hand. */
function byPattern(line: string, limit: number): boolean {
  const trimmed = line.trim();
  if (trimmed === "") return true;
  const pattern = new RegExp(WORD_BREAK.source, WORD_BREAK.flags);
  for (let count = 1; pattern.exec(trimmed) !== null; count += 1) if (count >= limit) return false;
  return true;
}

/** Spaces of every kind, Chinese and Japanese, Latin, Cyrillic, Vietnamese, emoji (above U+FFFF) and a lone surrogate. */
const PIECES = [
  " ",
  "  ",
  "\t",
  "\n",
  "\u00a0",
  "\u3000",
  "\u2009",
  "\ufeff",
  "中",
  "国",
  "ひ",
  "カ",
  "a",
  "Bộ",
  "ц",
  "1",
  ".",
  "😀",
  "𠀀",
  "\ud800",
  "-",
];
const lines = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(""));

describe("hasAtMostWords", () => {
  it("answers as counting the breaks of its pattern does", () => {
    fc.assert(
      fc.property(lines, fc.integer({ min: -1, max: 12 }), (line, limit) => {
        expect(hasAtMostWords(line, limit)).toBe(byPattern(line, limit));
      }),
      { numRuns: 3000 },
    );
  });

  it("counts two characters of a script without spaces as a word each", () => {
    expect(hasAtMostWords("为推动越俄合作", 4)).toBe(true);
    expect(hasAtMostWords("为推动越俄合作", 3)).toBe(false);
    expect(hasAtMostWords("one two  three", 3)).toBe(true);
    expect(hasAtMostWords("one two  three", 2)).toBe(false);
  });
});
