import { describe, expect, it } from "vitest";
import {
  academicYearStarts,
  anniversaryYears,
  findEventDay,
  inAnniversarySpan,
  inferEventDate,
  inferYear,
  isAboutFuture,
  yearsMentioned,
} from "../../src/ingest/infer-date.ts";

// Seed 002's paragraphs that carry the evidence (the source states no date).
const seed002 = [
  "Russian Prime Minister Mikhail Mishustin reiterated the Russian President's invitation to General Secretary To Lam to attend the 80th anniversary of the Victory and visit Russia in 2025.",
  "On the afternoon of January 14, at the Party Central Committee Headquarters, General Secretary To Lam had a cordial reception for Russian Prime Minister Mikhail Mishustin, who is on an official visit to Vietnam.",
  "General Secretary To Lam expressed his delight at the results of cooperation between the two countries achieved in recent times, especially after the state visit to Vietnam by Russian President Vladimir Putin in June 2024.",
];

describe("a yearless day in a sentence about what is to come (blind-vnru-12, 205)", () => {
  it("is written the day before it at the latest, with the Russian verbs of arriving", () => {
    expect(
      findEventDay([
        "Президент Вьетнама Чан Дай Куанг приедет в Москву с официальным визитом с 28 июня по 1 июля по приглашению президента России Владимира Путина.",
      ]),
    ).toMatchObject({ day: { month: 6, day: 28 }, writtenDaysLater: -1 });
    expect(isAboutFuture("Чан Дай Куанг прибудет в Москву 28 июня.")).toBe(true);
  });

  it("is the day written when the sentence reports what happened", () => {
    const past = findEventDay([
      "Президент Вьетнама Чан Дай Куанг приехал в Москву с официальным визитом 28 июня по приглашению президента России.",
    ]);
    expect(past?.day).toMatchObject({ month: 6, day: 28 });
    expect(past?.writtenDaysLater).toBeUndefined();
    expect(isAboutFuture("Чан Дай Куанг приехал в Москву 28 июня.")).toBe(false);
  });
});

describe("a day in a sentence about work under way towards what is to come (blind-vnru-59, 764)", () => {
  it("is still to come: the text was written the day before it at the latest", () => {
    const sentence =
      "Pegas Misr Vietnam Company is also working with Ikar International Airlines (part of Pegas Touristik Group) to operate flights from Khabarovsk Novy to Cam Ranh from April 18.";
    expect(isAboutFuture(sentence)).toBe(true);
    expect(findEventDay([sentence])).toMatchObject({ day: { month: 4, day: 18 }, writtenDaysLater: -1 });
    expect(isAboutFuture("The airline is preparing to resume flights to Nha Trang on May 1.")).toBe(true);
  });

  it("is not a sentence of work done, nor of work under way for its own sake", () => {
    expect(isAboutFuture("Pegas Misr worked with Ikar to operate flights to Cam Ranh from April 18.")).toBe(false);
    expect(isAboutFuture("The two ministries are working closely on the project.")).toBe(false);
  });
});

describe("a plan that was, `vốn dự kiến` (blind-vnru-60, 779)", () => {
  const release =
    "Theo Thông cáo báo chí mà Ủy ban Đối ngoại của Quốc hội phát đi chiều 24/6/2023, vì tình hình đột xuất trong nước, Chủ tịch Duma Quốc gia Liên bang Nga Vyacheslav Victorovich Volodin đã hoãn chuyến thăm chính thức Việt Nam vốn dự kiến diễn ra từ ngày 25-26/6/2023.";

  it("does not put the day of the release ahead of its writing", () => {
    expect(isAboutFuture(release)).toBe(false);
    expect(findEventDay([release])).toMatchObject({ day: { year: 2023, month: 6, day: 24 } });
    expect(findEventDay([release])?.writtenDaysLater).toBeUndefined();
  });

  it("still reads a visit planned without `vốn` as still to come", () => {
    expect(isAboutFuture("Chuyến thăm dự kiến diễn ra từ ngày 25-26/6/2023.")).toBe(true);
  });
});

describe("findEventDay", () => {
  it("finds the day of the main event in seed 002", () => {
    expect(findEventDay(seed002)).toEqual({
      day: { month: 1, day: 14 },
      evidence: "On the afternoon of January 14",
      paragraph: 1,
      phrase: true,
    });
  });

  it.each([
    ["on Tuesday (January 14) the two leaders met", { month: 1, day: 14 }],
    ["the groundbreaking ceremony this morning (January 15).", { month: 1, day: 15 }],
    ["Chiều 14-1, tại Trụ sở Chính phủ, Thủ tướng đã hội đàm", { month: 1, day: 14 }],
    ["Sáng nay (15/1), Tổng Bí thư dự lễ khởi công", { month: 1, day: 15 }],
    ["The talks took place on 14 January in Hanoi.", { month: 1, day: 14 }],
    ["On January 14, 2025, the two sides signed.", { month: 1, day: 14, year: 2025 }],
  ])("reads %s", (text, day) => {
    expect(findEventDay([text])?.day).toEqual(day);
  });

  it("prefers a dated event phrase over an earlier bare mention in a later paragraph order", () => {
    expect(findEventDay(["The visit lasts from January 14-15.", "On January 14 the leaders met."])?.day).toEqual({
      month: 1,
      day: 14,
    });
    expect(findEventDay(["A plan for May 9 parades.", "On May 8 the leaders met."])?.day).toEqual({ month: 5, day: 8 });
  });

  it("dates a report of a span of days that is over to its last day (news-pravda.com carrying Sputnik)", () => {
    const found = findEventDay([
      "During the former's visit to Hanoi on June 19-20, Russian President Vladimir Putin and his Vietnamese counterpart To Lam agreed to strengthen the partnership.",
    ]);
    expect([found?.day, found?.writtenDaysLater]).toEqual([{ month: 6, day: 19 }, 1]);
    // Not a span: a day and a time, a day and a number, a span still to come (the day before it).
    expect(findEventDay(["The leaders met on June 19 - 20:30 local time."])?.writtenDaysLater).toBeUndefined();
    expect(findEventDay(["On June 19-2 votes were cast."])?.writtenDaysLater).toBeUndefined();
    expect(findEventDay(["The talks will be held on June 19-20 in Hanoi."])?.writtenDaysLater).toBe(-1);
  });

  it("finds nothing in text without a day", () => {
    expect(
      findEventDay(["The two countries are also celebrating the 75th anniversary of their diplomatic ties this year."]),
    ).toBeUndefined();
    expect(findEventDay(["Prices may 15 per cent rise."])).toBeUndefined();
  });
});

describe("inferYear", () => {
  it("reads a text that names a year 200,000 times", () => {
    expect(inferYear({ month: 1, day: 14 }, "It was 2024. ".repeat(200_000))).toEqual({ year: 2024, confirmed: false });
    expect(inferYear({ month: 1, day: 14 }, "In June 2023 and in 2024. ".repeat(200_000))).toEqual({ year: 2024, confirmed: true });
  });

  it("puts January 14 after June 2024 in seed 002, confirmed by `in 2025`", () => {
    expect(inferYear({ month: 1, day: 14 }, seed002.join("\n"))).toEqual({ year: 2025, confirmed: true });
  });

  it("keeps the year of the latest past reference when the day comes later in that year", () => {
    expect(inferYear({ month: 8, day: 3 }, "After Putin's state visit in June 2024, trade grew in 2024.")).toEqual({
      year: 2024,
      confirmed: true,
    });
  });

  it("ignores month-years in sentences about the future", () => {
    expect(inferYear({ month: 1, day: 14 }, "The visit followed talks in October 2024. A summit will be held in November 2025.")).toEqual({
      year: 2025,
      confirmed: true,
    });
    expect(inferYear({ month: 1, day: 14 }, "The visit followed talks in October 2024.")).toEqual({
      year: 2025,
      confirmed: false,
    });
  });

  it("falls back to the latest year named, not a target year, unconfirmed", () => {
    expect(inferYear({ month: 3, day: 2 }, "Trade reached a record in 2024 and should double by 2030.")).toEqual({
      year: 2024,
      confirmed: false,
    });
    expect(inferYear({ month: 3, day: 2 }, "No year at all.")).toBeUndefined();
  });
});

describe("an anniversary counted from a day the text writes in full (VOV, blind-vnru-13, 213)", () => {
  const text = [
    "Ngày 14/9, tại trụ sở sứ quán ở thủ đô Moscow, Đại sứ quán Việt Nam tại Nga đã tổ chức Lễ kỷ niệm 73 năm Quốc khánh 2/9 và tiếp khách đối ngoại.",
    "Trong bài phát biểu tại lễ kỷ niệm, Đại sứ Ngô Đức Mạnh nêu bật những thành tựu to lớn Việt Nam đạt được kể từ ngày 2/9/1945, khi Chủ tịch Hồ Chí Minh đọc bản Tuyên ngôn Độc lập.",
  ].join("\n");

  it("gives the anniversary's year, and the yearless day that year, not the year recalled", () => {
    expect(anniversaryYears(text)).toEqual([2018]);
    expect(inferYear({ month: 9, day: 14 }, text)).toEqual({ year: 2018, confirmed: true });
  });

  it("gives nothing when the day counted from is not written in full, or is another day", () => {
    expect(anniversaryYears("Đại sứ quán đã long trọng tổ chức lễ kỷ niệm 74 năm Quốc khánh 2/9.")).toEqual([]);
    expect(anniversaryYears("Lễ kỷ niệm 73 năm Quốc khánh 2/9; Cách mạng Tháng Tám thành công ngày 19/8/1945.")).toEqual([]);
    expect(anniversaryYears("Hai bên ký 15 văn kiện ngày 20/6/2024.")).toEqual([]);
  });
});

describe("a day kept every year counted by its words alone, its day left out (Báo Mới, blind-vnru-16, 256)", () => {
  const nationalDay = [{ year: 1945, month: 9, day: 2, words: ["Quốc khánh", "National Day"] }];
  const text = [
    "Ngày 1/9, bên lề Hội nghị thượng đỉnh Tổ chức Hợp tác Thượng Hải (SCO) tại Thiên Tân, Trung Quốc, Thủ tướng Phạm Minh Chính đã hội kiến Tổng thống Nga Vladimir Putin.",
    "Thủ tướng bày tỏ cảm ơn việc Nga cử đoàn quân nhân sang tham gia Lễ diễu binh kỷ niệm 80 năm Quốc khánh Việt Nam.",
  ].join("\n");

  it("gives the year from the day's first (1945 + 80), and the yearless day that year", () => {
    expect(anniversaryYears(text, nationalDay)).toEqual([2025]);
    expect(inferYear({ month: 9, day: 1 }, text, nationalDay)).toMatchObject({ year: 2025 });
  });

  it("gives nothing for an approximate count, another day's count, or words too far from the count", () => {
    expect(anniversaryYears("Hai nước đã cùng nhau đi qua hơn 70 năm Quốc khánh.", nationalDay)).toEqual([]);
    expect(anniversaryYears("Trường kỷ niệm 80 năm thành lập vào tháng 9.", nationalDay)).toEqual([]);
    expect(anniversaryYears("nhân 80 năm Cách mạng tháng Tám thành công và Quốc khánh", nationalDay)).toEqual([]);
    expect(anniversaryYears("kỷ niệm 80 năm Quốc khánh Việt Nam")).toEqual([]);
  });
});

describe("an anniversary counted from a day kept every year, whose first year the text does not write (Báo Vĩnh Long, blind-vnru-13, 216)", () => {
  const nationalDay = [{ year: 1945, month: 9, day: 2, words: ["Quốc khánh", "National Day"] }];
  const text =
    "Lễ kỷ niệm 74 năm Quốc khánh 2/9 đã được Đại sứ quán Việt Nam tại LB Nga tổ chức trọng thể, nơi các vị khách Nga bày tỏ ấn tượng trước những thành tựu mà Việt Nam đạt được.";

  it("gives the year from the day's first (2 September 1945 + 74)", () => {
    expect(anniversaryYears(text, nationalDay)).toEqual([2019]);
    expect(inferYear({ month: 9, day: 2 }, text, nationalDay)).toMatchObject({ year: 2019 });
  });

  it("gives nothing when the count names another day, or not the kept day's words", () => {
    expect(anniversaryYears("Lễ kỷ niệm 74 năm Quốc khánh 3/9 được tổ chức trọng thể.", nationalDay)).toEqual([]);
    expect(anniversaryYears("Lễ kỷ niệm 74 năm thành lập trường 2/9 được tổ chức trọng thể.", nationalDay)).toEqual([]);
    expect(anniversaryYears(text)).toEqual([]);
  });
});

describe("an academic year spoken of (blind-vnru-8, 158)", () => {
  const text =
    "Russia's Ministry of Education and Science wants to widen its cooperation with Vietnam, Minister Dmitry Livanov told his Vietnamese counterpart Pham Vu Luan when they met in Moscow on October 3.\nMinister Luan for his part thanked Russia for the 600 scholarships it gave Vietnamese students in the 2014-2015 academic year, 253 of them in nuclear sciences.";

  it("gives the year of a day written without one: from the academic year's first September", () => {
    expect(inferYear({ month: 10, day: 3 }, text)).toEqual({ year: 2014, confirmed: true });
    expect(inferYear({ month: 3, day: 12 }, text)).toEqual({ year: 2015, confirmed: true });
    expect(academicYearStarts("Sinh viên nhập học trong năm học 2023-2024 tăng mạnh.")).toEqual([2023]);
  });

  it("reads no range of years that is not one academic year, and no academic year to come", () => {
    expect(academicYearStarts("Trade grew in 2014-2016, the ministry said.")).toEqual([]);
    expect(academicYearStarts("the 2014-2016 academic years")).toEqual([]);
    expect(
      inferYear({ month: 10, day: 3 }, "They met on October 3. Russia will grant 600 scholarships in the 2030-2031 academic year."),
    ).toBeUndefined();
  });
});

describe("yearsMentioned", () => {
  it("leaves out target years and plans' spans", () => {
    // A plan for 2026-2030 is often adopted before 2026: its years do not date the article.
    expect(yearsMentioned("in 2025, by 2030, the 2021-2030 strategy, until 2045, since 1950")).toEqual([2025, 1950]);
    expect(yearsMentioned("(January 30, 1950 – 2025)")).toEqual([2025]);
  });

  it("leaves out the year of the name `coronavirus disease 2019`, not a year after other words", () => {
    expect(yearsMentioned("Because of the coronavirus disease 2019 (COVID-19), the Olympiad was held online.")).toEqual([]);
    expect(yearsMentioned("The disease spread in 2019, and the contest of 2020 was held online.")).toEqual([2019, 2020]);
  });

  it("counts Russian perfective futures as the future (`В 2023 году страны отметят`), not the present", () => {
    // TASS, 5 July 2022: the year of an anniversary still to come does not date the text.
    expect(isAboutFuture("В 2023 году страны отметят сто лет со дня, когда Хо Ши Мин прибыл в Россию.")).toBe(true);
    expect(isAboutFuture("В 2022 году исполняется 10 лет всеобъемлющему стратегическому партнерству.")).toBe(false);
  });

  it("puts the day no earlier than a year the text speaks of as past or present", () => {
    // The synthetic archive's undated layout: an older month-year, and the current year named later.
    const text = "They recalled the visit to Egypt in April 2016. Both sides agreed to make 2020 a year of concrete results.";
    expect(inferYear({ month: 5, day: 12 }, text)).toEqual({ year: 2020, confirmed: true });
    // A year the text hopes for is not the article's.
    const hoped = "They recalled the state visit in June 2024. Russia hopes to welcome the General Secretary in 2025.";
    expect(inferYear({ month: 10, day: 23 }, hoped)).toEqual({ year: 2024, confirmed: true });
  });
});

describe("inferEventDate", () => {
  it("dates seed 002 to 2025-01-14", () => {
    expect(inferEventDate(seed002)).toEqual({
      date: { year: 2025, month: 1, day: 14 },
      evidence: "On the afternoon of January 14",
      yearConfirmed: true,
    });
  });
});

describe("findEventDay and background days", () => {
  it("passes over the day a `since …` clause counts from", () => {
    expect(findEventDay(["Suga landed in Hanoi, his first trip abroad since he took office on September 16."])).toBeUndefined();
    expect(findEventDay(["Suga took office on September 16 and flew to Hanoi."])?.day).toEqual({ month: 9, day: 16 });
  });
});

describe("days written the day after, and the tense of a sentence", () => {
  it("reads `Yesterday (June 19)`, `Chiều qua (19/6)` and `вчера, 19 июня` as written the day after", () => {
    expect(findEventDay(["Yesterday (June 19), the leaders held talks in Hanoi."])).toMatchObject({
      day: { month: 6, day: 19 },
      writtenDaysLater: 1,
    });
    expect(findEventDay(["Chiều qua (19/6), hai nhà lãnh đạo đã hội đàm."])?.writtenDaysLater).toBe(1);
    expect(findEventDay(["Президент вчера, 19 июня, прибыл в Ханой."])).toMatchObject({ day: { month: 6, day: 19 }, writtenDaysLater: 1 });
  });

  it("but a day the text reports on that day is the day written", () => {
    expect(findEventDay(["On June 19, the leaders held talks in Hanoi."])?.writtenDaysLater).toBeUndefined();
    expect(findEventDay(["Chiều nay (19/6), hai nhà lãnh đạo đã hội đàm."])?.writtenDaysLater).toBeUndefined();
  });

  it("tells a sentence in the future tense, in Vietnamese and Russian too", () => {
    expect(isAboutFuture("Thủ tướng sẽ thăm chính thức Liên bang Nga.")).toBe(true);
    expect(isAboutFuture("Визит продлится до 20 июня 2024 года.")).toBe(true);
    expect(isAboutFuture("The two leaders are to meet on Monday.")).toBe(true);
    expect(isAboutFuture("The ministers discussed on Monday the preparations for upcoming contacts.")).toBe(false);
    expect(isAboutFuture("Thủ tướng đã thăm chính thức Liên bang Nga.")).toBe(false);
  });

  it("counts the year of a past clause in a sentence about the future, not a year still to come", () => {
    const day = { month: 10, day: 18 };
    expect(inferYear(day, "He landed on October 18. He will speak at the university, which opened in 2016.")?.year).toBe(2016);
    expect(inferYear(day, "He landed on October 18 in 2014. The plant, which is expected to be completed in 2030, will help.")?.year).toBe(
      2014,
    );
  });

  it("drops Vietnamese future sentences from the years spoken of (`sẽ`, which `\\b` never matched)", () => {
    expect(inferYear({ month: 6, day: 20 }, "Sáng 20/6 hai bên hội đàm năm 2023. Hai bên sẽ tổ chức hội nghị vào năm 2026.")?.year).toBe(
      2023,
    );
  });
});

describe("inAnniversarySpan", () => {
  it("reads the two ends of an anniversary's span in brackets (`(7/11/1917-7/11/2013)`) as no day of the story, not a bracketed day alone", () => {
    const text =
      "Những ngày văn hóa Nga tại Việt Nam được tổ chức đúng dịp kỷ niệm 96 năm Cách mạng tháng Mười Nga (7/11/1917-7/11/2013) và chuyến thăm.";
    expect(inAnniversarySpan(text, text.indexOf("7/11/1917"))).toBe(true);
    expect(inAnniversarySpan(text, text.indexOf("7/11/2013"))).toBe(true);
    const single = "Hai bên ký kết văn kiện (12/11/2013) tại Hà Nội, sau hội đàm (12/11/2013-13/11/2013).";
    expect(inAnniversarySpan(single, single.indexOf("12/11/2013"))).toBe(false);
    expect(inAnniversarySpan(single, single.lastIndexOf("13/11/2013"))).toBe(false);
  });
});
