/**
 * The rules fitted to the sixty-fourth blind Việt Nam–Russia set (822–833): a
 * date line a copy broke after its month is one line (829); a site's section
 * path before a stamp does not keep the stamp from being the page's date line
 * (831). With the reworded real lines they were written for and lines they
 * must not match.
 */
import { describe, expect, it } from "vitest";
import { parseDateLine } from "../../src/ingest/date-line.ts";
import { isSectionPath } from "../../src/ingest/section-path.ts";
import { splitSourceLines } from "../../src/ingest/source-lines.ts";
import { continuesSplitDate } from "../../src/ingest/split-date-line.ts";

describe("a date line broken after its month (blind-vnru-64, 829)", () => {
  it("joins a month alone to the day, comma and year below it", () => {
    expect(continuesSplitDate("JUN", "24, 2024 11:50 AM")).toBe(true);
    expect(continuesSplitDate("Sept.", "3,2019")).toBe(true);
    expect(continuesSplitDate("december", "31, 2010 at 10:00")).toBe(true);
    expect(splitSourceLines("Thúy Mùi | Luật\nKhoa tạp chí\nJUN\n24, 2024 11:50 AM\nhttps://www.luatkhoa.com/2024/06/x/")).toEqual([
      "Thúy Mùi | Luật",
      "Khoa tạp chí",
      "JUN 24, 2024 11:50 AM",
      "https://www.luatkhoa.com/2024/06/x/",
    ]);
    expect(parseDateLine("JUN 24, 2024 11:50 AM")?.date).toEqual({ year: 2024, month: 6, day: 24 });
  });

  it("not a month inside a line, not a day without its year, not a number that is no day", () => {
    expect(continuesSplitDate("Published in JUN", "24, 2024 11:50 AM")).toBe(false);
    expect(continuesSplitDate("May", "24 delegates met in Hanoi.")).toBe(false);
    expect(continuesSplitDate("June", "24, the visit went on")).toBe(false);
    expect(continuesSplitDate("JUN", "42, 2024")).toBe(false);
    expect(continuesSplitDate("JUN", "24, 20245")).toBe(false);
    expect(continuesSplitDate("Juniper", "24, 2024")).toBe(false);
    expect(splitSourceLines("May\n24 delegates met in Hanoi.")).toEqual(["May", "24 delegates met in Hanoi."]);
  });
});

describe("a section path before a stamp (blind-vnru-64, 831)", () => {
  it("is the page's place on its site: the stamp is a date line", () => {
    expect(isSectionPath("Туризм / Новости")).toBe(true);
    expect(isSectionPath("Business / Economy / News")).toBe(true);
    expect(parseDateLine("Туризм / Новости 18 мая 2016 г. 15:46")).toMatchObject({
      date: { year: 2016, month: 5, day: 18 },
      rest: "",
    });
  });

  it("not a path that does not end in a section's word, not names, not prose with slashes", () => {
    expect(isSectionPath("Hà Nội / TTXVN")).toBe(false);
    expect(isSectionPath("Moscow / Hanoi")).toBe(false);
    expect(isSectionPath("Новости")).toBe(false);
    expect(isSectionPath("Туризм / новости")).toBe(false);
    expect(isSectionPath("Туризм/Новости")).toBe(false);
    expect(isSectionPath("Главные события / Новости")).toBe(false);
    expect(parseDateLine("Туризм / Россия 18 мая 2016 г. 15:46")).toBeUndefined();
    expect(parseDateLine("Вьетнам просит запустить новые авиарейсы / Новости 18 мая 2016 г.")).toBeUndefined();
  });
});
