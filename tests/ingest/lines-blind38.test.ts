/**
 * Line rules fitted to the thirty-eighth blind Việt Nam–Russia set (510–521):
 * a headline's posting time and day in brackets after it, a Russian stamp with
 * its section's name and its year marks (`Новости 12 апреля 2022 г. 10:17
 * обновлено …`), a hyphen inside a word in capitals that is no dateline's dash,
 * a headline in capitals run into a wire's dateline, and a wire credited after
 * its own source (`Со ссылкой на … об этом сообщает ТАСС.`). Each with the
 * reworded real line it was written for and lines it must not match.
 */
import { describe, expect, it } from "vitest";
import { parseDateLine } from "../../src/ingest/date-line.ts";
import { ledeCreditedWire, parseDateline } from "../../src/ingest/dateline.ts";
import { emptyFindings } from "../../src/ingest/findings.ts";
import { splitBracketedDay, splitCapitalsHeadlineBeforeDateline } from "../../src/ingest/glued-lines.ts";
import { readDateLineRest } from "../../src/ingest/outlet-lines.ts";

describe("a headline's posting time and day in brackets (blind-vnru-38, 516)", () => {
  it("splits `… Thành phố Moscow (15:10 29/11/2019)` into the headline and its stamp", () => {
    expect(splitBracketedDay("Phó Chủ tịch UBND TP Hà Nội Lê Hồng Sơn tiếp đoàn đại biểu Thành phố Moscow (15:10 29/11/2019)")).toEqual([
      "Phó Chủ tịch UBND TP Hà Nội Lê Hồng Sơn tiếp đoàn đại biểu Thành phố Moscow",
      "15:10 29/11/2019",
    ]);
  });

  it("leaves a caption's or a sentence's bracketed time and day whole, and a time alone", () => {
    expect(splitBracketedDay("Đoàn đại biểu Moscow chụp ảnh lưu niệm tại Hà Nội (15:10 29/11/2019)")).toHaveLength(1);
    expect(splitBracketedDay("Đoàn đại biểu đã rời Hà Nội sau buổi làm việc. (15:10 29/11/2019)")).toHaveLength(1);
    expect(splitBracketedDay("Phó Chủ tịch UBND TP Hà Nội tiếp đoàn đại biểu Thành phố Moscow (15:10)")).toHaveLength(1);
  });
});

describe("a Russian stamp with a section's name and the year's marks (blind-vnru-38, 518)", () => {
  it("reads `Новости 12 апреля 2022 г. 10:17 обновлено 12 апреля 2022 г. 14:15` as a date line", () => {
    expect(parseDateLine("Новости 12 апреля 2022 г. 10:17 обновлено 12 апреля 2022 г. 14:15")).toMatchObject({
      date: { year: 2022, month: 4, day: 12 },
      rest: "Новости",
    });
  });

  it("takes the section's one word for no publisher, but still a paper's name", () => {
    const section = emptyFindings();
    readDateLineRest("Новости", "Новости 12 апреля 2022 г. 10:17", section, 0);
    expect(section.publishers).toEqual([]);
    const paper = emptyFindings();
    readDateLineRest("Новости Приморья", "Новости Приморья 12 апреля 2022 г. 10:17", paper, 0);
    expect(paper.publishers.map((item) => item.name)).toEqual(["Новости Приморья"]);
  });

  it("does not read a headline that mentions a day as a date line", () => {
    expect(parseDateLine("Генконсул Вьетнама 12 апреля 2022 г. встретился с главой города")).toBeUndefined();
  });
});

describe("a hyphen inside a word in capitals is no dateline's dash (blind-vnru-38, 513)", () => {
  it("does not read `ON THE CO-OPERATION …` as the dateline `ON THE CO`", () => {
    expect(parseDateline("ON THE CO-OPERATION BETWEEN RUSSIA AND THE VIETNAM IN THE FIELD OF DEFENSE")?.place).toBeUndefined();
  });

  it("still reads a place in capitals before a spaced dash, and two places joined by a hyphen", () => {
    expect(parseDateline("HÀ NỘI - Russia and Vietnam signed the declaration.")?.place).toBe("Hà Nội");
    expect(parseDateline("HANOI-MOSCOW - Russia and Vietnam signed the declaration.")?.place).toBeDefined();
  });
});

describe("a headline in capitals run into a wire's dateline (blind-vnru-38, 513)", () => {
  const LINE =
    'ON THE CO-OPERATION BETWEEN RUSSIA AND THE VIETNAM IN THE FIELD OF DEFENSE HANOI, March 1. (Approx. special RIA " Novosti " Marianna Chatikhina). Russia and Vietnam are going to strengthen their co-operation in the field of defense.';

  it("splits the headline from `HANOI, March 1. …`", () => {
    expect(splitCapitalsHeadlineBeforeDateline(LINE)).toEqual([
      "ON THE CO-OPERATION BETWEEN RUSSIA AND THE VIETNAM IN THE FIELD OF DEFENSE",
      'HANOI, March 1. (Approx. special RIA " Novosti " Marianna Chatikhina). Russia and Vietnam are going to strengthen their co-operation in the field of defense.',
    ]);
  });

  it("leaves a dateline with few words in capitals before it, and a headline in ordinary case, whole", () => {
    expect(splitCapitalsHeadlineBeforeDateline("RUSSIA AND VIETNAM HANOI, March 1. Russia and Vietnam met.")).toHaveLength(1);
    expect(splitCapitalsHeadlineBeforeDateline("On the co-operation between Russia and Vietnam HANOI, March 1. They met.")).toHaveLength(1);
  });
});

describe("a wire credited after its own source (blind-vnru-38, 521)", () => {
  const LEDE =
    'В порт Дананг Социалистической Республики Вьетнам прибыли фрегат "Маршал Шапошников", корвет "Гремящий" и большой морской танкер "Борис Бутома" Тихоокеанского флота (ТОФ). Со ссылкой на пресс-службу Минобороны России об этом сообщает ТАСС.';

  it("reads `Со ссылкой на пресс-службу Минобороны России об этом сообщает ТАСС.` as TASS carried", () => {
    expect(ledeCreditedWire(LEDE)).toBe("ТАСС");
    expect(
      ledeCreditedWire("В порт Дананг прибыли корабли Тихоокеанского флота. Об этом со ссылкой на пресс-службу Минобороны сообщает ТАСС."),
    ).toBe("ТАСС");
  });

  it("does not take a ministry named that way, nor a wire quoted inside a longer sentence", () => {
    expect(ledeCreditedWire("В порт Дананг прибыли корабли. Со ссылкой на ТАСС об этом сообщает пресс-служба Минобороны.")).toBeUndefined();
    expect(ledeCreditedWire("В порт Дананг прибыли корабли. Моряки, как об этом сообщает ТАСС, проведут мероприятия.")).toBeUndefined();
  });
});
