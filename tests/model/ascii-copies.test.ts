import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asciiCopiesOf, foldQuery, needsAsciiCopy, stripCombiningMarks, wordsWithNonAscii } from "../../src/model/ascii-copies.ts";
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

describe("wordsWithNonAscii", () => {
  // What the rule did before it looked for non-ASCII characters first: every word, then the non-ASCII ones.
  const everyWordThenFiltered = (text: string) =>
    [...text.matchAll(/[\p{L}\p{M}]+/gu)].map((match) => match[0]).filter((word) => !/^[\x00-\x7f]*$/.test(word));

  it("finds the words every word's match would, in order: diacritics at either end, marks written apart, astral letters", () => {
    const texts = [
      "Thủ tướng Phạm Minh Chính gặp Đặng Minh Khôi tại Hà Nội.",
      "Đ xĐ Đx café-Đặng naïve, e\u0301 and a\u0301b",
      "𝒜Đ𝒜 𝐀bc 😀Đ — «Путин» и Лавров; ２０２４年",
      "lone \ud835 and \udc00 halves, x\ud835 \udc00y",
      "\u0300\u0301 marks alone, Ä̈x, and plain ASCII words only",
      "",
    ];
    for (const text of texts) expect([...wordsWithNonAscii(text)]).toEqual(everyWordThenFiltered(text));
  });

  it("agrees with every word's match on any text of Latin, Vietnamese, Cyrillic, astral letters, marks and punctuation", () => {
    const pieces = ["a", "Z", "đ", "Đ", "ặ", "е", "Л", "\u0301", "𝒜", "😀", " ", "-", "—", ".", "1", "\ud835", "\udc00"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        expect([...wordsWithNonAscii(text)]).toEqual(everyWordThenFiltered(text));
      }),
      { numRuns: 500 },
    );
  });

  it("takes no word that is ASCII only", () => {
    expect([...wordsWithNonAscii("Pham Minh Chinh met Sergey Lavrov in Moscow")]).toEqual([]);
  });

  it("reads a long line of mixed words in linear time", () => {
    const line = "Đặng abc—é ".repeat(100_000);
    const started = performance.now();
    expect([...wordsWithNonAscii(line)].length).toBe(200_000);
    expect(performance.now() - started).toBeLessThan(2_000);
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
