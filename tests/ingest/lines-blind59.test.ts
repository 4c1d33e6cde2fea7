/**
 * The rule fitted to the fifty-ninth blind Việt Nam–Russia set (762–773): an
 * anniversary of a founding (`kỷ niệm 55 năm Ngày thành lập`) counts the years
 * since a founding year the text writes (`ra đời ngày 31-7-1958`), as `55 năm
 * qua` does (766). With the reworded real lines it was written for and lines it
 * must not match.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { foundingAnniversaryYear, yearsCountedSince } from "../../src/ingest/founding-anniversary.ts";
import { planEntry, type PlanContext } from "../../src/ingest/plan-entry.ts";
import { loadTaxonomy } from "../../src/taxonomy/load-taxonomy.ts";
import { compileTaxonomy } from "../../src/taxonomy/tag-article.ts";

let context: PlanContext;

beforeAll(async () => {
  const { taxonomy, hash } = await loadTaxonomy("content/taxonomy");
  context = { matcher: compileTaxonomy(taxonomy), taxonomyHash: hash, today: "2026-12-07" };
});

const LEDE_766 =
  "Chiều 22-11, Lễ kỷ niệm 55 năm Ngày thành lập Hội Hữu nghị Nga - Việt đã được tổ chức trọng thể tại Thủ đô Moskva của Liên bang Nga.";
const ORIGIN_766 =
  "Phát biểu tại buổi lễ, ông Valadimir Petrovitch Buyanov, Chủ tịch Hội hữu nghị Nga - Việt, cho biết Hội là tổ chức kế thừa hợp pháp của Hội Hữu nghị Xô - Việt trước kia (ra đời ngày 31-7-1958) và thuộc số những hội lâu đời nhất ở Liên bang Nga.";

describe("an anniversary of a founding counts the years since it (blind-vnru-59, 766)", () => {
  it("the real lines, and the like in English and Russian", () => {
    expect(yearsCountedSince(LEDE_766)).toBe(55);
    expect(foundingAnniversaryYear(`${LEDE_766}\n${ORIGIN_766}`)).toBe(2013);
    expect(yearsCountedSince("Lễ kỷ niệm 70 năm thành lập Hội được tổ chức tại Hà Nội.")).toBe(70);
    expect(yearsCountedSince("a ceremony marking the 60th anniversary of the founding of the society")).toBe(60);
    expect(yearsCountedSince("to celebrate the 45th founding anniversary of the centre")).toBe(45);
    expect(yearsCountedSince("торжества по случаю 65-летия со дня основания общества")).toBe(65);
    expect(foundingAnniversaryYear("The society, founded in 1958, held its 60th founding anniversary on May 5.")).toBe(2018);
  });

  it("not an anniversary of anything else, nor an approximate count, nor a founding without its year", () => {
    expect(yearsCountedSince("Lễ kỷ niệm 70 năm Quốc khánh được tổ chức tại Moskva.")).toBeUndefined();
    expect(yearsCountedSince("the 75th anniversary of diplomatic relations")).toBeUndefined();
    expect(yearsCountedSince("65-летие Победы")).toBeUndefined();
    expect(yearsCountedSince("Hội đã có gần 60 năm thành lập và phát triển")).toBeUndefined();
    expect(foundingAnniversaryYear(LEDE_766)).toBeUndefined();
  });

  it("end to end: the ceremony is dated in the anniversary's year, not the founding's", () => {
    const source = `${LEDE_766}\n\n${ORIGIN_766}\n\nNhân dịp này, Chủ tịch nước Trương Tấn Sang đã gửi thư chúc mừng.\n`;
    const { plan } = planEntry("766.txt", source, context);
    expect(plan?.date).toBe("2013-11-22");
  });
});
