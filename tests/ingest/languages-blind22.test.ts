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
