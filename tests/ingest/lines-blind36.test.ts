/**
 * Line rules fitted to the thirty-sixth blind Việt Nam–Russia set (486–497): a
 * photo's caption kept in a table cell, closed by the cell's bar, and a closing
 * credit naming the writer and, after a slash, the outlet the story is from.
 * Each with the reworded real line it was written for and lines it must not
 * match.
 */
import { describe, expect, it } from "vitest";
import { parseWriterAndOutletCredit, parseWriterCredit } from "../../src/ingest/byline.ts";
import { captionCell } from "../../src/ingest/captions.ts";
import { classifyLines } from "../../src/ingest/classify-lines.ts";
import { emptyFindings } from "../../src/ingest/findings.ts";

describe("a caption kept in a table cell (blind-vnru-36, 487)", () => {
  const line =
    "Ambassador Dang Minh Khoi took a souvenir photo with representatives of the Vietnamese community in the Russian Federation. |";

  it("reads the sentence closed by the cell's bar as a caption, without the bar", () => {
    expect(captionCell(line)).toBe(
      "Ambassador Dang Minh Khoi took a souvenir photo with representatives of the Vietnamese community in the Russian Federation.",
    );
  });

  it("does not read a related link, a navigation row, a label or two sentences in a cell", () => {
    expect(captionCell("Thương mại Việt- Nga: Xuất tăng, nhập giảm | |")).toBeUndefined();
    expect(captionCell("Việt Nam-Liên bang Nga tiến hành ký kết nhiều văn kiện hợp tác |")).toBeUndefined();
    expect(captionCell("Phát hiện loài mang lớn tại Vườn Quốc gia Vũ Quang. | Sắp xếp đơn vị hành chính. |")).toBeUndefined();
    expect(captionCell("Follow us on: |")).toBeUndefined();
    expect(captionCell("The talks ended. Both sides signed seven documents. |")).toBeUndefined();
    expect(captionCell("Ambassador Dang Minh Khoi took a souvenir photo with the community.")).toBeUndefined();
  });

  it("takes the cell as the page's caption, not as text the headline could come from", () => {
    const found = emptyFindings();
    const body = classifyLines([line, "On January 19, the Embassy of Vietnam held the programme in Moscow."], found);
    expect(body.map((item) => item.text)).toEqual(["On January 19, the Embassy of Vietnam held the programme in Moscow."]);
    expect(found.captions.map((caption) => caption.text)).toEqual([
      "Ambassador Dang Minh Khoi took a souvenir photo with representatives of the Vietnamese community in the Russian Federation.",
    ]);
  });
});

describe("a credit naming the writer and the outlet (blind-vnru-36, 490 and 488)", () => {
  it("reads the writer before the slash and the outlet after it", () => {
    expect(parseWriterAndOutletCredit("Theo Hồ Trung Nghĩa/Infonet")).toEqual({ writer: "Hồ Trung Nghĩa", outlet: "Infonet" });
    expect(parseWriterAndOutletCredit("According to Thu Ha/VOV-Moscow")).toEqual({ writer: "Thu Ha", outlet: "VOV-Moscow" });
  });

  it("credits the writer as the author and the outlet as a source line names it", () => {
    const found = emptyFindings();
    classifyLines(["The fleet left Cam Ranh on Monday.", "Theo Hồ Trung Nghĩa/Infonet"], found);
    expect(found.author).toBe("Hồ Trung Nghĩa");
    expect(found.publishers.map((item) => item.name)).toContain("Infonet");
  });

  it("does not read outlets joined by a slash, a writer alone or a sentence", () => {
    expect(parseWriterAndOutletCredit("Theo TTXVN/Vietnam+")).toBeUndefined();
    expect(parseWriterAndOutletCredit("Theo Báo Tin Tức/TTXVN")).toBeUndefined();
    expect(parseWriterAndOutletCredit("Theo Thành Nam")).toBeUndefined();
    expect(parseWriterCredit("Theo Thành Nam")).toBe("Thành Nam");
    expect(parseWriterAndOutletCredit("According to the ministry, trade grew by 20%/year.")).toBeUndefined();
  });
});
