/**
 * Pages in German, Spanish, French and Vietnamese of the eighteenth blind set
 * (blind-vnru-18): weekdays and relative words of German and Spanish, the
 * French `mai` after a weekday or an article, Tiền Phong's `Hôm nay, 8-5`, the
 * Victory over fascism counted in years, and a month marker whose day comes
 * from the one event of that month the text fits. Each rule on its real
 * (reworded) line and on a line it must not take.
 */
import { describe, expect, it } from "vitest";
import { findMonthDays, weekdayNumber } from "../../src/ingest/date-expressions.ts";
import { anniversaryYears, findEventDay } from "../../src/ingest/infer-date.ts";
import { parseSource } from "../../src/ingest/parse-source.ts";
import { findRelativeWord, relativeDayWithin, type EventSpan } from "../../src/ingest/relative-dates.ts";

const day = (iso: string) => {
  const [year, month, date] = iso.split("-").map(Number);
  return { year: year!, month: month!, day: date! };
};

describe("German and Spanish weekdays and relative words (finanzen.at, Buzos, cooptv: blind-vnru-18, 279, 280, 276)", () => {
  it("reads `am Mittwochabend` and `la noche del miércoles` as Wednesdays", () => {
    expect(findRelativeWord(["Dies meldete am Mittwochabend die russische Nachrichtenagentur Interfax."])).toMatchObject({
      kind: "weekday",
      weekday: 3,
    });
    expect(findRelativeWord(["En la noche del miércoles, el presidente de Rusia, Vladímir Putin, aterrizó en Vietnam."])).toMatchObject({
      kind: "weekday",
      weekday: 3,
    });
    expect(weekdayNumber("Dienstag")).toBe(2);
    expect(weekdayNumber("sábado")).toBe(6);
  });

  it("does not take a weekday inside a longer word, or a Spanish weekday without its article", () => {
    expect(findRelativeWord(["Die Mittwochsausgabe der Zeitung erschien früher."])).toBeUndefined();
    expect(findRelativeWord(["Los martes de carnaval se celebran en Cádiz."])).toBeUndefined();
  });

  it("reads `heute` and `hoy` as today, `gestern` and `ayer` as yesterday, not inside other words", () => {
    expect(findRelativeWord(["Der Minister legte heute einen Kranz nieder."])).toMatchObject({ kind: "today" });
    expect(findRelativeWord(["El ministro llegó ayer a Hanói."])).toMatchObject({ kind: "yesterday" });
    expect(findRelativeWord(["Die heutige Lage bleibt schwierig."])).toBeUndefined();
  });

  it("takes `today` beside an arrival `yesterday` for the visit's second day", () => {
    const visit: EventSpan = { name: "Lavrov's visit to Việt Nam (2022)", start: day("2022-07-05"), end: day("2022-07-06") };
    const lede =
      "Vor Beginn der offiziellen Gespraeche hat der russische Aussenminister Lawrow heute am Mausoleum von Hồ Chí Minh einen Kranz niedergelegt; er war gestern Abend, aus der Mongolei kommend, zu einem zweitaegigen Besuch in Hanoi eingetroffen.";
    expect(relativeDayWithin([lede], visit)).toEqual(day("2022-07-06"));
    expect(relativeDayWithin(["Der Minister legt heute einen Kranz nieder."], visit)).toEqual(day("2022-07-05"));
    expect(relativeDayWithin(["Der Minister legte einen Kranz nieder."], visit)).toBeUndefined();
  });
});

describe("the French `mai` (Le Courrier du Vietnam, blind-vnru-18, 278)", () => {
  it("reads `Mercredi 15 mai` and `le 15 mai` as 15 May", () => {
    expect(
      findMonthDays("Mercredi 15 mai à Hanoï, l'Union des organisations d'amitié du Vietnam a tenu une séance.").map((m) => m.value),
    ).toEqual([{ month: 5, day: 15 }]);
    expect(findMonthDays("La rencontre a eu lieu le 9 mai.").map((m) => m.value)).toEqual([{ month: 5, day: 9 }]);
  });

  it("does not read the Vietnamese `mai` (tomorrow) as a month", () => {
    expect(findMonthDays("Sáng mai 20 đại biểu sẽ đến Hà Nội.")).toEqual([]);
    expect(findMonthDays("Đoàn gồm 15 mai táng viên và ngày 15 mai mới đi.")).toEqual([]);
  });
});

describe("Tiền Phong's `Hôm nay, 8-5` and the Victory over fascism counted in years (blind-vnru-18, 270)", () => {
  const lede =
    "TP - Hôm nay, 8-5, Chủ tịch nước Nguyễn Minh Triết rời Hà Nội đi Matxcơva (Nga) để tham dự lễ kỷ niệm 65 năm ngày Chiến thắng Phát xít, diễn ra vào ngày mai, 9-5.";

  it("reads the day after `Hôm nay,` as today's", () => {
    expect(findEventDay([lede])).toMatchObject({ day: { day: 8, month: 5 } });
    expect(findEventDay(["Hôm nay, 8 đoàn đại biểu đến Hà Nội."])).toBeUndefined();
  });

  it("counts 65 years of the Victory over fascism from 1945, not other victories", () => {
    const kept = [{ year: 1945, month: 5, day: 9, words: ["Chiến thắng Phát xít"] }];
    expect(anniversaryYears(lede, kept)).toEqual([2010]);
    expect(anniversaryYears("Lễ kỷ niệm 50 năm Chiến thắng Điện Biên Phủ đã diễn ra trọng thể.", kept)).toEqual([]);
  });
});

describe("a month marker and the one event of that month the text fits (cooptv, blind-vnru-18, 276)", () => {
  const of = (start: string, end: string): EventSpan => ({
    name: `Lavrov's visit to Việt Nam (${start.slice(0, 4)})`,
    start: day(start),
    end: day(end),
    anchorOnly: true,
  });
  const visits = [of("2009-07-24", "2009-07-25"), of("2018-04-05", "2018-04-06"), of("2022-07-05", "2022-07-06")];
  const text = ` date 2022-07 Vor Beginn der offiziellen Gespraeche hat der russische Aussenminister Lawrow heute am Mausoleum von Hồ Chí Minh einen Kranz niedergelegt; er war gestern Abend, aus der Mongolei kommend, zu einem zweitaegigen Besuch in Hanoi eingetroffen.

Mit seinen Reisen nach Asien (Mongolei, Vietnam und Indonesien) folgt der russische Außenminister der strategischen Ausrichtung der Russischen Foederation nach Osten.`;

  it("takes the visit of the marked month, and `heute` after `gestern Abend` for its second day", () => {
    const parsed = parseSource(text, { today: "2026-12-03", eventSpans: () => [], eventAnchors: () => visits });
    expect(parsed.date).toBe("2022-07-06");
  });

  it("keeps the month's first day, flagged, when no event of that month fits or two do", () => {
    const none = parseSource(text, { today: "2026-12-03", eventSpans: () => [], eventAnchors: () => visits.slice(0, 2) });
    expect(none.date).toBe("2022-07-01");
    const two = parseSource(text, {
      today: "2026-12-03",
      eventSpans: () => [],
      eventAnchors: () => [...visits, { ...of("2022-07-20", "2022-07-21"), name: "Another visit" }],
    });
    expect(two.date).toBe("2022-07-01");
  });
});
