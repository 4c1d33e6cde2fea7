/**
 * Pages of the twenty-seventh blind set (blind-vnru-27): a wire photo's slug
 * above a caption, a source line whose bar is glued to the name, and a
 * Vietnamese interview that counts from the day relations were established and
 * dates a visit by a span whose last day carries the year. Each rule on its
 * real (reworded) page lines and on lines it must not take.
 */
import { describe, expect, it } from "vitest";
import { parseSourceLine } from "../../src/ingest/boilerplate.ts";
import { isPhotoSlug, isTitleLine } from "../../src/ingest/headline.ts";
import { findEventDay } from "../../src/ingest/infer-date.ts";
import { parseSource } from "../../src/ingest/parse-source.ts";

const today = "2026-12-03";

describe("a wire photo's slug is not a headline (Xinhua, 380)", () => {
  it("passes over `VIETNAM-HANOI-RUSSIA-VISIT` for the headline above it", () => {
    expect(isPhotoSlug("VIETNAM-HANOI-RUSSIA-VISIT")).toBe(true);
    expect(isTitleLine("VIETNAM-HANOI-RUSSIA-VISIT")).toBe(false);
    const parsed = parseSource(
      [
        "Vietnam, Russia forge defense ties",
        "Source: Xinhua| 2018-01-23 20:33:53|Editor: Liangyu\nVideo PlayerClose",
        "VIETNAM-HANOI-RUSSIA-VISIT",
        "Vietnamese President Tran Dai Quang (R) meets with visiting Russian Defence Minister Sergei Shoigu in Hanoi, capital of Vietnam, Jan. 23, 2018. (Xinhua/VNA)",
        "HANOI, Jan. 23 (Xinhua) -- The defense ministers of Vietnam and Russia agreed here on Tuesday to exchange views on defense and security issues of common concern.",
      ].join("\n\n"),
      { today },
    );
    expect(parsed.title).toBe("Vietnam, Russia forge defense ties");
    expect(parsed.publisher).toBe("Xinhua");
  });

  it("keeps headlines with hyphenated words, spaced words in capitals and short codes", () => {
    expect(isPhotoSlug("Russian-Vietnamese talks in Moscow")).toBe(false);
    expect(isTitleLine("Russian-Vietnamese talks in Moscow")).toBe(true);
    expect(isPhotoSlug("NGA NỐI LẠI ĐƯỜNG BAY VỚI VIỆT NAM")).toBe(false);
    expect(isPhotoSlug("COVID-19")).toBe(false);
    expect(isPhotoSlug("US-RUSSIA")).toBe(false);
  });
});

describe("a bar glued to a source line's name (Xinhua, 380)", () => {
  it("reads `Source: Xinhua| 2018-01-23 20:33:53|Editor: Liangyu` as Xinhua and the day, without the editor", () => {
    expect(parseSourceLine("Source: Xinhua| 2018-01-23 20:33:53|Editor: Liangyu")).toEqual({ name: "Xinhua", date: "2018-01-23 20:33:53" });
  });

  it("still reads the spaced forms, and takes no day where the bar is followed by none", () => {
    expect(parseSourceLine("Theo TTXVN | 20/06/2024")).toEqual({ name: "TTXVN", date: "20/06/2024" });
    expect(parseSourceLine("Source: Xinhua   Editor: Wang Qingchu")).toEqual({ name: "Xinhua" });
    expect(parseSourceLine("Source: Xinhua|Asia-Pacific")?.date).toBeUndefined();
  });
});

describe("a day the text counts from, and a span whose last day has the year (Tổ Quốc, 383)", () => {
  const founding =
    "Từ khi hai nước chính thức lập quan hệ ngoại giao ngày 30/1/1950, quan hệ song phương Việt Nam - Nga không ngừng lớn mạnh.";
  const visit =
    "Chuyến thăm chính thức LB Nga từ ngày 29/11 đến 2/12/2021 của Chủ tịch nước Nguyễn Xuân Phúc và Phu nhân cùng Đoàn đại biểu cấp cao Việt Nam đã góp phần củng cố thêm quan hệ hữu nghị truyền thống.";

  it("passes over `Từ khi … ngày 30/1/1950` and dates the visit told as over to its last day", () => {
    const event = findEventDay([founding, visit]);
    expect(event?.day).toEqual({ day: 29, month: 11, year: 2021 });
    expect(event?.writtenDaysLater).toBe(3);
  });

  it("still takes a day that opens a sentence without `từ khi`, and gives a span without a year none", () => {
    expect(findEventDay(["Ngày 16/6/1994, hai nước ký Hiệp ước về những nguyên tắc cơ bản."])?.day).toEqual({
      day: 16,
      month: 6,
      year: 1994,
    });
    // A day before 1990 is history, never the day reported (history-days.ts, blind-vnru-47, 624).
    expect(findEventDay(["Ngày 30/1/1950, hai nước chính thức lập quan hệ ngoại giao."])).toBeUndefined();
    const yearless = findEventDay(["Đoàn thăm chính thức LB Nga từ ngày 29/11 đến 2/12 theo lời mời của Tổng thống."]);
    expect(yearless?.day).toEqual({ day: 29, month: 11 });
  });

  it("passes over the Russian `с момента установления отношений` too", () => {
    const event = findEventDay([
      "С момента установления дипломатических отношений 30 января 1950 года страны тесно сотрудничают. Визит состоялся 14 января.",
    ]);
    expect(event?.day.month).toBe(1);
    expect(event?.day.day).toBe(14);
  });
});
