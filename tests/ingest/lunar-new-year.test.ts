/**
 * Greetings and interviews for the Lunar New Year of a year date an undated
 * text on the eve of that Tết (lunar-new-year.ts). The reworded real lines of
 * blind-vnru-18 (277), -21 (311), -44 (589) and -49 (643), and lines that must
 * not date a text.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { lunarNewYearEve, lunarNewYearGreeted, tetDay } from "../../src/ingest/lunar-new-year.ts";
import { lunarYearGreeted } from "../../src/ingest/lunar-years.ts";
import { planEntry, type PlanContext } from "../../src/ingest/plan-entry.ts";
import { loadTaxonomy } from "../../src/taxonomy/load-taxonomy.ts";
import { compileTaxonomy } from "../../src/taxonomy/tag-article.ts";

const TODAY = "2026-12-03";

describe("the year of a name in the sixty-year cycle (lunar-years.ts)", () => {
  it.each([
    ["Tết Quý Mão", 2023],
    ["Xuân Giáp Thìn", 2024],
    ["Tết Nhâm Dần", 2022],
    ["Tết Canh Tý", 2020],
    ["Tết Canh Tí", 2020],
    ["Tết Tân Mão", 2011],
    ["Tết Ất Tỵ", 2025],
  ])("%s is %i", (words, year) => {
    expect(lunarYearGreeted(words)).toBe(year);
  });

  it("names no year for a stem and branch of different parity (`Giáp Sửu`)", () => {
    expect(lunarYearGreeted("Tết Giáp Sửu")).toBeUndefined();
  });
});

describe("the day of Tết, by the Vietnamese calendar", () => {
  it.each([
    [2024, { year: 2024, month: 2, day: 10 }],
    [2023, { year: 2023, month: 1, day: 22 }],
    // A month before China's New Year (20 February 1985), and a day before it (18 February 2007).
    [1985, { year: 1985, month: 1, day: 21 }],
    [2007, { year: 2007, month: 2, day: 17 }],
  ])("%i", (year, day) => {
    expect(tetDay(year)).toEqual(day);
  });
});

describe("the Lunar New Year a text greets", () => {
  it("reads an interview given for the Lunar New Year 2024 (blind-vnru-21, 311; blind-vnru-49, 643)", () => {
    const lines = [
      "Russian Ambassador G. S. Bezdetko said in an interview given to the Vietnam News Agency for the Lunar New Year 2024 that the relationship rests on friendship.",
    ];
    expect(lunarNewYearGreeted(lines)).toBe(2024);
    expect(lunarNewYearEve(lines)).toEqual({ year: 2024, month: 2, day: 9 });
    expect(
      lunarNewYearGreeted([
        "HÀ NỘI — Speaking to the Vietnam News Agency for the Lunar New Year 2024, Russian Ambassador to Việt Nam G. S. Bezdetko described the ties.",
      ]),
    ).toBe(2024);
  });

  it("reads greetings for `Tết Quý Mão` and `Xuân Quý Mão` as 2023 (blind-vnru-18, 277; blind-vnru-44, 589)", () => {
    expect(
      lunarNewYearGreeted([
        "Thay mặt toàn thể Đại sứ quán Liên bang Nga tại Việt Nam, tôi gửi tới các bạn lời chúc mừng chân thành nhân dịp Tết Quý Mão, chúc các bạn dồi dào sức khỏe!",
      ]),
    ).toBe(2023);
    expect(
      lunarNewYearGreeted([
        "Giữa không khí ấm áp, rộn ràng đón Xuân Quý Mão, cán bộ nhân viên và đại diện bà con đã bày tỏ niềm vui.",
        "Nhìn lại năm Nhâm Dần 2022 vừa qua, Đại sứ cho rằng bà con đã trải qua một giai đoạn nhiều khó khăn.",
      ]),
    ).toBe(2023);
  });

  it("reads an interview `по случаю празднования 2024 года по лунному календарю` (blind-vnru-33, 460)", () => {
    expect(
      lunarNewYearGreeted([
        "Посол России во Вьетнаме Г.С.Бездетко в интервью Вьетнамскому информационному агентству по случаю празднования 2024 года по лунному календарю сказал, что отношения двух стран прочны.",
      ]),
    ).toBe(2024);
  });

  it("does not read a Lunar New Year the sentence neither greets nor speaks for", () => {
    expect(lunarNewYearGreeted(["Arrivals rose by a third during the Lunar New Year 2024 holiday."])).toBeUndefined();
  });

  it("leaves the Solar and Lunar New Year together to the solar greeting (1 January)", () => {
    expect(lunarNewYearGreeted(["He sent his congratulations for the Solar and Lunar New Year 2020."])).toBeUndefined();
  });

  it("does not date a text that names a later year: it looks back at the greetings", () => {
    expect(
      lunarNewYearGreeted(["The ambassador's greetings for the Lunar New Year 2021 were recalled.", "Trade grew in 2023."]),
    ).toBeUndefined();
  });
});

describe("an undated text dated on the eve of the Tết it greets", () => {
  let context: PlanContext;
  beforeAll(async () => {
    const { taxonomy, hash } = await loadTaxonomy("content/taxonomy");
    context = { matcher: compileTaxonomy(taxonomy), taxonomyHash: hash, today: TODAY };
  });

  const SOURCE_643 = [
    "HÀ NỘI — Speaking to the Vietnam News Agency for the Lunar New Year 2024, Russian Ambassador to Việt Nam G. S. Bezdetko described the ties between Russia and Việt Nam as a bond of friendship and trust.",
    "",
    "He said the two countries' cooperation in education had grown over the past year.",
    "",
  ].join("\n");

  it("dates the interview on 9 February 2024, flagged as inferred", () => {
    const { plan } = planEntry("643.txt", SOURCE_643, context);
    expect(plan?.date).toBe("2024-02-09");
    expect(plan?.data.dateInferred).toBe(true);
  });

  it("refuses the same text without the Lunar New Year", () => {
    const plain = SOURCE_643.replace(" for the Lunar New Year 2024", "");
    expect(planEntry("643-plain.txt", plain, context).plan).toBeUndefined();
  });
});
