/**
 * parseSource on whole pages: the five seeds, other sites' layouts, captions, bylines and the problems it reports.
 *
 * Over 300 lines: one test per page shape, each short.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeSource } from "../../src/ingest/decode-source.ts";
import { parseSource, splitPageTitle } from "../../src/ingest/parse-source.ts";
import type { ParsedSource } from "../../src/ingest/parsed-source.ts";
import * as otherSites from "./fixtures/other-sites.ts";

const TODAY = "2025-06-01";

function parseSeed(name: string): ParsedSource {
  const decoded = decodeSource(readFileSync(new URL(`../../content/sources/${name}`, import.meta.url)));
  if ("error" in decoded) throw new Error(`${name} ${decoded.error}`);
  return parseSource(decoded.text, { today: TODAY });
}

/** Lines of page furniture in the seeds: none may survive in a body. */
const BOILERPLATE = [
  /^ ?date \d/,
  /Vietnam\.vn - /,
  /^Photo caption$/,
  /Photo: /,
  /\(Photo: SGGP\)$/,
  /Báo Tin Tức\d/,
  /^Comment \(\d+\)$/,
  /^No data$/,
  /^Same (?:tag|category|author)$/,
  /^TIN LIÊN QUAN$/,
  /^Source: /,
  /^Thanh Hà\s*\|?$/,
  /^Nguyen Hong Diep/,
  /— VNS$/,
  /^HÀ NỘI —/,
  /^(?:Heritage|Figure|Business|News|Local|Product|Political System|No videos available)$/,
  /^\|$/,
  /Cuc Phuong in butterfly season/,
];

function expectNoBoilerplate(parsed: ParsedSource): void {
  for (const paragraph of parsed.paragraphs) {
    for (const pattern of BOILERPLATE) expect(paragraph, `${pattern} survived`).not.toMatch(pattern);
  }
}

describe("parseSource on the five seeds", () => {
  it("000: dated by its marker; the first line is a caption, the headline comes from the first real paragraph", () => {
    const parsed = parseSeed("000_371a887026197f3c.txt");
    expect(parsed).toMatchObject({
      title: "Party General Secretary To Lam emphasised the significance of Mishustin’s visit",
      date: "2025-01-15",
      dateInferred: false,
      publisher: "Sài Gòn Giải Phóng",
      captions: [
        "Party General Secretary To Lam (right) gives a reception in Hanoi on January 14 for visiting Russian Prime Minister Mikhail Vladimirovich Mishustin.",
      ],
      photoCredits: ["SGGP"],
      problems: [],
    });
    expect(parsed.author).toBeUndefined();
    expect(parsed.dateline).toBeUndefined();
    expect(parsed.originalUrl).toBeUndefined();
    expect(parsed.paragraphs).toHaveLength(11);
    expect(parsed.paragraphs[0]).toMatch(/^During the reception, Party General Secretary To Lam emphasised/);
    expect(parsed.paragraphs).toContain(
      "The Party chief highlighted several major directions to further deepen Vietnam-Russia relations in the time ahead.",
    );
    expect(parsed.paragraphs.some((p) => p.startsWith("PM Mishustin expressed his joy"))).toBe(true);
    expect(parsed.paragraphs.some((p) => p.startsWith("Informing the host about the results"))).toBe(true);
    expect(parsed.paragraphs.at(-1)).toBe(
      "Host and guest agreed on several major orientations to further deepen the traditional friendship and comprehensive strategic partnership between Vietnam and Russia.",
    );
    expectNoBoilerplate(parsed);
  });

  it("001: scraped page: title line, day-first byline date, original publisher over the aggregator, captions out", () => {
    const parsed = parseSeed("001_7323d1b9344210f5.txt");
    expect(parsed).toMatchObject({
      title: "General Secretary To Lam meets with Russian Prime Minister Mikhail Mishustin",
      date: "2025-05-09",
      dateInferred: false,
      publisher: "Báo Tin Tức",
      author: "Nguyen Hong Diep",
      originalUrl:
        "https://baotintuc.vn/chinh-tri/tong-bi-thu-to-lam-hoi-kien-thu-tuong-lien-bang-nga-mikhail-mishustin-20250509055447596.htm",
      captions: [
        "General Secretary To Lam meets with Russian Prime Minister Mikhail Mishustin.",
        "General Secretary To Lam and the Vietnamese delegation at the meeting with Russian Prime Minister Mikhail Mishustin.",
        "Prime Minister Mikhail Mishustin and the Russian Government delegation at the meeting with General Secretary To Lam.",
      ],
      photoCredits: ["Thong Nhat", "VNA"],
      problems: [],
    });
    expect(parsed.dateline).toBeUndefined();
    expect(parsed.paragraphs).toHaveLength(9);
    expect(parsed.paragraphs[0]).toMatch(/^According to VNA special correspondent, on May 8/);
    expect(parsed.paragraphs.at(-1)).toBe(
      "Prime Minister Mikhail Mishustin affirmed that the Russian Government will coordinate with the Vietnamese Government to implement decisions adopted at the highest level.",
    );
    expectNoBoilerplate(parsed);
  });

  it("002: no date stated: inferred from the event day; related-news block and repeated byline removed", () => {
    const parsed = parseSeed("002_4f481d523fa9e829.txt");
    expect(parsed).toMatchObject({
      title: "Russia invites General Secretary to attend 80th anniversary of Victory Day",
      date: "2025-01-14",
      dateInferred: true,
      author: "Thanh Hà",
      captions: [],
      photoCredits: [],
      problems: [],
    });
    expect(parsed.publisher).toBeUndefined();
    expect(parsed.dateline).toBeUndefined();
    expect(parsed.originalUrl).toBeUndefined();
    expect(parsed.paragraphs).toHaveLength(12);
    expect(parsed.paragraphs[0]).toMatch(/^Russian Prime Minister Mikhail Mishustin reiterated/);
    expect(parsed.paragraphs.at(-1)).toMatch(/^In an open and friendly atmosphere, .* Russian Federation\.$/);
    expect(parsed.paragraphs.join("\n")).not.toMatch(/Ninh Thuan|West Lake Guest House|Song Minh|Khánh Minh/);
    expectNoBoilerplate(parsed);
  });

  it("003: marker date, `HÀ NỘI —` dateline, ` — VNS` sign-off", () => {
    const parsed = parseSeed("003_e89575649a14062e.txt");
    expect(parsed).toMatchObject({
      title: "Russian Prime Minister Mikhail Vladimirovich Mishustin's official visit to Việt Nam",
      date: "2025-01-11",
      dateInferred: false,
      publisher: "Việt Nam News",
      dateline: "Hà Nội",
      captions: [],
      problems: [],
    });
    expect(parsed.author).toBeUndefined();
    expect(parsed.paragraphs).toHaveLength(11);
    expect(parsed.paragraphs[0]).toMatch(/^Russian Prime Minister Mikhail Vladimirovich Mishustin's official visit/);
    expect(parsed.paragraphs.at(-1)).toMatch(/comprehensive cooperation between Việt Nam and Russia, he stressed\.$/);
    expectNoBoilerplate(parsed);
  });

  it("004: marker date, dateline, sign-off; headline from the lede", () => {
    const parsed = parseSeed("004_e5feb39fc4d21994.txt");
    expect(parsed).toMatchObject({
      title: "Prime Minister Phạm Minh Chính welcomed his Russian counterpart Mikhail Mishustin",
      date: "2025-01-14",
      dateInferred: false,
      publisher: "Việt Nam News",
      dateline: "Hà Nội",
      captions: [],
      problems: [],
    });
    expect(parsed.paragraphs).toHaveLength(22);
    expect(parsed.paragraphs[0]).toMatch(/^Prime Minister Phạm Minh Chính on Tuesday welcomed/);
    expect(parsed.paragraphs.at(-1)).toMatch(/Inter-Parliamentary Cooperation Committee\.$/);
    expectNoBoilerplate(parsed);
  });

  it("keeps every headline within about 100 characters and never a caption", () => {
    for (const name of ["000_371a887026197f3c.txt", "003_e89575649a14062e.txt", "004_e5feb39fc4d21994.txt"]) {
      const parsed = parseSeed(name);
      expect(parsed.title.length).toBeLessThanOrEqual(100);
      expect(parsed.captions).not.toContain(parsed.title);
    }
  });
});

describe("parseSource on other sites' layouts", () => {
  const parse = (text: string) => parseSource(text, { today: TODAY });

  it("VnExpress: banner and section labels skipped, byline with date, in-body link and tags dropped", () => {
    const parsed = parse(otherSites.VNEXPRESS);
    expect(parsed).toMatchObject({
      title: "Vietnam, Russia sign 10 cooperation agreements",
      date: "2025-01-14",
      publisher: "VnExpress",
      author: "Viet Tuan",
      photoCredits: ["VnExpress", "Giang Huy"],
    });
    expect(parsed.captions).toHaveLength(1);
    expect(parsed.paragraphs).toHaveLength(3);
    expect(parsed.paragraphs.join("\n")).not.toMatch(/Read more|Tags|meets Russian counterpart/);
  });

  it("Reuters: dateline with agency and day, glued date and time, closing credits dropped", () => {
    const parsed = parse(otherSites.REUTERS);
    expect(parsed).toMatchObject({
      title: "Vietnam's top leader meets Russian PM, vows closer ties",
      date: "2025-01-14",
      publisher: "Reuters",
      author: "Francesco Guarascio",
      dateline: "Hanoi",
    });
    expect(parsed.paragraphs[0]).toMatch(/^Vietnam's top leader To Lam met/);
    expect(parsed.paragraphs).toHaveLength(3);
  });

  it("TASS: the dateline's day with the year from the text", () => {
    expect(parse(otherSites.TASS)).toMatchObject({ date: "2025-01-14", dateInferred: false, publisher: "TASS", dateline: "Moscow" });
  });

  it("Tuổi Trẻ: paper code instead of a dateline, capitalised credits and signature, `Tin liên quan` tail", () => {
    const parsed = parse(otherSites.TUOI_TRE);
    expect(parsed).toMatchObject({
      title: "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nga Mikhail Mishustin",
      date: "2025-01-14",
      publisher: "Tuổi Trẻ",
      author: "Thành Chung",
      captions: ["Thủ tướng Phạm Minh Chính và Thủ tướng Nga Mikhail Mishustin"],
      photoCredits: ["Nguyễn Khánh"],
    });
    expect(parsed.dateline).toBeUndefined();
    expect(parsed.paragraphs).toHaveLength(2);
    expect(parsed.paragraphs[0]).toMatch(/^Chiều 14-1/);
  });

  it("Nhân Dân, VietnamPlus, Việt Nam News, AP", () => {
    expect(parse(otherSites.NHAN_DAN)).toMatchObject({ date: "2025-01-14", publisher: "Nhân Dân", paragraphs: { length: 2 } });
    expect(parse(otherSites.VIETNAMPLUS)).toMatchObject({
      date: "2025-01-14",
      dateline: "Hanoi",
      publisher: "Vietnam News Agency",
      paragraphs: { length: 2 },
    });
    expect(parse(otherSites.VIET_NAM_NEWS)).toMatchObject({
      title: "Russia's PM pays official visit to Việt Nam",
      publisher: "Việt Nam News",
      dateline: "Hà Nội",
      photoCredits: ["VNA", "VNS", "Dương Giang"],
      paragraphs: [
        "Prime Minister Phạm Minh Chính held talks with his Russian counterpart Mikhail Mishustin on Tuesday.",
        "The two sides signed agreements in science and culture.",
      ],
    });
    expect(parse(otherSites.AP)).toMatchObject({
      date: "2025-01-14",
      publisher: "Associated Press",
      author: "David Rising",
      dateline: "Hanoi",
    });
  });
});

describe("parseSource captions without a credit on their line", () => {
  const parse = (text: string) => parseSource(text, { today: TODAY });
  const lede = "HÀ NỘI — The two prime ministers held talks on Tuesday and agreed to expand trade, energy and education ties.";

  it("takes the short line before a credit-only line as its caption", () => {
    const parsed = parse(` date 2025-01-14 ${lede}\n\nThe two leaders at the talks.\nPhoto: VNA\n\nThey signed four agreements.`);
    expect(parsed.captions).toEqual(["The two leaders at the talks."]);
    expect(parsed.photoCredits).toEqual(["VNA"]);
    expect(parsed.paragraphs).toHaveLength(2);
  });

  it("keeps a body paragraph that follows a placeholder when it is not a caption", () => {
    const body =
      "The two sides agreed to expand cooperation in energy. They also discussed education, science and technology, and culture in detail.";
    const parsed = parse(` date 2025-01-14 ${lede}\n\nPhoto caption\n\n${body}`);
    expect(parsed.captions).toEqual([]);
    expect(parsed.paragraphs).toContain(body);
  });
});

describe("parseSource bylines with more on the line", () => {
  it("reads the publisher named after the author and the date line below", () => {
    const parsed = parseSource(
      "Home > News > Politics\nRussian PM wraps up Vietnam visit\nWednesday, January 15, 2025 | 18:20\nBy Minh Anh | VietnamPlus\nHanoi (VNA) – Russian Prime Minister Mikhail Mishustin concluded his official visit to Vietnam on January 15.\nThe visit was a success, officials said.\nShare\nFacebook\nTwitter",
      { today: TODAY },
    );
    expect(parsed).toMatchObject({
      title: "Russian PM wraps up Vietnam visit",
      date: "2025-01-15",
      author: "Minh Anh",
      publisher: "VietnamPlus",
      dateline: "Hanoi",
      paragraphs: [
        "Russian Prime Minister Mikhail Mishustin concluded his official visit to Vietnam on January 15.",
        "The visit was a success, officials said.",
      ],
    });
  });
});

describe("parseSource problems", () => {
  const parse = (text: string) => parseSource(text, { today: TODAY });

  it("reports an impossible date, naming it, and gives no date", () => {
    const parsed = parse(" date 2025-02-31 HÀ NỘI — The two sides met and agreed on many things in the capital city.");
    expect(parsed.date).toBeUndefined();
    expect(parsed.problems).toEqual([{ rule: "source-impossible-date", message: expect.stringContaining("2025-02-31") }]);
  });

  it("keeps a date after today with a warning", () => {
    const parsed = parse(" date 2025-12-24 HÀ NỘI — The two sides met and agreed on many things in the capital city.");
    expect(parsed.date).toBe("2025-12-24");
    expect(parsed.problems).toEqual([{ rule: "source-future-date", message: expect.stringContaining("future") }]);
  });

  it("reports a source with no date to find or infer", () => {
    const parsed = parse("Leaders met\n\nThe two sides met and agreed on many things in the capital city.");
    expect(parsed.date).toBeUndefined();
    expect(parsed.problems.map((p) => p.rule)).toEqual(["source-no-date"]);
  });

  it("reports a source that gives the day but no year, naming the day and how to date it", () => {
    // TASS: the dateline's day, and no year or weekday anywhere in the text.
    const parsed = parse(
      "Lavrov, Vietnamese counterpart hold talks\n\nMOSCOW, March 3. /TASS/. Russian Foreign Minister Sergey Lavrov held a phone call with his Vietnamese counterpart.",
    );
    expect(parsed.date).toBeUndefined();
    expect(parsed.publisher).toBe("TASS");
    expect(parsed.problems).toEqual([{ rule: "source-no-date", message: expect.stringContaining("gives the day (March 3) but no year") }]);
    expect(parsed.problems[0]!.message).toContain("news-archive add --date YYYY-MM-DD FILE");
  });

  it("gives a day without a year the latest year in which it fell on the weekday the lede names, flagged uncertain", () => {
    // 3 March was a Monday in 2025 (and in 2014): the latest such year up to the day the source is read.
    const parsed = parse(
      "Lavrov, Vietnamese counterpart hold talks\n\nMOSCOW, March 3. /TASS/. Russian Foreign Minister Sergey Lavrov held a phone call with his Vietnamese counterpart on Monday.",
    );
    expect(parsed).toMatchObject({ date: "2025-03-03", dateInferred: true, publisher: "TASS" });
    expect(parsed.problems).toEqual([{ rule: "source-date-uncertain", message: expect.stringContaining("weekday of March 3") }]);
    // A year the text names is a lower bound, and the weekday picks the year from there.
    expect(parse("Talks held\n\nMOSCOW, March 3. /TASS/. Lavrov said on Monday that the talks of 2024 had gone well.").date).toBe(
      "2025-03-03",
    );
    expect(parse("Talks held\n\nMOSCOW, March 3. /TASS/. Lavrov said on Sunday that the talks of 2024 had gone well.").date).toBe(
      "2024-03-03",
    );
  });

  it("dates a yearless time stamp with the year of the text, as stated, not inferred", () => {
    const parsed = parse(
      "10 MAY, 15:47\nPutin and To Lam hold talks in the Kremlin\n\nMOSCOW, May 10. /TASS/. The talks were part of the Vietnamese leader's visit to Russia from May 8 to 11, 2025.",
    );
    expect(parsed).toMatchObject({ date: "2025-05-10", dateInferred: false, title: "Putin and To Lam hold talks in the Kremlin" });
  });

  it("dates an otherwise undated copy by the day in its source address, as stated", () => {
    const parsed = parse(
      "Leaders meet in Hanoi\n\nThe two sides met on Tuesday and agreed on many things in the capital city.\n\nSource: https://www.reuters.com/world/asia-pacific/leaders-meet-2024-06-20/",
    );
    expect(parsed).toMatchObject({ date: "2024-06-20", dateInferred: false, publisher: "Reuters" });
  });

  it("takes the site's name off a copied page title", () => {
    expect(
      parse(
        " date 2025-01-14 Vietnam, Russia sign ten deals | Reuters\n\nHÀ NỘI — The two sides signed ten agreements on Tuesday in the capital.",
      ),
    ).toMatchObject({
      title: "Vietnam, Russia sign ten deals",
      publisher: "Reuters",
    });
    expect(splitPageTitle("Vietnam, Russia sign deals - VnExpress International")).toEqual({
      title: "Vietnam, Russia sign deals",
      site: "VnExpress",
    });
    expect(splitPageTitle("Hanoi – Moscow flights resume after two years")).toEqual({
      title: "Hanoi – Moscow flights resume after two years",
    });
    expect(splitPageTitle("Putin's visit - a test for bamboo diplomacy")).toEqual({ title: "Putin's visit - a test for bamboo diplomacy" });
  });

  it("takes an image agency's credit line as the mark of a caption below it (BBC)", () => {
    const parsed = parse(
      "Putin visits Vietnam\n20 June 2024\nGetty Images\nVladimir Putin was welcomed with a salute\nRussian President Vladimir Putin has received a red-carpet welcome in Vietnam, one of the last stops on his tour.",
    );
    expect(parsed.captions).toEqual(["Vladimir Putin was welcomed with a salute"]);
    expect(parsed.photoCredits).toEqual(["Getty Images"]);
    expect(parsed.paragraphs).toHaveLength(1);
  });

  it("reads the outlet a source line names among others", () => {
    const text = (source: string) =>
      ` date 2025-01-14 HÀ NỘI — The two sides signed agreements on Tuesday in the capital city.\n\nSource: ${source}`;
    expect(parse(text("Reuters/fh")).publisher).toBe("Reuters");
    expect(parse(text("Al Jazeera and news agencies")).publisher).toBe("Al Jazeera");
    expect(parse(text("agencies")).publisher).toBeUndefined();
  });

  it("skips a short kicker above a title and its dek (The Guardian)", () => {
    const parsed = parse(
      "Putin’s visit to Vietnam\nVietnam rolls out red carpet for Putin despite US criticism\nRussian president signs agreements in Hanoi on energy and technology\nThu 20 Jun 2024 12.30 BST\nVladimir Putin has been given a red-carpet welcome in Vietnam, where he signed a series of agreements.",
    );
    expect(parsed.title).toBe("Vietnam rolls out red carpet for Putin despite US criticism");
  });

  it("takes the headline without the time stamp glued after it, time first and weekday (a Vietnamese paper's layout)", () => {
    const lede =
      "Chiều 28-9, Chủ tịch Duma Quốc gia Nga Vyacheslav Volodin đã đến Hà Nội, bắt đầu chuyến thăm chính thức Việt Nam theo lời mời của Chủ tịch Quốc hội.";
    for (const stamp of ["17:10 28/09/2025", "Chủ nhật, 28/09/2025 - 17:10 (GMT+7)"]) {
      const parsed = parse(`Thời sự\nChủ tịch Duma Quốc gia Nga bắt đầu thăm chính thức Việt Nam - ${stamp}\n${lede}`);
      expect(parsed.title).toBe("Chủ tịch Duma Quốc gia Nga bắt đầu thăm chính thức Việt Nam");
      expect(parsed.date).toBe("2025-09-28");
    }
  });

  it("keeps a caption crediting 100,000 agencies, and strips 10,000 closing signatures that are all the body", () => {
    const credited = parse(
      `date 2025-01-14\nA title line for the report\n\nThe talks went well.\n\nThe talks. (${"VNA/".repeat(100_000)}VNS Photo`,
    );
    expect(credited.captions).toEqual(["The talks."]);
    expect(credited.photoCredits).toEqual(["VNA", "VNS"]);
    // Every line is a navigation label and a signature: they go one by one.
    const signed = parse(`date 2025-01-14\n${"Jane Doe Smith\n\n".repeat(10_000)}`);
    expect(signed).toMatchObject({ author: "Jane Doe Smith", paragraphs: [] });
  });

  it("keeps text that looks like HTML, script, liquid or front matter as article text", () => {
    const parsed = parse(
      " date 2025-03-02 HÀ NỘI — The ministry published <script>alert('x')</script> and {{ 7*7 }} on its site.\n\n---\ntitle: not front matter\n---\n\nPrime Minister Phạm Minh Chính said <b>bold</b> words. — VNS",
    );
    expect(parsed.paragraphs).toEqual([
      "The ministry published <script>alert('x')</script> and {{ 7*7 }} on its site.",
      "---",
      "title: not front matter",
      "---",
      "Prime Minister Phạm Minh Chính said <b>bold</b> words.",
    ]);
    expect(parsed.title).toBe("The ministry published <script>alert('x')</script> and {{ 7*7 }} on its site");
  });
});
