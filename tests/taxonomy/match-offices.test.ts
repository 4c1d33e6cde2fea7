/**
 * Titles before names, dated (match-offices.ts over the committed taxonomy), and
 * the years they fix for a page that writes a day without one (date-choice.ts).
 * The lines are reworded from VietnamPlus (August 2021) and Thời Đại (June 2025).
 */
import { describe, expect, it } from "vitest";
import { parseSource } from "../../src/ingest/parse-source.ts";
import { compileTaxonomy } from "../../src/taxonomy/tag-article.ts";
import { tenuresNamed } from "../../src/taxonomy/match-offices.ts";
import { realTaxonomy } from "./fixtures.ts";

const matcher = compileTaxonomy(realTaxonomy());
const tenures = (text: string) => tenuresNamed([text], matcher.offices);
const parse = (text: string) =>
  parseSource(text, {
    today: "2026-12-03",
    tenures: (article) => tenuresNamed([article.title, ...article.paragraphs, ...article.captions], matcher.offices),
  });

describe("tenuresNamed", () => {
  it("dates a title before a name in English, Vietnamese and Russian, diacritics aside", () => {
    expect(tenures("Chủ tịch nước Lương Cường tiếp Đại sứ Nhật Bản")).toEqual([{ person: "luong-cuong", from: "2024-10-21" }]);
    expect(tenures("Prime Minister Pham Minh Chinh received the Japanese Ambassador")).toEqual([
      { person: "pham-minh-chinh", from: "2021-04-05" },
    ]);
    expect(tenures("Встреча с премьер-министром Вьетнама Фам Минь Тинем")).toEqual([{ person: "pham-minh-chinh", from: "2021-04-05" }]);
    // The Duma's chairman with the country between title and name (`Chủ tịch Đuma quốc gia Nga …`).
    expect(tenures("gặp Chủ tịch Đuma quốc gia Nga Vyacheslav Viktorovich Volodin")).toContainEqual({
      person: "vyacheslav-volodin",
      from: "2016-10-05",
    });
    expect(tenures("gặp các đại biểu Đuma quốc gia Nga Vyacheslav Viktorovich Volodin")).toEqual([]);
  });

  it("dates a former holder's title from the office's end, and a name without a title not at all", () => {
    expect(tenures("former President Nguyen Xuan Phuc visited the school")).toEqual([{ person: "nguyen-xuan-phuc", from: "2023-01-18" }]);
    expect(tenures("Nguyễn Phú Trọng and Pham Minh Chinh met the delegation")).toEqual([]);
    // The family name Nguyễn before a title is no "nguyên" (former).
    expect(tenures("Nguyễn Thủ tướng Phạm Minh Chính")).toEqual([{ person: "pham-minh-chinh", from: "2021-04-05" }]);
  });
});

describe("a day without a year, dated by its people's titles", () => {
  it("moves a year the text suggests to one in which the title was held (`Tokyo 2020 Olympics`, PM Chinh: 2021)", () => {
    const text = `PM Pham Minh Chinh receives Japanese Ambassador

Prime Minister Pham Minh Chinh received Japanese Ambassador to Vietnam Yamada Takio in Hanoi on August 13.

PM Chinh congratulated the Japanese Government on hosting the Tokyo 2020 Olympics with success.`;
    expect(parse(text)).toMatchObject({ date: "2021-08-13", dateInferred: true });
    // Without the title the year stays the one the text suggests.
    expect(
      parse(
        text
          .replaceAll("Prime Minister Pham Minh Chinh", "Mr Yamada's host")
          .replaceAll("PM Pham Minh Chinh", "The host")
          .replace("PM Chinh", "He"),
      ).date,
    ).toBe("2020-08-13");
  });

  it("moves the year of a dateline's day the same way (`HANOI, June 16. /TASS/.` and President Luong Cuong: 2025)", () => {
    const text = `HANOI, June 16. /TASS/. President Luong Cuong received the Russian delegation in Hanoi.

The sides recalled the agreements they signed in 2023.`;
    expect(parse(text)).toMatchObject({ date: "2025-06-16", dateInferred: true });
    expect(parse(text.replace("President Luong Cuong", "The host")).date).toBe("2023-06-16");
  });
});
