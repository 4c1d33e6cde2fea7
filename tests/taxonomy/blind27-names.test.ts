/**
 * The spellings of the twenty-seventh blind set (blind-vnru-27) the taxonomy
 * now holds: an ambassador's initials before his surname, the Italian
 * romanisation of Matviyenko and an Italian title before Phúc, and the
 * Vietnamese papers' `LB Nga` in the 75th anniversary's name. Each on its real
 * (reworded) line and on a line it must not take.
 */
import { describe, expect, it } from "vitest";
import { compileTaxonomy, tagArticle } from "../../src/taxonomy/tag-article.ts";
import { realTaxonomy } from "./fixtures.ts";

const matcher = compileTaxonomy(realTaxonomy());

function tags(date: string, title: string, ...paragraphs: string[]) {
  return tagArticle({ title, paragraphs, captions: [], excludedNames: [], date }, matcher);
}

describe("names as 383 and 389 print them", () => {
  it("tags `G.S. Bezdetko` (Tổ Quốc, 383), and not a bare `Bezdetko` named nowhere in full", () => {
    expect(
      tags(
        "2022-01-20",
        "Đại sứ Nga tại Việt Nam G.S. Bezdetko: Tôi dành sự quan tâm sâu sắc đến văn hóa Việt Nam",
        "Đại sứ Nga tại Việt Nam G.S. Bezdetko đã chia sẻ những suy nghĩ của ông.",
      ).people,
    ).toContain("gennady-bezdetko");
    expect(tags("2022-01-20", "Một gia đình", "Ông Bezdetko là một nông dân ở Kursk.").people).not.toContain("gennady-bezdetko");
  });

  it("tags Matviyenko and Phúc in Agenzia Nova's Italian headline (389), not a namesake's bare surname", () => {
    const people = tags(
      "2019-05-23",
      "Russia-Vietnam: presidente Consiglio federale Matvijenko incontra premier vietnamita Phuc (4)",
      "Dal 2001 i due paesi sono legati da una partnership strategica.",
    ).people;
    expect(people).toEqual(expect.arrayContaining(["valentina-matviyenko", "nguyen-xuan-phuc"]));
    expect(tags("2019-05-23", "Un calciatore", "Il difensore Matvijenko ha segnato.").people).not.toContain("valentina-matviyenko");
  });
});

describe("the 75th anniversary as Báo Mới's headline names it (385)", () => {
  it("tags `75 năm quan hệ Việt Nam - LB Nga`, and not the 75 years of ties with China", () => {
    expect(
      tags(
        "2025-02-21",
        "75 năm quan hệ Việt Nam - LB Nga: Trang trọng lễ kỷ niệm tại vùng Viễn Đông",
        "Ngày 21/2, tại Vladivostok, Tổng lãnh sự quán Việt Nam đã long trọng tổ chức Lễ kỷ niệm.",
      ).events,
    ).toContain("vietnam-russia-relations-75th-anniversary");
    expect(
      tags("2025-01-18", "75 năm quan hệ Việt Nam - Trung Quốc: Trang trọng lễ kỷ niệm", "Ngày 18/1, hai nước tổ chức Lễ kỷ niệm.").events,
    ).not.toContain("vietnam-russia-relations-75th-anniversary");
  });
});

describe("a middle initial glued to the first name (VTV, blind-vnru-28, 396)", () => {
  it("tags `Aleksandr.V. Fomin` as Alexander Fomin", () => {
    expect(
      tags(
        "2018-11-22",
        "Thượng tướng Ngô Xuân Lịch tiếp Thứ trưởng Quốc phòng Nga",
        "Chiều nay (22/11), khi tiếp Thứ trưởng Bộ Quốc phòng Liên bang Nga Aleksandr.V. Fomin, người đang thăm Việt Nam.",
      ).people,
    ).toContain("alexander-fomin");
  });
});
