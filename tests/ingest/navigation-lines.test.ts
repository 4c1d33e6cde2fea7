/**
 * Navigation lines with a headline's shape: the headings of lists of other
 * stories, links printed with a label, menus of a site's sections. Each rule on
 * real lines of the corpus pages and on lines it must not take; then the
 * header: such lines are never the headline.
 */
import { describe, expect, it } from "vitest";
import { isLabelledLink, isListHeading, isMenuLine } from "../../src/ingest/navigation-lines.ts";
import { parseSource } from "../../src/ingest/parse-source.ts";

const LEDE =
  "Prime Minister Pham Minh Chinh held talks with his Russian counterpart in Hanoi, the two sides said in a joint statement on Tuesday.";
const SECOND = "The two leaders agreed to raise two-way trade and to work together in energy, education and science.";
const parse = (text: string) => parseSource(text, { today: "2026-12-03" });

describe("isListHeading", () => {
  it("takes the headings of lists of other stories, in three languages", () => {
    // Real lines: pages 20, 57, 19 and 29 of the corpus.
    for (const line of ["RELATED NEWS", "Other News", "More on Eurasia", "Новости партнёров"]) expect(isListHeading(line), line).toBe(true);
    for (const line of [
      "Most read",
      "Most popular stories",
      "Đọc nhiều",
      "Tin liên quan",
      "Xem nhiều nhất",
      "Читайте также:",
      "Самое читаемое",
    ])
      expect(isListHeading(line), line).toBe(true);
  });

  it("leaves headlines, section labels and kickers that may head the article itself", () => {
    for (const line of [
      "Russia intends to establish regular contacts with Laos",
      "Making news",
      "Social Affairs",
      "Top stories",
      "Related talks held in Hanoi on energy",
      "Most readers back the deal",
      "More than 100 firms join the fair",
    ])
      expect(isListHeading(line), line).toBe(false);
  });
});

describe("isLabelledLink", () => {
  it("takes a link printed with its label", () => {
    // Page 25: a related link between the photo and the text.
    expect(isLabelledLink("READ: China’s Xi visits Vietnam after Biden, seeks stronger ties")).toBe(true);
    expect(isLabelledLink("Читайте также: Лавров заявил о желании США развивать двухсторонний диалог с РФ")).toBe(true);
    expect(isLabelledLink("Xem thêm: Thủ tướng Phạm Minh Chính hội kiến Nhà vua Nhật Bản")).toBe(true);
  });

  it("leaves sentences and words that only begin so", () => {
    expect(isLabelledLink("Read: the statement says the two sides agreed to meet again next year.")).toBe(false);
    expect(isLabelledLink("Moreover: the two sides agreed to meet again")).toBe(false);
    expect(isLabelledLink("Readers' questions answered by the ambassador")).toBe(false);
  });
});

describe("isMenuLine", () => {
  it("takes a menu of three or more sections", () => {
    expect(isMenuLine("Home World Politics Business Sport")).toBe(true);
    expect(isMenuLine("Thời sự Chính trị Kinh tế Thế giới Xã hội")).toBe(true);
    expect(isMenuLine("Главная Политика Экономика Общество В мире")).toBe(true);
    expect(isMenuLine("News | Politics & Law | Business | Video")).toBe(true);
  });

  it("leaves headlines and section labels of the corpus pages", () => {
    for (const line of [
      "Russian Politics & Diplomacy",
      "Military & Defense",
      "Social Affairs",
      "Opening Asia for Russia",
      "Vietnam-focused TV channel to be launched in South Korea",
      "Thủ tướng Phạm Minh Chính hội kiến Nhà vua và Hoàng hậu Nhật Bản",
      "Лавров заявил о желании США развивать двухсторонний диалог с РФ",
      "World News",
    ])
      expect(isMenuLine(line), line).toBe(false);
  });
});

describe("navigation lines in the text", () => {
  it("leaves a labelled link and a list's heading out of the body, and the sentences round them in", () => {
    const link = "Читайте также: Лавров заявил о желании США развивать двухсторонний диалог с РФ";
    const parsed = parse(` date 2021-12-14 ${LEDE}\n${link}\n${SECOND}\nRELATED NEWS`);
    expect(parsed.paragraphs).toEqual([LEDE, SECOND]);
  });
});

describe("the headline among navigation lines", () => {
  const TITLE = "RoK President Yoon Suk Yeol arrives in Hanoi, starting State visit to Vietnam";

  it("is not an item of a most-read list between the headline and the date line", () => {
    for (const heading of ["Most read", "Đọc nhiều", "Читайте также"]) {
      const text = `${TITLE}\n${heading}\nThủ tướng Phạm Minh Chính hội kiến Nhà vua Nhật Bản\nChủ tịch nước Lương Cường tiếp Đại sứ Nhật Bản Ito Naoki\nJune 22, 2023\n${LEDE}\n${SECOND}`;
      expect(parse(text).title, heading).toBe(TITLE);
    }
  });

  it("is the line right under a list run together with it, when nothing else can be", () => {
    const text = `Most read\nThủ tướng Phạm Minh Chính hội kiến Nhà vua Nhật Bản\n${TITLE}\nJune 22, 2023\n${LEDE}\n${SECOND}`;
    expect(parse(text).title).toBe(TITLE);
  });

  it("is not a labelled link or a menu between a short headline and the date line", () => {
    // Page 50's headline: short, so a longer line under it would pass for the headline and it for a kicker.
    const link = `Russia-Laos talks\nREAD: China’s Xi visits Vietnam after Biden, seeks stronger ties\nMay 9, 2024\n${LEDE}\n${SECOND}`;
    expect(parse(link).title).toBe("Russia-Laos talks");
    const menu = `Russia-Laos talks\nHome World Politics Business Sport\nMay 9, 2024\n${LEDE}\n${SECOND}`;
    expect(parse(menu).title).toBe("Russia-Laos talks");
    const above = `Thời sự Chính trị Kinh tế Thế giới Xã hội\nChủ tịch nước Lương Cường tiếp Đại sứ Nhật Bản Ito Naoki\n06/06/2025 15:30\n${LEDE}\n${SECOND}`;
    expect(parse(above).title).toBe("Chủ tịch nước Lương Cường tiếp Đại sứ Nhật Bản Ito Naoki");
  });
});
