import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SLUG_PATTERN, slugify, uniqueSlug } from "../../src/taxonomy/slugify.ts";

describe("slugify", () => {
  it("writes the seeds' names as folded ASCII slugs", () => {
    expect(slugify("Tô Lâm")).toBe("to-lam");
    expect(slugify("Phạm Minh Chính")).toBe("pham-minh-chinh");
    expect(slugify("Đặng Minh Khôi")).toBe("dang-minh-khoi");
    expect(slugify("Vladimir Putin")).toBe("vladimir-putin");
    expect(slugify("ĐẶNG MINH KHÔI")).toBe("dang-minh-khoi");
  });

  it("keeps topic names short and sane", () => {
    expect(slugify("Economy & Trade")).toBe("economy-trade");
    expect(slugify("Oil & Gas")).toBe("oil-gas");
    expect(slugify("Việt Nam–Russia relations: 75th anniversary")).toBe("viet-nam-russia-relations-75th-anniversary");
    expect(slugify("Mishustin’s visit")).toBe("mishustins-visit");
  });

  it("treats decomposed Unicode like composed", () => {
    expect(slugify("Trần Thanh Mẫn".normalize("NFD"))).toBe("tran-thanh-man");
  });

  it("transliterates other scripts", () => {
    expect(slugify("Мишустин")).toBe("mishustin");
  });

  it("returns an empty slug when nothing can be written in ASCII", () => {
    expect(slugify("— & —")).toBe("");
    expect(slugify("   ")).toBe("");
  });

  describe("properties", () => {
    const vietnameseLetters = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ";
    const latinText = fc.string({
      unit: fc.constantFrom(...`${vietnameseLetters}${vietnameseLetters.toUpperCase()}0123456789 -–&'’.,:!?()`),
      maxLength: 40,
    });
    const anyText = fc.string({ unit: "binary", maxLength: 40 });

    it("is a valid slug or empty", () => {
      fc.assert(
        fc.property(fc.oneof(latinText, anyText), (text) => {
          const slug = slugify(text);
          return slug === "" || SLUG_PATTERN.test(slug);
        }),
      );
    });

    it("is empty exactly when the text has no ASCII-writable letter or digit (Latin text)", () => {
      fc.assert(fc.property(latinText, (text) => (slugify(text) === "") === !/[\p{L}\p{N}]/u.test(text)));
    });

    it("is idempotent", () => {
      fc.assert(fc.property(fc.oneof(latinText, anyText), (text) => slugify(slugify(text)) === slugify(text)));
    });

    it("ignores case and diacritics", () => {
      fc.assert(
        fc.property(latinText, (text) => {
          const plain = text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
          return slugify(text.toUpperCase()) === slugify(text.toLowerCase()) && slugify(plain) === slugify(text);
        }),
      );
    });
  });
});

describe("uniqueSlug", () => {
  it("keeps a free slug", () => {
    expect(uniqueSlug("to-lam", new Set(["vladimir-putin"]))).toBe("to-lam");
  });

  it("numbers collisions from 2, skipping taken numbers", () => {
    expect(uniqueSlug("to-lam", new Set(["to-lam"]))).toBe("to-lam-2");
    expect(uniqueSlug("to-lam", new Set(["to-lam", "to-lam-2", "to-lam-3"]))).toBe("to-lam-4");
  });

  it("refuses a base that is not a slug, so callers handle the empty case", () => {
    expect(() => uniqueSlug("", new Set())).toThrow(RangeError);
    expect(() => uniqueSlug("Tô Lâm", new Set())).toThrow(RangeError);
  });

  it("never returns a taken slug and always a valid one", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<string>("a", "to-lam", "x-2"),
        fc.uniqueArray(fc.constantFrom<string>("a", "a-2", "a-3", "to-lam", "to-lam-2", "x-2", "x-2-2"), { maxLength: 7 }),
        (base, taken) => {
          const slug = uniqueSlug(base, new Set(taken));
          return !taken.includes(slug) && SLUG_PATTERN.test(slug) && slug.startsWith(base);
        },
      ),
    );
  });
});
