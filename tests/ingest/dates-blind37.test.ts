/**
 * Rules fitted to the thirty-seventh blind Việt Nam–Russia set (498–509): a
 * day and month opening a paragraph date what it tells; a Russian count of the
 * years of relations with Việt Nam (`75-летию установления дипломатических
 * отношений между Россией и Вьетнамом`) gives the year the text is written in;
 * a long line all in capitals (an office's slogan) is not the text's first
 * paragraph. With the reworded real lines they were written for and lines
 * they must not match.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { keptDaysOf } from "../../src/ingest/event-spans.ts";
import { anniversaryYears, findEventDay, type KeptDay } from "../../src/ingest/infer-date.ts";
import { findLede } from "../../src/ingest/page-header.ts";
import { parseSource } from "../../src/ingest/parse-source.ts";
import { loadTaxonomy } from "../../src/taxonomy/load-taxonomy.ts";

let kept: KeptDay[];

beforeAll(async () => {
  const { taxonomy } = await loadTaxonomy("content/taxonomy");
  kept = keptDaysOf(taxonomy.eventWords?.anniversaries ?? []);
});

const LEDE_507 =
  "27 февраля в Москве прошло торжественное мероприятие, посвященное 75-летию установления дипломатических отношений между Россией и Вьетнамом.";

describe("a day and month opening a paragraph (blind-vnru-37, 507)", () => {
  it("reads `27 февраля в Москве прошло …` as the day of what the paragraph tells", () => {
    expect(findEventDay([LEDE_507])).toMatchObject({ day: { month: 2, day: 27 }, phrase: true });
  });

  it("does not take a day that stands inside the sentence, or one before a capital", () => {
    expect(findEventDay(["В Москве 27 февраля прошло торжественное мероприятие."])?.phrase).toBe(false);
    expect(findEventDay(["27 февраля Москва принимала гостей."])?.phrase).toBe(false);
  });
});

describe("a Russian count of the years of relations with Việt Nam (blind-vnru-37, 507)", () => {
  it("counts 75 years from 1950 after `75-летию` and the relations named", () => {
    expect(anniversaryYears(LEDE_507, kept)).toEqual([2025]);
    expect(anniversaryYears("Стороны отметили 70-летие российско-вьетнамских дипломатических отношений.", kept)).toEqual([2020]);
  });

  it("counts nothing for relations with another country, or a count without the relations", () => {
    expect(anniversaryYears("посвященное 75-летию установления дипломатических отношений между Россией и Индией.", kept)).toEqual([]);
    expect(anniversaryYears("Компания отметила 75-летие со дня основания.", kept)).toEqual([]);
  });

  it("dates the page 27 February 2025, not the anniversary's own day", () => {
    const page = [
      LEDE_507,
      "Мероприятие, которое организовало посольство Вьетнама в России, собрало множество высокопоставленных гостей.",
    ].join("\n");
    expect(parseSource(page, { today: "2026-12-06", keptDays: kept }).date).toBe("2025-02-27");
  });
});

describe("an office's slogan in capitals above the headline (blind-vnru-37, 502)", () => {
  const slogan =
    'CHỦ ĐỀ HỌC TẬP VÀ LÀM THEO TẤM GƯƠNG ĐẠO ĐỨC HCM CỦA VP ĐIỂU PHỐI NTM HÀ TĨNH "GƯƠNG MẪU, CHỦ ĐỘNG, TÂM HUYẾT, KHOA HỌC, HIỆU QUẢ"';
  const lede =
    "Tân Đại sứ Nga Vnukov Konstantin Vasilievich đã khẳng định như vậy khi trả lời câu hỏi của NTNN về cơ hội để nông sản Việt Nam vào thị trường Nga.";

  it("passes over the slogan to the text under the headline and its date line", () => {
    const items = [
      "06:24 EST Thứ ba, 19/11/2024",
      slogan,
      "Menu Hệ thống",
      "Hoa quả Việt sang Nga: Không nước nào thay thế được",
      "Thứ bảy - 14/03/2015 10:27",
      lede,
    ].map((text, at) => ({ text, at }));
    expect(findLede(items)).toBe(5);
  });

  it("dates the page by its date line under the headline, not by the site's clock above the slogan", () => {
    const page = readFileSync("tests/ingest/corpus/blind-vnru-37/502-nongthonmoihatinh-vnukov-vietnamese-fruit-russia-2015.txt", "utf8");
    const parsed = parseSource(page, { today: "2026-12-06" });
    expect(parsed.date).toBe("2015-03-14");
    expect(parsed.title).toBe("Hoa quả Việt sang Nga: Không nước nào thay thế được");
  });

  it("still takes a long first paragraph in mixed case", () => {
    const items = ["Hoa quả Việt sang Nga", `${lede} Ông cho biết hợp tác nông nghiệp là một ưu tiên.`].map((text, at) => ({ text, at }));
    expect(findLede(items)).toBe(1);
  });
});
