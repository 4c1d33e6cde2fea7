import { describe, expect, it } from "vitest";
import { lostExtendedLetter, withoutExtendedLetters } from "../../src/taxonomy/lost-letters.ts";

describe("withoutExtendedLetters", () => {
  it("drops the Latin Extended Additional letters and keeps ô, â, ê, ơ, ư, đ and Latin-1", () => {
    expect(withoutExtendedLetters("Lịch")).toBe("lch");
    expect(withoutExtendedLetters("Trọng")).toBe("trng");
    expect(withoutExtendedLetters("Nguyễn")).toBe("nguyn");
    expect(withoutExtendedLetters("Xuân Đức Thưởng")).toBe("xuân đc thưng");
    expect(withoutExtendedLetters("Phú Chính")).toBe("phú chính");
  });

  it("reads a decomposed word as its composed letters", () => {
    expect(withoutExtendedLetters("Lịch".normalize("NFD"))).toBe("lch");
  });
});

describe("lostExtendedLetter", () => {
  it("knows a word that lost its one such letter", () => {
    expect(lostExtendedLetter("lch", "lịch")).toBe(true);
    expect(lostExtendedLetter("mn", "mẫn")).toBe(true);
  });

  it("refuses a word that differs otherwise, or a word without such a letter", () => {
    expect(lostExtendedLetter("lc", "lịch")).toBe(false);
    expect(lostExtendedLetter("lich", "lịch")).toBe(false);
    expect(lostExtendedLetter("xuan", "xuân")).toBe(false);
    expect(lostExtendedLetter("phu", "phú")).toBe(false);
  });
});
