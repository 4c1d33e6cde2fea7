/**
 * `lineKey` (line-shape.ts) reads most lines character by character: the key
 * must be exactly the one its definition (`foldedLineKey`) gives, for every
 * character it reads so and for any mix with those it leaves to the definition.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldedLineKey, lineKey, lineKeyByCharacter } from "../../src/ingest/line-shape.ts";

/** Every character below U+3000 with some neighbours, one at a time. */
const SINGLE_CHARACTERS = Array.from({ length: 0x3000 }, (_, code) => String.fromCharCode(code));

const PIECES = [
  ..."aZ09 .,-–—’“”|/\t\n",
  ..."ĐđđÀàẤấỆệİıßŉǅǈÆæØøŒœ",
  ..."ЁёЙйДж",
  "\u0301",
  "\u0308",
  "\u0307", // combining marks, left to the definition
  "Σ",
  "σ",
  "ς",
  "ΌΣΟΣ", // Greek, whose final sigma depends on the neighbours
  "\u2000",
  "\u2001",
  "\u00a0",
  "\u200b",
  "…",
  "\u{1d400}",
  "ﬁ",
  "Å",
  "Ω", // astral, compatibility and singleton decompositions
];

describe("lineKey", () => {
  it("is the definition's key for each character", () => {
    for (const character of SINGLE_CHARACTERS) {
      for (const line of [character, `A${character}b`, `${character}${character} x`])
        expect(lineKey(line), JSON.stringify(line)).toBe(foldedLineKey(line));
    }
  });

  it("is the definition's key for any mix of characters", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
        const line = pieces.join("");
        expect(lineKey(line)).toBe(foldedLineKey(line));
        // Joined without spaces (page-body.ts compares copies that lost theirs).
        const joined = lineKeyByCharacter(line, "");
        if (joined !== undefined) expect(joined).toBe(foldedLineKey(line).replace(/ /gu, ""));
      }),
      { numRuns: 5000 },
    );
  });

  it("reads Latin, Vietnamese and Cyrillic lines character by character", () => {
    for (const line of ["Thủ tướng Phạm Minh Chính — “Việt Nam”!", "Путин прибыл в Ханой", "PrimeMinister  Pham-Minh Chinh."]) {
      expect(lineKeyByCharacter(line)).toBe(foldedLineKey(line));
    }
    expect(lineKeyByCharacter("ΌΣΟΣ")).toBeUndefined();
  });
});
