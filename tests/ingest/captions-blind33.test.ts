/**
 * A rule fitted to the thirty-third blind Việt Nam–Russia set (450–461): an
 * image's alt text kept as the first cell of a table row, its caption the cell
 * on the next line (thactrang.com, 458). With the reworded real lines and a
 * line it must not take.
 */
import { describe, expect, it } from "vitest";
import { isAltTextCell } from "../../src/ingest/captions.ts";
import { parseSource } from "../../src/ingest/parse-source.ts";

const parse = (text: string) => parseSource(text, { today: "2026-12-06" });

describe("an image's alt text as a table row's first cell (blind-vnru-33, 458)", () => {
  const alt = "Tình hữu nghị truyền thống lâu đời tài sản vô giá của Việt Nam và Liên bang Nga trong suốt 75 năm hợp tác |";
  const cell = "| Đại sứ Việt Nam tại LB Nga Đặng Minh Khôi điểm lại những mốc lịch sử quan hệ hai nước. |";
  const page = [
    " date 2025-01-24 Việt Nam luôn ghi nhớ, biết ơn sự giúp đỡ to lớn mà Liên Xô trước đây và Liên bang Nga ngày nay đã dành cho mình, Đại sứ Đặng Minh Khôi khẳng định...",
    alt,
    cell,
    "Ngày 23/1, Hội Hữu nghị Nga-Việt đã tổ chức tại thủ đô Moscow, Liên bang Nga, cuộc gặp mừng 75 năm ngày Việt Nam và Liên bang Nga thiết lập quan hệ ngoại giao.",
  ].join("\n");

  it("drops the alt text and takes the next cell as the caption", () => {
    expect(isAltTextCell(alt, cell)).toBe(true);
    const parsed = parse(page);
    expect(parsed.captions).toEqual(["Đại sứ Việt Nam tại LB Nga Đặng Minh Khôi điểm lại những mốc lịch sử quan hệ hai nước."]);
    expect(parsed.paragraphs.join("\n")).not.toContain("tài sản vô giá");
  });

  it("does not take a line ending in a bar without a cell under it, nor a cell itself", () => {
    expect(isAltTextCell(alt, "Ngày 23/1, Hội Hữu nghị Nga-Việt đã tổ chức cuộc gặp.")).toBe(false);
    expect(isAltTextCell(alt, undefined)).toBe(false);
    expect(isAltTextCell(cell, cell)).toBe(false);
  });
});
