/**
 * Rules fitted to the forty-fourth blind Việt Nam–Russia set (582–593): a
 * breadcrumb run into the headline with no separator is a path, not the
 * headline; a day written with a year older than the anniversary the text
 * marks by a bracketed span of years is history, not the day it reports.
 * With the reworded real lines they were written for and lines they must not
 * match.
 */
import { describe, expect, it } from "vitest";
import { isCrumbsGluedToHeadline } from "../../src/ingest/crumbs-glued-to-headline.ts";
import { findEventDay, inferYear } from "../../src/ingest/infer-date.ts";
import { lineKey } from "../../src/ingest/line-shape.ts";
import { isBeforeMarkedYear, markedAnniversaryYear } from "../../src/ingest/marked-anniversary.ts";
import { parseSource } from "../../src/ingest/parse-source.ts";

const HEADLINE_590 = "Россия построит во Вьетнаме Центр ядерной науки и технологий";
const CRUMBS_590 = `Домой Экономика ${HEADLINE_590}`;

describe("a breadcrumb glued to the headline printed alone (blind-vnru-44, 590)", () => {
  const header = (...lines: string[]) => {
    const keys = new Set(lines.map(lineKey));
    return (key: string) => keys.has(key);
  };

  it("reads the crumbs and the headline printed alone as a path", () => {
    expect(isCrumbsGluedToHeadline(CRUMBS_590, header(HEADLINE_590))).toBe(true);
    expect(isCrumbsGluedToHeadline(`Home World Asia ${HEADLINE_590}`, header(HEADLINE_590))).toBe(true);
  });

  it("is no path when the headline is not printed alone, the prefix is a sentence's or the tail too short", () => {
    expect(isCrumbsGluedToHeadline(CRUMBS_590, header("Другой заголовок статьи о Вьетнаме"))).toBe(false);
    // A kicker with a colon, a lower-case word, more than four words before it: not crumbs.
    expect(isCrumbsGluedToHeadline(`Экономика: ${HEADLINE_590}`, header(HEADLINE_590))).toBe(false);
    expect(isCrumbsGluedToHeadline(`по данным ${HEADLINE_590}`, header(HEADLINE_590))).toBe(false);
    expect(isCrumbsGluedToHeadline(`Один Два Три Четыре Пять ${HEADLINE_590}`, header(HEADLINE_590))).toBe(false);
    // A short label as the tail (`Thời sự`) is no headline.
    expect(isCrumbsGluedToHeadline("Trang chủ Thời sự Quốc tế", header("Thời sự Quốc tế"))).toBe(false);
  });

  it("takes the headline printed alone as the page's title", () => {
    const page = [
      CRUMBS_590,
      "",
      HEADLINE_590,
      "",
      "96",
      "0",
      "",
      HEADLINE_590,
      "",
      "Меморандум о графике строительства во Вьетнаме Центра ядерной науки и технологий подписали Россия и Вьетнам 20 июня 2024 года. Как сообщил президент Владимир Путин после встречи, центр возведут с российской помощью.",
    ].join("\n");
    expect(parseSource(page, { today: "2026-12-06" }).title).toBe(HEADLINE_590);
  });
});

const LEDE_583 =
  "State President Nguyen Xuan Phuc is making his first trip to Russia since taking up his new post. The visit, running from November 29 to December 2, comes as the two countries mark 20 years since they set up their strategic partnership (2001-2021).";
const HISTORY_583 =
  "The Soviet Union was among the first countries anywhere to recognise Vietnam and formally open diplomatic relations with it, on January 30, 1950, which laid the groundwork for today's close friendship.";

describe("a day older than the anniversary the text marks is history (blind-vnru-44, 583)", () => {
  it("reads the year an anniversary's bracketed span closes, after its count", () => {
    expect(markedAnniversaryYear(LEDE_583)).toBe(2021);
    expect(markedAnniversaryYear("Lễ kỷ niệm 75 năm thiết lập quan hệ ngoại giao (1950-2025) diễn ra tại Hà Nội.")).toBe(2025);
    expect(markedAnniversaryYear("Торжества по случаю 75-летия установления отношений (1950–2025) прошли в Москве.")).toBe(2025);
    // Each year with its day and month (blind-vnru-51, 671).
    expect(markedAnniversaryYear("Trong suốt 70 năm qua (30-1-1950 - 30-1-2020), quan hệ hai nước không ngừng phát triển.")).toBe(2020);
  });

  it("reads no anniversary from a span without its count, or a count that is not the span's", () => {
    expect(markedAnniversaryYear("the Scientific and Technological Research Program for the 2020 - 2024 period")).toBeUndefined();
    expect(markedAnniversaryYear("the programme for the period (2020-2024) was approved")).toBeUndefined();
    expect(markedAnniversaryYear("12 projects were carried out in the plan (2020-2024)")).toBeUndefined();
    // The count is read before the bracket only.
    expect(markedAnniversaryYear("the plan (2020-2024) counted 4 projects")).toBeUndefined();
  });

  it("passes over days with an older year, not days of that year or later, nor days without a year", () => {
    expect(isBeforeMarkedYear({ year: 1950 }, 2021)).toBe(true);
    expect(isBeforeMarkedYear({ year: 2021 }, 2021)).toBe(false);
    expect(isBeforeMarkedYear({}, 2021)).toBe(false);
    expect(isBeforeMarkedYear({ year: 1950 }, undefined)).toBe(false);
  });

  it("puts a day without a year in the anniversary's year or later", () => {
    expect(inferYear({ month: 11, day: 29 }, [LEDE_583, HISTORY_583].join("\n"))?.year).toBe(2021);
    expect(inferYear({ month: 11, day: 29 }, HISTORY_583)?.year).toBe(1950);
  });

  it("dates the page by the visit's days, not by the day relations were opened", () => {
    expect(findEventDay([LEDE_583, HISTORY_583])?.day).toMatchObject({ month: 11, day: 29 });
    // Without the anniversary's span, an older day is still read; a day before 1990 is history
    // whatever the text marks (history-days.ts, blind-vnru-47, 624).
    expect(findEventDay([HISTORY_583.replace("1950", "1994")])?.day).toMatchObject({ year: 1994, month: 1, day: 30 });
    expect(findEventDay([HISTORY_583])).toBeUndefined();
    const page = ["Phuc's visit to Russia", "", LEDE_583, "", HISTORY_583].join("\n");
    expect(parseSource(page, { today: "2026-12-06" }).date).toBe("2021-11-29");
  });
});
