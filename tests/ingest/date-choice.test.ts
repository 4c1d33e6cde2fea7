/**
 * Dates as candidates (date-choice.ts, relative-dates.ts, the date finders):
 * each rule on the real lines it was written for and on a line it must not match.
 */
import { describe, expect, it } from "vitest";
import { findFullDates, findMonthYears, parseIsoDay, weekdayBefore } from "../../src/ingest/date-expressions.ts";
import { dateInUrl, parseDateLine, parseYearlessDateLine } from "../../src/ingest/date-line.ts";
import { dayOfDateLine, yearOfEventHolding } from "../../src/ingest/date-choice.ts";
import { completedYears, inferYear, sentencesOf } from "../../src/ingest/infer-date.ts";
import { parseSource } from "../../src/ingest/parse-source.ts";
import {
  dayOfReportedEvent,
  findRelativeWord,
  inferFromRelativeWords,
  yearOfEvent,
  yearOfWeekday,
} from "../../src/ingest/relative-dates.ts";

const parse = (text: string, today = "2026-12-03") => parseSource(text, { today });
const LEDE =
  "Prime Minister Pham Minh Chinh held talks with his Russian counterpart, the two sides said in a joint statement on the visit.";
const day = (iso: string) => {
  const [year, month, dayOfMonth] = iso.split("-").map(Number);
  return { year: year!, month: month!, day: dayOfMonth! };
};

describe("date expressions", () => {
  it.each([
    ["Thứ Năm 20/06/2024 , 14:17", "2024-06-20"],
    ["20 June 202404:30 GMT", "2024-06-20"],
    ["2024-06-20T14:17:00+07:00", "2024-06-20"],
    ["ngày 20 tháng 6 năm 2024", "2024-06-20"],
    ["20 июня 2024", "2024-06-20"],
    ["20.06.2024", "2024-06-20"],
    ["by VTV423 November 2017 Last updated at 06:00 AM", "2017-11-23"],
  ])("reads %s", (text, iso) => {
    const [first] = findFullDates(text);
    expect(first?.value).toEqual(day(iso));
  });

  it("reads an English month in lower case between a day and a year (`26 july 2012`, blind-vnru-11, 188), not without both", () => {
    expect(findFullDates("26 july 2012")[0]?.value).toEqual(day("2012-07-26"));
    expect(findFullDates("Transcript of 3 may 2012")[0]?.value).toEqual(day("2012-05-03"));
    expect(findFullDates("They said 26 july would suit them")).toEqual([]);
    expect(findFullDates("Ministers may 2012 reforms")).toEqual([]);
    expect(findFullDates("in july 2012 the talks")).toEqual([]);
  });

  it("gives both readings of a numeric date that reads both ways, and one of one that does not", () => {
    expect(findFullDates("Mon, 04/06/2015")[0]).toMatchObject({ value: day("2015-06-04"), otherReading: day("2015-04-06") });
    expect(findFullDates("23/08/2019")[0]?.otherReading).toBeUndefined();
    expect(findFullDates("05/05/2025")[0]?.otherReading).toBeUndefined();
  });

  it("finds the weekday written before a date, in English, Vietnamese and Russian", () => {
    expect(weekdayBefore("Mon, 04/06/2015", 5)).toBe(1);
    expect(weekdayBefore("Thứ Năm 20/06/2024", 8)).toBe(4);
    expect(weekdayBefore("во вторник, 14 декабря", 12)).toBe(2);
    expect(weekdayBefore("Monday talks ended; 04/06/2015", 20)).toBeUndefined();
  });

  it("reads the day in an address: a segment, glued to the slug, or a time stamp", () => {
    expect(dateInUrl("https://sputnikglobe.com/20240727/lavrov-holds-press-conference-1119529053.html")).toEqual(day("2024-07-27"));
    expect(dateInUrl("https://example.vn/putin-tham-viet-nam-20190603.htm")).toEqual(day("2019-06-03"));
    expect(dateInUrl("https://english.vtv.vn/news/vietnam-laos-20171123151416906.htm")).toEqual(day("2017-11-23"));
    expect(dateInUrl("https://example.vn/news/a-post1003478.vnp")).toBeUndefined();
    expect(dateInUrl("https://example.vn/news/20191399.htm")).toBeUndefined();
  });
});

describe("date lines", () => {
  it("read stamps with counters, a CMS's account, doubled source names and American zones", () => {
    expect(parseDateLine("04.08.2022 ТАСС 107 просмотров")).toMatchObject({ date: day("2022-08-04"), rest: "ТАСС" });
    expect(parseDateLine("Submitted by unname1 on Fri, 07/08/2011 - 18:15")).toMatchObject({ weekday: 5, rest: "" });
    expect(parseDateLine("Thời ĐạiThời Đại25/03/2025")).toMatchObject({ date: day("2025-03-25"), rest: "Thời ĐạiThời Đại" });
    expect(parseDateLine("July 1, 2024 | 10:14 GMT +7")).toMatchObject({ date: day("2024-07-01"), rest: "" });
    expect(parseDateLine("June 19, 2024 9:40 PM EDT")).toMatchObject({ nextDayInAsia: true, twelveHour: true });
    expect(parseDateLine("Updated 5:09 AM EDT, Thu June 20, 2024")).toMatchObject({ nextDayInAsia: false });
    expect(parseDateLine("Korean tourist arrivals hit 3.16 million on 26/03/2019, the office said in its report")).toBeUndefined();
  });

  it("read a stamp with the page's text-size control glued after it (blind-vnru-12, 202), not a sentence about sizes", () => {
    expect(parseDateLine("Xinhua, May 30, 2015 Adjust font size:")).toMatchObject({ date: day("2015-05-30"), rest: "Xinhua" });
    expect(parseDateLine("25/03/2025 Cỡ chữ")).toMatchObject({ date: day("2025-03-25"), rest: "" });
    expect(parseDateLine("On May 30, 2015 the agency said it would adjust the font size of its signs")).toBeUndefined();
  });

  it("read a yearless stamp with the place after it (TASS)", () => {
    expect(parseYearlessDateLine("June 16, 12:18 UTC+3 MOSCOW")).toMatchObject({ monthDay: { month: 6, day: 16 } });
    expect(parseYearlessDateLine("June 16 talks in Moscow went well")).toBeUndefined();
  });

  it("take the reading the weekday names, else the one after a reported day, else month first with a 12-hour clock", () => {
    expect(dayOfDateLine(parseDateLine("Mon, 04/06/2015")!, [])).toEqual(day("2015-04-06"));
    expect(dayOfDateLine(parseDateLine("Thu, 04/06/2015")!, [])).toEqual(day("2015-06-04"));
    expect(dayOfDateLine(parseDateLine("7/3/2019 9:30:05 AM")!, [])).toEqual(day("2019-07-03"));
    expect(dayOfDateLine(parseDateLine("7/3/2019 09:30")!, ["The leaders met on July 1 in Osaka."])).toEqual(day("2019-07-03"));
    expect(dayOfDateLine(parseDateLine("7/3/2019 09:30")!, ["The leaders met on March 5 in Hanoi."])).toEqual(day("2019-03-07"));
    expect(dayOfDateLine(parseDateLine("10/11/2024 09:00")!, [])).toEqual(day("2024-11-10"));
  });

  it("take the next day for an American evening when the text's weekday is Asia's", () => {
    const evening = parseDateLine("June 19, 2024 9:40 PM EDT")!;
    expect(dayOfDateLine(evening, ["Putin arrived in Hanoi early on Thursday for a state visit."])).toEqual(day("2024-06-20"));
    expect(dayOfDateLine(evening, ["Putin left Pyongyang on Wednesday evening."])).toEqual(day("2024-06-19"));
    const washington = parseDateLine("March 17, 2022 at 1:07 p.m. EDT")!;
    expect(dayOfDateLine(washington, ["India agreed to buy Russian oil, an Indian official said Thursday."])).toEqual(day("2022-03-17"));
  });
});

describe("choosing among the page's dates", () => {
  it("takes the byline's date over a page clock at the top, and over an update", () => {
    const parsed = parse(
      `July 1, 2024 | 10:14 GMT +7\nTrang chủ\nChính trị\nĐối ngoại\nPutin and To Lam hold talks in Hanoi\nThứ Năm 20/06/2024 , 14:17\n${LEDE}`,
    );
    expect(parsed).toMatchObject({ date: "2024-06-20", dateInferred: false });
    expect(
      parse(
        `Friday, 08/11/2024\nBắc giang 20 °C / 19 - 29 °C\nHotline: +84.0204.3 856 624\nPolitics\nDeepening Vietnam-Australia strategic partnership\nUpdated: 14:09, 23/08/2019\n${LEDE}`,
      ).date,
    ).toBe("2019-08-23");
  });

  it("never takes a page clock set apart from the headline, even when it is the only date", () => {
    const parsed = parse(
      `Friday, 08/11/2024\nHotline: 0204 3856 624\nPolitics\nHot news:\nDeepening Vietnam-Australia strategic partnership\n${LEDE}`,
    );
    expect(parsed.date).toBeUndefined();
  });

  it("takes a clock over a hotline and a section for the page's, not the article's (blind-vnru-35, 480)", () => {
    const page = [
      "Thứ hai 23/03/2026 01:39",
      "Hotline: 024.355.63.010",
      "Nghiên cứu - Dữ liệu",
      "",
      "Khánh Hòa chào đón chuyến bay charter đầu tiên từ Nga sau 3 năm gián đoạn",
      "",
      "Chiều 17/3, chuyến bay số hiệu ZF2577 của hãng hàng không Azur Air cất cánh từ sân bay quốc tế Irkutsk (Nga) đã đáp xuống sân bay quốc tế Cam Ranh, đưa 231 du khách Nga tới tham quan Khánh Hòa.",
      "",
      "Sau 3 năm gián đoạn vì đại dịch COVID-19, đây là chuyến bay charter đầu tiên đưa khách Nga quay lại Nha Trang, giúp du lịch Khánh Hòa phát triển mạnh trong năm 2025.",
    ].join("\n");
    expect(parse(page)).toMatchObject({ date: "2025-03-17", dateInferred: true });
    // One line between (a section label) is still the article's date line.
    expect(parse(`Thứ Năm, 20/06/2024\nChính trị\nPutin and To Lam hold talks in Hanoi\n${LEDE}`).date).toBe("2024-06-20");
  });

  it("never takes a widget's stamp, even right above the headline", () => {
    expect(parse(`USD 25,450 | EUR 27,300 | 20/06/2024\nPutin and To Lam hold talks in Hanoi\n${LEDE}`).date).toBeUndefined();
    expect(parse(`Hà Nội 31 °C 20/06/2024\nPutin and To Lam hold talks in Hanoi\n${LEDE}`).date).toBeUndefined();
    expect(parse(`Thứ Năm, 20/06/2024\nPutin and To Lam hold talks in Hanoi\n${LEDE}`).date).toBe("2024-06-20");
  });

  it("takes a date line right above the headline (no clock), and a date in brackets before it", () => {
    expect(parse(`Politics & Law\nJanuary 30, 2025 - 08:54\nLeaders exchange congratulations on the anniversary\n${LEDE}`).date).toBe(
      "2025-01-30",
    );
    expect(parse(`(April 25, 2023) Vietnam's 'bamboo' foreign policy clout\n${LEDE}`)).toMatchObject({
      date: "2023-04-25",
      title: "Vietnam's 'bamboo' foreign policy clout",
    });
  });

  it("dates by a photo's caption when the page has no date line, but not by an archive photo's", () => {
    expect(
      parse(
        `Putin and To Lam hold talks\n${LEDE}\nPutin and To Lam at the talks in Hanoi, June 20, 2024. Photo: VNA\nThe two sides signed eleven documents after the talks in the capital.`,
      ),
    ).toMatchObject({
      date: "2024-06-20",
      dateInferred: true,
    });
    expect(
      parse(
        `Xi meets Vietnam leaders\n${LEDE}\nXi speaks in San Francisco, U.S., November 15, 2023. REUTERS/Carlos Barria/Pool/File Photo\nThe two sides signed agreements.`,
      ).date,
    ).toBeUndefined();
  });

  it("dates by a date stamped in a photo's credit, or written in a header line, when nothing else dates the page", () => {
    expect(
      parse(
        `Putin and To Lam hold talks\n${LEDE}\nPutin and To Lam at the talks in Hanoi. © Sputnik / Grigory Sysoev 20.06.2024\nThe two sides signed eleven documents after the talks in the capital.`,
      ),
    ).toMatchObject({
      date: "2024-06-20",
      dateInferred: true,
    });
    expect(parse(`Putin in Hanoi: the day in pictures, June 20, 2024\nPutin and To Lam hold talks\n${LEDE}`)).toMatchObject({
      date: "2024-06-20",
      dateInferred: true,
    });
  });

  it("completes a day given without its year from a weekday beside it", () => {
    const parsed = parse(
      "Лавров заявил о желании США развивать диалог\n\nТекст интервью МИД России разместил на своем сайте во вторник, 14 декабря, сообщили в министерстве.",
    );
    expect(parsed).toMatchObject({ date: "2021-12-14", dateInferred: true });
    expect(parsed.problems.map((problem) => problem.rule)).toEqual(["source-date-uncertain"]);
  });

  it("puts a day after a year the text reports whole, compared with the year before", () => {
    expect(completedYears("Korean tourist arrivals in Vietnam hit 3.16 million in 2018, up 50% on 2017.")).toEqual([2018]);
    expect(completedYears("Trade reached $4.57 billion in 2024, up 26 per cent year-on-year.")).toEqual([2024]);
    expect(completedYears("Trade should reach $5 billion in 2025.")).toEqual([]);
    // blind-vnru-29, 408: a Vietnamese year's arrivals compared with the year before.
    expect(
      completedYears("Số liệu cho thấy năm 2024 ngành du lịch đã đón hơn 232 nghìn lượt khách Nga, tăng 84,9% so với năm 2023."),
    ).toEqual([2024]);
    expect(completedYears("Năm 2019, kim ngạch đạt 4,9 tỷ USD, giảm 3% so với năm trước.")).toEqual([2019]);
    // Part of a year, or a part compared with the same part of the year before, is not the whole year.
    expect(completedYears("Trong 4 tháng đầu năm 2025 đã có hơn 166 nghìn lượt khách Nga, tăng 210,9% so với năm 2024.")).toEqual([]);
    expect(completedYears("Quý I năm 2025 kim ngạch tăng 12% so với năm trước.")).toEqual([]);
    expect(completedYears("Năm 2024 lượng khách tăng 84,9% so với cùng kỳ năm 2023.")).toEqual([]);
    expect(
      inferYear(
        { month: 5, day: 8 },
        "Ngày 8/5, Vietnam Airlines chính thức đưa đường bay thẳng giữa Hà Nội và Moscow trở lại khai thác. Năm 2024 ngành du lịch đã đón hơn 232 nghìn lượt khách Nga, tăng 84,9% so với năm 2023.",
      )?.year,
    ).toBe(2025);
    expect(inferYear({ month: 3, day: 26 }, "Meeting on March 26. Arrivals hit 3.16 million in 2018, up 50% on 2017.")?.year).toBe(2019);
    expect(
      inferYear({ month: 3, day: 26 }, "Meeting on March 26. Arrivals are expected to hit 4 million in 2019, up 20% on 2018.")?.year,
    ).toBe(2019);
  });
});

describe("years a figure reports as over, and a plan's year", () => {
  it("reads a growth up to a year's figure as that year over (blind-vnru-30, 425)", () => {
    expect(
      completedYears("Двусторонний товарооборот вырос с 2,5 миллиарда долларов США в 2014 году до 4,5 миллиарда в 2019 году."),
    ).toEqual([2019]);
    expect(completedYears("Two-way trade rose from $2.5 billion in 2014 to $4.5 billion in 2019.")).toEqual([2019]);
    // A target is no growth reached, and a count of years without a growth verb is no figure.
    expect(completedYears("Товарооборот планируется довести до 10 миллиардов долларов в 2030 году.")).toEqual([]);
    expect(completedYears("The programme ran from June in 2014 to May in 2019.")).toEqual([]);
    expect(
      inferYear(
        { month: 11, day: 11 },
        "11 ноября премьер-министр принял посла. Двусторонний товарооборот вырос с 2,5 миллиарда долларов США в 2014 году до 4,5 миллиарда в 2019 году.",
      )?.year,
    ).toBe(2020);
  });

  it("reads a year's figure put in percent against the year before, in sentences a copy glued (blind-vnru-30, 414)", () => {
    expect(
      completedYears(
        "Two-way trade stood at 4.57 billion USD in 2018 (more than 6 billion USD by Russia's count), 28.6 percent more than a year earlier.",
      ),
    ).toEqual([2018]);
    expect(completedYears("Trade in 2018 is expected to be 20 percent higher than in 2017.")).toEqual([]);
    const glued =
      "Talks were held in Moscow on May 22.Both leaders stressed that the cross years, to be held in 2019 and 2020, matter.The two sides were pleased that two-way trade stood at 4.57 billion USD in 2018, 28.6 percent more than a year earlier.";
    expect(inferYear({ month: 5, day: 22 }, glued)?.year).toBe(2019);
    expect(sentencesOf("They met in Moscow.Both leaders spoke.")).toEqual(["They met in Moscow.", "Both leaders spoke."]);
    // A point between figures, or after a capital (`VNA.The`), is no glued sentence's end.
    expect(sentencesOf("Trade reached 4.57 billion in 2018.")).toHaveLength(1);
    expect(sentencesOf("Photo: VNA.The talks")).toHaveLength(1);
  });

  it("dates a day before the month of the one plan the text dates, when it names no other year (blind-vnru-30, 420)", () => {
    const text =
      "Sáng 27/4, hơn 180 hành khách Nga đã rời Sân bay quốc tế Cam Ranh về nước. Hãng dự kiến thực hiện thêm một chuyến bay như vậy vào đầu tháng 5/2020.";
    expect(inferYear({ month: 4, day: 27 }, text)).toEqual({ year: 2020, confirmed: true });
    // A day later in the year than the plan's month was the year before.
    expect(inferYear({ month: 11, day: 3 }, text.replace("Sáng 27/4", "Sáng 3/11"))?.year).toBe(2019);
    // A month-year in a past sentence is no plan: the usual rule reads it.
    expect(inferYear({ month: 4, day: 27 }, "Sáng 27/4 hãng đã bay. Chuyến bay trước đó vào tháng 5/2019.")?.year).toBe(2020);
    // No year at all: nothing to infer.
    expect(inferYear({ month: 4, day: 27 }, "Sáng 27/4 hãng dự kiến bay thêm một chuyến.")).toBeUndefined();
  });
});

describe("an event reported by evidence", () => {
  const visit = { name: "Putin's state visit", start: day("2024-06-19"), end: day("2024-06-20"), evidenced: true };

  it("reads a weekday that opens a Russian sentence (Euronews: 'В четверг прошли переговоры')", () => {
    expect(findRelativeWord(["В четверг прошли переговоры с высшим руководством страны."])).toMatchObject({ kind: "weekday", weekday: 4 });
    expect(findRelativeWord(["Вчетверг"])).toBeUndefined();
  });

  it("reads a French weekday (TVA Nouvelles, blind-vnru-16, 255: 'Ce jeudi, Vladimir Poutine est en visite d’État au Vietnam')", () => {
    expect(
      findRelativeWord(["Ce jeudi, Vladimir Poutine est en visite d’État au Vietnam, pays que la Russie arme depuis des décennies."]),
    ).toMatchObject({ kind: "weekday", weekday: 4 });
    expect(findRelativeWord(["Le chef du Kremlin a atterri à Hanoï dans la nuit de mercredi à jeudi."])).toMatchObject({ weekday: 3 });
    expect(findRelativeWord(["Les jeudistes et les mardis gras de Nice"])).toBeUndefined();
  });

  it("dates a text that thanks the hosts the day after the visit, any other the visit's last day", () => {
    const thanks = [
      "Президент России Владимир Путин отправил вьетнамскому коллеге То Ламу благодарственную телеграмму.",
      "Российский лидер благодарит собеседника за теплый прием и гостеприимство во время государственного визита во Вьетнам.",
    ];
    expect(dayOfReportedEvent(thanks, visit).date).toEqual(day("2024-06-21"));
    expect(dayOfReportedEvent(["Putin thanked To Lam for the warm welcome he received in Hanoi."], visit).date).toEqual(day("2024-06-21"));
    expect(dayOfReportedEvent(["Tổng thống Putin gửi điện cảm ơn Chủ tịch nước Tô Lâm."], visit).date).toEqual(day("2024-06-21"));
    // Thanks for something else, and a report of the talks, are of the visit's days.
    expect(dayOfReportedEvent(["Путин поблагодарил Ханой за взвешенную позицию."], visit).date).toEqual(day("2024-06-20"));
    expect(dayOfReportedEvent(["The reception hall was full as the talks began."], visit).date).toEqual(day("2024-06-20"));
  });

  it("takes the year of the one visit among several that holds the day", () => {
    const of2013 = { ...visit, start: day("2013-11-12"), end: day("2013-11-12"), ambiguous: true };
    const of2024 = { ...visit, ambiguous: true };
    expect(yearOfEvent({ month: 6, day: 20 }, [of2013, of2024])).toBe(2024);
    expect(yearOfEvent({ month: 11, day: 12 }, [of2013, { ...of2024, start: day("2024-11-10"), end: day("2024-11-12") }])).toBeUndefined();
    // Relative words are not anchored on one of several.
    expect(inferFromRelativeWords(["В четверг прошли переговоры."], [], [of2013, of2024])).toBeUndefined();
  });
});

describe("relative words", () => {
  const kazan = { name: "BRICS Summit in Kazan", start: day("2024-10-22"), end: day("2024-10-24") };

  it("find the first relative word of the opening paragraphs", () => {
    expect(findRelativeWord(["PM Chinh met Putin on Wednesday on the sidelines of the BRICS Summit in Kazan."])).toMatchObject({
      kind: "weekday",
      weekday: 3,
    });
    expect(findRelativeWord(["Hôm qua, Thủ tướng đã hội đàm với Thủ tướng Nga."])).toMatchObject({ kind: "yesterday" });
    expect(findRelativeWord(["Вчера министры провели переговоры."])).toMatchObject({ kind: "yesterday" });
    expect(findRelativeWord(["The ministers discussed the agenda."])).toBeUndefined();
    // `thứ hai` in small letters is the ordinal `second`, not Monday.
    expect(findRelativeWord(["Đây là lần thứ hai hai bên gặp nhau."])).toBeUndefined();
  });

  it("are anchored on an event of the taxonomy the text reports, or on a day written in full", () => {
    const text = ["PM Chinh met Putin on Wednesday on the sidelines of the BRICS Summit in Kazan."];
    expect(inferFromRelativeWords(text, [], [kazan])?.date).toEqual(day("2024-10-23"));
    expect(inferFromRelativeWords(["The summit opened on October 22, 2024.", ...text], [day("2024-10-22")], [])?.date).toEqual(
      day("2024-10-23"),
    );
    expect(inferFromRelativeWords(text, [], [])).toBeUndefined();
  });

  it("give a yearless day the year of the event the text reports, over a year it names in passing", () => {
    const putin = { name: "Vladimir Putin's state visit to Việt Nam", start: day("2024-06-19"), end: day("2024-06-20") };
    const text =
      "Putin arrives in Hanoi\n\nHANOI, June 20. /TASS/. Russian President Vladimir Putin arrived in Hanoi on Thursday on his first visit since 2017.";
    expect(parseSource(text, { today: "2026-12-03", eventSpans: () => [putin] })).toMatchObject({
      date: "2024-06-20",
      dateInferred: false,
    });
    // Without the event, the text's 2017 bounds it from below and the weekday picks 2019.
    expect(parseSource(text, { today: "2026-12-03" }).date).toBe("2019-06-20");
  });

  it("take a wire's yearless dateline day over an address dated a day or so after it (blind-vnru-17, 264)", () => {
    const text =
      "HANOI, March 23. /TASS/. Russia and Vietnam will go on upholding the principles of truth and justice in the international arena, above all at the UN.";
    const copy = (address: string) => parse(` url ${address}\n${text}`).date;
    expect(copy("https://freenews-en.tk/2018/03/24/lavrov-russia-and-vietnam-will-continue/")).toBe("2018-03-23");
    // Across New Year, the year before the address's.
    expect(parse(` url https://example.com/2019/01/02/story/\nHANOI, December 31. /TASS/. The talks ended.`).date).toBe("2018-12-31");
    // The address's own day when the stated day is far off, the same day, or after it.
    expect(copy("https://example.com/2018/04/10/story/")).toBe("2018-04-10");
    expect(copy("https://example.com/2018/03/23/story/")).toBe("2018-03-23");
    expect(copy("https://example.com/2018/03/22/story/")).toBe("2018-03-22");
  });

  it("date a text through parseSource when the taxonomy's events are given", () => {
    const parsed = parseSource(
      `PM Chinh meets Putin in Kazan\n\nPrime Minister Pham Minh Chinh met Russian President Vladimir Putin on Wednesday on the sidelines of the BRICS Summit in Kazan.`,
      {
        today: "2026-12-03",
        eventSpans: () => [kazan],
      },
    );
    expect(parsed).toMatchObject({ date: "2024-10-23", dateInferred: true });
  });

  it("give a year from an event around the day, or from the weekday the day fell on", () => {
    expect(yearOfEvent({ month: 10, day: 23 }, [kazan])).toBe(2024);
    expect(yearOfEvent({ month: 6, day: 20 }, [kazan])).toBeUndefined();
    expect(yearOfWeekday({ month: 12, day: 14 }, 2, day("2026-12-03"))).toBe(2021);
    expect(yearOfWeekday({ month: 2, day: 25 }, 5, day("2026-12-03"))).toBe(2022);
    expect(yearOfWeekday({ month: 2, day: 29 }, 5, day("2026-12-03"), 2020)).toBeUndefined();
    // 29 February 2025 does not exist (Date would read it as 1 March, a Saturday).
    expect(yearOfWeekday({ month: 2, day: 29 }, 6, day("2026-12-03"), 2021)).toBeUndefined();
  });
});

describe("Russian stamps, future anchors and the weekday of what happened", () => {
  it("reads a Russian weekday or `от` beside the date as part of the stamp", () => {
    expect(parseDateLine("четверг, 20 июня 2024")).toMatchObject({ date: day("2024-06-20"), weekday: 4, rest: "" });
    expect(parseDateLine("Чт, 20 июн 2024, 14:17")).toMatchObject({ weekday: 4, rest: "" });
    expect(parseDateLine("от 20.06.2024")).toMatchObject({ date: day("2024-06-20"), rest: "" });
    expect(parseDateLine("в четверг, 20 июня 2024 года президенты подписали соглашение о партнерстве")).toBeUndefined();
  });

  it("anchor a weekday on a day still to come backwards, and on a day past forwards", () => {
    const text = ["Президент России Владимир Путин в среду прибыл в Ханой с государственным визитом."];
    expect(inferFromRelativeWords(text, [], [], [day("2024-06-20")])?.date).toEqual(day("2024-06-19"));
    expect(inferFromRelativeWords(text, [day("2024-06-17")], [], [day("2024-06-20")])?.date).toEqual(day("2024-06-19"));
    expect(inferFromRelativeWords(text, [day("2024-06-20")], [], [])?.date).toEqual(day("2024-06-26"));
  });

  it("complete a photo's day with the weekday of what happened, not of what is to come", () => {
    const page = (lede: string) =>
      parse(
        `Suga arrives in Hanoi\n${lede}\nSuga is welcomed in Hanoi on October 18. Photo: VNA |\nThe two sides set up ties in 1973 and upgraded them in 2016.`,
      ).date;
    expect(page("Suga landed in Hanoi on Sunday evening. He and his counterpart are to meet on Monday.")).toBe("2020-10-18");
    // With only the Monday still to come, the weekday says nothing: the text's 2016 stands.
    expect(page("Suga landed in Hanoi in the evening. He and his counterpart are to meet on Monday.")).toBe("2016-10-18");
  });
});

describe("more date forms", () => {
  it.each([
    ["20-Jun-2024", "2024-06-20"],
    ["20 tháng 6, 2024", "2024-06-20"],
    ["Thứ Năm, 20 Tháng Sáu 2024 14:17", "2024-06-20"],
    ["Tháng Mười Hai 5, 2024", "2024-12-05"],
    ["Июнь 20, 2024", "2024-06-20"],
  ])("reads %s", (text, iso) => {
    expect(findFullDates(text)[0]?.value).toEqual(day(iso));
  });

  it.each([["trong 3 tháng 2024"], ["trong 20 tháng qua, năm 2024"], ["20 Jun-Jul 2024"]])("finds no day in %s", (text) => {
    expect(findFullDates(text)).toEqual([]);
  });

  it("reads the end of a year as its December, but not a target year", () => {
    expect(findMonthYears("hai nước nâng cấp quan hệ vào cuối năm 2023")[0]?.value).toEqual({ year: 2023, month: 12 });
    expect(findMonthYears("в конце 2023 года")[0]?.value).toEqual({ year: 2023, month: 12 });
    expect(findMonthYears("to raise trade to $10 billion by the end of 2030")).toEqual([]);
    expect(findMonthYears("phấn đấu đến cuối năm 2030")).toEqual([]);
    expect(
      inferYear({ month: 6, day: 6 }, "Chiều 6-6, Chủ tịch nước tiếp Đại sứ. Hai nước nâng cấp quan hệ vào cuối năm 2023.")?.year,
    ).toBe(2024);
  });
});

describe("the year of a yearless day from its weekdays, titles and the events it is near", () => {
  const may2016 = { name: "Phúc's visit to Russia (2016)", start: day("2016-05-16"), end: day("2016-05-20"), ambiguous: true };
  const may2019 = { name: "Phúc's visit to Russia (2019)", start: day("2019-05-20"), end: day("2019-05-23"), ambiguous: true };

  it("takes the year from a day the text gives with its weekday, beside the dateline's day", () => {
    const text =
      "MOSCOW, November 29. /TASS/. Vladimir Putin, the Russian president, is to hold talks in Moscow on Tuesday, November 30, with Nguyen Xuan Phuc, his counterpart from Vietnam, the Kremlin's press service announced.";
    expect(parseSource(text, { today: "2026-12-03" }).date).toBe("2021-11-29");
    // No weekday beside the day: nothing gives the year.
    expect(parseSource(text.replace("on Tuesday, ", "on "), { today: "2026-12-03" }).date).toBeUndefined();
    // A weekday a month off the dateline's day dates nothing of it.
    expect(parseSource(text.replace("on Tuesday, November 30", "on Tuesday, December 30"), { today: "2026-12-03" }).date).toBeUndefined();
  });

  it("picks, of two visits around the day, the one whose year the text's titles allow", () => {
    const text =
      "Thủ tướng kết thúc thăm Nga\n\nTheo đặc phái viên TTXVN, tối 23/5 (giờ địa phương), Thủ tướng Chính phủ Nguyễn Xuân Phúc đã rời thủ đô Moskva, khép lại tốt đẹp chuyến thăm chính thức Liên bang Nga.\n\nThủ tướng Nguyễn Xuân Phúc đã gặp Chủ tịch Đuma quốc gia Nga Vyacheslav Viktorovich Volodin.";
    const since2016 = [{ from: "2016-10-05" }];
    expect(parseSource(text, { today: "2026-12-03", eventSpans: () => [may2016, may2019], tenures: () => since2016 }).date).toBe(
      "2019-05-23",
    );
    // Without the title, the day still lies within the days of the 2019 visit alone (blind-vnru-26, 374).
    expect(parseSource(text, { today: "2026-12-03", eventSpans: () => [may2016, may2019], tenures: () => [] }).date).toBe("2019-05-23");
    expect(yearOfEvent({ month: 5, day: 23 }, [may2016, may2019], (year) => year >= 2017)).toBe(2019);
    expect(yearOfEvent({ month: 5, day: 23 }, [may2016, may2019], () => true)).toBeUndefined();
  });

  it("takes the text's own years over an event it recalls months off the day", () => {
    const putin = { name: "Vladimir Putin's state visit to Việt Nam", start: day("2024-06-19"), end: day("2024-06-20") };
    const text =
      "Party chief receives Russian PM\n\nIn Hanoi on January 14, Party General Secretary To Lam received Mikhail Vladimirovich Mishustin, the Russian Prime Minister, who was on a visit to Vietnam.\n\nLam said he was pleased with what the two countries' cooperation had achieved lately, above all since Russian President Putin's state visit to Vietnam in June 2024.";
    expect(parseSource(text, { today: "2026-12-03", eventSpans: () => [putin] }).date).toBe("2025-01-14");
    // A day within the event's week keeps the event's year.
    expect(parseSource(text.replace("January 14", "June 21"), { today: "2026-12-03", eventSpans: () => [putin] }).date).toBe("2024-06-21");
  });
});

describe("yearOfEventHolding", () => {
  const span = (name: string, start: string, end: string) => ({
    name,
    start: parseIsoDay(start),
    end: parseIsoDay(end),
    anchorOnly: true,
  });
  const visits = [span("2016", "2016-05-16", "2016-05-20"), span("2019", "2019-05-20", "2019-05-23")];

  it("gives the year of the one event whose days hold the day", () => {
    expect(yearOfEventHolding({ month: 5, day: 23 }, visits)).toBe(2019);
    expect(yearOfEventHolding({ month: 5, day: 17 }, visits)).toBe(2016);
  });

  it("gives nothing when two years hold it, or none does (no week's reach)", () => {
    expect(yearOfEventHolding({ month: 5, day: 20 }, visits)).toBeUndefined();
    expect(yearOfEventHolding({ month: 5, day: 25 }, visits)).toBeUndefined();
  });
});
