/**
 * English-language pages of the twenty-first blind set (blind-vnru-21): a news
 * agency's menu around its headline (a feed filter's sentence, `More news`,
 * `Press Review`, `News Feed`), an archive's banner above a story, a byline with
 * a social handle, and a wire's name before an Indian site's time stamps. Each
 * rule on its real (reworded) line and on a line it must not take.
 */
import { describe, expect, it } from "vitest";
import { parseByline } from "../../src/ingest/byline.ts";
import { parseDateLine } from "../../src/ingest/date-line.ts";
import { isCallToAct, isFurnitureLine } from "../../src/ingest/furniture.ts";
import { isMastheadLike } from "../../src/ingest/mastheads.ts";
import { cutPageTail } from "../../src/ingest/page-tail.ts";
import { parseSource } from "../../src/ingest/parse-source.ts";

const parse = (text: string) => parseSource(text, { today: "2026-12-03" });

describe("a line about the reader's own screen (TASS, blind-vnru-21, 308; the Moscow Times' archive, 306)", () => {
  it("takes the feed filter's sentence and an archive's banner as furniture", () => {
    expect(isCallToAct("You can filter your feed, by choosing only interesting sections.")).toBe(true);
    expect(isFurnitureLine("Get the latest updates as we post them — right on your browser")).toBe(true);
  });

  it("does not take a sentence saying `your` without the screen, or the screen without `you`", () => {
    expect(isCallToAct("Your country has long been a reliable partner, Putin told his guest in Hanoi.")).toBe(false);
    expect(isFurnitureLine("The agency's news feed of the talks was followed closely in Hanoi on Sunday.")).toBe(false);
  });

  it("does not count the feed filter's sentence as article text above a `More news` heading", () => {
    const lines = [
      "You can filter your feed, by choosing only interesting sections.",
      "More news",
      "Russia’s State Duma delegation arrives in Vietnam for official visit",
      "HANOI, December 23. /TASS/. A delegation of Russia’s State Duma headed by Speaker Vyacheslav Volodin arrived in Vietnam on Sunday.",
    ];
    expect(cutPageTail(lines).tail).toEqual([]);
  });
});

describe("a story's headline under a menu's `More news` (TASS, blind-vnru-21, 308)", () => {
  const page = [
    "Sport",
    "Press Review",
    "News Feed",
    "Go to Search",
    "More news",
    "",
    "Russia’s State Duma delegation arrives in Vietnam for official visit",
    "",
    "Russian Politics & Diplomacy",
    "December 23, 13:30 UTC+3 HANOI",
    "",
    "HANOI, December 23. /TASS/. A delegation of Russia’s State Duma headed by Speaker Vyacheslav Volodin arrived in Vietnam on Sunday for a two-day official visit.",
    "",
    "On the visit's first day the Russian delegates laid wreaths at the mausoleum of Ho Chi Minh and toured the memorial complex.",
  ].join("\n");

  it("takes the one line under the heading, right above the date line, as the headline", () => {
    const parsed = parse(` date 2018-12-23 ${page}`);
    expect(parsed.title).toBe("Russia’s State Duma delegation arrives in Vietnam for official visit");
    expect(parsed.publisher).toBe("TASS");
  });

  it("still lists the links under a `More news` heading that has several", () => {
    const listed = [
      "More news",
      "Putin arrives in Hanoi for a two-day state visit",
      "Lavrov meets Vietnamese counterpart in Moscow",
      "December 23, 13:30 UTC+3 HANOI",
      "HANOI, December 23. /TASS/. A delegation of Russia’s State Duma headed by Speaker Vyacheslav Volodin arrived in Vietnam on Sunday for a two-day official visit.",
    ].join("\n");
    expect(parse(` date 2018-12-23 ${listed}`).title).not.toBe("Putin arrives in Hanoi for a two-day state visit");
  });

  it("does not take a menu's `Press Review` or `News Feed` as a masthead, but a paper's name still", () => {
    expect(isMastheadLike("Press Review")).toBe(false);
    expect(isMastheadLike("News Feed")).toBe(false);
    expect(isMastheadLike("News Search Topics")).toBe(false);
    expect(isMastheadLike("Saigon Times")).toBe(true);
  });
});

describe("a byline with a social handle (UrduPoint, blind-vnru-21, 310)", () => {
  it("reads the name before the handle, the page's age and date", () => {
    expect(parseByline("Mohammad Ali (@ChaudhryMAli88) 4 minutes ago Fri 11th June 2021 | 05:30 PM")).toMatchObject({
      author: "Mohammad Ali",
    });
  });

  it("does not read an office and a name with a handle, or a handle without the page's date", () => {
    expect(parseByline("President Putin (@KremlinRussia) 2 hours ago Fri 11th June 2021")).toBeUndefined();
    expect(parseByline("Mohammad Ali (@ChaudhryMAli88) 4 minutes ago")).toBeUndefined();
  });
});

describe("a wire's name before the time stamps (Devdiscourse, blind-vnru-21, 312)", () => {
  const line = "Reuters | Updated: 17-06-2024 12:42 IST | Created: 17-06-2024 12:42 IST";

  it("reads the date line with India's zone, the wire left as its rest, not as a writer", () => {
    expect(parseDateLine(line)).toMatchObject({ date: { year: 2024, month: 6, day: 17 }, rest: "Reuters" });
    expect(parseByline(line)).toBeUndefined();
  });

  it("still reads a writer's name before a piped time stamp", () => {
    expect(parseByline("Thanh Hà | 14/01/2025 10:30")).toMatchObject({ author: "Thanh Hà" });
  });
});

describe("a yearless dateline a few days after an event the text names once (TASS, blind-vnru-21, 313)", () => {
  const page = [
    "Chinese expert sees US inability to stop Russia-Vietnam cooperation",
    "BEIJING, June 22. /TASS/. Pressure from the United States cannot stop cooperation between Russia and Vietnam, said a research fellow of the Chinese Academy of Social Sciences.",
    "Yang said that 11 cooperation documents between Moscow and Hanoi were signed during Russian President Vladimir Putin’s visit to Hanoi earlier this week.",
    "He added that Vietnam signed a free trade agreement with the Eurasian Economic Union in 2015.",
  ].join("\n");
  const visit =
    (year: number, month = 6) =>
    () => [{ name: "Putin's state visit", start: { year, month, day: 19 }, end: { year, month, day: 20 }, anchorOnly: true }];
  const parseWith = (anchors: ReturnType<typeof visit>) => parseSource(page, { today: "2026-12-03", eventAnchors: anchors });

  it("takes the event's year, not the year the text recalls in passing", () => {
    expect(parseWith(visit(2024)).date).toBe("2024-06-22");
  });

  it("keeps the text's year when the event is before it, or months from the day", () => {
    expect(parseWith(visit(2013)).date).toBe("2015-06-22");
    expect(parseWith(visit(2024, 11)).date).toBe("2015-06-22");
  });
});
