/**
 * Pages of the twenty-fifth blind set (blind-vnru-25): a wire's own site whose
 * desk credit names it outright. Each rule on its real (reworded) page lines and
 * on lines it must not take.
 */
import { describe, expect, it } from "vitest";
import { parseSource } from "../../src/ingest/parse-source.ts";
import { choosePublisher } from "../../src/ingest/publisher-choice.ts";

const today = "2026-12-03";

describe("a desk credit names the site it stands on, a wire's own site too (ТАСС, 365)", () => {
  const page = (credit: string) =>
    [
      "Шойгу назвал Вьетнам приоритетом внешней политики России",
      "Секретарь Совета безопасности России отметил, что РФ намерена развивать военное сотрудничество с этим государством",
      credit,
      "Секретарь Совета безопасности РФ Сергей Шойгу © Кирилл Зыков/ POOL/ ТАСС",
      "ХАНОЙ, 10 декабря. /ТАСС/. На встрече с министром национальной обороны Вьетнама Фан Ван Зянгом секретарь Совета безопасности (СБ) РФ Сергей Шойгу заявил, что Москва собирается развивать с Ханоем военное и военно-техническое сотрудничество.",
      "Он указал, что в российскую делегацию входят представители Минобороны, ФСВТС и Рособоронэкспорта, которые, по его словам, заинтересованы в тесной работе с вьетнамскими коллегами.",
    ].join("\n\n");

  it("takes `Редакция сайта ТАСС` for the site's own desk: TASS is the publisher, not a carried agency", () => {
    const parsed = parseSource(page("Редакция сайта ТАСС"), { today });
    expect(parsed.publisher).toBe("TASS");
    expect(parsed.agency).toBeUndefined();
  });

  it("still reads a wire credited in a byline, the dateline's too, as a copy carried by a site the page does not name", () => {
    const carried = choosePublisher([
      { name: "TASS", kind: "byline" },
      { name: "TASS", kind: "dateline" },
    ]);
    expect(carried).toEqual({ agency: "TASS" });
    expect(
      choosePublisher([
        { name: "TASS", kind: "deskCredit" },
        { name: "TASS", kind: "dateline" },
      ]),
    ).toEqual({ publisher: "TASS" });
  });
});
