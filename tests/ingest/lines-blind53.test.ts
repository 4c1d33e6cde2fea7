/**
 * The rules fitted to the fifty-third blind Việt Nam–Russia set (690–701): a
 * year the text calls about to end is the year it was written in (697), and a
 * bracketed photo credit with a semicolon typed for its colon is a credit all
 * the same (694). With the reworded real lines they were written for and lines
 * they must not match.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { parseCaptionLine } from "../../src/ingest/captions.ts";
import { closingYear } from "../../src/ingest/closing-year.ts";
import { planEntry, type PlanContext } from "../../src/ingest/plan-entry.ts";
import { loadTaxonomy } from "../../src/taxonomy/load-taxonomy.ts";
import { compileTaxonomy } from "../../src/taxonomy/tag-article.ts";

let context: PlanContext;

beforeAll(async () => {
  const { taxonomy, hash } = await loadTaxonomy("content/taxonomy");
  context = { matcher: compileTaxonomy(taxonomy), taxonomyHash: hash, today: "2026-12-07" };
});

const OPENING_697 =
  "(VOV5) - Ngày 29/12, tại Mat-xcơ-va, Đại sứ quán Việt Nam tại LB Nga đã tổ chức buổi gặp mặt cuối năm với toàn thể cán bộ, nhân viên Đại sứ quán, các cơ quan đại diện Việt Nam và các cơ quan báo chí Việt Nam thường trú tại LB Nga. Nhiều đại biểu bà con cộng đồng cũng đến dự cuộc gặp thân mật này";
const CLOSING_697 =
  "Phát biểu mở đầu buổi họp mặt, Đại sứ Phạm Xuân Sơn đánh giá cao những việc Đại sứ quán và các cơ quan đại diện đã làm tốt trong năm 2012 sôi động sắp khép lại, đóng góp quan trọng vào việc triển khai và thúc đẩy mạnh mẽ quan hệ Việt Nam – LB Nga trên mọi mặt, ở tầm đối tác chiến lược toàn diện.";
const AHEAD_697 =
  "Đại sứ Phạm Xuân Sơn cũng báo tin vui: ngày 19/12 vừa qua, lãnh đạo cấp cao Liên minh Á – Âu, gồm Tổng thống các nước Nga, Bêlarus, Kazăkhsstan, đã ký quyết định khởi động đàm phán về Khu vực tự do thương mại Việt Nam – Liên minh Thuế quan bắt đầu từ tháng 3/2013.";

describe("a year the text calls about to end (blind-vnru-53, 697)", () => {
  it("is the year it was written in", () => {
    expect(closingYear(CLOSING_697)).toBe(2012);
    expect(closingYear("Năm 2012 sắp qua, cộng đồng người Việt tại Nga đã có nhiều đóng góp.")).toBe(2012);
    expect(closingYear("Trong năm 2019 sắp kết thúc, hai nước đã trao đổi nhiều đoàn.")).toBe(2019);
    expect(closingYear("В уходящем 2012 году товарооборот вырос.")).toBe(2012);
    expect(closingYear("As 2012 draws to a close, the embassy met the community.")).toBe(2012);
  });

  it("not a year called over, only named, or still to come, nor two different years called closing", () => {
    expect(closingYear("Năm 2012 vừa qua, quan hệ hai nước phát triển tốt đẹp.")).toBeUndefined();
    expect(closingYear("В минувшем 2012 году товарооборот вырос.")).toBeUndefined();
    expect(closingYear("Năm 2013 sẽ là năm quan trọng.")).toBeUndefined();
    expect(closingYear("Talks will start from March 2013 and the year 2012 was busy.")).toBeUndefined();
    // Three words between the year and `sắp` are more than how the year went.
    expect(closingYear("Năm 2012 hai nước Việt Nga sắp ký hiệp định.")).toBeUndefined();
    expect(closingYear("Năm 2012 sắp qua. В уходящем 2013 году.")).toBeUndefined();
  });

  it("end to end: the day of the meeting falls in that year, not in the later month it names", () => {
    const source = `${OPENING_697}\n${CLOSING_697}\n|\n${AHEAD_697}`;
    const { plan } = planEntry("697.txt", source, context);
    expect(plan?.date).toBe("2012-12-29");
    expect(plan?.data.dateInferred).toBe(true);
  });
});

describe("a bracketed photo credit with a semicolon for its colon (blind-vnru-53, 694)", () => {
  it("ends a caption as a credit", () => {
    expect(parseCaptionLine("Phiên họp ngày 6/9. (Ảnh; VTV News)")).toEqual({ text: "Phiên họp ngày 6/9.", credits: ["VTV News"] });
    expect(parseCaptionLine("Toàn cảnh hội nghị. (Photo; VNA)")).toEqual({ text: "Toàn cảnh hội nghị.", credits: ["VNA"] });
  });

  it("not a bracket of a sentence with a semicolon, nor one without a photo label", () => {
    expect(parseCaptionLine("Hai bên đã ký nhiều văn kiện (kinh tế; giáo dục).")).toBeUndefined();
    expect(parseCaptionLine("Phái đoàn đã thăm Moskva (theo lịch; VTV News).")).toBeUndefined();
    expect(parseCaptionLine("Phiên họp ngày 6/9 (Ảnh; VTV News) đã kết thúc tốt đẹp.")).toBeUndefined();
  });
});
