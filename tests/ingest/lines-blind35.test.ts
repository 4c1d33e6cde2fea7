/**
 * Line rules fitted to the thirty-fifth blind Việt Nam–Russia set (474–485): a
 * wire's sign-off printed in brackets, the labels of an image's alignment
 * buttons over its caption, a Russian press service's photo credit under
 * its caption, and a site's domain after the place and date of a dateline. Each with the reworded real line it was written for and a line
 * it must not match.
 */
import { describe, expect, it } from "vitest";
import { isContributorCredit, parseByline, withoutEnclosingBrackets } from "../../src/ingest/byline.ts";
import { isCaptionPlaceholder, parseCaptionLine } from "../../src/ingest/captions.ts";
import { parseDateline } from "../../src/ingest/dateline.ts";

describe("a wire's sign-off in brackets (blind-vnru-35, 474)", () => {
  const signOff = "(Reporting by Khanh Vu; Editing by Robert Birsel)";

  it("reads the bracketed sign-off as a credit naming its reporter", () => {
    expect(isContributorCredit(signOff)).toBe(true);
    expect(parseByline(withoutEnclosingBrackets(signOff))?.author).toBe("Khanh Vu");
  });

  it("leaves other bracketed lines as they are", () => {
    expect(withoutEnclosingBrackets("(Photo: VNA) and (Reuters)")).toBe("(Photo: VNA) and (Reuters)");
    expect(isContributorCredit("(The talks were held in Hanoi by video link.)")).toBe(false);
  });
});

describe("image alignment labels over a caption (blind-vnru-35, 476)", () => {
  it("reads `leftcenterrightdel` as where an image was", () => {
    expect(isCaptionPlaceholder("leftcenterrightdel")).toBe(true);
    expect(isCaptionPlaceholder("left center right del")).toBe(true);
  });

  it("does not read a sentence with those words", () => {
    expect(isCaptionPlaceholder("The delegation left the center right after the talks.")).toBe(false);
    expect(isCaptionPlaceholder("Left")).toBe(false);
  });
});

describe("a press service's photo credit under its caption (blind-vnru-35, 482)", () => {
  it("reads the caption before `фото пресс-службы …`, the two lines joined", () => {
    expect(
      parseCaptionLine("Самолет авиакомпании Vietnam Airlines в аэропорту Шереметьево фото пресс-службы аэропорта Шереметьево"),
    ).toEqual({
      text: "Самолет авиакомпании Vietnam Airlines в аэропорту Шереметьево",
      credits: [],
    });
  });

  it("does not read a sentence about a press service", () => {
    expect(parseCaptionLine("Об этом сообщили в пресс-службе аэропорта Шереметьево.")).toBeUndefined();
    expect(parseCaptionLine("Фото пресс-службы опубликованы на сайте ведомства, где их можно посмотреть.")).toBeUndefined();
  });
});

describe("a site's domain after the place and the full date (blind-vnru-35, 483)", () => {
  it("reads `DON24.RU` as the outlet of the dateline, with its place and day", () => {
    const dateline = parseDateline(
      "Ростовская область, 20 февраля 2023. DON24.RU. В составе делегации Совета Федерации губернатор Ростовской области Василий Голубев приехал во Вьетнам.",
    );
    expect(dateline?.agency).toBe("DON24.RU");
    expect(dateline?.place).toBe("Ростовская область");
    expect(dateline?.day).toEqual({ year: 2023, month: 2, day: 20 });
    expect(dateline?.rest.startsWith("В составе делегации")).toBe(true);
  });

  it("does not read a domain named in a sentence, nor one after a place without a date", () => {
    expect(parseDateline("Ростовская область, по данным сайта. DON24.RU. Губернатор приехал во Вьетнам.")?.agency).toBeUndefined();
    expect(parseDateline("Губернатор сообщил, что подробности на сайте DON24.RU. Встреча прошла в Вунгтау.")?.agency).toBeUndefined();
  });
});
