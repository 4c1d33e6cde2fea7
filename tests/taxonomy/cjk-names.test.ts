/**
 * Leaders named in Chinese and Japanese (Now 新聞, 318; 越南通讯社, 319,
 * blind-vnru-22): the scripts run words together, so a word ends where the
 * script changes and each Han character is a word, and the taxonomy spells the
 * leaders as Chinese and Japanese reports do. Checked on the real (reworded)
 * lines and on lines that share only characters with a name.
 */
import { describe, expect, it } from "vitest";
import { compileTaxonomy, tagArticle } from "../../src/taxonomy/tag-article.ts";
import { tokenize } from "../../src/taxonomy/tokenize.ts";
import { realTaxonomy } from "./fixtures.ts";

const matcher = compileTaxonomy(realTaxonomy());
const peopleOf = (...paragraphs: string[]): string[] =>
  tagArticle({ title: "", paragraphs, captions: [], excludedNames: [], date: "2025-09-30" }, matcher).people;

describe("words of scripts written without spaces", () => {
  it("makes each Han character a word and a run of kana one word, ending a sentence at `。`", () => {
    const tokens = tokenize(["普京表示。プーチン大統領は20日"]);
    expect(tokens.map((token) => token.text)).toEqual(["普", "京", "表", "示", "プーチン", "大", "統", "領", "は", "20", "日"]);
    expect(tokens[4]?.sentence).toBe((tokens[0]?.sentence ?? 0) + 1);
  });
});

describe("leaders named in Chinese and Japanese", () => {
  it("tags Putin, Tô Lâm, Chính, Trọng and Mẫn from a Hong Kong report's Chinese", () => {
    expect(
      peopleOf(
        "这是普京第五次访问越南,访问期间他还与总理范明正、越共总书记阮富仲以及越南国会主席陈青敏举行会谈。苏林则表示,越方高度重视同俄罗斯的全面战略伙伴关系。",
      ).sort(),
    ).toEqual(["nguyen-phu-trong", "pham-minh-chinh", "to-lam", "tran-thanh-man", "vladimir-putin"]);
  });

  it("tags Tô Lâm and Volodin in a caption's words, and Putin and Tô Lâm in katakana", () => {
    expect(peopleOf("越共中央总书记苏林会见俄罗斯国家杜马主席维亚切斯拉夫·沃洛金。").sort()).toEqual(["to-lam", "vyacheslav-volodin"]);
    expect(peopleOf("ロシアのプーチン大統領は20日、ベトナムの首都ハノイでトー・ラム国家主席と会談を行った。").sort()).toEqual([
      "to-lam",
      "vladimir-putin",
    ]);
  });

  it("does not tag a line that shares only characters with a name", () => {
    expect(peopleOf("普通话在京都很流行,苏州的林业也很发达。")).toEqual([]);
    expect(peopleOf("ラムネを飲んだ。")).toEqual([]);
  });
});
