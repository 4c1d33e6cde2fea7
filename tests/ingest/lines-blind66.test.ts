/**
 * The rule fitted to the sixty-sixth blind Việt Nam–Russia set (846–857): a
 * machine time stamp on a line of its own (850) is furniture, and the line
 * under it never continues it. With the reworded real lines it was written for
 * and lines it must not match.
 */
import { describe, expect, it } from "vitest";
import { isFurnitureLine } from "../../src/ingest/furniture.ts";
import { isMachineTimeStamp } from "../../src/ingest/machine-time-stamps.ts";
import { splitSourceLines } from "../../src/ingest/source-lines.ts";

describe("a machine time stamp on a line of its own (blind-vnru-66, 850)", () => {
  it("is furniture: the stamp as the page printed it, and its other ISO 8601 forms", () => {
    expect(isMachineTimeStamp("2025-06-30T19:53+0700")).toBe(true);
    expect(isFurnitureLine("2025-06-30T19:53+0700")).toBe(true);
    expect(isMachineTimeStamp(" 2025-06-30T19:53:07+07:00 ")).toBe(true);
    expect(isMachineTimeStamp("2025-06-30T12:53:07.123Z")).toBe(true);
    expect(isMachineTimeStamp("2025-06-30T19:53")).toBe(true);
  });

  it("is not a date written for readers, a stamp inside a sentence, or a stamp with words after it", () => {
    expect(isMachineTimeStamp("30.06.2025")).toBe(false);
    expect(isMachineTimeStamp("2025-06-30")).toBe(false);
    expect(isMachineTimeStamp("2025-06-30 19:53")).toBe(false);
    expect(isMachineTimeStamp("June 30, 2025 19:53")).toBe(false);
    expect(isMachineTimeStamp("2025-06-30T19:53+0700 những trang sử vàng")).toBe(false);
    expect(isMachineTimeStamp("Cập nhật 2025-06-30T19:53+0700")).toBe(false);
    expect(isMachineTimeStamp("The file was stamped 2025-06-30T19:53+0700.")).toBe(false);
    expect(isMachineTimeStamp("2025-06-30T19:5")).toBe(false);
    // A line longer than twice the longest stamp is not read at all, however much of it is space.
    expect(isMachineTimeStamp(`${" ".repeat(80)}2025-06-30T19:53+0700`)).toBe(false);
    expect(isFurnitureLine("Việc giúp đỡ đào tạo chuyên gia không chỉ dừng lại ở lĩnh vực quân sự.")).toBe(false);
  });

  it("is not continued by the lower-case tag line under it, where a wrapped line still is", () => {
    expect(splitSourceLines("2025-06-30T19:53+0700\nnhững trang sử vàng\nnga")).toEqual([
      "2025-06-30T19:53+0700",
      "những trang sử vàng nga",
    ]);
    expect(splitSourceLines("Hội nghị diễn ra tại Hà Nội vào ngày\nhôm qua.")).toEqual(["Hội nghị diễn ra tại Hà Nội vào ngày hôm qua."]);
    expect(splitSourceLines("Cập nhật 2025-06-30T19:53+0700\nnhững trang sử vàng")).toEqual([
      "Cập nhật 2025-06-30T19:53+0700 những trang sử vàng",
    ]);
  });
});
