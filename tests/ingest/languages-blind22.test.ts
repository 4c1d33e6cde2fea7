/**
 * Pages in Chinese, Korean and other languages of the twenty-second blind set
 * (blind-vnru-22): a site line whose date sits beside words in a script without
 * capitals, a Korean byline line holding the writer's e-mail and the posting
 * time, a Korean byline without its place, and a Korean copyright line naming
 * the site. Each rule on its real (reworded) line and on a line it must not take.
 */
import { describe, expect, it } from "vitest";
import { parseByline } from "../../src/ingest/byline.ts";
import { readCopyrightNotice } from "../../src/ingest/copyright.ts";
import { findFullDates, findMonthDays } from "../../src/ingest/date-expressions.ts";
import { findEventDay } from "../../src/ingest/infer-date.ts";
import { parseDateLine } from "../../src/ingest/date-line.ts";

describe("a date beside words without capitals (Now 新聞, 318; 뉴스임팩트, 327)", () => {
  it("reads the site line `首頁 | Now 新聞 ( ) • 2024-06-20 21:19` as a date line", () => {
    expect(parseDateLine("首頁 | Now 新聞 ( ) • 2024-06-20 21:19")).toMatchObject({ date: { year: 2024, month: 6, day: 20 } });
  });

  it("reads a Korean byline line with the writer's e-mail, `승인` and a comment count as a date line", () => {
    expect(parseDateLine("이정희 기자(leefran73@naver.com) 승인 2020.06.17 11:24 의견 0")).toMatchObject({
      date: { year: 2020, month: 6, day: 17 },
      rest: "이정희 기자",
    });
  });

  it("does not take a Korean or Chinese sentence that mentions a date", () => {
    expect(parseDateLine("푸틴 대통령은 2024.06.20 하노이에 도착했다.")).toBeUndefined();
    expect(parseDateLine("普京 2024-06-20 抵达河内。")).toBeUndefined();
    // Longer words without capitals are text, not a site's name.
    expect(parseDateLine("俄罗斯总统 普京开始对越南进行 2024-06-20 国事访问")).toBeUndefined();
  });
});

describe("a Korean byline without its place (뉴스임팩트, 327)", () => {
  it("reads `이정희 기자` as the writer", () => {
    expect(parseByline("이정희 기자")).toMatchObject({ author: "이정희" });
  });

  it("does not read a name alone, or a sentence about a press conference", () => {
    expect(parseByline("이정희")).toBeUndefined();
    expect(parseByline("기자 회견이 열렸다")).toBeUndefined();
  });
});

describe("a Korean copyright line (뉴스임팩트, 327)", () => {
  it("reads `저작권자 ⓒ 뉴스임팩트, 무단 전재 및 재배포 금지` as the site's notice", () => {
    expect(readCopyrightNotice("저작권자 ⓒ 뉴스임팩트, 무단 전재 및 재배포 금지")).toEqual({ owner: "뉴스임팩트", photoCredit: false });
  });

  it("does not read a sentence about copyright as a notice", () => {
    expect(readCopyrightNotice("저작권 침해 신고는 편집국으로 연락하십시오")).toBeUndefined();
  });
});

describe("Chinese, Japanese and Korean dates (blind-vnru-20, 301, 303, 304; blind-vnru-22)", () => {
  it("reads a full date with 年 月 日 or 년 월 일, spaced or not", () => {
    expect(findFullDates("记者2024年6月20日报道")[0]?.value).toEqual({ year: 2024, month: 6, day: 20 });
    expect(findFullDates("2025 年 1 月 14 日 10:30")[0]?.value).toEqual({ year: 2025, month: 1, day: 14 });
    expect(findFullDates("승인 2020년 6월 17일 14:05")[0]?.value).toEqual({ year: 2020, month: 6, day: 17 });
  });

  it("does not read a year and month without a day, a month count, or a month 13 as a date", () => {
    expect(findFullDates("苏林回顾了自己2025年5月对俄罗斯的正式访问")).toEqual([]);
    expect(findFullDates("2024年前9个月则成长23.7%")).toEqual([]);
    expect(findFullDates("2024年13月5日")).toEqual([]);
  });

  it("reads a day and month without a year, as the pages write them", () => {
    const days = (text: string) => findMonthDays(text).map((match) => match.value);
    expect(days("当地时间9月6日下午,越共中央总书记阮富仲与俄罗斯总统普京在索契市会谈结束后")).toEqual([{ month: 9, day: 6 }]);
    expect(days("越共中央总书记阮富仲于9 月 5 日至 8 日访问俄罗斯联邦")).toEqual([{ month: 9, day: 5 }]);
    expect(days("グエン・スアン・フック首相は5月20日から23日の日程でロシアを公式訪問中で")).toEqual([{ month: 5, day: 20 }]);
    expect(days("国家主席は11月30日、首都モスクワでウラジーミル・プーチン大統領と会談した")).toEqual([{ month: 11, day: 30 }]);
    expect(days("양국 정상은 6월 20일 하노이에서 회담했다")).toEqual([{ month: 6, day: 20 }]);
  });

  it("does not read the month and day of a full date again, or a month alone", () => {
    expect(findMonthDays("2024年9月6日")).toEqual([]);
    expect(findMonthDays("2020년 6월 17일")).toEqual([]);
    expect(findMonthDays("2024年前9个月, 12个月")).toEqual([]);
  });
});

describe("a day that opens a span of days in Chinese or Japanese (blind-vnru-20, 301)", () => {
  it("passes over `9 月 5 日至 8 日` for the day the text names on its own (`9月6日下午`)", () => {
    const paragraphs = [
      "越共中央总书记阮富仲于9 月 5 日至 8 日访问俄罗斯联邦,越南国际关系专家就此访期间越俄谈判的结果发表了评论。",
      "当地时间9月6日下午,越共中央总书记阮富仲与俄罗斯总统普京在索契市会谈结束后,共同出席了签署仪式。",
    ];
    expect(findEventDay(paragraphs)?.day).toEqual({ month: 9, day: 6 });
  });

  it("still takes a span's first day when the text names no other (`5月20日から23日の日程で`, 303)", () => {
    expect(findEventDay(["グエン・スアン・フック首相は5月20日から23日の日程でロシアを公式訪問中で、会談した。"])?.day).toEqual({
      month: 5,
      day: 20,
    });
  });

  it("does not pass over a day followed by other words (`11月30日、首都モスクワで`, 304)", () => {
    expect(findEventDay(["国家主席は11月30日、首都モスクワで会談した。", "12月2日まで滞在する。"])?.day).toEqual({ month: 11, day: 30 });
  });
});
