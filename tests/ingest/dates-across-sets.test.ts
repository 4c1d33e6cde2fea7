/**
 * Date rules written across the blind sets: a year still to come never
 * completes a day the text gives without one (blind-vnru-59, 769: `Ngày 5/8 …
 * nhiệm kỳ 2023 - 2028`, a term of office that runs to 2028). With the reworded
 * real lines and lines it must not change. The latest period whose figures a
 * text reports dates it from the month after (reported-period.ts): Russian
 * `с января по октябрь 2024 года` (blind-vnru-68, 880), and a period whose
 * results the text names as such, `По итогам девяти месяцев 2025 года` (881).
 * A year's figure compared with `the year before` is a year over (blind-vnru-69,
 * 884).
 */
import { describe, expect, it } from "vitest";
import { parseSource } from "../../src/ingest/parse-source.ts";
import { completedYears } from "../../src/ingest/infer-date.ts";
import { latestReportedPeriod } from "../../src/ingest/reported-period.ts";

const parse = (text: string, today = "2026-12-07") => parseSource(text, { today });

describe("a year still to come does not complete a day without a year (blind-vnru-59, 769)", () => {
  const page = [
    "Hội hữu nghị Việt - Nga địa phương phát huy vai trò cầu nối",
    "Ngày 5/8, Hội hữu nghị Việt - Nga tỉnh Thừa Thiên-Huế tổ chức Đại hội Đại biểu lần thứ V, nhiệm kỳ 2023 - 2028. Trong nhiệm kỳ mới, Hội tiếp tục làm cầu nối tình cảm của hội viên với nước Nga.",
    "Nhiệm kỳ 2017 - 2022, Hội đã tổ chức nhiều hoạt động đối ngoại nhân dân với Liên bang Nga.",
  ].join("\n");

  it("takes the term's first year, not its last", () => {
    expect(parse(page).date).toBe("2023-08-05");
  });

  it("a year the text names that is past by today still completes the day", () => {
    const parsed = parse(
      [
        "Hội hữu nghị Việt - Nga gặp mặt đầu xuân",
        "Ngày 5/8, Hội hữu nghị Việt - Nga tỉnh Thừa Thiên-Huế tổng kết các hoạt động của năm 2024 và bàn kế hoạch giao lưu với nước Nga.",
      ].join("\n"),
    );
    expect(parsed.date).toBe("2024-08-05");
  });

  it("copied earlier, the same text still gets its term's first year", () => {
    expect(parse(page, "2024-01-10").date).toBe("2023-08-05");
  });
});

describe("the latest period a text reports its figures for, in Russian (blind-vnru-68, 880, 881)", () => {
  it("reads `с января по октябрь 2024 года` with its figure", () => {
    expect(
      latestReportedPeriod(
        "С января по октябрь 2024 года поток туристов во Вьетнам вырос на 81,5% к тому же периоду прошлого года, передало агентство.",
      ),
    ).toMatchObject({ year: 2024, lastMonth: 10 });
  });

  it("reads a period whose results the text names, with no figure in the clause", () => {
    const text =
      "По итогам девяти месяцев 2025 года Вьетнам оказался в числе самых популярных у российских туристов направлений, сообщает Ассоциация туроператоров.";
    expect(latestReportedPeriod(text)).toMatchObject({ year: 2025, lastMonth: 9 });
    expect(parse(`Россияне чаще ездят во Вьетнам\n${text}`).date).toBe("2025-10-01");
  });

  it("not a plan for the period, nor a period named with no figure and no results", () => {
    expect(latestReportedPeriod("С января по октябрь 2026 года туроператоры планируют запустить новые рейсы.")).toBeUndefined();
    expect(latestReportedPeriod("С января по октябрь 2024 года делегации обменивались визитами.")).toBeUndefined();
    expect(latestReportedPeriod("В течение девяти месяцев 2025 года стороны вели переговоры.")).toBeUndefined();
  });
});

describe("a year's figure compared with the year before is a year over (blind-vnru-69, 884)", () => {
  it("reads `up 35 percent from the year before` and dates the day without a year after it", () => {
    expect(completedYears("Trade between the two countries passed 5.3 billion USD in 2017, up 35 percent from the year before.")).toEqual([
      2017,
    ]);
    const parsed = parse(
      [
        "President Putin stresses thriving Vietnam-Russia relations",
        "",
        "Moscow (VNA) – The Russian President made the comment in Moscow on April 11 at a reception for Vietnamese Ambassador Ngo Duc Manh and other ambassadors.",
        "",
        "Trade between the two countries passed 5.3 billion USD in 2017, up 35 percent from the year before.",
      ].join("\n"),
    );
    expect(parsed.date).toBe("2018-04-11");
  });

  it("not a year the text only plans for, nor one compared with nothing", () => {
    const planned = parse(
      [
        "President Putin stresses thriving Vietnam-Russia relations",
        "",
        "Moscow (VNA) – The Russian President made the comment in Moscow on April 11 at a reception for Vietnamese Ambassador Ngo Duc Manh and other ambassadors.",
        "",
        "Trade between the two countries is expected to pass 6 billion USD in 2019, up 10 percent from the year before.",
      ].join("\n"),
    );
    expect(planned.date).toBe("2019-04-11");
    expect(completedYears("Trade passed 5.3 billion USD in 2017, a record.")).toEqual([]);
    expect(completedYears("In 2017 the two countries went on from the year before with new projects.")).toEqual([]);
  });
});
