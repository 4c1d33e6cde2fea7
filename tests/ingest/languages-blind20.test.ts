/**
 * Pages in Korean, Slovak, Vietnamese and Russian of the twentieth blind set
 * (blind-vnru-20): a Korean headline and byline, West Slavic weekdays, a
 * Vietnamese `Theo …` credit naming a writer, and a Russian desk credit naming
 * its outlet. Each rule on its real (reworded) line and on a line it must not take.
 */
import { describe, expect, it } from "vitest";
import { parseByline, parseStaffCredit, parseWriterCredit } from "../../src/ingest/byline.ts";
import { weekdayNumber } from "../../src/ingest/date-expressions.ts";
import { isTitleLine } from "../../src/ingest/headline.ts";
import { findRelativeWord } from "../../src/ingest/relative-dates.ts";

describe("a Korean headline and byline (오피니언뉴스, blind-vnru-20, 305)", () => {
  it("takes a Hangul line, after a bracketed series kicker, as a title line", () => {
    expect(isTitleLine("[씬짜오! 베트남] 푸틴 러시아 대통령, 하노이 새벽 도착...공식 일정 개시")).toBe(true);
    expect(isTitleLine("푸틴 러시아 대통령, 하노이 새벽 도착...공식 일정 개시")).toBe(true);
  });

  it("does not take a Hangul sentence, or a lower-case Latin line after a kicker", () => {
    expect(isTitleLine("블라디미르 푸틴 러시아 대통령이 하노이 노이바이 공항에 내렸다.")).toBe(false);
    expect(isTitleLine("[Video] putin arrives in hanoi at dawn")).toBe(false);
  });

  it("reads `호치민=강태윤 통신원` as the writer's byline, bulleted or bracketed", () => {
    expect(parseByline("  • 호치민=강태윤 통신원")).toMatchObject({ author: "강태윤" });
    expect(parseByline("[서울=홍길동 기자]")).toMatchObject({ author: "홍길동" });
  });

  it("does not read a place and a name without the writer's role, or the lede it opens", () => {
    expect(parseByline("호치민=강태윤")).toBeUndefined();
    expect(parseByline("[호치민=강태윤 통신원] 블라디미르 푸틴 러시아 대통령이 하노이에 내렸다.")).toBeUndefined();
  });
});

describe("West Slavic weekdays after their preposition (Pravda, blind-vnru-20, 300)", () => {
  it("reads `v stredu`, `ve středu` and `w środę` as Wednesdays", () => {
    expect(findRelativeWord(["V stredu pricestoval ruský prezident Vladimir Putin do Vietnamu, kde sa zdrží do štvrtka."])).toMatchObject({
      kind: "weekday",
      weekday: 3,
    });
    expect(findRelativeWord(["Prezident přiletěl ve středu do Hanoje."])).toMatchObject({ kind: "weekday", weekday: 3 });
    expect(findRelativeWord(["Prezydent przyleciał w środę do Wietnamu."])).toMatchObject({ kind: "weekday", weekday: 3 });
    expect(weekdayNumber("utorok")).toBe(2);
    expect(weekdayNumber("czwartek")).toBe(4);
  });

  it("does not read `v strede` (in the centre) or a weekday without its preposition", () => {
    expect(findRelativeWord(["Stretnutie sa konalo v strede mesta."])).toBeUndefined();
    expect(findRelativeWord(["Streda bola pre prezidenta náročná."])).toBeUndefined();
  });
});

describe("a Vietnamese credit naming the writer (Bầu trời, blind-vnru-20, 294; vietnamfdi.vn, blind-vnru-2, 83)", () => {
  it("reads `Theo Thành Nam` and `Theo Phương Thảo Zing` as writers", () => {
    expect(parseWriterCredit("Theo Thành Nam")).toBe("Thành Nam");
    expect(parseWriterCredit("Theo Phương Thảo Zing")).toBe("Phương Thảo Zing");
  });

  it("leaves an outlet's credit, an acronym or a sentence opening with `Theo` to the source rules", () => {
    expect(parseWriterCredit("Theo TTXVN")).toBeUndefined();
    expect(parseWriterCredit("Theo Báo Quốc Tế")).toBeUndefined();
    expect(parseWriterCredit("Theo Kinh Tế Đô Thị")).toBeUndefined();
    expect(parseWriterCredit("Theo Thủ tướng, đó là những nghĩa cử chân thành.")).toBeUndefined();
  });
});

describe("a Russian desk credit naming its outlet (Русский мир, blind-vnru-20, 298)", () => {
  it("reads `Редакция портала «Русский мир»` and `Редакция сайта ТАСС` as the outlets' desks", () => {
    expect(parseStaffCredit("Редакция портала «Русский мир»")).toEqual({ credited: "Русский мир", outright: true });
    expect(parseStaffCredit("Редакция сайта ТАСС")).toEqual({ credited: "ТАСС", outright: true });
  });

  it("does not read a sentence about an editorial office", () => {
    expect(parseStaffCredit("Редакция портала приняла решение опубликовать письмо читателя.")).toBeUndefined();
    expect(parseStaffCredit("Редакция сайта")).toBeUndefined();
  });
});
