/**
 * Publisher and agency from the page's own evidence (publisher-choice.ts and the
 * rules that read the evidence): on the real lines they were written for and on
 * lines that must not name the publisher.
 */
import { describe, expect, it } from "vitest";
import { parseSourceLine } from "../../src/ingest/boilerplate.ts";
import { parseDateline } from "../../src/ingest/dateline.ts";
import { parseSource } from "../../src/ingest/parse-source.ts";
import { siteGluedToTitle } from "../../src/ingest/page-header.ts";
import { choosePublisher, namesHost } from "../../src/ingest/publisher-choice.ts";
import { listsOutlets } from "../../src/ingest/classify-lines.ts";
import { PublisherTable } from "../../src/taxonomy/publishers.ts";

const parse = (text: string) => parseSource(text, { today: "2026-12-03" });
/** The publisher and agency of a parsed page, absent ones as undefined. */
const publisherAndAgency = (text: string) => {
  const parsed = parse(text);
  return [parsed.publisher, parsed.agency];
};
const LEDE =
  "Prime Minister Pham Minh Chinh held talks with his Russian counterpart in Hanoi, the two sides said in a joint statement on Tuesday.";
const SECOND = "The two leaders agreed to raise two-way trade and to work together in energy, education and science.";

describe("choosePublisher", () => {
  it("takes the site's own name over the wire it carries, and keeps the wire as the agency", () => {
    expect(
      choosePublisher([
        { name: "Reuters", kind: "dateline" },
        { name: "The Straits Times", kind: "masthead" },
      ]),
    ).toEqual({
      publisher: "The Straits Times",
      agency: "Reuters",
    });
  });

  it("takes the wire for the publisher only when no site is named, and its own site when the page is on it", () => {
    // Only the dateline names it: the publisher as the best guess left, and then not also the agency,
    // which the entry holds only for a wire that is not the publisher.
    expect(choosePublisher([{ name: "TASS", kind: "dateline" }])).toEqual({ publisher: "TASS" });
    expect(choosePublisher([{ name: "Vietnam News Agency", kind: "signOff" }])).toEqual({ publisher: "Vietnam News Agency" });
    // Its own site's address or masthead: the publisher, carrying no one's copy.
    expect(
      choosePublisher([
        { name: "TASS", kind: "address" },
        { name: "TASS", kind: "dateline" },
      ]),
    ).toEqual({ publisher: "TASS" });
    expect(
      choosePublisher([
        { name: "Sputnik", kind: "pageTitle" },
        { name: "Sài Gòn Giải Phóng", kind: "photoCredit" },
      ]),
    ).toEqual({ publisher: "Sputnik" });
  });

  it("never takes a photo agency's credit for either", () => {
    expect(choosePublisher([{ name: "Việt Nam News", kind: "photoCredit" }])).toEqual({ publisher: "Việt Nam News" });
    expect(
      choosePublisher([
        { name: "Vietnam.vn", kind: "aggregator" },
        { name: "Thanh Niên", kind: "byline" },
      ]),
    ).toEqual({ publisher: "Thanh Niên" });
  });
});

describe("the page's evidence", () => {
  it("reads the codes opening the lede: `(VOVWORLD) -`, `(VAN)`, `VTV.vn -`, `VNA/WVR –`", () => {
    expect(parse(` date 2024-06-20 (VOVWORLD) - ${LEDE}`).publisher).toBe("Voice of Vietnam");
    expect(parseDateline(`(VAN) ${LEDE}`)).toMatchObject({ agency: "VAN" });
    expect(parseDateline(`(LEAD) ${LEDE}`)).toBeUndefined();
    expect(parse(` date 2017-11-23 VTV.vn - ${LEDE}`).publisher).toBe("Vietnam Television");
    // CAND's English edition signs its ledes `PSNews -` (People's Security News).
    expect(parse(` date 2018-09-19 PSNews - ${LEDE}`).publisher).toBe("Công An Nhân Dân");
    // A paper's name in quotation marks on its date line (Argumenty Nedeli).
    expect(parse(`Первый визит президента Вьетнама в Россию\n26 октября 2008, 16:20 [ «Аргументы Недели» ]\n${LEDE}`).publisher).toBe(
      "Аргументы Недели",
    );
    // A prompt to follow the site, above the text or in the tail, names it, known to the list or not.
    expect(parse(`Thủ tướng chủ trì lễ đón Thủ tướng Nga\nQuang Hòa\n${LEDE}\nTheo dõi Baoquocte.vn trên\n${LEDE}`).publisher).toBe(
      "Báo Quốc tế",
    );
    expect(parse(` date 2024-06-19 ${LEDE}\n\nПодписывайтесь на НСН: Новости | Дзен | VK | Telegram`).publisher).toBe("НСН");
    // Interfax's own dateline names its site.
    expect(publisherAndAgency(` date 2026-02-24 Москва. 24 февраля. INTERFAX.RU - ${LEDE}`)).toEqual(["Interfax", undefined]);
    expect(parse(` date 2024-03-10 VNA/WVR – ${LEDE}`)).toMatchObject({
      publisher: "World & Vietnam Report",
      agency: "Vietnam News Agency",
    });
  });

  it("reads a page title's site, a sign-off, a slash credit and a copyright line", () => {
    expect(parse(`Lavrov Holds Press Conference Following ASEAN Meetings - Sputnik International\nJuly 27, 2024\n${LEDE}`)).toMatchObject({
      title: "Lavrov Holds Press Conference Following ASEAN Meetings",
      publisher: "Sputnik",
    });
    expect(parse(` date 2025-01-14 HÀ NỘI — ${LEDE} — VNS`).publisher).toBe("Việt Nam News");
    expect(parse(` date 2017-11-23 ${LEDE}\n${SECOND}\nCPV/VNA\nRELATED NEWS`)).toMatchObject({
      publisher: "CPV Online",
      agency: "Vietnam News Agency",
    });
    // An outlet the table does not know keeps its code.
    expect(parse(` date 2017-11-23 ${LEDE}\n${SECOND}\nXYZ/VNA\nRELATED NEWS`)).toMatchObject({
      publisher: "XYZ",
      agency: "Vietnam News Agency",
    });
    expect(parse(` date 2021-10-05 ${LEDE}\nTTXVN/Báo Tin tức`)).toMatchObject({ publisher: "Báo Tin Tức", agency: "Vietnam News Agency" });
    expect(
      parse(` date 2025-05-09 ${LEDE}\n${SECOND}\nRead more about: Victory Day\n© 2025 The Moscow Times, all rights reserved.`).publisher,
    ).toBe("The Moscow Times");
  });

  it("reads the site's name lines: a masthead, a doubled name, `Official website of …`, a source glued to the date", () => {
    expect(
      parse(`The Guardian - AU\nThe Guardian - AU\nWorld\nPutin in Pyongyang: Russia and North Korea sign a pact\n${LEDE}`).publisher,
    ).toBe("The Guardian - AU");
    expect(
      parse(`Official website of the President of Russia\nMeeting with Prime Minister of India\nJune 13, 2019, Bishkek\n${LEDE}`).publisher,
    ).toBe("Kremlin.ru");
    const glued = parse(`Vietnam.vn - Nền tảng quảng bá Việt Nam\nPutin meets To Lam in Moscow\nThời ĐạiThời Đại25/03/2025\n${LEDE}`);
    expect(glued).toMatchObject({ publisher: "Thời Đại", date: "2025-03-25" });
    expect(glued.author).toBeUndefined();
  });

  it("does not take a photo agency in a caption's credit for the site (a paper credited for its photos is weak evidence)", () => {
    const parsed = parse(
      ` date 2025-01-14 ${LEDE}\nPrime Minister Phạm Minh Chính and Mikhail Mishustin at the talks. — VNA/VNS Photo Dương Giang\n${SECOND}`,
    );
    expect(parsed.publisher).toBe("Việt Nam News");
    expect(parsed.agency).toBeUndefined();
    expect(
      parse(` date 2025-01-14 ${LEDE}\nThe two leaders at the talks. — VNA/VNS Photo Dương Giang\nTuoi Tre News\n${SECOND}`).publisher,
    ).toBe("Tuổi Trẻ");
    const agencies = parse(` date 2021-10-05 ${LEDE}\nKishida speaks in Tokyo on October 4, 2021. Ảnh: AFP/TTXVN\n${SECOND}`);
    expect([agencies.publisher, agencies.agency]).toEqual([undefined, undefined]);
  });

  it("does not take a paper in a credit that lists outlets for the site: it names where the pictures came from", () => {
    // A Vietnamese page's gallery credit, pictures taken from two Russian outlets.
    const listed = parse(` date 2022-07-27 ${LEDE}\nThe two leaders at a meeting in Moscow. (Ảnh: Sputnik, RT)\n${SECOND}`);
    expect(listed.publisher).toBeUndefined();
    expect(listsOutlets("(Ảnh: Sputnik, RT)", ["Sputnik", "RT"])).toBe(true);
    expect(listsOutlets("Photo: Reuters and AP", ["Reuters", "AP"])).toBe(true);
    // Agency and paper with a slash, or one paper with its photographer: the paper still counts.
    expect(listsOutlets("— VNA/VNS Photo Dương Giang", ["VNA", "VNS"])).toBe(false);
    expect(listsOutlets("Photo by VnExpress/Giang Huy", ["VnExpress"])).toBe(false);
    expect(parse(` date 2022-07-27 ${LEDE}\nThe two leaders at a meeting in Moscow. (Photo: SGGP)\n${SECOND}`).publisher).toBe(
      "Sài Gòn Giải Phóng",
    );
  });

  it("reads a republisher's credit lines as the source, and only lines of that shape", () => {
    // The footer of a site republishing TASS's copy.
    expect(parseSourceLine("Read the original article in full at TASS")).toEqual({ name: "TASS" });
    expect(parseSourceLine("Article Sourced via TASS")).toEqual({ name: "TASS" });
    expect(parseSourceLine("Originally published by Sputnik International")).toEqual({ name: "Sputnik International" });
    const carried = parse(` date 2018-12-03 ${LEDE}\n${SECOND}\nRead the original article in full at TASS\nArticle Sourced via TASS`);
    // Nothing names the site carrying it: the wire is the best guess at the publisher (and so not the agency).
    expect([carried.publisher, carried.agency]).toEqual(["TASS", undefined]);
    expect(carried.paragraphs.join("\n")).not.toContain("Sourced via");
    expect(carried.paragraphs.join("\n")).not.toContain("Read the original");
    expect(carried.paragraphs.join("\n")).toContain(SECOND);
    // Sentences that start the same way are the article's own.
    expect(parseSourceLine("Read the original article carefully, the minister told reporters.")).toBeUndefined();
    expect(parseSourceLine("Sourced from local farms, the rice is exported to Russia.")).toBeUndefined();
  });

  it("reads the outlet of a `Source:` line: a site's host, and not the desk's label after it", () => {
    // A credit as Vietnamese sites print it under a story taken from the Government portal.
    expect(parse(` date 2024-05-19 ${LEDE}\n${SECOND}\nNguồn: baochinhphu.vn`).publisher).toBe("Báo Chính Phủ");
    // A host the list does not know is named as written.
    expect(parse(` date 2024-05-19 ${LEDE}\n${SECOND}\nSource: eurasiareview.com`).publisher).toBe("eurasiareview.com");
    // Shanghai Daily's source line (page 35): the editor is no part of the source.
    expect(parseSourceLine("Source: Xinhua   Editor: Wang Qingchu")).toEqual({ name: "Xinhua" });
    expect(parseSourceLine("Source: Al Jazeera and news agencies")).toEqual({ name: "Al Jazeera and news agencies" });
    // Not a source: a sentence, a lower-case phrase, a bare editor line.
    expect(parseSourceLine("Source: the ministry said on Monday.")).toBeUndefined();
    expect(parseSourceLine("Editor: Wang Qingchu")).toBeUndefined();
    expect(parse(` date 2024-05-19 ${LEDE}\n${SECOND}\nSource: the ministry.`).publisher).toBeUndefined();
  });

  it("reads a source in brackets on a line of its own: a site's host with its day, `(Theo TTXVN)`", () => {
    // An embassy's page reprinting Nhân Dân's story under its headline.
    expect(parseSourceLine("(nhandan.org.vn - April 3, 2003)")).toEqual({ name: "nhandan.org.vn", date: "April 3, 2003" });
    const reprinted = parse(
      `Prime minister meets Most Venerable Thich Huyen Quang\n\n(nhandan.org.vn - April 3, 2003)\n\n${LEDE}\n${SECOND}`,
    );
    expect(reprinted).toMatchObject({
      publisher: "Nhân Dân",
      date: "2003-04-03",
      title: "Prime minister meets Most Venerable Thich Huyen Quang",
    });
    // A Vietnamese page's credit to the agency whose story it carries.
    expect(parseSourceLine("(Theo TTXVN)")).toEqual({ name: "TTXVN" });
    expect(parse(` date 2024-06-20 ${LEDE}\n${SECOND}\n(Theo TTXVN)`).publisher).toBe("Vietnam News Agency");
    // Not a source: a photo credit, a date before a headline (page 37), an agency code alone, a remark in brackets.
    for (const line of [
      "(Photo: VNA)",
      "(April 25, 2023) Vietnam's 'bamboo' foreign policy clout",
      "(April 25, 2023)",
      "(VNA)",
      "(The meeting was held in Hanoi.)",
      "(theo the minister)",
    ]) {
      expect(parseSourceLine(line), line).toBeUndefined();
    }
  });

  it("takes a wire credited in a byline for the agency of a site the page does not name, not for the publisher", () => {
    // KION's page carrying AP (page 09): the wire under the byline, and its dateline.
    const carried = parse(
      " date 2023-08-28 Biden will visit Hanoi next month as he seeks to strengthen US-Vietnam relations\nBy AAMER MADHANI\nAssociated Press\n" +
        `WASHINGTON (AP) — ${LEDE}\n${SECOND}`,
    );
    expect([carried.publisher, carried.agency, carried.author]).toEqual([undefined, "Associated Press", "Aamer Madhani"]);
    // Big Asia's page carrying TASS (page 29): the wire glued to the date, with a view counter.
    const glued = parse(`Russia intends to establish regular contacts with Laos\n04.08.2022 ТАСС 107 просмотров\n${LEDE}\n${SECOND}`);
    expect([glued.publisher, glued.agency]).toEqual([undefined, "TASS"]);
    // The wire's own page: its dateline alone names it, and it is the publisher.
    expect(parse(` date 2017-06-16 MOSCOW, June 16. /TASS/. ${LEDE}\n${SECOND}`)).toMatchObject({ publisher: "TASS" });
    // The wire's name above the headline, under no byline, is the site's name.
    const masthead = parse(
      `Associated Press\nBiden will visit Hanoi next month as he seeks to strengthen ties\nAugust 28, 2023\nWASHINGTON (AP) — ${LEDE}\n${SECOND}`,
    );
    expect([masthead.publisher, masthead.agency]).toEqual(["Associated Press", undefined]);
    // The wire's name glued to the day above the headline: the site's masthead with its date, not a credit.
    const dated = parse(`Sputnik International20.06.2024\nPutin arrives in Hanoi for state visit\n${LEDE}\n${SECOND}`);
    expect([dated.publisher, dated.agency]).toEqual(["Sputnik", undefined]);
    // A paper glued to its date under the headline (page 08) still names the site.
    const paper = parse(
      `US President Joe Biden visits Vietnam from September 10-11\nBáo Thanh niênBáo Thanh niên29/08/2023\n${LEDE}\n${SECOND}`,
    );
    expect(paper.publisher).toBe("Thanh Niên");
    expect(
      choosePublisher([
        { name: "Associated Press", kind: "byline" },
        { name: "Associated Press", kind: "dateline" },
      ]),
    ).toEqual({ agency: "Associated Press" });
  });

  it("takes a wire named alone under the headline, where a byline stands, for the story's credit (Shanghai Daily, page 35)", () => {
    const credited = parse(
      `Xi holds talks with Vietnam's top leader To Lam in Beijing\nXinhua\n  14:55 UTC+8, 2024-08-19       0\nXinhua\n${LEDE}\n${SECOND}\nSource: Xinhua   Editor: Wang Qingchu`,
    );
    expect([credited.publisher, credited.agency, credited.date]).toEqual([undefined, "Xinhua", "2024-08-19"]);
    // A paper's own name there is still the site's.
    const paper = parse(`Xi holds talks with Vietnam's top leader To Lam in Beijing\nTuoi Tre News\n19/08/2024 14:55\n${LEDE}\n${SECOND}`);
    expect([paper.publisher, paper.agency]).toEqual(["Tuổi Trẻ", undefined]);
  });

  it("reads a CMS's `Posts` label as a byline", () => {
    expect(parse(` date 2025-03-25 ${LEDE}\nPosts Kim Loan`).author).toBe("Kim Loan");
  });

  it("takes the wire of a dateline for the publisher when no site is named, else for the agency", () => {
    // Real datelines of a TASS story on OANA's site, a Xinhua story on People's Daily's, a VNA story on VietnamPlus'.
    const tass = `MOSCOW, February 4. /TASS/. Moscow and Jakarta are working on the preparations for a meeting of the two countries’ leaders, Russian Foreign Minister Sergey Lavrov said on Tuesday.`;
    const xinhua = `BEIJING, Jan. 26 (Xinhua) -- Chinese President Xi Jinping held phone talks on Monday with To Lam, general secretary of the Communist Party of Vietnam (CPV) Central Committee.`;
    const vna = `Hanoi (VNA) – PrimeMinister Pham Minh Chinh received JapaneseAmbassador to Vietnam Yamada Takio in Hanoi on August 13.`;
    expect(
      publisherAndAgency(` date 2020-02-05 ${tass}
${SECOND}`),
    ).toEqual(["TASS", undefined]);
    expect(
      publisherAndAgency(` date 2026-01-27 ${xinhua}
${SECOND}`),
    ).toEqual(["Xinhua", undefined]);
    expect(
      publisherAndAgency(` date 2021-08-13 ${vna}
${SECOND}`),
    ).toEqual(["Vietnam News Agency", undefined]);
    // On the wire's own site (its address given): the publisher, and no agency.
    const own = parse(` url http://tass.com/defense/959655
 date 2020-02-05 ${tass}
${SECOND}`);
    expect([own.publisher, own.agency]).toEqual(["TASS", undefined]);
    // A site named on the page: the site publishes, the wire is the agency.
    const carried = parse(`Russia, Indonesia discussing preparations for top-level meeting
February 5, 2020
${tass}
${SECOND}
© 2020 The Jakarta Post`);
    expect([carried.publisher, carried.agency]).toEqual(["The Jakarta Post", "TASS"]);
  });

  it("reads a site's name glued to the headline repeated under it, and only an outlet's name", () => {
    const title = "Opinion: Putin and Kim forge closer ties, resuscitating a defunct Stalinist alliance";
    const repeat = `NPR${title} toggle caption U.S. Army Signal Corps/AP Sergey Radchenko is the Wilson E. Schmidt distinguished professor.`;
    expect(siteGluedToTitle(repeat, title)).toBe("NPR");
    expect(
      parse(` date 2024-06-20 ${title}
${repeat}
${LEDE}
${SECOND}`).publisher,
    ).toBe("NPR");
    // Not glued (a space before the headline), after punctuation, or too far into a sentence.
    expect(siteGluedToTitle(`Updated ${title}`, title)).toBeUndefined();
    expect(siteGluedToTitle(`In his piece, ${title}`, title)).toBeUndefined();
    expect(siteGluedToTitle(`${"A long sentence that mentions the piece called ".repeat(2)}${title}`, title)).toBeUndefined();
    // Glued, but no outlet's name: not a publisher.
    expect(
      parse(` date 2024-06-20 ${title}
Exclusive${title} more
${LEDE}
${SECOND}`).publisher,
    ).toBeUndefined();
  });

  it("takes a wire's own copyright notice for whose copy it is: the agency beside a site the page names, else the publisher", () => {
    // AP's notice under its copy, on a partner station's page that names itself.
    const notice =
      "Copyright 2023 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.";
    const partner = parse(
      `KION News Channel\nBiden will visit Hanoi next month\nAugust 28, 2023\nWASHINGTON (AP) — ${LEDE}\n${SECOND}\n${notice}`,
    );
    expect([partner.publisher, partner.agency]).toEqual(["KION News Channel", "Associated Press"]);
    // The notice before the site's own notice does not make the wire the site.
    const both = parse(` date 2023-08-28 ${LEDE}\n${SECOND}\n${notice}\n© 2023 KION News Channel`);
    expect([both.publisher, both.agency]).toEqual(["KION News Channel", "Associated Press"]);
    // Nothing names a site: the wire's notice is all there is.
    expect(parse(` date 2023-08-28 ${LEDE}\n${SECOND}\n${notice}`)).toMatchObject({ publisher: "Associated Press" });
    // A paper's notice is still the site's.
    expect(parse(` date 2023-08-28 ${LEDE}\n${SECOND}\n© 2024 The Moscow Times, all rights reserved.`).publisher).toBe("The Moscow Times");
  });

  it("reads an unlisted site's name after a Russian headline, and not a headline's own dash", () => {
    const suffixed = parse(`Путин прибыл в Ханой с государственным визитом — Новости Приморья\n19 июня 2024\n${LEDE}\n${SECOND}`);
    expect([suffixed.title, suffixed.publisher]).toEqual(["Путин прибыл в Ханой с государственным визитом", "Новости Приморья"]);
    const headline = parse(`Лавров о переговорах с Вьетнамом — Главные новости\n19 июня 2024\n${LEDE}\n${SECOND}`);
    expect(headline.publisher).toBeUndefined();
    const dashed = parse(`Путин и То Лам: переговоры в Ханое — итоги визита\n19 июня 2024\n${LEDE}\n${SECOND}`);
    expect([dashed.title, dashed.publisher]).toEqual(["Путин и То Лам: переговоры в Ханое — итоги визита", undefined]);
  });

  it("names an unlisted site by its banner only when nothing names another outlet", () => {
    // Vietnam.vn's banner (seed 001), read with a list of outlets that lacks Vietnam.vn.
    const unlisted = (text: string) => parseSource(text, { today: "2026-12-03", publishers: new PublisherTable([]) });
    const banner = "Vietnam.vn - Nền tảng quảng bá Việt Nam";
    expect(unlisted(`${banner}\nPutin meets To Lam in Moscow\n25/03/2025\n${LEDE}\n${SECOND}`).publisher).toBe("vietnam.vn");
    // The outlet a republishing platform names under its banner is the publisher.
    expect(unlisted(`${banner}\nPutin meets To Lam in Moscow\nThời ĐạiThời Đại25/03/2025\n${LEDE}\n${SECOND}`).publisher).toBe("Thời Đại");
    // A headline naming a site is no banner.
    expect(unlisted(`Vietnam.vn and VnExpress top readership\n25/03/2025\n${LEDE}\n${SECOND}`).publisher).toBeUndefined();
  });
});

describe("a wire credited in the lede is carried, not the publisher (blind-vnru-9, 170)", () => {
  it("keeps `…, сообщает ТАСС.` as the agency of a page that names no site, and its own dateline as its publisher", () => {
    // The reworded lede of the Brest paper carrying TASS: the site retells the wire's story.
    const carried = [
      "Путин прибыл с государственным визитом во Вьетнам",
      "",
      "Президент России Владимир Путин прилетел во Вьетнам с государственным визитом, сообщает ТАСС.",
      "",
      "В Ханой российский лидер прибыл из КНДР, где у него прошли полноформатные переговоры с руководителем страны.",
    ].join("\n");
    expect(publisherAndAgency(carried)).toEqual([undefined, "ТАСС"]);
    // TASS's own page: the dateline names the wire, which is then the publisher and not its own agency.
    const own = [
      "Путин 30 ноября проведет переговоры в Москве с президентом Вьетнама",
      "",
      "МОСКВА, 29 ноября. /ТАСС/. Во вторник, 30 ноября, президент России Владимир Путин встретится в Москве с президентом Вьетнама, сообщили в пресс-службе Кремля.",
      "",
      "Стороны собираются обсудить насущные вопросы всеобъемлющего стратегического партнерства России и Вьетнама.",
    ].join("\n");
    expect(publisherAndAgency(own)).toEqual(["TASS", undefined]);
  });

  it("ranks a lede credit as carried in choosePublisher: no publisher from it alone, the agency kept", () => {
    expect(choosePublisher([{ name: "ТАСС", kind: "ledeCredit" }])).toEqual({ agency: "ТАСС" });
    // A source line (`Source: TASS`) alone still names whose copy the page is.
    expect(choosePublisher([{ name: "ТАСС", kind: "sourceLine" }])).toEqual({ publisher: "ТАСС" });
  });
});

describe("a wire's story on a site that republishes others' (blind-vnru-9, 162)", () => {
  it("takes the republishing site for the publisher when the wire it carries is credited as carried, and keeps the wire as the agency", () => {
    // `HANOI, Sept 7 (Reuters) -` under `Reuters` / `Reuters` and ` 3 days ago`, at newsbreak.com.
    expect(
      choosePublisher([
        { name: "Reuters", kind: "byline" },
        { name: "Reuters", kind: "dateline" },
        { name: "NewsBreak", kind: "aggregator" },
      ]),
    ).toEqual({ publisher: "NewsBreak", agency: "Reuters" });
  });

  it("still takes the original outlet a republishing site names over the site", () => {
    expect(
      choosePublisher([
        { name: "The Guardian", kind: "masthead" },
        { name: "inkl", kind: "aggregator" },
      ]),
    ).toEqual({ publisher: "The Guardian" });
  });
});

describe("a wire named in a closing source line on another outlet's page", () => {
  it("reads `Source : MENA` as the agency under the site's address (blind-vnru-10, 175); a paper so named is the publisher under a banner only", () => {
    expect(
      choosePublisher([
        { name: "egypt-today.com", kind: "siteAddress" },
        { name: "MENA", kind: "sourceLine" },
      ]),
    ).toEqual({ publisher: "egypt-today.com", agency: "MENA" });
    // Under the editor's address the page is on that site, whatever paper its source line credits.
    expect(
      choosePublisher([
        { name: "egypt-today.com", kind: "siteAddress" },
        { name: "Al-Ahram Daily", kind: "sourceLine" },
      ]),
    ).toEqual({ publisher: "egypt-today.com" });
    // A banner the table does not know may be a platform's above another outlet's article.
    expect(
      choosePublisher([
        { name: "egypt-today.com", kind: "unknownHost" },
        { name: "Al-Ahram Daily", kind: "sourceLine" },
      ]),
    ).toEqual({ publisher: "Al-Ahram Daily" });
  });
});

describe("a wire credited where a sentence of the second paragraph opens", () => {
  const LEDE_RU =
    "Сегодня президент России Владимир Путин вылетел из Сеула в Ханой. За всю историю двусторонних отношений российский глава государства едет во Вьетнам с визитом впервые.";
  const SECOND_RU =
    "Завтра откроется официальная часть визита: Владимир Путин проведет переговоры с президентом Социалистической Республики Вьетнам Чан Дык Лыонгом. Как передает ИТАР-ТАСС, по их итогам будут подписаны совместные документы.";
  const THIRD_RU = "За два дня визита Владимир Путин увидится еще с председателем Национального собрания Нонг Дык Манем.";

  it("reads `Как передает ИТАР-ТАСС, …` in the paragraph after a lede that credits none (blind-vnru-12, 198)", () => {
    expect(parse(` date 2001-02-28\n${LEDE_RU}\n\n${SECOND_RU}\n\n${THIRD_RU}`).agency).toBe("ИТАР-ТАСС");
  });

  it("does not read such a credit in a later paragraph, nor a ministry's", () => {
    expect(parse(` date 2001-02-28\n${LEDE_RU}\n\n${THIRD_RU}\n\n${SECOND_RU}`).agency).toBeUndefined();
    expect(
      parse(` date 2001-02-28\n${LEDE_RU}\n\n${SECOND_RU.replace("ИТАР-ТАСС", "Министерство иностранных дел")}`).agency,
    ).toBeUndefined();
  });
});

describe("the site of the editor's address against the outlets the text credits", () => {
  it("takes a republishing site the table does not know over a paper signed off in its text (blind-vnru-29, 403; -33, 453)", () => {
    // `… — VNS` on talkvietnam.org; `Source: PANO` on the same site.
    expect(
      choosePublisher([
        { name: "talkvietnam.org", kind: "siteAddress" },
        { name: "Việt Nam News", kind: "signOff" },
      ]),
    ).toEqual({ publisher: "talkvietnam.org" });
    expect(
      choosePublisher([
        { name: "talkvietnam.org", kind: "siteAddress" },
        { name: "Quân Đội Nhân Dân", kind: "sourceLine" },
      ]),
    ).toEqual({ publisher: "talkvietnam.org" });
  });

  it("takes the site's own name lines over its address, and the name it writes for itself over its host", () => {
    expect(
      choosePublisher([
        { name: "example-news.com", kind: "siteAddress" },
        { name: "The Straits Times", kind: "masthead" },
      ]),
    ).toEqual({ publisher: "The Straits Times" });
    expect(
      choosePublisher([
        { name: "urdupoint.com", kind: "siteAddress" },
        { name: "UrduPoint News", kind: "copyright" },
        { name: "Sputnik", kind: "sourceLine" },
      ]),
    ).toEqual({ publisher: "UrduPoint News", agency: "Sputnik" });
  });

  it("takes a republishing site of the table for the page's (Báo Mới carrying VTV, blind-vnru-42, 564)", () => {
    const page = [
      "Du khách Nga đổ dồn về Nha Trang mùa nghỉ đông",
      "",
      "Lượng khách Nga đến Khánh Hòa tăng mạnh trong những tháng cuối năm, các khách sạn ven biển kín phòng.",
      "",
      "Nguồn VTV: http://vtv.vn/du-lich/du-khach-nga-20161130134110258.htm",
    ];
    expect(parse([" url http://www.baomoi.com/du-khach-nga-do-don-ve-nha-trang/c/20161130.epi", ...page].join("\n")).publisher).toBe(
      "Báo Mới",
    );
    // Read from the text alone, the source line's outlet is all the page names.
    expect(parse(page.join("\n")).publisher).toBe("Vietnam Television");
  });
});

describe("namesHost", () => {
  it.each([
    ["UrduPoint News", "urdupoint.com"],
    ["OREANDA-NEWS", "oreanda.ru"],
    ["BGNES", "bgnesnews.com"],
    ["The Europe Today", "theeuropetoday.com"],
    ["Interfax", "interfax-russia.ru"],
  ])("%s is the site of %s", (name, host) => expect(namesHost(name, host)).toBe(true));

  it.each([
    ["Việt Nam News", "talkvietnam.org"],
    ["Quân Đội Nhân Dân", "talkvietnam.org"],
    ["The Saigon Times", "insideout.vn"],
    ["VNA", "vna.example.com"],
  ])("%s is not the site of %s", (name, host) => expect(namesHost(name, host)).toBe(false));
});
