/**
 * The rules fitted to the sixtieth blind Việt Nam–Russia set (774–785): a day
 * defined as a named day of the calendar, and the other days of the sentence
 * that defines it, date no event (778); an image's file name on a line of its
 * own is furniture (778). With the reworded real lines they were written for and
 * lines they must not match.
 */
import { describe, expect, it } from "vitest";
import { isFurnitureLine } from "../../src/ingest/furniture.ts";
import { isImageFileName } from "../../src/ingest/image-file-names.ts";
import { findEventDay } from "../../src/ingest/infer-date.ts";
import { isObservanceDefinition } from "../../src/ingest/observance-day.ts";

/** Is the day written as `day` in `paragraph` defined as a named day? */
const defined = (paragraph: string, day: string) => isObservanceDefinition(paragraph, paragraph.indexOf(day) + day.length);

const OBSERVANCE =
  "Ngày 10 tháng 2 là Ngày truyền thống của ngành ngoại giao Nga («День дипломатического работника»), ngày lễ được xác lập theo Sắc lệnh số 1279 mà Tổng thống Nga Vladimir Putin ký ngày 31/10/2002.";
const RECEPTION =
  "Tối 15 tháng 2 năm 2018, Đại sứ Liên bang Nga tại Việt Nam Konstantin Vnukov đã mở tiệc chiêu đãi trọng thể nhân Ngày truyền thống ngành ngoại giao Nga, tổ chức tại khách sạn “InterContinental Hanoi Landmark 72” ở Hà Nội.";

describe("a day defined as a named day of the calendar (blind-vnru-60, 778)", () => {
  it("is an observance, and so are the other days of its sentence", () => {
    expect(defined(OBSERVANCE, "Ngày 10 tháng 2")).toBe(true);
    expect(defined("June 12 is Russia Day, which the embassy marked with a reception.", "June 12")).toBe(true);
    expect(defined("10 февраля — День дипломатического работника.", "10 февраля")).toBe(true);
    expect(findEventDay([OBSERVANCE, RECEPTION])?.day).toEqual({ year: 2018, month: 2, day: 15 });
  });

  it("not a day-word in lower case, a day without a copula, or a named day further on", () => {
    expect(defined("Ngày 15/1 là ngày đầu tiên của chuyến thăm chính thức.", "Ngày 15/1")).toBe(false);
    expect(defined("On June 12, Russia Day, the leaders sent messages.", "June 12")).toBe(false);
    expect(defined("Ngày 10/2, Đại sứ chủ trì Ngày hội văn hóa Nga.", "Ngày 10/2")).toBe(false);
    expect(defined("Ngày 10/2 là dịp để các nhà ngoại giao hai nước gặp gỡ nhân Ngày truyền thống.", "Ngày 10/2")).toBe(false);
    // A day that opens the reception's own sentence is still its day.
    expect(findEventDay([RECEPTION])?.day).toEqual({ year: 2018, month: 2, day: 15 });
    expect(findEventDay(["Ngày 15/1 là ngày đầu tiên của chuyến thăm chính thức Liên bang Nga."])?.day).toMatchObject({
      month: 1,
      day: 15,
    });
  });
});

describe("an image's file name on a line of its own (blind-vnru-60, 778)", () => {
  it("is furniture", () => {
    expect(isImageFileName("slide_1_jpg_crop1518177587_ejw_960")).toBe(true);
    expect(isImageFileName("IMG_2034.JPG")).toBe(true);
    expect(isImageFileName("anh-le-ky-niem-2.png")).toBe(true);
    expect(isFurnitureLine("slide_1_jpg_crop1518177587_ejw_960")).toBe(true);
  });

  it("not a sentence, a word alone, a format's name inside a word, or an address", () => {
    expect(isImageFileName("Ảnh minh họa: slide_1.jpg")).toBe(false);
    expect(isImageFileName("jpg")).toBe(false);
    expect(isImageFileName("PNG")).toBe(false);
    expect(isImageFileName("jpgmaster_2024")).toBe(false);
    expect(isImageFileName("https://example.com/a.jpg")).toBe(false);
    expect(isImageFileName("Vietnam-Russia")).toBe(false);
    expect(isImageFileName("Gazprom-Vietsovpetro")).toBe(false);
  });
});
