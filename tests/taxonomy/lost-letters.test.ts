import { describe, expect, it } from "vitest";
import { lostAsQuestionMarks, lostExtendedLetter, withQuestionMarks, withoutExtendedLetters } from "../../src/taxonomy/lost-letters.ts";

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

describe("lostAsQuestionMarks", () => {
  it("knows a word whose every letter outside ASCII the copy wrote `?` (blind-vnru-17, 262)", () => {
    expect(withQuestionMarks("Dũng")).toBe("d?ng");
    expect(withQuestionMarks("Tan")).toBeUndefined();
    expect(lostAsQuestionMarks("nguy?n", "nguyễn")).toBe(true);
    expect(lostAsQuestionMarks("t?n", "tấn")).toBe(true);
  });

  it("refuses a word that differs otherwise, or one that lost only some of them", () => {
    expect(lostAsQuestionMarks("d?ng", "dung")).toBe(false);
    expect(lostAsQuestionMarks("v?n", "tấn")).toBe(false);
    expect(lostAsQuestionMarks("th?ưng", "thưởng")).toBe(false);
  });
});
