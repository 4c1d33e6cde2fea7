/**
 * A Vietnamese day a state of things holds from (`Từ ngày 8/6, …`) is the
 * story's background, as after `since`; the day it reports may be written with
 * the word `tháng` (`Ngày 1 tháng 8, …`). Bầu trời, blind-vnru-20, 294: on the
 * real (reworded) lines and on lines the rules must not take.
 */
import { describe, expect, it } from "vitest";
import { findEventDay, inferEventDate } from "../../src/ingest/infer-date.ts";

describe("a day the text counts from, then the day it reports written with `tháng` (Bầu trời, 294)", () => {
  const paragraphs = [
    "Nga đã ngừng mọi chuyến bay quốc tế từ cuối tháng 3/2020 vì dịch bệnh.",
    "Từ ngày 8/6, Nga cho phép xuất cảnh với những người cần đi thăm thân nhân đang chữa bệnh, hoặc đi học, đi làm.",
    "Ngày 1 tháng 8, Nga bắt đầu nối lại các chuyến bay quốc tế. Hiện các chuyến bay tới Anh, Tanzania, Thổ Nhĩ Kỳ và Thụy Sĩ đã được phép.",
  ];

  it("passes over `Từ ngày 8/6` and takes `Ngày 1 tháng 8`, the year from the month-year before it", () => {
    expect(findEventDay(paragraphs)?.day).toEqual({ month: 8, day: 1 });
    expect(inferEventDate(paragraphs)?.date).toEqual({ year: 2020, month: 8, day: 1 });
  });

  it("keeps the first day of a span after `từ ngày`, and a day after `từ` that is a place's", () => {
    expect(findEventDay(["Tổng thống thăm cấp Nhà nước Việt Nam từ ngày 19/6 đến 20/6."])?.day).toEqual({ month: 6, day: 19 });
    expect(findEventDay(["Chuyến thăm diễn ra từ ngày 29/11 đến 2/12/2021 tại Moskva."])?.day).toMatchObject({ month: 11, day: 29 });
    expect(findEventDay(["Đoàn bay từ Moskva về Hà Nội ngày 10/5."])?.day).toEqual({ month: 5, day: 10 });
    // A day still to come (blind-vnru-25, 361): the text was written before it.
    expect(findEventDay(["Như vậy, kể từ ngày 27/01, mỗi tuần đường bay Moskva - Hà Nội sẽ có 2 chuyến."])).toMatchObject({
      day: { month: 1, day: 27 },
      writtenDaysLater: -1,
    });
  });

  it("reads `ngày 1 tháng 8` as a day, but not a count of months or a full date's month alone", () => {
    expect(findEventDay(["Sáng 20 tháng 6, hai bên ký kết văn kiện."])?.day).toEqual({ month: 6, day: 20 });
    expect(findEventDay(["Dự án kéo dài 18 tháng 8 ngày nữa."])).toBeUndefined();
    expect(findEventDay(["Ngày 1 tháng 8 năm 2020, Nga mở lại đường bay."])?.day).toEqual({ year: 2020, month: 8, day: 1 });
  });
});
