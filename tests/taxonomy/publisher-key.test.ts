import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { keptAsciiCount, mayHaveKeyWithin, publisherKey, unicodePublisherKey } from "../../src/taxonomy/publisher-key.ts";

/** Texts mixing ASCII, Vietnamese and Cyrillic letters, marks, spaces, punctuation and characters that fold to ASCII. */
const mixedText = fc
  .array(fc.constantFrom(..."aZ09. ,-|–ĐđáẢả\u0301Кк\u212A\u017FİṩÆ\u00A0\t/()".split("")), { maxLength: 40 })
  .map((characters) => characters.join(""));

describe("publisherKey", () => {
  it("keys ASCII text (in one pass) as the four Unicode passes do", () => {
    const ascii = fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code)), maxLength: 40 });
    fc.assert(
      fc.property(fc.oneof(ascii, mixedText), (text) => {
        expect(publisherKey(text)).toBe(unicodePublisherKey(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("mayHaveKeyWithin", () => {
  it("never rules out a text whose key is within the limit", () => {
    fc.assert(
      fc.property(mixedText, fc.integer({ min: -1, max: 30 }), (text, limit) => {
        if (keptAsciiCount(publisherKey(text)) <= limit) expect(mayHaveKeyWithin(text, limit)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("rules out a paragraph when compared with a short name", () => {
    expect(
      mayHaveKeyWithin("Prime Minister Pham Minh Chinh met the delegation in Hanoi on Monday.", keptAsciiCount(publisherKey("Thanh Hà"))),
    ).toBe(false);
    expect(mayHaveKeyWithin("THANH HÀ |", keptAsciiCount(publisherKey("Thanh Hà")))).toBe(true);
  });
});
