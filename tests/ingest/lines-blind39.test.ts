/**
 * Rules fitted to the thirty-ninth blind Việt Nam–Russia set (522–533): a
 * headline printed twice, the second time with the page's day glued after it;
 * a photo's caption printed twice over the headline; a photo's label with what
 * it shows; a blog's comment count and a `Related Information:` heading as
 * the end of the text. With the reworded real lines they were written for and
 * lines they must not match.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isTailMarker } from "../../src/ingest/boilerplate.ts";
import { isDoubledCaption, parseCaptionLine } from "../../src/ingest/captions.ts";
import { splitRepeatedHeadlineDay } from "../../src/ingest/glued-lines.ts";
import { parseSource } from "../../src/ingest/parse-source.ts";

const page = (name: string): string => readFileSync(`tests/ingest/corpus/blind-vnru-39/${name}`, "utf8");

describe("a headline printed twice, the second time with its day (blind-vnru-39, 523)", () => {
  const headline = "Vietnam welcomed all ships at former Soviet naval base";

  it("gives the day a line of its own under the headline's second copy", () => {
    expect(splitRepeatedHeadlineDay(["Russian Navy", headline, `${headline} 09.11.2010`, "Text: Lenta.Ru"])).toEqual([
      "Russian Navy",
      headline,
      headline,
      "09.11.2010",
      "Text: Lenta.Ru",
    ]);
  });

  it("leaves a line ending with a day that does not repeat the line above, and a short label", () => {
    const caption = "Thủ tướng tiếp Đại sứ Nga tại Hà Nội 20/6/2024";
    expect(splitRepeatedHeadlineDay(["Thủ tướng tiếp Đại sứ Nga", caption])).toEqual(["Thủ tướng tiếp Đại sứ Nga", caption]);
    expect(splitRepeatedHeadlineDay(["Cập nhật", "Cập nhật 09.11.2010"])).toEqual(["Cập nhật", "Cập nhật 09.11.2010"]);
    expect(splitRepeatedHeadlineDay([headline, `${headline} in 2010`])).toEqual([headline, `${headline} in 2010`]);
  });

  it("takes the headline without the day as the title, and the day as the page's date", () => {
    const parsed = parseSource(page("523-rusnavy-lenta-cam-ranh-open-to-all-ships-2010.txt"), { today: "2026-12-06" });
    expect(parsed.title).toBe(headline);
    expect(parsed.date).toBe("2010-11-09");
    expect(parsed.dateInferred).not.toBe(true);
  });
});

describe("a photo's caption printed twice over the headline (blind-vnru-39, 526)", () => {
  const caption =
    "Đại sứ Việt Nam tại Liên bang Nga Đặng Minh Khôi chụp ảnh cùng các em nhỏ trong không gian văn hóa Ngày Tết cổ truyền của dân tộc Việt Nam.";

  const headline = "Ấn tượng không gian văn hóa Tết Việt tại thủ đô nước Nga";

  it("reads the sentence on two lines in a row, over a headline, as one caption", () => {
    expect(isDoubledCaption(caption, caption, headline)).toBe(true);
  });

  it("does not take a headline printed twice (no full stop), a short line, or two different lines", () => {
    expect(isDoubledCaption(headline, headline, caption)).toBe(false);
    expect(isDoubledCaption("Ảnh: TTXVN.", "Ảnh: TTXVN.", headline)).toBe(false);
    expect(isDoubledCaption(caption, `${caption} Ảnh: TTXVN`, headline)).toBe(false);
  });

  it("does not take a standfirst printed twice over the text (blind-vnru-13, 216)", () => {
    const standfirst =
      "Lễ kỷ niệm 74 năm Quốc khánh 2/9 đã được Đại sứ quán Việt Nam tại LB Nga tổ chức trọng thể, nơi các vị khách Nga bày tỏ ấn tượng trước những thành tựu mà Việt Nam đạt được.";
    const text =
      "Phóng viên TTXVN tại LB Nga cho biết, dự buổi lễ có ông Mikhain Shvydkoi, Đặc phái viên của Tổng thống Nga về hợp tác văn hóa quốc tế.";
    expect(isDoubledCaption(standfirst, standfirst, text)).toBe(false);
  });

  it("takes the headline under the caption as the title, and the caption as one", () => {
    const parsed = parseSource(page("526-nhandan-xuan-que-huong-tet-at-ty-moskva-2025.txt"), { today: "2026-12-06" });
    expect(parsed.title).toBe("Ấn tượng không gian văn hóa Tết Việt tại thủ đô nước Nga");
    expect(parsed.captions).toEqual([caption]);
  });
});

describe("a photo's label with what it shows (blind-vnru-39, 523)", () => {
  it("reads `Photo: Airscape of Cam Ranh military base.` as the caption", () => {
    expect(parseCaptionLine("Photo: Airscape of Cam Ranh military base.")).toEqual({
      text: "Airscape of Cam Ranh military base.",
      credits: [],
    });
  });

  it("leaves credits: names, with or without a full stop", () => {
    expect(parseCaptionLine("Photo: Nguyen Van Thanh Dat.")?.text ?? "").toBe("");
    expect(parseCaptionLine("Photo: VNA")?.text ?? "").toBe("");
    expect(parseCaptionLine("Photo: Airscape of the base")).toBeUndefined();
  });
});

describe("a blog's comment count and a related-information heading (blind-vnru-39, 523, 524)", () => {
  it("end the text", () => {
    expect(isTailMarker("0 comments:")).toBe(true);
    expect(isTailMarker("12 comments")).toBe(true);
    expect(isTailMarker("Related Information:")).toBe(true);
  });

  it("are not a sentence that counts comments or informs", () => {
    expect(isTailMarker("The ministry received 12 comments on the draft.")).toBe(false);
    expect(isTailMarker("Related information was shared by both sides:")).toBe(false);
  });

  it("leave no widget line in the blog's body", () => {
    const parsed = parseSource(page("524-theasiandefence-interfax-cam-ranh-base-restored-2010.txt"), { today: "2026-12-06" });
    expect(parsed.paragraphs.join("\n")).not.toContain("0 comments:");
    expect(parsed.paragraphs.join("\n")).not.toContain("Related Posts Plugin");
  });
});
