/**
 * Rules fitted to the forty-sixth blind Việt Nam–Russia set (606–617): the
 * Vietnamese cycle name of a lunar year greeted at its spring or Tết gives a
 * yearless day its year; a period whose figures a clause reports as risen or
 * fallen is known, a figure or not; a dateline alone on its line (place, day,
 * dash, outlet) gives the page's day; an event the text names outright in its
 * body lends a yearless day within its days its year; a wire's witness a
 * sentence ends on names the wire carried. With the reworded real
 * lines they were written for and lines they must not match.
 */
import { describe, expect, it } from "vitest";
import { lunarYearGreeted, yearOfLunarGreeting, yearOfStemAndBranch } from "../../src/ingest/lunar-years.ts";
import { inferYear } from "../../src/ingest/infer-date.ts";
import { parseSource } from "../../src/ingest/parse-source.ts";
import { reportedPeriods } from "../../src/ingest/reported-period.ts";
import { eventAnchorsFor, eventSpansFor } from "../../src/ingest/event-spans.ts";
import { parseYearlessDateLine } from "../../src/ingest/date-line.ts";
import { ledeCreditedWire, openingCreditedWire } from "../../src/ingest/dateline.ts";
import { compileTaxonomy } from "../../src/taxonomy/tag-article.ts";
import { realTaxonomy } from "../taxonomy/fixtures.ts";

const MEETING_611 =
  "Tối 29/1, rất đông bà con trong cộng đồng người Việt Nam tại LB Nga cùng đại biểu các Hội, các tổ chức nghề nghiệp đã phấn khởi về trụ sở Đại sứ quán dự buổi họp mặt mừng xuân Giáp Ngọ, một hoạt động được tổ chức hằng năm.";

describe("a lunar year greeted by its cycle name (blind-vnru-46, 611)", () => {
  it("names its year", () => {
    expect(lunarYearGreeted("Cộng đồng người Việt tại Nga mừng xuân Giáp Ngọ")).toBe(2014);
    expect(lunarYearGreeted(MEETING_611)).toBe(2014);
    expect(lunarYearGreeted("Đại sứ thăm và chúc Tết Quý Mão cộng đồng")).toBe(2023);
    expect(lunarYearGreeted("đón Tết Nguyên đán Canh Tý tại Moskva")).toBe(2020);
    expect(lunarYearGreeted("mừng Xuân Ất Tỵ")).toBe(2025);
    expect(yearOfStemAndBranch(0, 0)).toBe(1984);
    expect(yearOfStemAndBranch(0, 1)).toBeUndefined();
  });

  it("gives a yearless day the year, the year before for a day of November or December", () => {
    expect(yearOfLunarGreeting({ month: 1, day: 29 }, MEETING_611)).toBe(2014);
    expect(yearOfLunarGreeting({ month: 12, day: 28 }, "Họp mặt đón Tết Giáp Ngọ")).toBe(2013);
    expect(inferYear({ month: 1, day: 29 }, MEETING_611)).toEqual({ year: 2014, confirmed: true });
  });

  it("dates the page of 611 by it", () => {
    const page = [
      "Cộng đồng người Việt tại Nga mừng xuân Giáp Ngọ",
      "",
      "VOV.VN - Đại sứ Phạm Xuân Sơn mong bà con có cuộc sống ổn định hơn trong năm mới",
      "",
      MEETING_611,
    ].join("\n");
    const parsed = parseSource(page, { today: "2026-12-07" });
    expect(parsed.date).toBe("2014-01-29");
    expect(parsed.dateInferred).toBe(true);
  });

  it("leaves names, lunar years written with a year, and pairs of no year", () => {
    expect(lunarYearGreeted("Thủ tướng Nguyễn Xuân Phúc hội đàm với Thủ tướng Nga")).toBeUndefined();
    expect(lunarYearGreeted("Đại tướng Ngô Xuân Lịch thăm Liên bang Nga")).toBeUndefined();
    expect(lunarYearGreeted("mùa xuân 2019 tới mùa xuân năm 2020")).toBeUndefined();
    expect(lunarYearGreeted("xuân Giáp Sửu")).toBeUndefined();
    expect(lunarYearGreeted("xuân Giáp Ty")).toBeUndefined();
    expect(lunarYearGreeted("năm Giáp Ngọ")).toBeUndefined();
    // A text that names a year keeps it: the greeting only answers a text of no year.
    expect(inferYear({ month: 2, day: 3 }, "Ngày 3/2 năm 2016, đón Tết Giáp Ngọ lần thứ hai.")?.year).toBe(2016);
  });
});

const PERIOD_616 =
  "По данным М. Увайдова, в 2018 г. взаимная торговля сельскохозяйственной продукцией между странами выросла на 40% к 2017 г. и превысила 1 млрд долл. В январе - сентябре 2019 г. торговля сельскохозяйственной продукцией и продовольствием шла вниз, поскольку российский экспорт зерновых сократился.";

describe("a period reported as risen or fallen, no figure in its clause (blind-vnru-46, 616)", () => {
  it("is a period whose figures are known, read with its `г.`", () => {
    const periods = reportedPeriods(PERIOD_616);
    expect(periods.map(({ year, lastMonth }) => ({ year, lastMonth }))).toContainEqual({ year: 2019, lastMonth: 9 });
    expect(reportedPeriods("Trade fell in January-September 2019 as grain exports shrank.")).toHaveLength(1);
  });

  it("leaves a period of plans, of no change and of strengthened ties", () => {
    expect(reportedPeriods("В январе - сентябре 2019 г. планируется рост поставок пшеницы.")).toHaveLength(0);
    expect(reportedPeriods("В январе - сентябре 2019 г. делегации двух стран обменялись визитами.")).toHaveLength(0);
    expect(reportedPeriods("Trong 10 tháng đầu năm 2017, hai bên tăng cường hợp tác.")).toHaveLength(0);
  });
});

const DATE_LINE_614 = "Мoсква, 6 апреля - АиФ-Москва.";
const SESSION_614 =
  "6 апреля в Ханое два вице-премьера проведут 24-е заседание российско-вьетнамской межправительственной комиссии (МПК) по торгово-экономическому и научно-техническому сотрудничеству.";
const page614 = [
  "Примерное время чтения: 1 минута",
  "704",
  "",
  "Чернышенко прибыл во Вьетнам с рабочим визитом",
  "",
  DATE_LINE_614,
  "",
  "Вице-премьер РФ Дмитрий Чернышенко по приглашению вице-премьера Чан Хонг Ха приехал во Вьетнам с официальным визитом, который завершится 7 апреля.",
  "",
  SESSION_614,
].join("\n");

describe("a dateline alone on its line: place, day, dash, outlet (blind-vnru-46, 614)", () => {
  it("gives the day without a year", () => {
    expect(parseYearlessDateLine(DATE_LINE_614)?.monthDay).toEqual({ month: 4, day: 6 });
    expect(parseYearlessDateLine("МОСКВА, 24 фев — РИА Новости.")?.monthDay).toEqual({ month: 2, day: 24 });
  });

  it("leaves a sentence after the dash, and a day inside a sentence", () => {
    expect(parseYearlessDateLine("Москва, 6 апреля - Путин заявил о визите.")).toBeUndefined();
    expect(parseYearlessDateLine("Hanoi, June 20 - the visit begins")).toBeUndefined();
    expect(parseYearlessDateLine("В Москве 6 апреля - АиФ.")).toBeUndefined();
    expect(parseYearlessDateLine("Москва, 6 апреля прибыл вице-премьер - АиФ.")).toBeUndefined();
  });
});

describe("an event named outright in one body sentence lends a yearless day its year (blind-vnru-46, 614)", () => {
  const matcher = compileTaxonomy(realTaxonomy());

  it("is an anchor of the text", () => {
    const lede =
      "Вице-премьер РФ Дмитрий Чернышенко по приглашению вице-премьера Чан Хонг Ха приехал во Вьетнам с официальным визитом, который завершится 7 апреля.";
    const anchors = eventAnchorsFor(matcher)({ title: "", paragraphs: [lede, SESSION_614], captions: [] });
    expect(anchors.map((span) => span.start)).toContainEqual({ year: 2023, month: 4, day: 6 });
    // Named in the lede, the event is the text's own (eventSpansFor), not an anchor.
    expect(eventAnchorsFor(matcher)({ title: "", paragraphs: [SESSION_614], captions: [] })).toEqual([]);
  });

  it("dates the page of 614 by its date line and the session's year", () => {
    const parsed = parseSource(page614, {
      today: "2026-12-07",
      eventSpans: eventSpansFor(matcher),
      eventAnchors: eventAnchorsFor(matcher),
    });
    expect(parsed.date).toBe("2023-04-06");
  });

  it("lends nothing to a text that names no event, or names it in a caption only", () => {
    expect(
      eventAnchorsFor(matcher)({ title: "", paragraphs: ["6 апреля в Ханое прошли переговоры вице-премьеров."], captions: [] }),
    ).toEqual([]);
    expect(
      eventAnchorsFor(matcher)({
        title: "",
        paragraphs: ["6 апреля в Ханое прошли переговоры вице-премьеров."],
        captions: ["24-е заседание российско-вьетнамской межправительственной комиссии"],
      }),
    ).toEqual([]);
  });
});

const WITNESS_608 =
  "Mr. Putin’s plane came down at Hanoi’s international airport, and Vietnamese Deputy Prime Minister Tran Hong Ha greeted him on a red carpet, a Reuters witness said.";

describe("a wire's witness a sentence ends on (blind-vnru-46, 608)", () => {
  it("names the wire carried", () => {
    expect(openingCreditedWire(WITNESS_608)).toBe("Reuters");
    expect(openingCreditedWire("The convoy left the palace at noon, according to an AFP reporter.")).toBe("AFP");
    const lede =
      "Early on June 20, Russian President Vladimir Putin landed in Vietnam for talks with its Communist leaders, the last stop of a two-nation Asian tour. " +
      WITNESS_608;
    expect(ledeCreditedWire(lede)).toBe("Reuters");
  });

  it("leaves a witness quoted further on, a witness of no wire, and a witness in lower case", () => {
    expect(openingCreditedWire("A Reuters witness said the convoy left the palace at noon.")).toBeUndefined();
    expect(openingCreditedWire("The convoy left the palace, a Reuters witness said the next day.")).toBeUndefined();
    expect(openingCreditedWire("The convoy left the palace at noon, a Vietnamese witness said.")).toBeUndefined();
    expect(openingCreditedWire("The convoy left the palace at noon, a local witness said.")).toBeUndefined();
  });
});
