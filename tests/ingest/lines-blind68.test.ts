/**
 * The rules fitted to the sixty-eighth blind Việt Nam–Russia set (870–881): a
 * wire's dateline with its day and the wire in brackets and no stop, as sites
 * re-post AP (870), and a site's language switch `en` alone on a line under a
 * headline (878). With the reworded real lines they were written for and
 * lines they must not match.
 */
import { describe, expect, it } from "vitest";
import { parseDateline } from "../../src/ingest/dateline.ts";
import { isLanguageSwitch } from "../../src/ingest/language-switch.ts";
import { splitSourceLines } from "../../src/ingest/source-lines.ts";

describe("a wire's dateline with a day and the wire in brackets, no stop after it (blind-vnru-68, 870)", () => {
  it("reads the place, the day and the wire, and leaves the lede", () => {
    const lede =
      "Hanoi, Jan 14 (AP) Vietnam and Russia signed an agreement on Tuesday to step up their cooperation in nuclear energy while Russian Prime Minister Mikhail Mishustin was on a two-day visit to Hanoi.";
    expect(parseDateline(lede)).toMatchObject({
      place: "Hanoi",
      agency: "AP",
      monthDay: { month: 1, day: 14 },
      rest: expect.stringMatching(/^Vietnam and Russia signed/u),
    });
  });

  it("the stop after the bracket still reads as before (EFE)", () => {
    expect(parseDateline("Ho Chi Minh (Vietnam), July 6 (EFE). Today, the consulate opened an exhibition.")).toMatchObject({
      agency: "EFE",
      monthDay: { month: 7, day: 6 },
    });
  });

  it("not a bracket that is no wire's, not a place and a bracket with no day", () => {
    // A paper's name in brackets with no stop is a source cited in a sentence, not a dateline.
    expect(parseDateline("Hanoi, Jan 14 (Tuoi Tre) Vietnam and Russia signed an agreement.")?.monthDay).toBeUndefined();
    expect(parseDateline("Ministers met in Hanoi, January 14 (local time) Vietnam said.")?.monthDay).toBeUndefined();
    expect(parseDateline("Hanoi, the capital (AP) Vietnam and Russia signed an agreement.")?.monthDay).toBeUndefined();
  });
});

describe("a site's language switch alone on a line (blind-vnru-68, 878)", () => {
  const headline = "Глава «Росатома» Алексей Лихачев провел встречу с министром науки и технологий Вьетнама Хюинь Тхань Датом";

  it("is no line of the page, and does not run on from the headline above it", () => {
    expect(isLanguageSwitch("en")).toBe(true);
    expect(splitSourceLines(`${headline}\nen\n\n${headline}`)).toEqual([headline, headline]);
  });

  it("not a short word, a unit, a code in capitals or a longer word in lower case", () => {
    for (const line of ["of", "la", "km", "EN", "eng", "en.", "en ru", "и"]) expect(isLanguageSwitch(line)).toBe(false);
    // A wrapped sentence's next line in lower case still runs on.
    expect(splitSourceLines("Ông Volodin đã tới\nđặt vòng hoa tại Đài tưởng niệm.")).toEqual([
      "Ông Volodin đã tới đặt vòng hoa tại Đài tưởng niệm.",
    ]);
  });
});
