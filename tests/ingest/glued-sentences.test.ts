import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { splitGluedSentences, splitRunOnLinks } from "../../src/ingest/glued-sentences.ts";

describe("splitGluedSentences", () => {
  it("splits seed 000's glued paragraphs", () => {
    expect(
      splitGluedSentences(
        "The Party chief highlighted several major directions to further deepen Vietnam-Russia relations in the time ahead.PM Mishustin expressed his joy to visit Vietnam for the first time.",
      ),
    ).toEqual([
      "The Party chief highlighted several major directions to further deepen Vietnam-Russia relations in the time ahead.",
      "PM Mishustin expressed his joy to visit Vietnam for the first time.",
    ]);
    expect(splitGluedSentences("a new era of development and prosperity.Informing the host about the results")).toEqual([
      "a new era of development and prosperity.",
      "Informing the host about the results",
    ]);
  });

  it("splits after closing quotes and a year", () => {
    expect(splitGluedSentences('he said "we agree."The talks ended in 2024.Trade grew.')).toEqual([
      'he said "we agree."',
      "The talks ended in 2024.",
      "Trade grew.",
    ]);
  });

  it.each([
    "Visit Vietnam.vn and baotintuc.vn for VnExpress.Net news",
    "The U.S.Congress and Mr.Smith met Dr.Jones in St.Petersburg",
    "e.g.Vietnam and i.e.Russia",
    "GDP grew 3.5 per cent and 7.09 per cent",
    "John F.Kennedy visited",
    "See https://example.com/News.Today or mail press@Gov.Example",
    "Ties between Việt Nam and Russia. They grew.",
  ])("leaves %s whole", (text) => {
    expect(splitGluedSentences(text)).toEqual([text]);
  });

  it("leaves a long address whole, its mark far from the full stop", () => {
    const address = "https://www.example.com/articles/2025/01/14/russian-prime-minister-visits-vietnam-to-deepen-ties.Html";
    expect(splitGluedSentences(`Read it at ${address} today.`)).toEqual([`Read it at ${address} today.`]);
    expect(splitGluedSentences("Write to the.desk.of.the.press.office.Of.Vietnam@example.org now")).toEqual([
      "Write to the.desk.of.the.press.office.Of.Vietnam@example.org now",
    ]);
  });

  it("splits a long run of glued sentences at every seam", () => {
    expect(splitGluedSentences("The talks ended.Trade grew.".repeat(2_000))).toHaveLength(4_000);
  });

  it("never loses or adds characters other than the spaces at the seams", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("ahead.", "PM ", "Vietnam.vn ", "U.S.", "3.5 ", "Mr.", "Smith ", "x"), { maxLength: 12 }),
        (parts) => {
          const text = parts.join("");
          expect(splitGluedSentences(text).join("").replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
        },
      ),
    );
  });
});

describe("splitRunOnLinks", () => {
  it("starts a line at a read-also link run on after a sentence (blind-vnru-17, 265)", () => {
    expect(
      splitRunOnLinks(
        "The suspension will stay in place until further notice, and the carrier advised passengers to keep checking its coming announcements. Also Read - Vietnam convicts 12 'terrorists' for subversion",
      ),
    ).toEqual([
      "The suspension will stay in place until further notice, and the carrier advised passengers to keep checking its coming announcements.",
      "Also Read - Vietnam convicts 12 'terrorists' for subversion",
    ]);
  });

  it.each([
    "Read more about it below. The talks ended.",
    "Officials said they would also read the statement - in full - on Monday.",
    "He asked them to see also the annex: it lists the projects.",
    "The minister said so. Also read out at the meeting was a letter.",
  ])("leaves a sentence that only looks like one: %s", (line) => {
    expect(splitRunOnLinks(line)).toEqual([line]);
  });
});
