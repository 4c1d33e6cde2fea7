import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldDiacritics } from "../../src/taxonomy/fold-diacritics.ts";

describe("foldDiacritics", () => {
  it("folds Vietnamese names from the seeds, đ included", () => {
    expect(foldDiacritics("Tô Lâm")).toBe("To Lam");
    expect(foldDiacritics("Phạm Minh Chính")).toBe("Pham Minh Chinh");
    expect(foldDiacritics("Trần Thanh Mẫn")).toBe("Tran Thanh Man");
    expect(foldDiacritics("Đặng Minh Khôi")).toBe("Dang Minh Khoi");
    expect(foldDiacritics("HÀ NỘI — Việt Nam")).toBe("HA NOI — Viet Nam");
  });

  it("treats decomposed (NFD) text like composed text", () => {
    const decomposed = "Lương Cường".normalize("NFD");
    expect(decomposed).not.toBe("Lương Cường");
    expect(foldDiacritics(decomposed)).toBe("Luong Cuong");
  });

  it("folds letters that have no decomposition", () => {
    expect(foldDiacritics("Ørsted Łódź Æsir straße")).toBe("Orsted Lodz AEsir strasse");
  });

  it("leaves punctuation, digits and other scripts alone", () => {
    expect(foldDiacritics("Mishustin’s visit (14–15 January 2025)")).toBe("Mishustin’s visit (14–15 January 2025)");
    expect(foldDiacritics("Мишустин")).toBe("Мишустин");
  });

  describe("properties", () => {
    const anyText = fc.string({ unit: "binary", maxLength: 60 });
    const vietnameseText = fc.string({
      unit: fc.constantFrom(..."aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ-’"),
      maxLength: 40,
    });

    it("is idempotent", () => {
      fc.assert(fc.property(anyText, (text) => foldDiacritics(foldDiacritics(text)) === foldDiacritics(text)));
    });

    it("leaves no combining marks and no đ", () => {
      fc.assert(fc.property(fc.oneof(anyText, vietnameseText), (text) => !/[\p{M}đĐ]/u.test(foldDiacritics(text))));
    });

    it("folds Vietnamese text to ASCII", () => {
      fc.assert(fc.property(vietnameseText, (text) => /^[\x20-\x7e’]*$/.test(foldDiacritics(text))));
    });

    it("leaves ASCII unchanged", () => {
      fc.assert(fc.property(fc.string({ unit: "binary-ascii" }), (text) => foldDiacritics(text) === text));
    });

    it("never grows a code point into more than two", () => {
      fc.assert(fc.property(anyText, (text) => [...foldDiacritics(text)].length <= 2 * [...text].length));
    });

    it("returns NFC", () => {
      fc.assert(fc.property(anyText, (text) => foldDiacritics(text) === foldDiacritics(text).normalize("NFC")));
    });
  });
});
