/**
 * The date rule fitted to the thirty-sixth blind Việt Nam–Russia set
 * (486–497): a count of years back to a day kept every year, written after
 * its words (`… established diplomatic ties 60 years ago`), gives the year the
 * text is written in. With the reworded real sentence it was written for and
 * sentences it must not read.
 */
import { describe, expect, it } from "vitest";
import { anniversaryYears, inferYear, type KeptDay } from "../../src/ingest/infer-date.ts";

const relations: KeptDay = {
  year: 1950,
  month: 1,
  day: 30,
  words: ["Vietnam and Russia established diplomatic ties", "Việt Nam and Russia established diplomatic relations"],
};

const sentence =
  "Speaking at the event, Vietnamese Ambassador to Russia Bui Dinh Dinh underlined the strategic cooperation between the two countries and the major achievements since Vietnam and Russia established diplomatic ties 60 years ago.";

describe("years counted back to the founding of relations (blind-vnru-36, 489)", () => {
  it("reads `… established diplomatic ties 60 years ago` as 1950 + 60", () => {
    expect(anniversaryYears(sentence, [relations])).toEqual([2010]);
    expect(
      inferYear({ month: 1, day: 26 }, `On January 26, the Vietnamese Embassy in Moscow hosted an informal meeting. ${sentence}`, [
        relations,
      ])?.year,
    ).toBe(2010);
  });

  it("does not read an approximate count, a count far from the words, or ties of other countries", () => {
    expect(anniversaryYears("since Vietnam and Russia established diplomatic ties some 60 years ago", [relations])).toEqual([]);
    expect(
      anniversaryYears("Vietnam and Russia established diplomatic ties, and the school they built in Hanoi opened 60 years ago", [
        relations,
      ]),
    ).toEqual([]);
    expect(anniversaryYears("since Vietnam and China established diplomatic ties 75 years ago", [relations])).toEqual([]);
  });
});
