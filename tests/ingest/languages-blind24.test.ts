/**
 * Pages in Vietnamese, Russian, German and Spanish of the twenty-fourth blind
 * set (blind-vnru-24): a future that belongs to what was announced on the day,
 * not to the day; a Russian weekday in the genitive and Russian verbs of what
 * is to come; a German stamp glued after the headline; a paper's code with its
 * source in brackets closing the article; a prompt to follow a paper of several
 * words; a date line's one-word site name in capitalised parts; a comment
 * counter under a byline. Each rule on its real (reworded) line and on a line
 * it must not take.
 */
import { describe, expect, it } from "vitest";
import { isInterfaceLine, isTailMarker, promptingOutlet } from "../../src/ingest/boilerplate.ts";
import { parseDateLine } from "../../src/ingest/date-line.ts";
import { weekdayBefore, weekdayNumber } from "../../src/ingest/date-expressions.ts";
import { emptyFindings } from "../../src/ingest/findings.ts";
import { splitTrailingStamp } from "../../src/ingest/glued-lines.ts";
import { findEventDay, isAboutFuture } from "../../src/ingest/infer-date.ts";
import { readDateLineRest } from "../../src/ingest/outlet-lines.ts";
import { cutPageTail } from "../../src/ingest/page-tail.ts";
import { stripSignOff } from "../../src/ingest/sign-off.ts";

describe("a future that belongs to what was announced (Tiền Phong, 344)", () => {
  it("reads `Ngày 12-11, … cho hay, … sẽ khai thác …` as a day that was, the text written on it or after", () => {
    const event = findEventDay([
      "Ngày 12-11, hãng Interfax-Ural dẫn thông báo của cơ quan báo chí Sân bay Chelyabinsk cho hay, trong lịch bay Thu – Đông năm 2012, sân bay này sẽ lần đầu tiên khai thác các chuyến bay đi Cam Ranh.",
    ]);
    expect(event?.day).toEqual({ day: 12, month: 11 });
    expect(event?.writtenDaysLater).toBeUndefined();
  });

  it("still reads a day the sentence puts ahead before any word of saying as one to come", () => {
    const event = findEventDay(["Các cuộc hội đàm sẽ diễn ra vào ngày 6/9 tới tại Sochi, Bộ Ngoại giao cho biết."]);
    expect(event?.day).toEqual({ day: 6, month: 9 });
    expect(event?.writtenDaysLater).toBe(-1);
  });
});

describe("a Russian weekday in the genitive and verbs of what is to come (АиФ Владивосток, 349)", () => {
  const line =
    "Чартерные рейсы из России во вьетнамский Нячанг снова начнут летать с воскресенья, 16 марта, после перерыва почти в три года.";

  it("reads `с воскресенья, 16 марта` as a Sunday, and `начнут`, `возобновятся` as the future", () => {
    expect(weekdayNumber("воскресенья")).toBe(0);
    expect(weekdayNumber("четверга")).toBe(4);
    expect(weekdayBefore(line, line.indexOf("16 марта"))).toBe(0);
    expect(isAboutFuture(line)).toBe(true);
    expect(isAboutFuture("С воскресенья, 16 марта, возобновятся чартерные рейсы в Нячанг.")).toBe(true);
    const event = findEventDay([line]);
    expect(event).toMatchObject({ day: { day: 16, month: 3 }, weekday: 0, writtenDaysLater: -1 });
  });

  it("does not take an adjective of the same root, nor a past verb", () => {
    const sunday = "В воскресный день 16 марта рейсы прибыли в Нячанг.";
    expect(weekdayBefore(sunday, sunday.indexOf("16 марта"))).toBeUndefined();
    expect(isAboutFuture("Чартерные рейсы возобновились 16 марта после перерыва.")).toBe(false);
  });
});

describe("a German stamp glued after the headline (tagesschau.de, 351)", () => {
  it("splits `… Zusammenarbeit Stand: 20.06.2024 18:39 Uhr` into the headline and its stamp, read as a date line", () => {
    expect(splitTrailingStamp("Putin in Hanoi Russland und Vietnam vertiefen Zusammenarbeit Stand: 20.06.2024 18:39 Uhr")).toEqual([
      "Putin in Hanoi Russland und Vietnam vertiefen Zusammenarbeit",
      "Stand: 20.06.2024 18:39 Uhr",
    ]);
    expect(parseDateLine("Stand: 20.06.2024 18:39 Uhr")).toMatchObject({ date: { year: 2024, month: 6, day: 20 } });
  });

  it("does not split a sentence that ends with a day and a time", () => {
    const sentence = "Die Gespräche in Hanoi dauerten nach Angaben der Regierung bis 20.06.2024 18:39 Uhr.";
    expect(splitTrailingStamp(sentence)).toEqual([sentence]);
  });
});

describe("a paper's code with its source in brackets (the Party paper in Spanish, 352)", () => {
  it("reads `PCV (Fuente: VNA)` as a sign-off naming the paper and the agency", () => {
    expect(stripSignOff("PCV (Fuente: VNA)")).toEqual({ text: "", codes: ["PCV", "VNA"] });
  });

  it("does not read an unknown source, or a sentence with a source in it", () => {
    expect(stripSignOff("PCV (Fuente: XYZQ)")).toBeUndefined();
    expect(stripSignOff("El comercio creció, según la agencia (Fuente: VNA) de Hanói")).toBeUndefined();
  });

  it("keeps the sign-off above the page's tail, which starts at the heading after it", () => {
    const lines = [
      "Durante la pandemia de COVID-19, las dos partes han actuado en estrecha coordinación frente a la epidemia.",
      "PCV (Fuente: VNA)",
      "Noticias relacionadas",
      "COMENTARIOS",
    ];
    expect(cutPageTail(lines).kept).toEqual(lines.slice(0, 2));
  });
});

describe("a prompt to follow a paper of several words (a copy of Pháp luật & Xã hội, 346)", () => {
  it("reads `Theo dõi Pháp luật & Xã hội trên` as the paper's prompt", () => {
    expect(isInterfaceLine("Theo dõi Pháp luật & Xã hội trên")).toBe(true);
    expect(promptingOutlet("Theo dõi Pháp luật & Xã hội trên")).toBe("Pháp luật & Xã hội");
  });

  it("does not take a sentence about following the weather", () => {
    expect(isInterfaceLine("Theo dõi sát diễn biến của cơn bão số 3 trên")).toBe(false);
  });
});

describe("a date line's one-word site name in capitalised parts (TravelWeekly, 350)", () => {
  it("reads `TravelWeekly` before the date as the site", () => {
    const found = emptyFindings();
    readDateLineRest("TravelWeekly", "TravelWeekly, 15.10.2020", found, 0);
    expect(found.publishers.map((item) => item.name)).toEqual(["TravelWeekly"]);
  });

  it("does not take a name in capitalised parts that has no word papers are named with", () => {
    const found = emptyFindings();
    readDateLineRest("McDonald", "McDonald, 15.10.2020", found, 0);
    expect(found.publishers).toEqual([]);
  });
});

describe("a comment counter under a byline (Dân Việt, 342)", () => {
  it("reads `Bình luận 0` as a widget's line, wherever it stands", () => {
    expect(isInterfaceLine("Bình luận 0")).toBe(true);
    expect(isTailMarker("Bình luận (0)")).toBe(true);
  });

  it("does not take a line about a commentator", () => {
    expect(isInterfaceLine("Bình luận viên 3 lần lên sóng")).toBe(false);
  });
});
