/**
 * The rules fitted to the sixty-third blind Việt Nam–Russia set (810–821): a
 * day of the paragraph that elects a body for a term of office is of the
 * term's first year (816); an anniversary's day in brackets, the same day and
 * month of two years, names the text's year, not a month gone by (818). With
 * the reworded real lines they were written for and lines they must not match.
 */
import { describe, expect, it } from "vitest";
import { anniversaryDayPairs, anniversaryDayYearAt } from "../../src/ingest/anniversary-day-pair.ts";
import { inferYear } from "../../src/ingest/infer-date.ts";
import { termOfOfficeFirstYear } from "../../src/ingest/term-of-office-year.ts";

describe("a term of office written with its years (blind-vnru-63, 816; blind-vnru-61, 797)", () => {
  it("gives the day of its paragraph the term's first year", () => {
    expect(
      termOfOfficeFirstYear(
        "Tại Phú Thọ ngày 9/11, Hội hữu nghị Việt Nam - Liên bang Nga tỉnh Phú Thọ đã tiến hành Đại hội lần thứ IV, nhiệm kỳ 2024-2029.",
      ),
    ).toBe(2024);
    expect(
      termOfOfficeFirstYear(
        "20 декабря Генеральный консул принял участие в съезде, на котором объявлен новый состав руководящего органа на 2018-2023 гг.",
      ),
    ).toBe(2018);
    expect(termOfOfficeFirstYear("The association elected its leadership for the 2023-2028 tenure on September 30.")).toBe(2023);
    expect(termOfOfficeFirstYear("It elected a board for a term of 2023 – 2028.")).toBe(2023);
  });

  it("not a bare span of years, not an anniversary's span, not a plan's horizon, not terms that disagree", () => {
    expect(termOfOfficeFirstYear("kỷ niệm 75 năm thiết lập quan hệ ngoại giao (1950-2025)")).toBeUndefined();
    expect(termOfOfficeFirstYear("Ngày 30/11, hai nước ra Tuyên bố chung về Tầm nhìn đến năm 2030, giai đoạn 2021-2030.")).toBeUndefined();
    expect(termOfOfficeFirstYear("Дорожная карта на 2021-2030 (без срока) и план на 2025 год")).toBeUndefined();
    expect(termOfOfficeFirstYear("nhiệm kỳ 1950-2025 của không ai")).toBeUndefined();
    expect(termOfOfficeFirstYear("nhiệm kỳ 2019-2024 và nhiệm kỳ 2024-2029")).toBeUndefined();
    expect(termOfOfficeFirstYear("long-term 2021-2030 strategy")).toBeUndefined();
  });
});

describe("an anniversary's day in brackets (blind-vnru-63, 818)", () => {
  const sentence =
    "По словам посла, Вьетнам впервые направил свои войска на парад в честь 80-летия Победы в Великой Отечественной войне (9 мая 1945 года / 9 мая 2025 года).";

  it("is found, and leaves a day before it in its year", () => {
    const pairs = anniversaryDayPairs(sentence);
    expect(pairs.map((pair) => pair.year)).toEqual([2025]);
    expect(sentence.slice(pairs[0]!.start, pairs[0]!.end)).toBe("9 мая 2025");
    expect(anniversaryDayYearAt(pairs, sentence.indexOf("мая 2025"))).toBe(2025);
    expect(anniversaryDayPairs("the 80th anniversary (May 9, 1945 - May 9, 2025)").map((pair) => pair.year)).toEqual([2025]);
    expect(inferYear({ month: 4, day: 28 }, `Утром 28 апреля посол приехал к делегации.\n${sentence}`)).toEqual({
      year: 2025,
      confirmed: true,
    });
  });

  it("not two different days, not one date, not a period, and a month gone by still bounds the day", () => {
    expect(anniversaryDayPairs("(9 мая 1945 года / 24 июня 2025 года)")).toEqual([]);
    expect(anniversaryDayPairs("(May 9, 2025)")).toEqual([]);
    expect(anniversaryDayPairs("(từ ngày 8/5/2025 đến ngày 11/5/2025)")).toEqual([]);
    expect(anniversaryDayPairs("(9 мая 2025 года / 9 мая 1945 года)")).toEqual([]);
    expect(
      inferYear({ month: 4, day: 28 }, "On April 28 the ambassador met the delegation.\nThe delegation arrived in Moscow in May 2025.")
        ?.year,
    ).toBe(2026);
  });
});
