/**
 * The rules fitted to the fifty-first blind Việt Nam–Russia set (666–677): a
 * count of years whose span in brackets ends in a year dates the text to that
 * year (671), and an image's file name with a space in it is where an image was
 * (675); and the taxonomy writes Sochi in Russian among the keywords of Nguyễn
 * Phú Trọng's visit of 2018 (677). With the reworded real lines they were
 * written for and lines they must not match.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { anniversarySpanYear } from "../../src/ingest/anniversary-span.ts";
import { isCaptionPlaceholder } from "../../src/ingest/captions.ts";
import { planEntry, type PlanContext } from "../../src/ingest/plan-entry.ts";
import { loadTaxonomy } from "../../src/taxonomy/load-taxonomy.ts";
import { compileTaxonomy } from "../../src/taxonomy/tag-article.ts";

let context: PlanContext;

beforeAll(async () => {
  const { taxonomy, hash } = await loadTaxonomy("content/taxonomy");
  context = { matcher: compileTaxonomy(taxonomy), taxonomyHash: hash, today: "2026-12-07" };
});

const OPENING_671 =
  "TCCS - Nhìn lại chặng đường 70 năm quan hệ Việt Nam - Nga (30-1-1950 - 30-1-2020), có thể thấy con đường ấy không phải lúc nào cũng bằng phẳng.";

describe("a count of years with its span in brackets (blind-vnru-51, 671)", () => {
  it("ends in the year the text was written in", () => {
    expect(anniversarySpanYear([OPENING_671])).toBe(2020);
    expect(anniversarySpanYear(["Hai nước kỷ niệm 70 năm thiết lập quan hệ ngoại giao (1950 - 2020)."])).toBe(2020);
    expect(anniversarySpanYear(["The two countries mark 75 years of diplomatic ties (1950–2025)."])).toBe(2025);
    expect(anniversarySpanYear(["Страны отмечают 75 лет (1950–2025) дипломатических отношений."])).toBe(2025);
  });

  it("not a span that is not the count, nor one a text naming a later year looks back on", () => {
    expect(anniversarySpanYear(["Năm Việt Nam tại Nga và Năm Nga tại Việt Nam (2019 - 2020) với nhiều hoạt động."])).toBeUndefined();
    expect(anniversarySpanYear(["Hai nước kỷ niệm 70 năm quan hệ ngoại giao (1950 - 2019)."])).toBeUndefined();
    expect(anniversarySpanYear([OPENING_671, "Đến năm 2025, kim ngạch thương mại đạt 10 tỷ USD."])).toBeUndefined();
    // blind-vnru-45, 598: the visit `từ ngày 8 đến 11/5/2025`, still ahead, says more of 2025 than its first day.
    expect(
      anniversarySpanYear([
        "Đoàn sẽ thăm chính thức Liên bang Nga từ ngày 8 đến 11/5/2025. Chuyến thăm diễn ra đúng lúc hai nước kỷ niệm 75 năm thiết lập quan hệ ngoại giao (30/1/1950-30/1/2025).",
      ]),
    ).toBeUndefined();
  });

  it("not a span in another sentence than its count, nor a count that is a part of another number", () => {
    expect(anniversarySpanYear(["Hai nước có 70 năm hữu nghị. Thời kỳ (1950 - 2020) được nhắc lại."])).toBeUndefined();
    expect(anniversarySpanYear(["Giá trị đạt 1.70 năm (1950 - 2020)."])).toBeUndefined();
    expect(anniversarySpanYear(["Trong 70 ngày (1950 - 2020) không có gì."])).toBeUndefined();
    // A number that is not a count of years (a date) does not make the span an anniversary.
    expect(anniversarySpanYear(["Ngày 1/5, kế hoạch (2019 - 2020) được thông qua."])).toBeUndefined();
  });
});

describe("an image's file name where an image was (blind-vnru-51, 675)", () => {
  it("is a placeholder, with or without a space in the name", () => {
    expect(isCaptionPlaceholder("img 3848.jpg")).toBe(true);
    expect(isCaptionPlaceholder("img-6312.jpg")).toBe(true);
    expect(isCaptionPlaceholder("IMG 2024 0315.png")).toBe(true);
  });

  it("not a caption or a sentence that names a file or ends in one", () => {
    expect(isCaptionPlaceholder("Генеральный секретарь Нгуен Фу Чонг во время телефонного разговора. Фото: VNA")).toBe(false);
    expect(isCaptionPlaceholder("The photo was published as putin hanoi 2024.jpg")).toBe(false);
    expect(isCaptionPlaceholder("Download: img 3848.jpg")).toBe(false);
  });
});

const SOURCE_677 = [
  "Вьетнамский гость",
  "",
  "Однако серьезный вьетнамский гость, который прилетает в Сочи, чтобы встретиться с российским президентом, будет говорить вовсе не о вьетнамской кухне. Речь о генеральном секретаре правящей Коммунистической партии Вьетнама Нгуен Фу Чонге.",
  "",
  "Сегодня Чонг, без сомнения, первый среди равных: он возглавляет политбюро и военную комиссию.",
].join("\n");

describe("Sochi in Russian, a keyword of Nguyễn Phú Trọng's visit of 2018 (blind-vnru-51, 677)", () => {
  it("places an undated text on that visit", () => {
    const { plan } = planEntry("677.txt", SOURCE_677, context);
    expect(plan?.date).toBe("2018-09-05");
    expect(plan?.data.events).toContain("nguyen-phu-trong-russia-visit-2018");
  });

  it("not Sochi without the visitor, nor the visitor without a place of the visit", () => {
    const noVisitor = SOURCE_677.replace(/Нгуен Фу Чонге/u, "премьер-министре").replace(/Чонг/u, "Он");
    expect(planEntry("677-no-visitor.txt", noVisitor, context).plan).toBeUndefined();
    const noPlace = SOURCE_677.replace("прилетает в Сочи, чтобы встретиться", "хочет встретиться");
    expect(planEntry("677-no-place.txt", noPlace, context).plan).toBeUndefined();
  });
});

describe("a count of years with its span, end to end (blind-vnru-51, 671)", () => {
  it("dates a text with nothing else to that year's first day, flagged", () => {
    const { plan } = planEntry("671.txt", `Bảy mươi năm quan hệ Việt Nam - Nga\n\n${OPENING_671}`, context);
    expect(plan?.date).toBe("2020-01-01");
    expect(plan?.data.dateInferred).toBe(true);
  });
});
