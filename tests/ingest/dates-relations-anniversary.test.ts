/**
 * A count of the years of Việt Nam's diplomatic relations with Russia (set up
 * with the Soviet Union on 30 January 1950) gives the year a yearless day
 * falls in (VietnamPlus, blind-vnru-26, 373): the kept day of
 * `event-words.yaml`, its long name read across hyphens, on the real
 * (reworded) lines and on lines it must not take.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { keptDaysOf } from "../../src/ingest/event-spans.ts";
import { anniversaryYears, inferYear, type KeptDay } from "../../src/ingest/infer-date.ts";
import { parseSource } from "../../src/ingest/parse-source.ts";
import { loadTaxonomy } from "../../src/taxonomy/load-taxonomy.ts";

let kept: KeptDay[];

beforeAll(async () => {
  const { taxonomy } = await loadTaxonomy("content/taxonomy");
  kept = keptDaysOf(taxonomy.eventWords?.anniversaries ?? []);
});

describe("65 years of relations with Russia, no year but an old photo's (VietnamPlus, 373)", () => {
  const page = [
    "Kỷ niệm 65 năm quan hệ ngoại giao Việt Nam-Liên bang Nga",
    "Sau 65 năm vun đắp bền bỉ, quan hệ Việt Nam-Nga đã trở thành một trong những mối quan hệ hữu nghị tiêu biểu.",
    "Chủ tịch Nước Trương Tấn Sang và Tổng thống Liên bang Nga Vladimir Putin trong chuyến thăm Hà Nội ngày 12/11/2013. (Ảnh: Nguyễn Khang/TTXVN)",
    "Ngày 28/1, Hội Hữu nghị Nga-Việt và Đại sứ quán Việt Nam tại Liên bang Nga đã long trọng tổ chức lễ kỷ niệm 65 năm thiết lập quan hệ ngoại giao Việt Nam-Liên bang Nga tại trụ sở Hội ở Moskva.",
    "Phía Nga dự buổi lễ có đại diện Bộ Ngoại giao Nga, Hội Cựu chiến binh và nhiều sinh viên yêu quý Việt Nam.",
  ].join("\n\n");

  it("counts 65 years from 1950, whether the name is written with a hyphen or spaced dashes", () => {
    expect(anniversaryYears("lễ kỷ niệm 65 năm thiết lập quan hệ ngoại giao Việt Nam-Liên bang Nga tại Moskva", kept)).toEqual([2015]);
    expect(anniversaryYears("Kỷ niệm 70 năm quan hệ ngoại giao Việt Nam - Nga.", kept)).toEqual([2020]);
    expect(inferYear({ month: 1, day: 28 }, page, kept)).toMatchObject({ year: 2015 });
  });

  it("dates the page 28 January 2015, not the photo's year", () => {
    expect(parseSource(page, { today: "2026-12-06", keptDays: kept }).date).toBe("2015-01-28");
  });

  it("counts nothing for relations with another country, an approximate count, or words too far from the count", () => {
    expect(anniversaryYears("kỷ niệm 65 năm thiết lập quan hệ ngoại giao Việt Nam - Trung Quốc", kept)).toEqual([]);
    expect(anniversaryYears("kỷ niệm 50 năm quan hệ ngoại giao Việt Nam - Nhật Bản", kept)).toEqual([]);
    expect(anniversaryYears("hơn 70 năm quan hệ ngoại giao Việt Nam - Nga", kept)).toEqual([]);
    expect(anniversaryYears("Suốt 65 năm qua, hai nước đã cùng nhau vun đắp quan hệ ngoại giao Việt Nam - Nga", kept)).toEqual([]);
  });

  it("still counts a kept day's short name before a comma, and not one counted from another day", () => {
    expect(anniversaryYears("Lễ kỷ niệm 74 năm Quốc khánh, tổ chức tại Moskva", kept)).toEqual([2019]);
    expect(anniversaryYears("Lễ kỷ niệm 74 năm Quốc khánh 3/9 được tổ chức trọng thể.", kept)).toEqual([]);
  });
});
