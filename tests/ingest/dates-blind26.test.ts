/**
 * Pages of the twenty-sixth blind set (blind-vnru-26): date lines written as
 * older sites wrote them, and a yearless day inside only one of the visits its
 * text may report. Each rule on its real (reworded) page lines and on lines it
 * must not take.
 */
import { describe, expect, it } from "vitest";
import { findFullDates, parseIsoDay } from "../../src/ingest/date-expressions.ts";
import { parseSource } from "../../src/ingest/parse-source.ts";

const today = "2026-12-03";
const day = parseIsoDay;

describe("a lower-case English month with a comma before the year (the Prime Minister's print page, 366)", () => {
  const page = [
    "15 december, 2009 19:47  ",
    "Prime Minister Vladimir Putin and his Vietnamese counterpart Nguyen Tan Dung made statements for the media after the bilateral talks",
    "Vladimir Putin: Ladies and gentlemen,",
    "Our talks with Vietnamese Prime Minister Nguyen Tan Dung have just come to an end. The dialogue between Russia and Vietnam has long rested on mutual respect and trust.",
  ].join("\n\n");

  it("reads `15 december, 2009` as the page's date line", () => {
    expect(findFullDates("15 december, 2009 19:47")[0]?.value).toEqual(day("2009-12-15"));
    expect(parseSource(page, { today }).date).toBe("2009-12-15");
  });

  it("still needs a day before the month and a year after it", () => {
    expect(findFullDates("in december, 2009 the talks")).toEqual([]);
    expect(findFullDates("they may, 2009 aside, agree")).toEqual([]);
  });
});

describe("a month name, a comma, then day/year (`Update: December, 17/2009`, Việt Nam News, 367)", () => {
  const page = [
    "Friday, July 3 2020",
    "Viet Nam promotes stronger Russian ties",
    "Update: December, 17/2009 - 09:40",
    "Prime Minister Nguyen Tan Dung meets Russian President Dmitry Medvedev yesterday in Moscow. — VNA/VNS Photo Duc Tam",
    "MOSCOW — Meeting in Moscow yesterday, Prime Minister Nguyen Tan Dung and Russian President Dmitry Medvedev agreed that Viet Nam and Russia would step up co-operation in the fields where they hold natural strengths.",
    "Medvedev also said Dung's official visit would lift relations between the two countries to a new height.",
  ].join("\n\n");

  it("reads the day between the comma and the year, and takes the article's line over the site header above the headline", () => {
    expect(findFullDates("Update: December, 17/2009 - 09:40")[0]?.value).toEqual(day("2009-12-17"));
    expect(parseSource(page, { today }).date).toBe("2009-12-17");
  });

  it("reads no day from a month followed by a fraction or a score", () => {
    expect(findFullDates("In December, 17/20 delegates voted")).toEqual([]);
    expect(findFullDates("december, 17/2009")).toEqual([]);
  });
});

describe("a yearless day inside only one of the visits the text may report (Báo Đấu thầu, 374)", () => {
  const visit = (start: string, end: string) => ({
    name: `Nguyễn Xuân Phúc's official visit to Russia (${start.slice(0, 4)})`,
    start: day(start),
    end: day(end),
    evidenced: true,
    ambiguous: true,
  });
  const visits = [visit("2016-05-16", "2016-05-20"), visit("2019-05-20", "2019-05-23")];
  const page = (when: string) =>
    [
      "Thủ tướng Nguyễn Xuân Phúc hội kiến Tổng thống Nga V.Putin",
      `${when}, Thủ tướng Chính phủ Nguyễn Xuân Phúc đã có cuộc hội kiến với Tổng thống Liên bang Nga Vladimir Putin tại thành phố Sochi.`,
      "Buổi gặp diễn ra trong bầu không khí hữu nghị, cởi mở và tin cậy. Thủ tướng Chính phủ Nguyễn Xuân Phúc bày tỏ niềm vui được sang thăm chính thức Liên bang Nga.",
    ].join("\n\n");

  it("gives `Chiều 19/5` the year of the one visit whose days hold it", () => {
    expect(parseSource(page("Chiều 19/5"), { today, eventSpans: () => visits })).toMatchObject({ date: "2016-05-19", dateInferred: true });
  });

  it("gives no year to a day both visits or neither hold", () => {
    expect(parseSource(page("Chiều 14/5"), { today, eventSpans: () => visits }).date).toBeUndefined();
    const both = [visit("2016-05-16", "2016-05-20"), visit("2019-05-18", "2019-05-23")];
    expect(parseSource(page("Chiều 19/5"), { today, eventSpans: () => both }).date).toBeUndefined();
  });
});
