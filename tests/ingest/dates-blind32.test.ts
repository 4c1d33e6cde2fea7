/**
 * Rules fitted to the thirty-second blind Việt Nam–Russia set (438–449): a
 * year's figure raised `by … percent in 2018` is a year that is over, and a
 * Vietnamese span of days written `ngày 3 - 4/10/2023`. Each with the reworded
 * real line it was written for and a line it must not match.
 */
import { describe, expect, it } from "vitest";
import { growthYears } from "../../src/ingest/growth-years.ts";
import { findEventDay, inferYear } from "../../src/ingest/infer-date.ts";

describe("a year's figure raised or lowered by a percent in that year (blind-vnru-32, 438)", () => {
  const interview = [
    "MOSCOW, February 23. /TASS/. Russia stands ready to keep supplying Hanoi with modern weapons, Russian Foreign Minister Sergey Lavrov said.",
    "The Russian top diplomat noted that trade between the two countries had risen by more than 16% in 2018 to above $6 bln after the free trade agreement came into force.",
  ].join("\n");

  it("reads `had risen by more than 16% in 2018` as 2018 over", () => {
    expect(growthYears(interview)).toEqual([2018]);
    expect(inferYear({ month: 2, day: 23 }, interview)?.year).toBe(2019);
  });

  it("reads the Russian wording `вырос на 35% в 2017 году` the same way", () => {
    expect(growthYears("В прошлом году товарооборот вырос на 35% в 2017 году и достиг рекорда.")).toEqual([2017]);
  });

  it("does not read a rise to come, or a rise over part of a year, as a year over", () => {
    expect(growthYears("Trade is expected to grow by 10% in 2019, the minister said.")).toEqual([]);
    expect(growthYears("Trade will increase by 10 percent in 2025.")).toEqual([]);
    expect(growthYears("Exports rose by 20% in the first quarter of 2019.")).toEqual([]);
  });
});

describe("a Vietnamese span of days with spaces around its dash (blind-vnru-32, 445)", () => {
  const forum = [
    "Sự kiện này có ý nghĩa quan trọng trong việc phát triển hợp tác giáo dục - y tế giữa Nga và các nước châu Á.",
    "Diễn đàn được tổ chức bởi Trung tâm Khoa học và Văn hóa Nga. Sự kiện kéo dài từ ngày 3 - 4/10/2023.",
  ];

  it("dates the text to the span's days, its year from the last day", () => {
    const event = findEventDay(forum);
    expect(event?.day).toEqual({ year: 2023, month: 10, day: 3 });
    expect(event?.evidence).toBe("ngày 3 - 4/10/2023");
  });

  it("reads the span written without spaces, and its month without a year", () => {
    expect(findEventDay(["Chuyến thăm diễn ra ngày 19-20/6 tại Hà Nội."])?.day).toEqual({ month: 6, day: 19 });
  });

  it("does not read a count of items or a score as a span of days", () => {
    expect(findEventDay(["Đội tuyển thắng 3 - 4 trận trong mùa giải 2023."])).toBeUndefined();
    expect(findEventDay(["Mỗi ngày 3 - 4 giờ học tiếng Nga, suốt năm 2023."])).toBeUndefined();
  });
});
