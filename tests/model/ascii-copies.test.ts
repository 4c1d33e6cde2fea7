import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asciiCopiesOf, foldQuery, needsAsciiCopy, stripCombiningMarks } from "../../src/model/ascii-copies.ts";
import { foldDiacritics } from "../../src/taxonomy/fold-diacritics.ts";

describe("needsAsciiCopy", () => {
  it("is true for words with a letter Pagefind cannot fold (no Unicode decomposition)", () => {
    expect(needsAsciiCopy("Đặng")).toBe(true);
    expect(needsAsciiCopy("đường")).toBe(true);
    expect(needsAsciiCopy("Łódź")).toBe(true);
  });

  it("is false for words whose marks decompose, and for plain words", () => {
    expect(needsAsciiCopy("Chính")).toBe(false);
    expect(needsAsciiCopy("Mẫn")).toBe(false);
    expect(needsAsciiCopy("Khôi")).toBe(false);
    expect(needsAsciiCopy("Moscow")).toBe(false);
  });

  it("answers an ASCII word as the full rule would, without normalising it", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."abcXYZ09-' ") }), (word) => {
        expect(needsAsciiCopy(word)).toBe(stripCombiningMarks(word) !== foldDiacritics(word));
      }),
    );
  });

  it("agrees with what stripping combining marks leaves", () => {
    expect(stripCombiningMarks("Đặng")).toBe("Đang");
    expect(stripCombiningMarks("Phạm Minh Chính")).toBe("Pham Minh Chinh");
  });
});

describe("asciiCopiesOf", () => {
  it("copies the đ word of the seed line that names Đặng Minh Khôi, and nothing else of it", () => {
    const line =
      "In a recent interview granted to a Vietnam News Agency correspondent in Moscow, Vietnamese Ambassador to Russia Đặng Minh Khôi highlighted the significance of the visit";
    expect(asciiCopiesOf(line)).toEqual(["Dang"]);
  });

  it("finds nothing to copy in a seed line whose diacritics all decompose", () => {
    expect(asciiCopiesOf("Prime Minister Phạm Minh Chính on Tuesday welcomed his Russian counterpart Mikhail Mishustin")).toEqual([]);
    expect(asciiCopiesOf("National Assembly Chairman Trần Thanh Mẫn made an official visit to Russia")).toEqual([]);
  });

  it("keeps each word once, case-insensitively, in order of first appearance", () => {
    expect(asciiCopiesOf("Đảng, đảng và Nhà nước; Đà Nẵng; ĐẢNG")).toEqual(["Dang", "Da"]);
  });

  it("handles text written decomposed (NFD) like composed text", () => {
    expect(asciiCopiesOf("Đặng Minh Khôi".normalize("NFD"))).toEqual(["Dang"]);
  });

  it("copies other undecomposable letters too", () => {
    expect(asciiCopiesOf("Ørsted in Łódź, Straße")).toEqual(["Orsted", "Lodz", "Strasse"]);
  });
});

describe("foldQuery", () => {
  it("folds whole words that have an unfoldable letter, and leaves the rest to Pagefind", () => {
    expect(foldQuery("Đặng Minh Khôi")).toBe("Dang Minh Khôi");
    expect(foldQuery("đặng")).toBe("dang");
    expect(foldQuery("Chính")).toBe("Chính");
    expect(foldQuery("Dang Minh Khoi")).toBe("Dang Minh Khoi");
  });
});

describe("the browser script's foldQuery (templates/assets/search.js)", () => {
  const scriptUrl = new URL("../../templates/assets/search.js", import.meta.url).href;
  const load = async () => (await import(scriptUrl)) as { foldQuery: (query: string) => string };

  it("folds the seed names as the build's copies are made", async () => {
    const { foldQuery: browserFold } = await load();
    expect(browserFold("Đặng Minh Khôi")).toBe("Dang Minh Khôi");
    expect(browserFold("phạm minh chính")).toBe("phạm minh chính");
  });

  it("agrees with the Node rule on any text made of Vietnamese and European letters", async () => {
    const { foldQuery: browserFold } = await load();
    const letters = [..."aăâbcdđeêghiklmnoôơpqrstuưvxyĐÀÁẢÃẠẶẪỘỮỰøØłŁæÆœßþðıħ ,.-'’"];
    const text = fc.array(fc.constantFrom(...letters), { maxLength: 40 }).map((chars) => chars.join(""));
    fc.assert(
      fc.property(text, fc.boolean(), (value, decompose) => {
        const input = decompose ? value.normalize("NFD") : value;
        expect(browserFold(input)).toBe(foldQuery(input));
      }),
    );
  });
});
