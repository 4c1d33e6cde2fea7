/**
 * Line rules fitted to the thirty-seventh blind Việt Nam–Russia set (498–509):
 * a TASS dateline whose place carries its country in brackets, a byline glued
 * to a date line that names the site rather than a writer, a writer's name
 * with a social handle before `Published` and the page's stamps, and a wire
 * credited in quotation marks at the end of the lede. Each with the
 * reworded real line it was written for and a line it must not match.
 */
import { describe, expect, it } from "vitest";
import { parseByline } from "../../src/ingest/byline.ts";
import { ledeCreditedWire, parseDateline } from "../../src/ingest/dateline.ts";
import { emptyFindings } from "../../src/ingest/findings.ts";
import { readDateLineRest } from "../../src/ingest/outlet-lines.ts";

describe("a TASS dateline with the place's country in brackets (blind-vnru-37, 499)", () => {
  it("reads `CAM RANH (Vietnam), June 4. /TASS/.` as TASS's dateline, with its place and day", () => {
    const dateline = parseDateline(
      "CAM RANH (Vietnam), June 4. /TASS/. Warships of Russia’s Pacific Fleet are to take part in joint drills with the Vietnamese navy, Captain 1st Rank Oleg Korolyov told TASS on Monday.",
    );
    expect(dateline?.agency).toBe("TASS");
    expect(dateline?.place).toBe("Cam Ranh");
    expect(dateline?.monthDay).toEqual({ month: 6, day: 4 });
    expect(dateline?.rest.startsWith("Warships of Russia’s Pacific Fleet")).toBe(true);
  });

  it("does not read a bracketed country without the slashed agency after the day", () => {
    expect(parseDateline("CAM RANH (Vietnam), June 4. Warships of the Pacific Fleet arrived.")?.agency).not.toBe("TASS");
    expect(parseDateline("The ships came to Cam Ranh (Vietnam), June 4. /TASS/ said so.")).toBeUndefined();
  });
});

describe("a site's name as the byline glued to a date line (blind-vnru-37, 500)", () => {
  it("reads `By VnExpress` before the date as the site's credit, not a writer", () => {
    const found = emptyFindings();
    readDateLineRest("By VnExpress", "By VnExpress   April 28, 2017 | 09:59 am GMT+7", found, 0);
    expect(found.author).toBeUndefined();
    expect(found.publishers.map((item) => item.name)).toEqual(["VnExpress"]);
  });

  it("still reads a person's name there as the writer", () => {
    const found = emptyFindings();
    readDateLineRest("By Minh Anh", "By Minh Anh   April 28, 2017 | 09:59 am GMT+7", found, 0);
    expect(found.author).toBe("Minh Anh");
  });
});

describe("a writer's name and handle before `Published` (blind-vnru-37, 501)", () => {
  it("reads the name before the handle and the stamps", () => {
    expect(parseByline("Mohammad Ali (@ChaudhryMAli88) Published April 07, 2023 | 10:10 AM")).toEqual({
      author: "Mohammad Ali",
      remainder: "April 07, 2023 | 10:10 AM",
    });
  });

  it("does not read capitalised words before `Published` without a handle", () => {
    expect(parseByline("Rosatom Could Sign Published April 07, 2023")).toBeUndefined();
    expect(parseByline("Mohammad Ali (@ChaudhryMAli88) Published his article")).toBeUndefined();
  });
});

describe("a wire credited in quotation marks at the end of the lede (blind-vnru-37, 506)", () => {
  it("reads `передает «Интерфакс»` as the wire the page carries", () => {
    expect(
      ledeCreditedWire(
        "Премьер Вьетнама Нгуен Тан Зунг заявил, что Ханой рассчитывает подписать соглашение о зоне свободной торговли с Евразийским экономическим союзом в первой половине этого года, передает «Интерфакс».",
      ),
    ).toBe("Интерфакс");
  });

  it("does not take a paper or a portal in quotation marks, which are no wires", () => {
    expect(ledeCreditedWire("Церемония прошла 25 февраля в Большом театре Хошимина, сообщает портал «Русский мир».")).toBeUndefined();
    expect(ledeCreditedWire("Церемония прошла 25 февраля в Ханое, пишет «Коммерсант».")).toBeUndefined();
  });
});
