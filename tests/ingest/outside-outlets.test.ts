/**
 * Rules fitted to the fourteenth Việt Nam–Russia set (pages of outlets outside
 * Việt Nam, blind-vnru-14): each on the real line it was written for (article
 * sentences reworded, furniture as stored) and on a line it must leave alone.
 */
import { describe, expect, it } from "vitest";
import { registrableDomain, siteOfAddress } from "../../src/ingest/address-site.ts";
import { promptingOutlet } from "../../src/ingest/boilerplate.ts";
import { isClosingSignature } from "../../src/ingest/byline.ts";
import { parseCaptionLine } from "../../src/ingest/captions.ts";
import { parseDateline } from "../../src/ingest/dateline.ts";
import { isFurnitureLine } from "../../src/ingest/furniture.ts";
import { isDashFramed } from "../../src/ingest/line-shape.ts";
import { parseSource } from "../../src/ingest/parse-source.ts";
import { dayOfReportedEvent } from "../../src/ingest/relative-dates.ts";
import { stripSignOff } from "../../src/ingest/sign-off.ts";
import { splitSourceLines } from "../../src/ingest/source-lines.ts";
import { anchorsOf, eventsOf } from "../taxonomy/event-tagging.ts";

const parse = (text: string) => parseSource(text, { today: "2026-12-03" });

describe("a subhead between dashes (The Saxon carrying AFP, 231)", () => {
  it("is a line of its own, and furniture", () => {
    expect(isDashFramed("– Support –")).toBe(true);
    expect(isFurnitureLine("– Support –")).toBe(true);
    expect(
      splitSourceLines("– Support –\nOn Wednesday Russian flags and heavy security in the streets of Hanoi showed the welcome."),
    ).toHaveLength(2);
  });

  it("leaves a dateline left on its line, and a sentence between dashes", () => {
    expect(isDashFramed("Hong Kong CNN —")).toBe(false);
    expect(splitSourceLines("Hong Kong CNN —\nRussian President Vladimir Putin arrived in Hanoi.")).toHaveLength(1);
    expect(isDashFramed("– The two sides agreed to meet again in Moscow next year, the statement said –")).toBe(false);
  });
});

describe("a wire's dateline from two places (China Economic Net carrying Xinhua, 230)", () => {
  it("reads `HANOI/MOSCOW, June 20 (Xinhua) --`", () => {
    expect(
      parseDateline("HANOI/MOSCOW, June 20 (Xinhua) -- On Thursday Vietnam and Russia released a joint statement on their partnership."),
    ).toEqual({
      place: "Hanoi/Moscow",
      agency: "Xinhua",
      monthDay: { month: 6, day: 20 },
      rest: "On Thursday Vietnam and Russia released a joint statement on their partnership.",
    });
  });

  it("leaves codes joined by a slash to the lede-code rule", () => {
    expect(parseDateline("VNA/VNS - The ministry said the talks went well.")).toEqual({
      agency: "VNA/VNS",
      rest: "The ministry said the talks went well.",
    });
  });
});

describe("a photo's credit with no colon under its caption (Независимая газета, 222)", () => {
  it("reads `Фото Reuters` as a credit, and the line above as the caption", () => {
    expect(parseCaptionLine("Фото Reuters")).toEqual({ text: "", credits: ["Reuters"] });
    const page = parse(
      " date 2010-11-01\nЦеремония в президентском дворце в Ханое.\nФото Reuters\nНаходящийся во Вьетнаме с визитом президент России Дмитрий Медведев участвовал в саммите Россия–АСЕАН, после чего вел переговоры с руководством Вьетнама.\n",
    );
    expect(page.captions).toEqual(["Церемония в президентском дворце в Ханое."]);
    expect(page.paragraphs.join("\n")).not.toContain("Фото Reuters");
  });

  it("leaves a heading that starts with the word", () => {
    expect(parseCaptionLine("Фото дня")).toBeUndefined();
    expect(parseCaptionLine("Photos of the day")).toBeUndefined();
    expect(parseCaptionLine("Фото Reuters и AFP были показаны")).toBeUndefined();
  });
});

describe("an outlet's whole name signing off after a spaced dash (The ASEAN News blog, 225)", () => {
  const last =
    "Shoigu said the talks with the Vietnamese delegation let the two sides take stock of what had been done since the defence ministers met in Hanoi in March, and that the main item on the agenda was drawing up plans for further cooperation.";

  it("strips ` - Philippine Information Agency`, an outlet the table knows", () => {
    expect(stripSignOff(`${last} - Philippine Information Agency`)).toEqual({ text: last, codes: ["Philippine Information Agency"] });
  });

  it("leaves a sentence that ends on names after a dash", () => {
    expect(stripSignOff("The delegation was received by two officials - Nguyen Van Quan")).toBeUndefined();
    expect(stripSignOff(`${last} - Some Unknown Outfit`)).toBeUndefined();
  });
});

describe("the site a shared host gives each user (blogspot.com, 225)", () => {
  it("keeps the blog's subdomain", () => {
    expect(registrableDomain("theaseannewsblog.blogspot.com")).toBe("theaseannewsblog.blogspot.com");
    expect(siteOfAddress("http://theaseannewsblog.blogspot.com/2013/08/relations-with-vietnam-priority-for.html")).toBe(
      "theaseannewsblog.blogspot.com",
    );
  });

  it("still cuts an ordinary site's subdomain", () => {
    expect(registrableDomain("news.windowstorussia.com")).toBe("windowstorussia.com");
  });
});

describe("the site named by a link to its front page or its terms (Metro, 226; Windows to Russia, 224)", () => {
  it("reads `More on Metronews.ca` and `you agree to Big News Network’s Terms`", () => {
    expect(promptingOutlet("More on Metronews.ca")).toBe("Metronews.ca");
    expect(promptingOutlet("By submitting your comment you agree to Big News Network’s Terms Policies.")).toBe("Big News Network");
  });

  it("leaves `More on` a subject, and terms named by no one", () => {
    expect(promptingOutlet("More on Vietnam")).toBeUndefined();
    expect(promptingOutlet("More on Russia and Vietnam ties")).toBeUndefined();
    expect(promptingOutlet("By using this site you agree to our terms")).toBeUndefined();
  });
});

describe("a date marker's headline, the font-size buttons and a heading under the text (Metro, 226)", () => {
  const page = parse(
    [
      " date 2018-01-23 Russian defence minister visits Vietnam to boost ties",
      "A",
      "A",
      "|Report an Error",
      "Share via Email",
      "MOSCOW — Russia's",
      'At the talks in Hanoi, Sergei Shoigu praised Vietnam as a "reliable longtime friend". Russia\'s',
      "During the Cold War the Soviet Union gave Vietnam billions of dollars in economic and military aid, but the relationship faded once the Soviet Union collapsed.",
      "Over the past few years Moscow has again taken an interest in closer ties with Vietnam, now one of the biggest buyers of Russian arms.",
      "Editors' Picks",
      "More on Metronews.ca",
    ].join("\n"),
  );

  it("takes the headline, not a long sentence cut off by the copy, which stays text", () => {
    expect(page.title).toBe("Russian defence minister visits Vietnam to boost ties");
    expect(page.paragraphs[0]).toContain("Sergei Shoigu praised Vietnam");
  });

  it("names no publisher `A` and no author `Editors' Picks`", () => {
    expect(page.publisher).toBe("metronews.ca");
    expect(page.author).toBeUndefined();
    expect(isClosingSignature("Editors' Picks")).toBe(false);
    expect(isClosingSignature("Ivan O'Brien")).toBe(true);
  });

  it("keeps a headline of two short sentences", () => {
    const two = parse(
      " date 2024-06-20\nPutin lands in Hanoi. Talks today\n\nRussian President Vladimir Putin arrived in Hanoi early on Thursday for a state visit, the Kremlin said in a statement.\n",
    );
    expect(two.title).toBe("Putin lands in Hanoi. Talks today");
  });
});

describe("a visitor's country in the possessive (Windows to Russia, 224)", () => {
  const lede = "General Sergei Shoigu, Russia's Defence Minister, has left for Vietnam to hold talks on military cooperation.";

  it("is whose, not where: the destination is the other country", () => {
    expect(
      eventsOf("2013-03-09", "Russias return to Vietnam", lede, "His programme includes the Cam Ranh naval base in Cam Ranh Bay."),
    ).toEqual(["shoigu-visit-vietnam-2013"]);
  });

  it("still leaves a sentence that names both countries, neither in the possessive", () => {
    expect(
      eventsOf(
        "2013-03-09",
        "Defence ties",
        "Sergei Shoigu, the Defence Minister of Russia, has left for Vietnam to hold talks on military cooperation.",
        "His programme includes the Cam Ranh naval base in Cam Ranh Bay.",
      ),
    ).toEqual([]);
  });
});

describe("an interview given on the eve of a visit (APIR Center, 223)", () => {
  const question =
    "Наша встреча проходит накануне вашего первого визита в Россию в качестве президента Вьетнама. Что вы ждете от этого визита?";
  const answer =
    "Чыонг Тан Шанг: По словам президента, отношения Вьетнама сначала с Советским Союзом, а потом с Российской Федерацией всегда были дружественными и рассчитанными на долгий срок.";
  const visit = {
    name: "Trương Tấn Sang's official visit to Russia (2012)",
    start: { year: 2012, month: 7, day: 26 },
    end: { year: 2012, month: 7, day: 30 },
  };

  it("is anchored on Sang's first visit to Russia as President", () => {
    expect(anchorsOf("", question, answer)).toEqual(["Trương Tấn Sang's official visit to Russia (2012)"]);
    expect(anchorsOf("", "Президент Вьетнама Чыонг Тан Шанг прибыл в Москву.", "Визит в Россию продлится три дня.")).toEqual([]);
  });

  it("is dated the day before the visit begins", () => {
    expect(dayOfReportedEvent([question, answer], visit)).toEqual({
      date: { year: 2012, month: 7, day: 25 },
      evidence: `the eve of ${visit.name}`,
    });
    expect(dayOfReportedEvent(["Президент провел переговоры в Москве.", "Накануне визита министр дал интервью."], visit).date).toEqual(
      visit.end,
    );
    expect(dayOfReportedEvent(["Накануне президент выступил в парламенте, а затем отправился в Москву."], visit).date).toEqual(visit.end);
  });

  it("opens the text with the question, a long sentence with the next begun after it", () => {
    const page = parse(
      `${question}\n${answer}\nПрезидент отметил, что едет в Россию в качестве главы государства впервые, хотя бывал в стране и до избрания.\n`,
    );
    expect(page.paragraphs[0]).toBe(question);
  });
});
