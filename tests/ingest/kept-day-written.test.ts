/**
 * A count of years in a sentence that writes a kept day by its day and month
 * and a word of what the day keeps (kept-day-written.ts): Lavrov's article for
 * the 75th year of relations (blind-vnru-53, 701), reworded as in the corpus,
 * and sentences the rule must not read.
 */
import { describe, expect, it } from "vitest";
import { keptDayCountsOnItsDay } from "../../src/ingest/kept-day-written.ts";
import { inferYear, sentencesOf, type KeptDay } from "../../src/ingest/infer-date.ts";

const relations: KeptDay = {
  year: 1950,
  month: 1,
  day: 30,
  words: ["дипломатических отношений между Россией и Вьетнамом"],
  dayWords: ["дипломатическ", "quan hệ ngoại giao", "diplomatic"],
};

const lavrov =
  "Связи России и Вьетнама уходят в давнюю историю и имеют свои традиции: 30 января этого года исполнилось 75 лет с того дня, как наши государства установили дипломатические отношения. Юбилей отмечен многими мероприятиями.";

const read = (text: string) => keptDayCountsOnItsDay(sentencesOf(text), [relations]);

describe("a count of years beside a kept day's day and month (blind-vnru-53, 701)", () => {
  it("reads `30 января этого года исполнилось 75 лет … дипломатические отношения` as 1950 + 75", () => {
    expect(read(lavrov)).toEqual([2025]);
    // The day the text reports, 30 January, gets the year.
    expect(inferYear({ month: 1, day: 30 }, lavrov, [relations])?.year).toBe(2025);
  });

  it("reads the day in digits and in English", () => {
    expect(read("Ngày 30/1 tròn 70 năm Việt Nam và Liên bang Nga thiết lập quan hệ ngoại giao.")).toEqual([2020]);
    expect(read("January 30 marks 65 years since the two countries established diplomatic relations.")).toEqual([2015]);
  });

  it("does not read another day, an approximate count, a sentence with a year, or one without a word of diplomacy", () => {
    // Relations with China date from 18 January 1950: another day.
    expect(read("18 января исполнилось 75 лет с того дня, как наши государства установили дипломатические отношения.")).toEqual([]);
    expect(read("30 января исполнилось более 75 лет с того дня, как наши государства установили дипломатические отношения.")).toEqual([]);
    expect(read("30 января 2025 года исполнилось 75 лет с того дня, как страны установили дипломатические отношения.")).toEqual([]);
    expect(read("30 января ему исполнилось 75 лет, и коллеги поздравили юбиляра.")).toEqual([]);
    // Two counts: which one counts the years since the day is not known.
    expect(read("30 января отметили 75 лет дипломатических отношений и 30 лет Договора.")).toEqual([]);
  });

  it("reads nothing without a kept day that has words for its day", () => {
    expect(keptDayCountsOnItsDay(sentencesOf(lavrov), [{ ...relations, dayWords: undefined }])).toEqual([]);
  });
});
