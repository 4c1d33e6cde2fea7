/**
 * Rules fitted to the forty-first blind Việt Nam–Russia set (546–557): a day
 * with a count of years back from the writing beside it is history, not the
 * day reported; a Vietnamese weekday with its day and month in brackets dates
 * an event; a segment of an address giving the day, month and year, day first,
 * is the page's day. With the reworded real lines they were written for and
 * lines they must not match.
 */
import { describe, expect, it } from "vitest";
import { dateInUrl } from "../../src/ingest/date-line.ts";
import { findEventDay, yearsAgoBesideDay } from "../../src/ingest/infer-date.ts";
import { parseSource } from "../../src/ingest/parse-source.ts";

const HISTORY_551 =
  "Ngày 30/01/1950, cách đây hơn 70 năm, Liên Xô đã là một trong những nước đầu tiên trên thế giới công nhận và chính thức lập quan hệ ngoại giao với nước Việt Nam Dân chủ Cộng hòa.";

describe("a day with a count of years back beside it is history (blind-vnru-41, 551)", () => {
  it("reads `cách đây hơn 70 năm` after the day, and counts of years before it, in three languages", () => {
    expect(yearsAgoBesideDay(HISTORY_551, 0)).toBe(true);
    const before = "Hơn 70 năm về trước, ngày 30/01/1950, Liên Xô công nhận Việt Nam.";
    expect(yearsAgoBesideDay(before, before.indexOf("ngày"))).toBe(true);
    const english = "Some 60 years ago, on June 5, 1965, the first experts arrived.";
    expect(yearsAgoBesideDay(english, english.indexOf("June"))).toBe(true);
    const russian = "45 лет назад, 12 апреля 1980 года, был подписан договор.";
    expect(yearsAgoBesideDay(russian, russian.indexOf("12"))).toBe(true);
  });

  it("leaves a day reported with no count of years beside it, or a count in another clause", () => {
    const reported = "Ngày 30/1/2025, Đại sứ quán tổ chức lễ kỷ niệm 75 năm quan hệ ngoại giao.";
    expect(yearsAgoBesideDay(reported, 0)).toBe(false);
    const elsewhere = "On June 5, 2024, the veterans met in Moscow. They had come to Vietnam 60 years ago.";
    expect(yearsAgoBesideDay(elsewhere, elsewhere.indexOf("June"))).toBe(false);
    const aYear = "Ngày 5/6/2024, hai bên ký kết, 10 năm sau khi bắt đầu đàm phán.";
    expect(yearsAgoBesideDay(aYear, 0)).toBe(false);
  });

  it("does not date the page by the day of history", () => {
    const page = ["Nâng cao hiệu quả hợp tác với Liên bang Nga về tìm kiếm thăm dò và khai thác dầu khí", HISTORY_551].join("\n");
    expect(parseSource(page, { today: "2026-12-06" }).date).toBeUndefined();
    expect(findEventDay([HISTORY_551])).toBeUndefined();
  });
});

describe("a Vietnamese weekday with its day and month in brackets (blind-vnru-41, 553)", () => {
  const LEDE_553 =
    "Chính phủ Việt Nam cho biết Bộ trưởng Ngoại giao Nga Sergei Lavrov sẽ đến Hà Nội vào thứ Ba (5/7) để thăm Việt Nam trong hai ngày, trước khi tham dự cuộc họp G20 vào cuối tuần này tại Indonesia.";

  it("reads `thứ Ba (5/7)` as the day of the event, still to come", () => {
    expect(findEventDay([LEDE_553])).toMatchObject({ day: { day: 5, month: 7 }, evidence: "thứ Ba (5/7)", writtenDaysLater: -1 });
    expect(findEventDay(["Lễ khai mạc diễn ra vào Chủ nhật (10/7/2022) tại Hà Nội."])).toMatchObject({
      day: { day: 10, month: 7, year: 2022 },
    });
  });

  it("reads no count before a fraction, nor a weekday without brackets around the day", () => {
    expect(findEventDay(["Đây là lần thứ năm (3/4 số phiếu) Quốc hội biểu quyết."])).toBeUndefined();
    expect(findEventDay(["Lần thứ năm 3/4 đại biểu tán thành."])).toBeUndefined();
  });
});

describe("a segment of the address with the day first (blind-vnru-41, 546)", () => {
  it("reads `/news/11-11-2013/` and `/news/01-02-2021_3` day first", () => {
    expect(
      dateInUrl("http://www.rusmininfo.com/news/11-11-2013/it-isn%E2%80%99t-all-plain-sailing-purchase-vietnamese-refinery-zung-quat"),
    ).toEqual({ year: 2013, month: 11, day: 11 });
    expect(dateInUrl("https://old.herzen.spb.ru/news/01-02-2021_3")).toEqual({ year: 2021, month: 2, day: 1 });
  });

  it("reads no day from a slug's numbers, a day not first, or a year first address it already reads", () => {
    expect(dateInUrl("https://example.com/news/item-11-11-2013-report")).toBeUndefined();
    expect(dateInUrl("https://example.com/news/13-25-2013/")).toBeUndefined();
    expect(dateInUrl("https://example.com/2024/06/20/story")).toEqual({ year: 2024, month: 6, day: 20 });
  });
});
