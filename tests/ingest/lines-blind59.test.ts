/**
 * The rules fitted to the fifty-ninth blind Việt Nam–Russia set (762–773): a
 * term of office named by its years (`nhiệm kỳ 2023 - 2028`) puts the text in
 * its first year at least, and a span of years written with spaces around its
 * dash is left out of the years a text speaks of, as one written without them
 * is (769); an anniversary of a founding (`kỷ niệm 55 năm Ngày thành lập`)
 * counts the years since a founding year the text writes (`ra đời ngày
 * 31-7-1958`), as `55 năm qua` does (766). With the reworded real lines they
 * were written for and lines they must not match.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { foundingAnniversaryYear, yearsCountedSince } from "../../src/ingest/founding-anniversary.ts";
import { yearsMentioned } from "../../src/ingest/infer-date.ts";
import { planEntry, type PlanContext } from "../../src/ingest/plan-entry.ts";
import { termStartYears } from "../../src/ingest/term-years.ts";
import { loadTaxonomy } from "../../src/taxonomy/load-taxonomy.ts";
import { compileTaxonomy } from "../../src/taxonomy/tag-article.ts";

let context: PlanContext;

beforeAll(async () => {
  const { taxonomy, hash } = await loadTaxonomy("content/taxonomy");
  context = { matcher: compileTaxonomy(taxonomy), taxonomyHash: hash, today: "2026-12-07" };
});

const LEDE_769 =
  "Ngày 5/8, Hội hữu nghị Việt - Nga tỉnh Thừa Thiên-Huế tổ chức Đại hội Đại biểu lần thứ V, nhiệm kỳ 2023 - 2028. Trong nhiệm kỳ mới, Hội xác định sẽ tiếp tục làm “sợi dây tinh thần” nối tình cảm của hội viên với đất nước và nhân dân Liên bang Nga.";
const PAST_769 =
  "Nhiệm kỳ 2017 - 2022, Hội hữu nghị Việt - Nga tỉnh Thừa Thiên - Huế đã tổ chức nhiều hoạt động đối ngoại nhân dân, tăng cường và mở rộng quan hệ với Liên bang Nga. Hội cũng giúp đỡ các đoàn nghệ thuật Liên bang Nga tham gia các kỳ Festival Huế.";
const CAPTION_769 = "| Nghệ sĩ đoàn nghệ thuật Liên bang Nga biểu diễn tại Festival Huế 2022 (Ảnh: TTXVN) |";

describe("a term of office named by its years (blind-vnru-59, 769)", () => {
  it("gives its first year: the real line, and the like in English and Russian", () => {
    expect(termStartYears(LEDE_769)).toEqual([2023]);
    expect(termStartYears(PAST_769)).toEqual([2017]);
    expect(termStartYears("The congress elected a new board for the 2021-2026 term.")).toEqual([2021]);
    expect(termStartYears("He was re-elected for a term of office 2024–2030.")).toEqual([2024]);
    expect(termStartYears("Путин избран на срок 2024–2030 годов.")).toEqual([2024]);
    expect(termStartYears("Ban chấp hành nhiệm kỳ 2019-2024 gồm 25 người.")).toEqual([2019]);
  });

  it("not a span of history or a plan, nor a span longer than a term, nor one backwards", () => {
    expect(termStartYears("Trade grew over the 2016-2020 period.")).toEqual([]);
    expect(termStartYears("Chiến lược giai đoạn 2021 - 2030 được thông qua.")).toEqual([]);
    expect(termStartYears("Kỷ niệm 70 năm quan hệ (1950 - 2020).")).toEqual([]);
    expect(termStartYears("the long term 1991-2021 of the friendship")).toEqual([]);
    expect(termStartYears("nhiệm kỳ 2028 - 2023")).toEqual([]);
    expect(termStartYears("Long-term plans for 2025 and 2030.")).toEqual([]);
  });

  it("a span's closing year is left out whether or not spaces stand around its dash", () => {
    expect(yearsMentioned("nhiệm kỳ 2023-2028")).toEqual([]);
    expect(yearsMentioned("nhiệm kỳ 2023 - 2028")).toEqual([]);
    expect(yearsMentioned("в 2017 – 2022 годах")).toEqual([]);
    // Two years in a list, or a year after a day's dash, are not a span.
    expect(yearsMentioned("Festival Huế 2022, 2023")).toEqual([2022, 2023]);
    expect(yearsMentioned("Trong năm 2022 - một năm khó khăn")).toEqual([2022]);
  });

  it("end to end: the congress is dated in the term's first year, not its last", () => {
    const source = `Hội hữu nghị Việt - Nga địa phương phát huy vai trò cầu nối\n${LEDE_769}\n![]() |\n${CAPTION_769}\n${PAST_769}\n`;
    const { plan } = planEntry("769.txt", source, context);
    expect(plan?.date).toBe("2023-08-05");
  });
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
