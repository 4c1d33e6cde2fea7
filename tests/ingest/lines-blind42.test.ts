/**
 * Rules fitted to the forty-second blind Việt Nam–Russia set (558–569): an
 * outlet's tag after a spaced bar closing the last paragraph is a sign-off,
 * not a caption; a carried story's dated address on a labelled source line
 * dates a page whose own address has no day; the short line under a repeat of
 * the headline between paragraphs is the photo's caption; a short all-capital
 * code the outlet table does not know, under the headline, is the byline's
 * initials. With the reworded real lines they were written for and lines they
 * must not match.
 */
import { describe, expect, it } from "vitest";
import { isCaptionUnderTitleImage } from "../../src/ingest/page-body.ts";
import { parseSource } from "../../src/ingest/parse-source.ts";
import { stripSignOff } from "../../src/ingest/sign-off.ts";

const LAST_558 =
  "The Russian president also talked with Nguyen Phu Chong, the ruling Communist Party's influential general secretary, and laid a wreath at the memorial to communist leader Ho Chi Minh. | BGNES";

describe("an outlet's tag after a spaced bar closing the last paragraph (blind-vnru-42, 558)", () => {
  it("strips `| BGNES` after the last sentence and names the outlet", () => {
    expect(stripSignOff(LAST_558)).toEqual({ text: LAST_558.slice(0, -" | BGNES".length), codes: ["BGNES"] });
  });

  it("leaves bars with no sentence end before them, and words that are not a code", () => {
    expect(stripSignOff("Thương mại Việt- Nga: Xuất tăng, nhập giảm | |")).toBeUndefined();
    expect(stripSignOff("Quan hệ Việt - Nga | VOV")).toBeUndefined();
    expect(stripSignOff("Ambassador Dang Minh Khoi took a photo with the community. | Photo by the embassy")).toBeUndefined();
    expect(stripSignOff("| BGNES")).toBeUndefined();
  });

  it("keeps the paragraph in the body and reads the outlet from the text", () => {
    const page = [
      "Russia and Vietnam agreed to deepen military cooperation",
      "",
      "Lam and Putin signed around a dozen cooperation agreements covering education, justice and civilian nuclear projects.",
      LAST_558,
    ].join("\n");
    const parsed = parseSource(page, { today: "2026-12-06" });
    expect(parsed.paragraphs.at(-1)).toBe(LAST_558.slice(0, -" | BGNES".length));
    expect(parsed.captions).toEqual([]);
    expect(parsed.publisher).toBe("BGNES");
  });
});

describe("a carried story's dated address dates a page whose own address has none (blind-vnru-42, 564)", () => {
  const body = [
    "Du khách Nga đổ dồn về Nha Trang mùa nghỉ đông",
    "",
    "Trong 2 tháng gần đây, lượng khách Nga tới Nha Trang – Khánh Hòa đã bắt đầu tăng lại, sau gần 2 năm sụt giảm vì nhiều yếu tố tác động.",
    "",
    "Nguồn VTV: http://vtv.vn/doi-song/du-khach-nga-do-don-ve-nha-trang-mua-nghi-dong-20161130134110258.htm",
  ].join("\n");

  it("reads the day in the source line's address under the editor's address of no day", () => {
    const parsed = parseSource(` url http://www.baomoi.com/du-khach-nga-do-don-ve-nha-trang-mua-nghi-dong/c/20965683.epi\n${body}`, {
      today: "2026-12-06",
    });
    expect(parsed.date).toBe("2016-11-30");
    expect(parsed.originalUrl).toBe("http://www.baomoi.com/du-khach-nga-do-don-ve-nha-trang-mua-nghi-dong/c/20965683.epi");
  });

  it("keeps the day of the page's own address, and reads no day from an unlabelled address", () => {
    const own = parseSource(` url https://example.vn/2017/05/02/story.html\n${body}`, { today: "2026-12-06" });
    expect(own.date).toBe("2017-05-02");
    const bare = body.replace("Nguồn VTV: ", "");
    expect(parseSource(` url http://www.baomoi.com/x/c/20965683.epi\n${bare}`, { today: "2026-12-06" }).date).toBeUndefined();
  });
});

describe("the short line under a repeat of the headline between paragraphs (blind-vnru-42, 565)", () => {
  const TITLE = "Hợp tác Y Tế Việt - Nga: Bước đột phá từ công nghệ hiện đại";
  const CAPTION = "Bộ trưởng Bộ Y tế Liên bang Nga Mikhail Murashko.";
  const NEXT =
    "Trong hợp tác, Bệnh viện Mắt Quốc tế Việt - Nga đã trở thành một điểm sáng. Bệnh viện ứng dụng công nghệ Smile Pro cùng trí tuệ nhân tạo vào chẩn đoán bệnh hoàng điểm.";

  it("is a caption: one short sentence with a paragraph after it", () => {
    expect(isCaptionUnderTitleImage(CAPTION, NEXT)).toBe(true);
  });

  it("is not a paragraph of two sentences, a long one, or the page's last line", () => {
    expect(isCaptionUnderTitleImage("Ông cam kết hỗ trợ. Bệnh viện sẽ hợp tác.", NEXT)).toBe(false);
    expect(
      isCaptionUnderTitleImage(
        "Bộ trưởng Mikhail Murashko đã giới thiệu những thành tựu y tế nổi bật của Nga trong điều trị ung thư trẻ em tại nhiều bệnh viện lớn.",
        NEXT,
      ),
    ).toBe(false);
    expect(isCaptionUnderTitleImage(CAPTION, undefined)).toBe(false);
  });

  it("takes the caption out of the body, and leaves a short paragraph after the headline at the top", () => {
    const lede =
      "Hôm 12/9, Bộ trưởng Y tế Nga Mikhail Murashko tới Việt Nam và làm việc tại Bệnh viện Mắt Quốc tế Việt - Nga. Chuyến thăm khẳng định cam kết chuyển giao công nghệ y tế hiện đại.";
    const parsed = parseSource([` date 2025-09-13 ${TITLE}`, "", lede, "", TITLE, CAPTION, "", NEXT].join("\n"), {
      today: "2026-12-06",
    });
    expect(parsed.captions).toContain(CAPTION);
    expect(parsed.paragraphs).not.toContain(CAPTION);
    expect(parsed.paragraphs).toContain(NEXT);
  });
});

describe("a short all-capital code under the headline is the byline's initials (blind-vnru-42, 565)", () => {
  const page = (code: string) =>
    [
      " date 2025-09-13 Chuyển đổi số",
      "Y tế số",
      "",
      "Hợp tác Y Tế Việt - Nga: Bước đột phá từ công nghệ hiện đại",
      "",
      code,
      "",
      code,
      "",
      "12:40 | 13/09/2025",
      "Hôm 12/9, Bộ trưởng Y tế Nga Mikhail Murashko tới Việt Nam và làm việc tại Bệnh viện Mắt Quốc tế Việt - Nga. Chuyến thăm khẳng định cam kết chuyển giao công nghệ y tế hiện đại.",
    ].join("\n");

  it("reads `CTV` printed twice under the headline as the author, not the site", () => {
    const parsed = parseSource(page("CTV"), { today: "2026-12-06" });
    expect(parsed.author).toBe("CTV");
    expect(parsed.publisher).toBeUndefined();
  });

  it("leaves a code the outlet table knows as the outlet", () => {
    const parsed = parseSource(page("TTXVN"), { today: "2026-12-06" });
    expect(parsed.author).toBeUndefined();
  });
});
