import { describe, expect, it } from "vitest";
import { contentPhraseKeys, contentStream, reducePlural } from "../../src/taxonomy/content-words.ts";
import { tokenize } from "../../src/taxonomy/tokenize.ts";

describe("content words", () => {
  it("make the seeds' ways of naming the 75th anniversary meet", () => {
    const keyword = contentPhraseKeys("75th anniversary of diplomatic ties");
    // Seed 004 and seed 000.
    expect(contentPhraseKeys("the 75th anniversary of their diplomatic ties")).toEqual(keyword);
    expect(contentPhraseKeys("75th anniversary of the diplomatic relations")).not.toEqual(keyword);
  });

  it("make 'science - technology' and 'science and technology' one phrase", () => {
    expect(contentPhraseKeys("science - technology")).toEqual(contentPhraseKeys("science and technology"));
    expect(contentPhraseKeys("Economy & Trade")).toEqual(contentPhraseKeys("economy and trade"));
  });

  it("drop the possessive s", () => {
    expect(contentPhraseKeys("Putin’s state visit")).toEqual(["putin", "state", "visit"]);
  });

  it("keep the phrase break of a dropped word", () => {
    const stream = contentStream(tokenize(["in energy. The oil"]));
    expect(stream.keys).toEqual(["in", "energy", "oil"]);
    expect(stream.breakBefore).toEqual([true, false, true]);
    expect(stream.origin).toEqual([0, 1, 3]);
  });

  it("reduce plurals alike", () => {
    expect(reducePlural("technologies")).toBe("technology");
    expect(reducePlural("tourists")).toBe("tourist");
    expect(reducePlural("business")).toBe("business");
    expect(reducePlural("gas")).toBe("gas");
  });
});
