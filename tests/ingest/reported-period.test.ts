/**
 * The latest part of a year whose figures a text reports (reported-period.ts),
 * which dates a text that prints no date: with the reworded real lines it was
 * written for (blind-vnru-27, 379; blind-vnru-36, 492), the line of blind-vnru-32,
 * 449 it then dated too, real lines of dated pages
 * of the corpus in the same wording, and lines it must not read.
 */
import { describe, expect, it } from "vitest";
import { parseSource } from "../../src/ingest/parse-source.ts";
import { latestReportedPeriod, reportedPeriods } from "../../src/ingest/reported-period.ts";

const LINE_379 =
  "He added that bilateral trade in the first four months of 2023 came to US$1.01 billion; taken over a full year, that points to a Russia-Vietnam trade turnover of a little over US$3 billion for 2023.";
const LINE_492 =
  "Số liệu sơ bộ 10 tháng đầu năm 2017 cũng cho thấy thương mại giữa Việt Nam và khối EAEU tiếp tục tăng: thương mại Việt Nam - Nga 10 tháng đầu năm 2017 đạt 2,84 tỷ USD (tăng 27% so với cùng kỳ năm 2016).";
/** blind-vnru-32, 449: found by the rule before its key was read. */
const LINE_449 =
  "Как говорится в статье (ее цитирует РИА Новости), за первые два месяца 2023 года экспорт Вьетнама в Россию сократился почти на 60% в годовом исчислении, до 205 миллионов долларов.";
/** blind-vnru-34, 466 (a dated page): tourists counted in the first two months. */
const LINE_466 =
  "In the first two months of 2025 alone, Vietnam received nearly 80,000 Russian tourists, a rise of 204% on the same period of 2024.";
/** blind-vnru-29, 407 (a dated page). */
const LINE_407 =
  "Chỉ trong 8 tháng đầu năm 2016, khoảng 266.000 lượt khách Nga đã tới thăm Việt Nam, nhiều hơn 125% so với cùng kỳ năm trước.";
/** blind-vnru-17, 262: a plan for a half year, with no figure. */
const PLAN_262 =
  "Dung said they had told their ministers to work towards signing a free trade zone agreement between Vietnam and the Eurasian Economic Union in the first half of 2015.";

describe("a part of a year whose figures the text reports", () => {
  it("reads `the first four months of 2023` in a clause with its figure (379)", () => {
    expect(latestReportedPeriod(LINE_379)).toEqual({ year: 2023, lastMonth: 4, phrase: "first four months of 2023" });
  });

  it("reads `10 tháng đầu năm 2017` (492)", () => {
    expect(latestReportedPeriod(LINE_492)).toMatchObject({ year: 2017, lastMonth: 10 });
  });

  it("reads `за первые два месяца 2023 года` (449)", () => {
    expect(latestReportedPeriod(LINE_449)).toMatchObject({ year: 2023, lastMonth: 2 });
  });

  it("reads the same wording on dated pages (466, 407)", () => {
    expect(latestReportedPeriod(LINE_466)).toMatchObject({ year: 2025, lastMonth: 2 });
    expect(latestReportedPeriod(LINE_407)).toMatchObject({ year: 2016, lastMonth: 8 });
  });

  it("reads Russian counts of months, halves, quarters and ranges from January", () => {
    expect(latestReportedPeriod("Товарооборот за 10 месяцев 2017 года составил 2,84 млрд долларов.")).toMatchObject({
      year: 2017,
      lastMonth: 10,
    });
    expect(latestReportedPeriod("В первом полугодии 2015 года товарооборот вырос на 12%.")).toMatchObject({ year: 2015, lastMonth: 6 });
    expect(latestReportedPeriod("В третьем квартале 2019 года поставки выросли на 7%.")).toMatchObject({ year: 2019, lastMonth: 9 });
    expect(latestReportedPeriod("В январе–октябре 2017 года товарооборот достиг 2,84 млрд долларов.")).toMatchObject({
      year: 2017,
      lastMonth: 10,
    });
  });

  it("reads English quarters and ranges, and Vietnamese quarters and halves", () => {
    expect(latestReportedPeriod("Trade in January-October 2017 reached $2.84 billion.")).toMatchObject({ year: 2017, lastMonth: 10 });
    expect(latestReportedPeriod("In the third quarter of 2019, exports rose 7 percent.")).toMatchObject({ year: 2019, lastMonth: 9 });
    expect(latestReportedPeriod("Trong quý III/2019, xuất khẩu tăng 7%.")).toMatchObject({ year: 2019, lastMonth: 9 });
    expect(latestReportedPeriod("Nửa đầu năm 2015, kim ngạch đạt 1,2 tỷ USD.")).toMatchObject({ year: 2015, lastMonth: 6 });
  });

  it("takes the period that ends last", () => {
    expect(latestReportedPeriod(`${LINE_407} ${LINE_492}`)).toMatchObject({ year: 2017, lastMonth: 10 });
  });

  it("does not read a plan for a period, or a period without a figure (262)", () => {
    expect(reportedPeriods(PLAN_262)).toEqual([]);
    expect(reportedPeriods("Trade is expected to reach $5 billion in the first half of 2026.")).toEqual([]);
    expect(reportedPeriods("Kim ngạch 6 tháng đầu năm 2026 dự kiến đạt 3 tỷ USD.")).toEqual([]);
    expect(reportedPeriods("Товарооборот за 10 месяцев 2026 года, по прогнозу, составит 3 млрд долларов.")).toEqual([]);
  });

  it("does not read a day of May (`tháng năm`) or a season that is not from January", () => {
    expect(reportedPeriods("Ngày 2 tháng năm 2023, hai bên ký 3 văn kiện.")).toEqual([]);
    expect(reportedPeriods("The festival runs June-August 2025 with 40 concerts.")).toEqual([]);
  });
});

describe("an undated text dated by its latest figures", () => {
  const TODAY = "2026-12-01";

  it("is dated the first day of the month after the period, flagged (379)", () => {
    const parsed = parseSource(`Russia-Vietnam trade\n\n${LINE_379}\n`, { today: TODAY });
    expect(parsed.date).toBe("2023-05-01");
    expect(parsed.dateInferred).toBe(true);
    expect(parsed.problems.map((problem) => problem.message).join("\n")).toMatch(/first four months of 2023.*May 2023 or later/u);
  });

  it("is dated January of the next year after the year's last quarter", () => {
    const parsed = parseSource("Trade\n\nIn the fourth quarter of 2019, exports rose 7 percent.\n", { today: TODAY });
    expect(parsed.date).toBe("2020-01-01");
  });

  it("is not dated by an older period when it names a later year", () => {
    const parsed = parseSource(`Trade\n\n${LINE_407} The two sides signed a memorandum in 2018 on tourism.\n`, { today: TODAY });
    expect(parsed.date).toBeUndefined();
  });

  it("is not dated by a period that is not over", () => {
    const parsed = parseSource(`Trade\n\n${LINE_466}\n`, { today: "2025-02-20" });
    expect(parsed.date).toBeUndefined();
  });
});
