/**
 * Leaders named in Korean (오피니언뉴스, blind-vnru-20, 305): Hangul has no
 * capitals, so its words count as a name's words do, and the taxonomy spells
 * the leaders as a Korean report does. Checked on the real (reworded) lines and
 * on a line that only shares a syllable with a name.
 */
import { describe, expect, it } from "vitest";
import { compileTaxonomy, tagArticle } from "../../src/taxonomy/tag-article.ts";
import { tokenize } from "../../src/taxonomy/tokenize.ts";
import { realTaxonomy } from "./fixtures.ts";

const matcher = compileTaxonomy(realTaxonomy());
const peopleOf = (...paragraphs: string[]): string[] =>
  tagArticle({ title: "", paragraphs, captions: [], excludedNames: [], date: "2024-06-20" }, matcher).people;

describe("leaders named in Korean", () => {
  it("counts a Hangul word as a name's word (no capitals to look for)", () => {
    expect(tokenize(["응우옌 푸 쫑 서기장"]).map((token) => token.capitalised)).toEqual([true, true, true, true]);
  });

  it("tags Trọng, Chính and Mẫn from their Korean names", () => {
    expect(
      peopleOf(
        "이어 자신을 공식 초청한 응우옌 푸 쫑 베트남 공산당 서기장과 회담하고, 베트남 권력 서열 4위 안에 드는 팜 민 찐 총리, 쩐 타인 만 국회의장 등과도 만날 예정이라고 현지언론은 전했다.",
      ).sort(),
    ).toEqual(["nguyen-phu-trong", "pham-minh-chinh", "tran-thanh-man"]);
  });

  it("does not tag a line that shares only a syllable with a name", () => {
    expect(peopleOf("민 총리는 만 명의 시민과 만났다.")).toEqual([]);
  });
});
