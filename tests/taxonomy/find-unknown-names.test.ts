import { describe, expect, it } from "vitest";
import { compileTaxonomy, tagArticle } from "../../src/taxonomy/tag-article.ts";
import { paragraph, realTaxonomy } from "./fixtures.ts";

const matcher = compileTaxonomy(realTaxonomy());
const unknownIn = (text: string, excludedNames: string[] = []) => tagArticle(paragraph(text, { excludedNames }), matcher).unknownNames;

describe("unknown names", () => {
  it("finds a name after a role, foreign or Vietnamese", () => {
    // Names made up so that they stay unknown whatever editors add to the taxonomy.
    expect(unknownIn("Russian Ambassador to Vietnam Ivan Petrovsky attended the ceremony in Hà Nội.")).toEqual(["Ivan Petrovsky"]);
    expect(unknownIn("Foreign Minister Oleg Smirnovich and Deputy Prime Minister Trần Văn Tám held talks.")).toEqual([
      "Oleg Smirnovich",
      "Trần Văn Tám",
    ]);
    expect(
      unknownIn("Deputy Chairman of the Russian Federal Security Council Dmitry Medvedev and Chairman of the State Duma Pavel Orlovsky"),
    ).toEqual(["Pavel Orlovsky"]);
  });

  it("finds a Vietnamese name by its surname, with or without diacritics", () => {
    expect(unknownIn("The event was attended by Nguyễn Văn Tư and Pham Thi Thanh Nga.")).toEqual(["Nguyễn Văn Tư", "Pham Thi Thanh Nga"]);
  });

  it("returns each name once, spelled as in the text", () => {
    expect(unknownIn("Mr. Nikolai Petrovsky spoke. Later NIKOLAI PETROVSKY left; Mr Nikolai Petrovsky returned.")).toEqual([
      "Nikolai Petrovsky",
    ]);
  });

  it("skips names the taxonomy knows, however they are written", () => {
    // Seed 003.
    expect(unknownIn("Vietnamese Ambassador to Russia Đặng Minh Khôi highlighted the significance of the visit")).toEqual([]);
    expect(unknownIn("sent his regards to President Luong Cuong, Prime Minister Pham Minh Chinh")).toEqual([]);
  });

  it("skips the author and photographers", () => {
    // Seed 001's author line and photo credit.
    expect(unknownIn("Nguyen Hong Diep (Vietnam News Agency)", ["Nguyen Hong Diep"])).toEqual([]);
    expect(unknownIn("Nguyen Hong Diep (Vietnam News Agency)")).toEqual(["Nguyen Hong Diep"]);
  });

  it("does not take places, organisations or phrases in title case for names", () => {
    expect(unknownIn("HÀ NỘI — The delegation visited Hà Tĩnh province, Lâm Đồng and Ho Chi Minh City.")).toEqual([]);
    expect(unknownIn("deepen the Comprehensive Strategic Partnership, the “Look East” policy and the Free Trade Agreement")).toEqual([]);
    expect(unknownIn("Chairman of the United Russia Party and the Russian-Vietnamese Consortium of Technical Universities")).toEqual([]);
    expect(unknownIn("Many beaches in Phan Thiet are covered with kites; Le Monde reported on Trường Sa.")).toEqual([]);
  });

  it("ignores a single capitalised word", () => {
    expect(unknownIn("Informing the host, Lâm said Putin agreed.")).toEqual([]);
  });

  it("does not look in the title, where every word is capitalised", () => {
    const article = paragraph("The leaders met.", { title: "Prime Minister Meets Visiting Delegation Head Ivan Petrovsky" });
    expect(tagArticle(article, matcher).unknownNames).toEqual([]);
  });

  it("finds a name whose surname the text uses alone later, without a role", () => {
    // Reuters: "succeeding … Joko Widodo … Widodo's eldest son"; names made up.
    expect(unknownIn("He succeeds the popular Arjuno Wibisono. Wibisono's son was sworn in too.")).toEqual(["Arjuno Wibisono"]);
    expect(unknownIn("Typhoon Kalmaegi hit the coast. Kalmaegi weakened later.")).toEqual([]);
  });

  it("keeps particles inside a name", () => {
    expect(unknownIn("alongside Brazilian President Luiz Carlos Mendes da Rocha at the parade")).toEqual(["Luiz Carlos Mendes da Rocha"]);
  });

  it("reaches back over a long office to its holder", () => {
    expect(unknownIn("Chairman of the Communist Party of the Russian Federation Pavel Orlovsky congratulated the party.")).toEqual([
      "Pavel Orlovsky",
    ]);
  });

  it("finds the Vietnamese name after a ministry's long name", () => {
    expect(unknownIn("Deputy Minister of Agriculture and Rural Development Nguyễn Văn Tám said rice had been flooded.")).toEqual([
      "Nguyễn Văn Tám",
    ]);
  });

  it("finds the Vietnamese name that ends a longer run of capitalised words, however long the run", () => {
    expect(unknownIn("At the Lotus Night Gala Nguyễn Hoàng Hiệp sang.")).toEqual(["Nguyễn Hoàng Hiệp"]);
    expect(unknownIn(`${"Alpha Beta Gamma ".repeat(20_000)}Nguyễn Hoàng Hiệp sang.`)).toEqual(["Nguyễn Hoàng Hiệp"]);
    expect(unknownIn("At the Lotus Night Gala Grand Hall Sang.")).toEqual([]);
  });

  it("does not take a Vietnamese title or a place after its place word for a name", () => {
    // Dân Trí: "Tổng Bí thư" (General Secretary) starts like a surname.
    expect(unknownIn("theo lời mời của Tổng Bí thư Nguyễn Văn Tám và Chủ tịch Quốc hội")).toEqual(["Nguyễn Văn Tám"]);
    expect(unknownIn("Đoàn công tác thăm TP Hồ Chí Minh và tỉnh Đồng Nai.")).toEqual([]);
    expect(unknownIn("Governor of Krasnodar Territory Veniamin Orlovsky visited Khabarovsk Territory.")).toEqual(["Veniamin Orlovsky"]);
  });
});
