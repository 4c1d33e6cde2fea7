/**
 * Rules fitted to the thirty-third blind Việt Nam–Russia set (450–461): a year
 * looked back on as a whole is over (`2025 год выдался трудным`), the years of
 * relations with Russia counted with the countries before the verb (`75 năm
 * ngày Việt Nam và Liên bang Nga thiết lập quan hệ ngoại giao`), and a weekday
 * said of a day still to come `next week`. Each with the reworded real line it
 * was written for and a line it must not match.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { keptDaysOf } from "../../src/ingest/event-spans.ts";
import { anniversaryYears, inferYear, type KeptDay } from "../../src/ingest/infer-date.ts";
import { weekdayTheWeekBefore } from "../../src/ingest/relative-dates.ts";
import { reviewedYears } from "../../src/ingest/reviewed-years.ts";
import { loadTaxonomy } from "../../src/taxonomy/load-taxonomy.ts";

let kept: KeptDay[];

beforeAll(async () => {
  const { taxonomy } = await loadTaxonomy("content/taxonomy");
  kept = keptDaysOf(taxonomy.eventWords?.anniversaries ?? []);
});

describe("a year looked back on as a whole (blind-vnru-33, 459)", () => {
  const interview = [
    "Россия и Вьетнам по-прежнему ведут регулярный и содержательный диалог на разных уровнях, сказал 9 февраля Посол России во Вьетнаме Геннадий Бездетко.",
    "По словам посла, 2025 год выдался трудным из-за обострения мировой геополитической обстановки, которое заметно сказалось на сотрудничестве двух стран.",
  ].join("\n");

  it("reads `2025 год выдался трудным` as 2025 over, so 9 February is in 2026", () => {
    expect(reviewedYears(interview)).toEqual([2025]);
    expect(inferYear({ month: 2, day: 9 }, interview)?.year).toBe(2026);
  });

  it("reads a year called past, and one that proved so, the same way", () => {
    expect(reviewedYears("В минувшем 2024 году товарооборот вырос.")).toEqual([2024]);
    expect(reviewedYears("Trong năm 2025 vừa qua, hai nước đã trao đổi nhiều đoàn.")).toEqual([2025]);
    expect(reviewedYears("For the two countries 2018 proved a year of records.")).toEqual([2018]);
  });

  it("does not read a year named as a time, declared ahead or still running", () => {
    expect(reviewedYears("В 2025 году был подписан договор о сотрудничестве.")).toEqual([]);
    expect(reviewedYears("2019 год был объявлен Годом России во Вьетнаме.")).toEqual([]);
    expect(reviewedYears("Уходящий 2025 год стал важным для двух стран.")).toEqual([]);
    expect(reviewedYears("Năm 2025 vừa bắt đầu với nhiều hoạt động.")).toEqual([]);
  });
});

describe("the years of relations with Russia, the countries before the verb (blind-vnru-33, 458)", () => {
  const meeting =
    "Ngày 23/1, Hội Hữu nghị Nga-Việt đã tổ chức tại thủ đô Moscow, Liên bang Nga, cuộc gặp mừng 75 năm ngày Việt Nam và Liên bang Nga thiết lập quan hệ ngoại giao.";

  it("counts 75 years from 1950, so 23 January is in 2025", () => {
    expect(anniversaryYears(meeting, kept)).toEqual([2025]);
    expect(inferYear({ month: 1, day: 23 }, meeting, kept)?.year).toBe(2025);
  });

  it("does not count the years of relations with another country", () => {
    expect(anniversaryYears("kỷ niệm 75 năm ngày Việt Nam và Trung Quốc thiết lập quan hệ ngoại giao", kept)).toEqual([]);
  });
});

describe("a weekday said of a day still to come next week (blind-vnru-33, 454)", () => {
  const signing = { year: 2015, month: 5, day: 29 };
  const page = [
    "Vietnam is to sign a free trade agreement next week with the Eurasian Economic Union (EEU), the Russia-led club of five former Soviet states, Russian Prime Minister Dmitry Medvedev said Thursday.",
    "The signing, which comes after Medvedev visited Vietnam last month, is part of Russia's effort to strengthen its economic ties with Asia.",
    "According to Medvedev, the deal will be signed at a coming meeting of the union's Intergovernmental Economic Commission in Kazakhstan, set for May 29 according to the EEU's website.",
    "The EEU joins Russia, Armenia, Belarus, Kazakhstan and Kyrgyzstan in a free trade zone whose combined economic output came to $2.4 trillion in 2013.",
  ];

  it("puts `said Thursday` of a signing `next week` on 29 May in the week before: 21 May", () => {
    expect(weekdayTheWeekBefore(page, signing)).toEqual({ year: 2015, month: 5, day: 21 });
  });

  it("reads nothing without `next week` (or with `next weekend`), nor without a weekday", () => {
    expect(weekdayTheWeekBefore(["The deal will be signed on May 29, Medvedev said Thursday."], signing)).toBeUndefined();
    expect(weekdayTheWeekBefore(["The deal will be signed next weekend, on May 29, Medvedev said Thursday."], signing)).toBeUndefined();
    expect(weekdayTheWeekBefore(["The deal will be signed next week, on May 29, Medvedev said."], signing)).toBeUndefined();
  });
});
