/**
 * The rules fitted to the sixty-first blind Việt Nam–Russia set (786–797): a
 * publication stamp may carry the author's label and a counter with its label
 * first (792); the Russian `в среду, 5 февраля` dates what the sentence tells
 * (796); a day after an anniversary's one day, in a paragraph that speaks of the
 * anniversary, is of the anniversary's year (788). With the reworded real lines
 * they were written for and lines they must not match.
 */
import { describe, expect, it } from "vitest";
import { dayInAnniversaryYear } from "../../src/ingest/anniversary-year-day.ts";
import { parseDateLine } from "../../src/ingest/date-line.ts";
import { findEventDay } from "../../src/ingest/infer-date.ts";
import type { EventSpan } from "../../src/ingest/relative-dates.ts";
import { RUSSIAN_WEEKDAY_DAY } from "../../src/ingest/russian-weekday-day.ts";
import { LABELLED_COUNTER, withoutAuthorLabel } from "../../src/ingest/stamp-labels.ts";

describe("a stamp with the author's label and a counter written label first (blind-vnru-61, 792)", () => {
  it("is a date line, the author's name left as what it carries", () => {
    const line = parseDateLine("23/05/2025 | Tác giả: Ánh Dương Lượt xem: 401");
    expect(line?.date).toEqual({ year: 2025, month: 5, day: 23 });
    expect(line?.rest).toBe("Tác giả Ánh Dương");
    expect(parseDateLine("14/01/2025 08:15 | Автор: Игорь Сергеев | Просмотров: 1 204")?.date).toEqual({ year: 2025, month: 1, day: 14 });
    expect(withoutAuthorLabel("Tác giả Ánh Dương")).toBe("Ánh Dương");
    expect("Lượt xem: 401 Views 63 просмотров: 12".replace(LABELLED_COUNTER, "").trim()).toBe("");
  });

  it("not prose after a date, not a label before words in lower case, not a label with no number", () => {
    expect(parseDateLine("23/05/2025 | tác giả cho rằng hội nghị đã thành công tốt đẹp Lượt xem: 401")).toBeUndefined();
    expect(parseDateLine("Ngày 23/05/2025, tác giả bài viết đã trao đổi với phóng viên về hội nghị")).toBeUndefined();
    expect(withoutAuthorLabel("Tác giả nhấn mạnh rằng")).toBe("Tác giả nhấn mạnh rằng");
    expect("Lượt xem nhiều nhất".replace(LABELLED_COUNTER, "")).toBe("Lượt xem nhiều nhất");
    expect("reviews 401".replace(LABELLED_COUNTER, "")).toBe("reviews 401");
  });
});

describe("a Russian weekday in the accusative before a day (blind-vnru-61, 796)", () => {
  it("dates what the sentence tells, the weekday read beside it", () => {
    const found = findEventDay([
      "В среду, 5 февраля, министр обороны России Сергей Шойгу провёл встречу со своим вьетнамским коллегой Нго Суан Литем.",
      "29 января стало известно, что Вьетнам и Россия заключили контракт.",
    ]);
    expect(found?.day).toEqual({ month: 2, day: 5 });
    expect(found?.paragraph).toBe(0);
    expect(found?.weekday).toBe(3);
    expect([..."во вторник 14 декабря 2021 года".matchAll(RUSSIAN_WEEKDAY_DAY)].map((match) => match[1])).toEqual(["14 декабря 2021"]);
  });

  it("not a weekday before a number that is no day, not a weekday alone, not a day with no weekday", () => {
    expect([..."Во вторник 5 человек пострадали".matchAll(RUSSIAN_WEEKDAY_DAY)]).toEqual([]);
    expect([..."в среду состоится заседание комиссии".matchAll(RUSSIAN_WEEKDAY_DAY)]).toEqual([]);
    expect([..."в среде экспертов 5 февраля обсуждали".matchAll(RUSSIAN_WEEKDAY_DAY)]).toEqual([]);
    expect([..."5 февраля министр провёл встречу".matchAll(RUSSIAN_WEEKDAY_DAY)]).toEqual([]);
  });
});

describe("a day after an anniversary's one day (blind-vnru-61, 788)", () => {
  const seventieth: EventSpan = {
    name: "70th anniversary of Việt Nam–Russia diplomatic relations",
    start: { year: 2020, month: 1, day: 30 },
    end: { year: 2020, month: 1, day: 30 },
  };
  const paragraph =
    "On the morning of September 29th, Mr. Nguyen Van Tri met a delegation of the Embassy of Russia in Vietnam, on the occasion of the celebrations of the 70th anniversary of diplomatic relations between Vietnam and Russia.";

  it("is of the anniversary's year", () => {
    expect(dayInAnniversaryYear({ month: 9, day: 29 }, seventieth, paragraph)).toEqual({ year: 2020, month: 9, day: 29 });
    expect(
      dayInAnniversaryYear({ month: 2, day: 25 }, seventieth, "В Хошимине отметили 70-летие установления дипломатических отношений"),
    ).toEqual({
      year: 2020,
      month: 2,
      day: 25,
    });
  });

  it("not in a paragraph that speaks of no anniversary, not an event of several days, not a day before the anniversary's", () => {
    expect(dayInAnniversaryYear({ month: 9, day: 29 }, seventieth, "On September 29th the two sides met in Hanoi.")).toBeUndefined();
    const visit: EventSpan = { name: "a visit", start: { year: 2020, month: 1, day: 30 }, end: { year: 2020, month: 2, day: 2 } };
    expect(dayInAnniversaryYear({ month: 9, day: 29 }, visit, paragraph)).toBeUndefined();
    expect(dayInAnniversaryYear({ month: 1, day: 10 }, seventieth, paragraph)).toBeUndefined();
    expect(dayInAnniversaryYear({ month: 1, day: 30 }, seventieth, paragraph)).toBeUndefined();
  });
});
