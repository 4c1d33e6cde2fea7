/**
 * Rules fitted to the forty-seventh blind Việt Nam–Russia set (618–629): a day
 * written with a year before news went on the web is history, never the page's
 * day; a day the text recalls before the close of the period whose figures it
 * gives does not date the page, the month after the period does. With the
 * reworded real lines they were written for and lines they must not match. And
 * one found because the first made a page of the forty-fourth set move from one
 * wrong day of history to another: the years a text counts since a founding it
 * dates give the year it is written in.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { foundingAnniversaryYear } from "../../src/ingest/founding-anniversary.ts";
import { isHistoryDay } from "../../src/ingest/history-days.ts";
import { findEventDay } from "../../src/ingest/infer-date.ts";
import { dayAfterReportedPeriod, firstDayAfter } from "../../src/ingest/period-floor.ts";
import { planEntry, type PlanContext } from "../../src/ingest/plan-entry.ts";
import { loadTaxonomy } from "../../src/taxonomy/load-taxonomy.ts";
import { compileTaxonomy } from "../../src/taxonomy/tag-article.ts";

let context: PlanContext;

beforeAll(async () => {
  const { taxonomy, hash } = await loadTaxonomy("content/taxonomy");
  context = { matcher: compileTaxonomy(taxonomy), taxonomyHash: hash, today: "2026-12-07" };
});

const OPENING_624 =
  "Ngày 30-1-1950, Việt Nam và Liên Xô chính thức lập quan hệ ngoại giao, một mốc son trong lịch sử quan hệ giữa hai nước, hai dân tộc.";
const BACKGROUND_624 = [
  OPENING_624,
  "Sự ủng hộ nhiệt thành và giúp đỡ to lớn của Liên Xô trong suốt cuộc kháng chiến chống Mỹ cứu nước đã đóng góp quan trọng vào thắng lợi của sự nghiệp giải phóng dân tộc và xây dựng đất nước Việt Nam.",
  "Năm 1991, Liên Xô giải thể và 15 nước cộng hòa thành viên trở thành những quốc gia độc lập; Liên bang Nga là nước kế thừa Liên Xô trong quan hệ quốc tế, trong đó có quan hệ với Việt Nam.",
].join("\n");

describe("a day written with a year before news went on the web (blind-vnru-47, 624)", () => {
  it("is history, never the day a page reports", () => {
    expect(isHistoryDay({ year: 1950, month: 1, day: 30 })).toBe(true);
    expect(isHistoryDay({ year: 1989, month: 12, day: 31 })).toBe(true);
    expect(findEventDay([OPENING_624])).toBeUndefined();
  });

  it("leaves days of 1990 on, and days without a year", () => {
    expect(isHistoryDay({ year: 1990, month: 1, day: 1 })).toBe(false);
    expect(isHistoryDay({ year: 2001, month: 3, day: 1 })).toBe(false);
    expect(isHistoryDay({ month: 1, day: 30 })).toBe(false);
    expect(findEventDay(["Ngày 30-1-2025, hai nước kỷ niệm 75 năm thiết lập quan hệ ngoại giao."])?.day).toEqual({
      year: 2025,
      month: 1,
      day: 30,
    });
    expect(findEventDay(["Ngày 30-1-1950 là mốc son. Ngày 14-1-2025, Thủ tướng Mishustin tới Hà Nội."])?.day).toEqual({
      year: 2025,
      month: 1,
      day: 14,
    });
  });

  it("leaves a background piece that states nothing else undated: ingest refuses it", () => {
    const { plan, problems } = planEntry("624.txt", BACKGROUND_624, context);
    expect(plan).toBeUndefined();
    expect(problems.map((problem) => problem.message).join("\n")).toContain("has no date");
  });
});

const SOURCE_629 = [
  "В марте во вьетнамском Нячанге отдохнули 24 тысячи россиян",
  "",
  "По данным Ассоциации туризма Нячанга, в марте курорты вьетнамского Нячанга приняли 24 тысячи туристов из России — в полтора раза больше, чем в марте 2024 года.",
  "",
  "Напомним, что 22 марта «Аэрофлот» открыл прямые рейсы из Москвы в аэропорт Камрань (Нячанг).",
  "",
  "В первом квартале 2025 года во Вьетнаме побывали более 49 тысяч россиян.",
].join("\n");

describe("a recalled day before the close of the period whose figures the text gives (blind-vnru-47, 629)", () => {
  it("gives way to the month after the period", () => {
    expect(firstDayAfter({ year: 2025, lastMonth: 3 })).toEqual({ year: 2025, month: 4, day: 1 });
    expect(firstDayAfter({ year: 2024, lastMonth: 12 })).toEqual({ year: 2025, month: 1, day: 1 });
    expect(dayAfterReportedPeriod({ year: 2025, month: 3, day: 22 }, { year: 2025, lastMonth: 3 }, 2025, "2026-12-07")).toEqual({
      year: 2025,
      month: 4,
      day: 1,
    });
    const { plan } = planEntry("629.txt", SOURCE_629, context);
    expect(plan?.date).toBe("2025-04-01");
  });

  it("leaves a day after the period, a day of another year, a period older than a year named, and a period not over", () => {
    const quarter = { year: 2025, lastMonth: 3 };
    expect(dayAfterReportedPeriod({ year: 2025, month: 4, day: 14 }, quarter, 2025, "2026-12-07")).toBeUndefined();
    expect(dayAfterReportedPeriod({ year: 2026, month: 2, day: 1 }, quarter, 2026, "2026-12-07")).toBeUndefined();
    expect(dayAfterReportedPeriod({ year: 2025, month: 3, day: 22 }, quarter, 2026, "2026-12-07")).toBeUndefined();
    expect(dayAfterReportedPeriod({ year: 2025, month: 3, day: 22 }, quarter, 2025, "2025-03-25")).toBeUndefined();
    expect(dayAfterReportedPeriod({ year: 2025, month: 3, day: 22 }, undefined, 2025, "2026-12-07")).toBeUndefined();
  });

  it("leaves a day the text dates when the quarter's figures are a forecast", () => {
    const forecast = SOURCE_629.replace(
      "В первом квартале 2025 года во Вьетнаме побывали более 49 тысяч россиян.",
      "В первом квартале 2025 года во Вьетнаме, по прогнозу, побывают более 49 тысяч россиян.",
    );
    expect(planEntry("629-forecast.txt", forecast, context).plan?.date).toBe("2025-03-22");
  });
});

const OPENING_588 =
  "Hội Hữu nghị Việt - Xô ra đời ngày 23 tháng 5 năm 1950 theo chỉ thị của Chủ tịch Hồ Chí Minh, chưa đầy 4 tháng sau khi Việt Nam và Liên Xô lập quan hệ ngoại giao (30/1/1950).";
const PARAGRAPHS_588 = [
  OPENING_588,
  "Ngày 19/12/1994, Hội Hữu nghị Việt - Nga được thành lập, tiếp nhận cơ cấu tổ chức của Hội Hữu nghị Việt - Xô. Ngày 23 tháng 5 được Hội Hữu nghị Việt - Nga chọn làm Ngày truyền thống.",
  "Trong suốt 75 năm qua, lãnh đạo Đảng, Nhà nước và nhân dân luôn dành sự quan tâm, ủng hộ cho hoạt động của Hội.",
];

describe("the years a text counts since a founding it dates (blind-vnru-44, 588)", () => {
  it("give the year it is written in, and make older days history", () => {
    expect(foundingAnniversaryYear(PARAGRAPHS_588.join("\n"))).toBe(2025);
    expect(foundingAnniversaryYear("The association was founded in 1950. Over the past 75 years it has grown.")).toBe(2025);
    expect(foundingAnniversaryYear("Общество было основано в 1957 году. За 60 лет оно провело сотни встреч.")).toBe(2017);
    const day = findEventDay(PARAGRAPHS_588);
    expect(day?.day).toEqual({ month: 5, day: 23 });
  });

  it("needs both a founding with its year in the same clause and a count of years past", () => {
    expect(foundingAnniversaryYear(OPENING_588)).toBeUndefined();
    expect(foundingAnniversaryYear("Trong suốt 75 năm qua, Hội luôn được quan tâm.")).toBeUndefined();
    expect(
      foundingAnniversaryYear("The company was founded by engineers. In 1950 it built a plant; over the past 75 years it grew."),
    ).toBeUndefined();
    expect(foundingAnniversaryYear("Năm 1950, hai nước thiết lập quan hệ. Trong 75 năm qua quan hệ phát triển.")).toBeUndefined();
  });
});
