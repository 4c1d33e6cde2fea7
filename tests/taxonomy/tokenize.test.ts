import { describe, expect, it } from "vitest";
import { phraseKeys, tokenize } from "../../src/taxonomy/tokenize.ts";

const keys = (text: string) => tokenize([text]).map((token) => token.key);
const breaks = (text: string) => tokenize([text]).flatMap((token) => (token.breakBefore ? [token.text] : []));

describe("tokenize", () => {
  it("gives folded, lower-case keys and keeps the text's spelling", () => {
    const tokens = tokenize(["Party General Secretary and State President Tô Lâm"]);
    expect(tokens.map((token) => token.key)).toEqual(["party", "general", "secretary", "and", "state", "president", "to", "lam"]);
    expect(tokens.at(-1)?.text).toBe("Lâm");
  });

  it("treats decomposed Unicode like composed", () => {
    expect(keys("Trần Thanh Mẫn".normalize("NFD"))).toEqual(["tran", "thanh", "man"]);
  });

  it("joins Việt Nam and Hà Nội into the words Vietnam and Hanoi", () => {
    expect(keys("official visit to Việt Nam")).toEqual(keys("official visit to Vietnam"));
    expect(keys("HÀ NỘI — Russian Prime Minister")).toEqual(["hanoi", "russian", "prime", "minister"]);
    expect(tokenize(["visit to Việt Nam-Russia"]).map((token) => token.text)).toEqual(["visit", "to", "Việt Nam", "Russia"]);
  });

  it("keeps a letter the copy lost to `?` inside its word, not a question's end or a lost apostrophe (blind-vnru-17, 262)", () => {
    expect(keys("Prime Minister Nguy?n T?n D?ng said")).toEqual(["prime", "minister", "nguy?n", "t?n", "d?ng", "said"]);
    expect(keys("Why?Because it was late? yes")).toEqual(["why", "because", "it", "was", "late", "yes"]);
    expect(keys("Putin?s visit, I?m sure we?ll go, don?t")).toEqual([
      "putin",
      "s",
      "visit",
      "i",
      "m",
      "sure",
      "we",
      "ll",
      "go",
      "don",
      "t",
    ]);
  });

  it("splits possessives and hyphenated words", () => {
    expect(keys("Mishustin’s visit")).toEqual(["mishustin", "s", "visit"]);
    expect(keys("science-technology")).toEqual(["science", "technology"]);
  });

  it("marks where phrases must stop: sentence ends, commas, brackets, em dashes", () => {
    // A glued sentence from seed 000.
    expect(breaks("in the time ahead.PM Mishustin expressed")).toEqual(["in", "PM"]);
    expect(breaks("President Luong Cuong, Prime Minister Pham Minh Chinh")).toEqual(["President", "Prime"]);
    expect(breaks("HÀ NỘI — Prime Minister")).toEqual(["HÀ NỘI", "Prime"]);
  });

  it("does not stop at an abbreviation's or an initial's full stop", () => {
    // Seed 002: "Mr. Mishustin's first visit".
    expect(breaks("was Mr. Mishustin's first visit")).toEqual(["was"]);
    expect(breaks("V. Putin said")).toEqual(["V"]);
  });

  it("does not stop at a middle initial glued to the first name (`Aleksandr.V. Fomin`, blind-vnru-28, 396)", () => {
    expect(breaks("Liên bang Nga Aleksandr.V. Fomin, người đang thăm")).toEqual(["Liên", "người"]);
    expect(breaks("Aleksandr.V.")).toEqual(["Aleksandr"]);
    // A full stop before a word, or before a lower-case letter, still breaks: `in Moscow.A meeting`, `Hanoi.v. Other`.
    expect(breaks("in Moscow.A meeting")).toEqual(["in", "A"]);
    expect(breaks("in Hanoi.v. Other")).toEqual(["in", "v", "Other"]);
  });

  it("knows capitalised and lower-case words", () => {
    const [to, lam, pm] = tokenize(["to Lam PM"]);
    expect([to?.capitalised, to?.lowercase]).toEqual([false, true]);
    expect([lam?.capitalised, lam?.lowercase]).toEqual([true, false]);
    expect([pm?.capitalised, pm?.lowercase]).toEqual([true, false]);
  });

  it("numbers segments and starts each with a break", () => {
    const tokens = tokenize(["Title here", "First paragraph"]);
    expect(tokens.map((token) => [token.segment, token.breakBefore])).toEqual([
      [0, true],
      [0, false],
      [1, true],
      [1, false],
    ]);
  });

  it("makes phrase keys the same way", () => {
    expect(phraseKeys("PM Chính")).toEqual(["pm", "chinh"]);
    expect(phraseKeys("— & —")).toEqual([]);
  });

  it("numbers sentences across the texts: full stops, semicolons and segment starts end one", () => {
    const sentences = (texts: string[]) => tokenize(texts).map((token) => token.sentence);
    expect(sentences(["One two. Three, four; five", "Six"])).toEqual([0, 0, 1, 1, 2, 3]);
    // An abbreviation's or an initial's full stop, a decimal point and a comma do not.
    expect(sentences(["Mr. Lavrov met V. Putin, who spoke of 3.16 million visitors."])).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
});
