/**
 * English-language pages of the twenty-third blind set (blind-vnru-23): a wire
 * credited at the end of a lede (`according to RIA Novosti`, `Reuters reports,
 * UNN reports`), EFE's dateline with a full stop, an empty advertising slot
 * above a headline, and a visit `to the Southeast Asian nation` in a sentence
 * that names Russia too. Each rule on its real (reworded) line and on a line it
 * must not take.
 */
import { describe, expect, it } from "vitest";
import { isInterfaceLine } from "../../src/ingest/boilerplate.ts";
import { ledeCreditedWire, parseDateline } from "../../src/ingest/dateline.ts";
import { eventAnchorsFor, eventSpansFor } from "../../src/ingest/event-spans.ts";
import { parseSource } from "../../src/ingest/parse-source.ts";
import { compileTaxonomy, tagUndatedEvents } from "../../src/taxonomy/tag-article.ts";
import { realTaxonomy } from "../taxonomy/fixtures.ts";

describe("a wire credited at the end of the lede's first sentence (blind-vnru-23, 330 and 336)", () => {
  it("reads `according to` a wire, and the first of two credits", () => {
    expect(
      ledeCreditedWire(
        "MOSCOW | Should several contracts for diesel submarines and aircraft be signed soon, Vietnam could turn into a key importer of Russian weapons, a Russian newspaper reported recently, according to RIA Novosti.",
      ),
    ).toBe("RIA Novosti");
    expect(
      ledeCreditedWire(
        "Vladimir Putin, the head of the Kremlin, has arrived in Vietnam after visiting North Korea, Reuters reports, UNN reports.",
      ),
    ).toBe("Reuters");
  });

  it("takes no person after `according to`, and no site that is not a wire crediting itself alone", () => {
    expect(ledeCreditedWire("Trade rose by a tenth last year, according to Nguyen Van An.")).toBeUndefined();
    expect(ledeCreditedWire("Vladimir Putin has arrived in Vietnam after visiting North Korea, UNN reports.")).toBeUndefined();
  });
});

describe("EFE's dateline with its country in brackets and a full stop (blind-vnru-23, 332)", () => {
  it("reads the place, the day and the agency", () => {
    const dateline = parseDateline(
      "Ho Chi Minh (Vietnam), July 6 (EFE). Russian Foreign Minister Sergei Lavrov on Wednesday spoke highly of his country's relationship with Vietnam.",
    );
    expect(dateline).toMatchObject({ place: "Ho Chi Minh", agency: "EFE", monthDay: { month: 7, day: 6 } });
    expect(dateline?.rest).toMatch(/^Russian Foreign Minister/);
  });

  it("needs a day before the bracket and an outlet it knows inside it", () => {
    expect(parseDateline("Hanoi (Vietnam), the capital (EFE). Russian officials arrived there.")).toBeUndefined();
    expect(parseDateline("Hanoi (Vietnam), July 6 (Friends). Russian officials arrived there.")).toBeUndefined();
  });
});

describe("an empty advertising slot (a blog, blind-vnru-23, 330)", () => {
  it("is furniture, and not the headline under it", () => {
    expect(isInterfaceLine("Your Ad Here")).toBe(true);
    const parsed = parseSource(
      [
        "Your Ad Here",
        "",
        "Monday, December 7, 2009",
        "",
        "Vietnam close to procure Russian submarines and fighter aircraft",
        "",
        "MOSCOW | Should several contracts for diesel submarines and aircraft be signed soon, Vietnam could turn into a key importer of Russian weapons, a Russian newspaper reported recently, according to RIA Novosti.",
        "",
        "The Vedomosti business daily wrote that Moscow and Hanoi are near to signing deals for six Kilo class diesel-electric submarines and 12 Su-30MK2 fighters.",
      ].join("\n"),
      { today: "2026-12-03" },
    );
    expect(parsed.title).toBe("Vietnam close to procure Russian submarines and fighter aircraft");
    expect(parsed.agency).toBe("RIA Novosti");
  });

  it("leaves a sentence about advertising as text", () => {
    expect(isInterfaceLine("Your ad here will reach Russian tourists in Nha Trang, the agency told clients.")).toBe(false);
  });
});

describe("a visit `to the Southeast Asian nation` (The Moscow Times' story, blind-vnru-23, 341)", () => {
  const matcher = compileTaxonomy(realTaxonomy());
  const undated = (paragraphs: string[]) => tagUndatedEvents({ title: "", paragraphs, captions: [], excludedNames: [] }, matcher);

  it("is the destination of the visit, though the sentence names Russia as well", () => {
    const found = undated([
      "Russia and Vietnam signed an agreement on nuclear energy on Tuesday during a visit to the Southeast Asian nation by Russian Prime Minister Mikhail Mishustin aimed at deepening bilateral ties.",
    ]);
    expect(found.evidenced).toEqual(["mishustin-visit-vietnam-2025"]);
  });

  it("dates the undated story to the Tuesday of the visit", () => {
    const eventSpans = eventSpansFor(matcher);
    const eventAnchors = eventAnchorsFor(matcher);
    const parsed = parseSource(
      [
        "Summarize this content to 2000 words in 6 paragraphs",
        "",
        "Russia and Vietnam signed an agreement on nuclear energy on Tuesday during a visit to the Southeast Asian nation by Russian Prime Minister Mikhail Mishustin aimed at deepening bilateral ties.",
        "",
        "The project, made up of two plants in central Ninh Thuan province, was first to be developed with help from Rosatom, but the plans were dropped in 2016.",
      ].join("\n"),
      { today: "2026-12-03", eventSpans, eventAnchors },
    );
    expect(parsed.date).toBe("2025-01-14");
  });

  it("is no destination where no word of a visit leads to it: ASEAN's name", () => {
    const found = undated([
      "Russian Prime Minister Mikhail Mishustin held talks with the Association of Southeast Asian Nations on Tuesday, and Russia said the meeting went well.",
    ]);
    expect(found.evidenced).toEqual([]);
  });

  it("takes `to` only: talks `in` a city say where, not whose visit, when both countries are named", () => {
    const found = undated([
      "Russia and Vietnam agreed on Tuesday at talks in Hanoi between Russian Prime Minister Mikhail Mishustin and Moscow's partners.",
    ]);
    expect(found.evidenced).toEqual([]);
  });
});

describe("a source line where the page's tail starts (TalkVietnam, blind-vnru-23, 339)", () => {
  const story = [
    " date 2021-03-07 Representatives of the Russian Ministry of Foreign Affairs and the State Duma attended the ceremony, along with local scholars and Vietnamese expatriates.",
    "The book, in five parts, gives an overview of Vietnam-Russia ties and of the bilateral relations since 1950.",
    "Its more than 700 images and documents are grouped into diplomatic events and cooperation in many fields.",
  ];
  const links = [
    "- UK Gov't Launches Picture Contest to Celebrate 70 Years of British-Israeli Diplomatic Relations",
    "- Press teleconference talks Vietnam-China relations",
  ];

  it("names the outlet of the copy, though the links below it are cut with it", () => {
    expect(parseSource([...story, "Source: VNA", ...links].join("\n"), { today: "2026-12-03" }).publisher).toBe("Vietnam News Agency");
  });

  it("does not take a source line further down the tail, among the links", () => {
    const tail = ["Related News", links[0] as string, "Source: Reuters", links[1] as string];
    expect(parseSource([...story, ...tail].join("\n"), { today: "2026-12-03" }).publisher).toBeUndefined();
  });
});
