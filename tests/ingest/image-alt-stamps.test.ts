/**
 * An image's alt text as the RIA Novosti and Sputnik sites print it, with the
 * site, the picture's width and the day (blind-vnru-25, 362; blind-vnru-18,
 * 275): above the text it dates the page and names the site; below the lede
 * it may be another story's picture, whose day is not the page's. With the real
 * lines, the pages they stand on, and lines it must not take.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseImageAltStamp } from "../../src/ingest/image-alt-stamps.ts";
import { parseSource } from "../../src/ingest/parse-source.ts";

const PAGE_362 = readFileSync("tests/ingest/corpus/blind-vnru-25/362-sputnik-vn-russia-reopen-flights-vietnam-2023.txt", "utf8");
const PAGE_275 = readFileSync("tests/ingest/corpus/blind-vnru-18/275-sputnik-vn-friendship-order-vnukov-2021.txt", "utf8");

describe("an image's alt stamp", () => {
  it("reads the caption, the site and the day of the real lines", () => {
    expect(parseImageAltStamp("Máy bay chở khách đậu tại sân bay quốc tế Sheremetyevo - Sputnik Việt Nam, 1920, 30.03.2023")).toEqual({
      caption: "Máy bay chở khách đậu tại sân bay quốc tế Sheremetyevo",
      site: "Sputnik Việt Nam",
      day: { year: 2023, month: 3, day: 30 },
    });
    expect(
      parseImageAltStamp(
        "Thứ trưởng Bộ Ngoại giao Tô Anh Dũng trao Huân chương Hữu nghị của Chủ tịch nước cho Đại sứ Liên bang Nga tại Việt Nam Konstantin Vnukov. - Sputnik Việt Nam, 1920, 23.03.2021",
      )?.day,
    ).toEqual({ year: 2021, month: 3, day: 23 });
    expect(parseImageAltStamp("Путин и То Лам в Кремле - РИА Новости, 1920, 10.05.2025")?.site).toBe("РИА Новости");
  });

  it("not a sentence with a date, a dateline, a caption without the width, or an impossible day", () => {
    for (const line of [
      "The two sides met in Moscow, 1920, 30.03.2023",
      "Hà Nội, 30.03.2023",
      "Máy bay chở khách đậu tại sân bay quốc tế Sheremetyevo - Sputnik Việt Nam, 30.03.2023",
      "Alpha - Sputnik, 1920, 31.13.2023",
      " - Sputnik, 1920, 30.03.2023",
      "Các chuyến bay trực tiếp giữa Nga và Việt Nam đã bị tạm dừng do đại dịch COVID-19.",
    ]) {
      expect(parseImageAltStamp(line)).toBeUndefined();
    }
  });

  it("dates the page by its own picture, not by a linked story's (362)", () => {
    const parsed = parseSource(PAGE_362, { today: "2026-12-07" });
    // The related story's `… Aeroflot - Sputnik Việt Nam, 1920, 22.07.2022` below the text was taken before.
    expect(parsed.date).toBe("2023-03-30");
    expect(parsed.captions).toContain("Máy bay chở khách đậu tại sân bay quốc tế Sheremetyevo");
    expect(parsed.captions.join("\n")).not.toContain("1920");
    expect(parsed.publisher).toBe("Sputnik");
  });

  it("names the site of a page whose text names none, and leaves the stamps out of its body (275)", () => {
    const parsed = parseSource(PAGE_275, { today: "2026-12-07" });
    expect(parsed.date).toBe("2021-03-23");
    expect(parsed.publisher).toBe("Sputnik");
    expect(parsed.paragraphs.join("\n")).not.toContain("1920");
    expect(parsed.captions).toContain(
      "Thứ trưởng Bộ Ngoại giao Tô Anh Dũng trao Huân chương Hữu nghị của Chủ tịch nước cho Đại sứ Liên bang Nga tại Việt Nam Konstantin Vnukov.",
    );
  });
});
