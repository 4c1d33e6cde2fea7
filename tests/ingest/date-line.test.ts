import { describe, expect, it } from "vitest";
import { findFullDates, findMonthDays, findMonthYears, isRealDay } from "../../src/ingest/date-expressions.ts";
import {
  dateInUrl,
  isDateLabelLine,
  isTimeLine,
  parseDateLine,
  parseDateMarker,
  parseYearlessDateLine,
  undoubleName,
} from "../../src/ingest/date-line.ts";

describe("parseDateMarker", () => {
  it("reads the seeds' marker and keeps the rest of the line (a caption or a dateline)", () => {
    const seed000 =
      " date 2025-01-15 Party General Secretary To Lam (right) gives a reception in Hanoi on January 14 for visiting Russian Prime Minister Mikhail Vladimirovich Mishustin. (Photo: SGGP)";
    expect(parseDateMarker(seed000)).toEqual({
      date: { year: 2025, month: 1, day: 15 },
      rest: "Party General Secretary To Lam (right) gives a reception in Hanoi on January 14 for visiting Russian Prime Minister Mikhail Vladimirovich Mishustin. (Photo: SGGP)",
    });
    expect(parseDateMarker(" date 2025-01-11 HÀ NỘI — Russian Prime Minister")?.rest).toBe("HÀ NỘI — Russian Prime Minister");
  });

  it("reads an impossible date as written, so that it can be reported", () => {
    expect(parseDateMarker(" date 2025-02-31 Text")?.date).toEqual({ year: 2025, month: 2, day: 31 });
  });

  it("reads a marker that gives only the month (` date 2024-06`, as stored copies carry), not a month of 13 or a half date", () => {
    expect(parseDateMarker(" date 2024-06 Đi cùng Tổng thống Liên bang Nga Vladimir Putin")).toEqual({
      month: { year: 2024, month: 6 },
      rest: "Đi cùng Tổng thống Liên bang Nga Vladimir Putin",
    });
    expect(parseDateMarker(" date 2024-13 Text")).toBeUndefined();
    expect(parseDateMarker(" date 2024-06-")).toBeUndefined();
  });

  it("does not match prose that starts with the word date", () => {
    expect(parseDateMarker("Date palms grow in the south since 2025-01-11.")).toBeUndefined();
    expect(parseDateMarker("The date 2025-01-11 was chosen.")).toBeUndefined();
  });
});

describe("parseDateLine", () => {
  it("knows a date's label alone on a line, with the page's age (swissinfo's `This content was published on` / `2 minutes`), not a headline", () => {
    expect(isDateLabelLine("This content was published on 2 minutes")).toBe(true);
    expect(isDateLabelLine("Published:")).toBe(true);
    expect(isDateLabelLine("Опубликовано")).toBe(true);
    expect(isDateLabelLine("Putin says Russia is keen to partner with Vietnam in energy and security")).toBe(false);
    expect(isDateLabelLine("Published on the eve of the visit, the article drew attention")).toBe(false);
  });

  it("reads the day-first date glued to a doubled publisher name (seed 001)", () => {
    expect(parseDateLine("Báo Tin TứcBáo Tin Tức09/05/2025")).toMatchObject({
      date: { year: 2025, month: 5, day: 9 },
      updated: false,
      rest: "Báo Tin TứcBáo Tin Tức",
    });
  });

  it("reads a paper's name in quotation marks on the date line (Argumenty Nedeli), not a headline with a date", () => {
    expect(parseDateLine("26 октября 2008, 16:20 [ «Аргументы Недели» ]")).toMatchObject({
      date: { year: 2008, month: 10, day: 26 },
      rest: "«Аргументы Недели»",
    });
    expect(parseDateLine("«Мы обсудили итоги» — заявил министр 26 октября 2008 года после переговоров")).toBeUndefined();
  });

  it.each([
    ["January 14, 2025", { year: 2025, month: 1, day: 14 }],
    ["14 January 2025", { year: 2025, month: 1, day: 14 }],
    ["Tuesday, January 14, 2025 10:30", { year: 2025, month: 1, day: 14 }],
    ["14/01/2025 08:15 GMT+7", { year: 2025, month: 1, day: 14 }],
    ["2025-01-14T08:00", { year: 2025, month: 1, day: 14 }],
    ["Thứ Ba, 14/1/2025, 10:30 (GMT+7)", { year: 2025, month: 1, day: 14 }],
    ["Tuesday, January 14, 2025 - 21:30", { year: 2025, month: 1, day: 14 }],
    ["Jan. 14, 2025", { year: 2025, month: 1, day: 14 }],
    ["Cập nhật: ngày 14 tháng 1 năm 2025", { year: 2025, month: 1, day: 14 }],
  ])("reads the date line %s", (line, date) => {
    expect(parseDateLine(line)).toMatchObject({ date, updated: line.startsWith("Cập nhật"), rest: "" });
  });

  it("reads Reuters' date glued to the time, and flags updates", () => {
    expect(parseDateLine("January 14, 202512:34 PM GMT+7Updated 2 hours ago")).toMatchObject({
      date: { year: 2025, month: 1, day: 14 },
      updated: false,
      rest: "",
    });
    expect(parseDateLine("Updated: 2025-01-15T09:00")).toMatchObject({ updated: true, rest: "" });
    // `Updated` belongs to the stamp after it, not to a date further on.
    expect(parseDateLine("Updated 13/01/2025 10:00 | Published 14/01/2025")?.updated).toBe(true);
    expect(parseDateLine("Published 13/01/2025 | Updated 14/01/2025")).toMatchObject({ date: { day: 13 }, updated: false });
    expect(parseDateLine("Published 2 hours ago 14/01/2025")).toMatchObject({ updated: false, rest: "" });
  });

  it("reads a line of many dates and stamp words at once, and leaves long text after a date alone", () => {
    expect(parseDateLine("14/01/2025 10:30 GMT+7 ".repeat(2_000))).toMatchObject({ date: { year: 2025, month: 1, day: 14 }, rest: "" });
    expect(parseDateLine(`14/01/2025 ${"1".repeat(100_000)}`)).toBeUndefined();
    expect(parseDateLine(`14/01/2025 ${"2 hours ago GMT ".repeat(10_000)}`)).toMatchObject({ rest: "" });
  });

  it("leaves a byline glued to the date as the rest", () => {
    expect(parseDateLine("By Viet Tuan   January 14, 2025 | 09:05 pm GMT+7")?.rest).toBe("By Viet Tuan");
  });

  it("does not take a sentence that mentions a date for a date line", () => {
    expect(
      parseDateLine("The two-day visit will mark the beginning of a series of high-level activities (January 30, 1950 – 2025)."),
    ).toBeUndefined();
    expect(parseDateLine("General Secretary To Lam meets with Russian Prime Minister Mikhail Mishustin")).toBeUndefined();
    expect(parseDateLine("Vietnam and Russia hold talks in Hanoi on January 14, 2025")).toBeUndefined();
  });

  it("reads year-first dates with slashes and a posted-by line", () => {
    expect(parseDateLine("2025/01/14 08:00")?.date).toEqual({ year: 2025, month: 1, day: 14 });
    expect(parseDateLine("Posted on 14/01/2025 by John Smith")?.rest).toBe("by John Smith");
  });
});

describe("undoubleName", () => {
  it("undoes a name scraped twice", () => {
    expect(undoubleName("Báo Tin TứcBáo Tin Tức")).toBe("Báo Tin Tức");
  });
  it("leaves a single name alone", () => {
    expect(undoubleName("Báo Tin Tức")).toBeUndefined();
    expect(undoubleName("abab")).toBe("ab");
    expect(undoubleName("1212")).toBeUndefined();
  });
});

describe("date expressions", () => {
  it("reads day-first numeric dates and keeps impossible ones for reporting", () => {
    expect(findFullDates("31/02/2025")[0]?.value).toEqual({ year: 2025, month: 2, day: 31 });
    expect(isRealDay({ year: 2025, month: 2, day: 31 })).toBe(false);
    expect(isRealDay({ year: 2024, month: 2, day: 29 })).toBe(true);
  });

  it("reads month names of other European languages (`20 giugno 2024`, `3 mars 2025`), not the Vietnamese `mai` (tomorrow)", () => {
    expect(findFullDates("Hanoi, 20 giugno 2024 – Il presidente")[0]?.value).toEqual({ year: 2024, month: 6, day: 20 });
    expect(findFullDates("Publié le 3 mars 2025 à Hanoï")[0]?.value).toEqual({ year: 2025, month: 3, day: 3 });
    expect(findMonthDays("Sáng mai 20 đoàn sẽ tới Hà Nội")).toEqual([]);
  });

  it("does not read decimals or a month 13 as dates", () => {
    expect(findFullDates("GDP grew 7.09 per cent to 2025, and 13/13/2025 is no day")).toEqual([]);
  });

  it("does not take the verb may for the month May", () => {
    expect(findMonthDays("the two sides may 15 times meet")).toEqual([]);
    expect(findMonthDays("on May 8, at the Russian Government Headquarters")[0]?.value).toEqual({ month: 5, day: 8 });
  });

  it("finds day-month without a year, but not when the year follows", () => {
    expect(findMonthDays("from January 14-15 and on 30 January").map((m) => m.value)).toEqual([
      { month: 1, day: 14 },
      { month: 1, day: 30 },
    ]);
    expect(findMonthDays("on January 30, 1950")).toEqual([]);
  });

  it("keeps the earlier pattern's date where two overlap, over a whole line of them", () => {
    // `2025-01-14` is year first; the day-first pattern would read `25-01-14` inside it.
    expect(findFullDates("2025-01-14 and 14/01/2025").map((m) => [m.text, m.index])).toEqual([
      ["2025-01-14", 0],
      ["14/01/2025", 15],
    ]);
    const line = "20/06/2024 2024-06-20 ".repeat(5_000);
    const dates = findFullDates(line);
    expect(dates).toHaveLength(10_000);
    expect(dates.every((m, i) => m.index === 11 * i && m.text.length === 10)).toBe(true);
  });

  it("finds month-year references in English and Vietnamese", () => {
    expect(findMonthYears("in June 2024, tháng 10/2024 and August 2024").map((m) => m.value)).toEqual([
      { year: 2024, month: 6 },
      { year: 2024, month: 10 },
      { year: 2024, month: 8 },
    ]);
  });
});

describe("date lines of other sites", () => {
  it.each([
    // Reuters, with how old the page was when copied
    ["June 20, 2024 2:15 AM GMT+7 Updated a year ago", { year: 2024, month: 6, day: 20 }, false],
    // France 24: first issued, then modified
    ["Issued on: 20/06/2024 - 05:38 Modified: 20/06/2024 - 13:27", { year: 2024, month: 6, day: 20 }, false],
    // Tuổi Trẻ News writes the month first; 21 cannot be a month
    ["Updated: 10/21/2024 11:05 GMT+7", { year: 2024, month: 10, day: 21 }, true],
    // Kremlin.ru footer
    ["Publication date: June 20, 2024, 14:15", { year: 2024, month: 6, day: 20 }, false],
    // RIA Novosti: time first
    ["07:52 14.01.2025", { year: 2025, month: 1, day: 14 }, false],
    ["Tue, January 14, 2025, 19:42 GMT+7", { year: 2025, month: 1, day: 14 }, false],
  ])("reads %s", (line, date, updated) => {
    expect(parseDateLine(line)).toMatchObject({ date, updated, rest: "" });
  });

  it("keeps an author's name before the date, even one that reads like a weekday abbreviation", () => {
    // Hanoi Times: `Thu` is a Vietnamese given name, not Thursday.
    expect(parseDateLine("Thu Hoai 12/12/2024 16:45")?.rest).toBe("Thu Hoai");
  });

  it("reads an ambiguous numeric date day first", () => {
    expect(parseDateLine("10/11/2024 09:00")?.date).toEqual({ year: 2024, month: 11, day: 10 });
  });
});

describe("parseYearlessDateLine", () => {
  it.each([
    ["10 MAY, 15:47", { month: 5, day: 10 }], // TASS
    ["Tuesday, January 14", { month: 1, day: 14 }],
    ["14 янв, 07:52", { month: 1, day: 14 }], // RIA Novosti
  ])("reads the day of %s", (line, monthDay) => {
    expect(parseYearlessDateLine(line)).toMatchObject({ monthDay, updated: false });
  });

  it("takes no prose, and no line that has a year", () => {
    expect(parseYearlessDateLine("On January 14 the two leaders met")).toBeUndefined();
    expect(parseYearlessDateLine("January 14, 2025")).toBeUndefined();
    expect(parseYearlessDateLine("From January 14 to January 15")).toBeUndefined();
  });
});

describe("isTimeLine", () => {
  it("knows a time stamp on its own line (Kremlin.ru)", () => {
    expect(isTimeLine("11:30")).toBe(true);
    expect(isTimeLine("2:15 PM GMT+7")).toBe(true);
  });
  it("does not take text with a time in it", () => {
    expect(isTimeLine("11:30 talks began")).toBe(false);
    expect(isTimeLine("2025")).toBe(false);
  });
});

describe("Russian dates", () => {
  it("reads month names in Russian", () => {
    expect(findFullDates("14 января 2025 года")[0]?.value).toEqual({ year: 2025, month: 1, day: 14 });
    expect(findMonthDays("МОСКВА, 14 янв")[0]?.value).toEqual({ month: 1, day: 14 });
  });
  it("does not read the end of a longer word as a month", () => {
    expect(findMonthDays("кошмар 5 раз")).toEqual([]);
  });
});

describe("dateInUrl", () => {
  it("reads the day in an article's address", () => {
    // Seed 001's source line: date and time to the millisecond.
    expect(
      dateInUrl(
        "https://baotintuc.vn/chinh-tri/tong-bi-thu-to-lam-hoi-kien-thu-tuong-lien-bang-nga-mikhail-mishustin-20250509055447596.htm",
      ),
    ).toEqual({ year: 2025, month: 5, day: 9 });
    expect(dateInUrl("https://www.reuters.com/world/asia-pacific/putin-arrives-2024-06-20/")).toEqual({ year: 2024, month: 6, day: 20 });
    expect(dateInUrl("https://apnews.com/article/2024/06/20/putin-hanoi")).toEqual({ year: 2024, month: 6, day: 20 });
  });

  it("does not read article numbers or plans' spans as days", () => {
    expect(dateInUrl("https://e.vnexpress.net/news/news/vietnam-russia-4838520.html")).toBeUndefined();
    expect(dateInUrl("https://en.vietnamplus.vn/vietnam-russia-post1003478.vnp")).toBeUndefined();
    expect(dateInUrl("https://example.vn/the-2021-2030-plan.html")).toBeUndefined();
    expect(dateInUrl("https://example.vn/news/20251399123456.htm")).toBeUndefined();
  });
});
