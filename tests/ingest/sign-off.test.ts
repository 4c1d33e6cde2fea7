import { describe, expect, it } from "vitest";
import { isDeskSlug, stripSignOff } from "../../src/ingest/sign-off.ts";

describe("stripSignOff", () => {
  it("strips seed 003's ` — VNS`", () => {
    expect(stripSignOff("2025 will mark the beginning of a new phase, he stressed. — VNS")).toEqual({
      text: "2025 will mark the beginning of a new phase, he stressed.",
      codes: ["VNS"],
    });
  });

  it.each([
    ["The two sides signed agreements. — VNA/VNS", "The two sides signed agreements.", ["VNA", "VNS"]],
    ["The talks ended in the afternoon. (VNA)", "The talks ended in the afternoon.", ["VNA"]],
    ["Hai bên nhất trí tăng cường hợp tác./.", "Hai bên nhất trí tăng cường hợp tác.", []],
    ["VNA", "", ["VNA"]],
    ["— Reuters", "", ["Reuters"]],
  ])("strips %s", (paragraph, text, codes) => {
    expect(stripSignOff(paragraph)).toEqual({ text, codes });
  });

  it("strips the sign-off of a long closing paragraph, and stacked end marks one at a time", () => {
    const long = `${"The two sides agreed to deepen their cooperation in many fields. ".repeat(40)}— VNA/VNS`;
    expect(stripSignOff(long)).toEqual({ text: long.slice(0, -" — VNA/VNS".length), codes: ["VNA", "VNS"] });
    const stacked = `${"Hai bên nhất trí tăng cường hợp tác. ".repeat(10)}/. /.`;
    expect(stripSignOff(stacked)).toEqual({ text: stacked.slice(0, -" /.".length), codes: [] });
  });

  it("does not read a long paragraph's start as the start of a line of codes", () => {
    expect(stripSignOff(`${"word ".repeat(60)}VNS`)).toBeUndefined();
    expect(stripSignOff(`${"VNA/".repeat(3)}VNS`)).toEqual({ text: "", codes: ["VNA", "VNA", "VNA", "VNS"] });
    // No sign-off is this long: a line of codes longer than MAX_SIGN_OFF_LENGTH is left alone.
    expect(stripSignOff(`${"VNA/".repeat(60)}VNS`)).toBeUndefined();
  });

  it("leaves an acronym inside a sentence and a range alone", () => {
    expect(stripSignOff("The deal was signed with the Vietnam News Agency (VNA).")).toBeUndefined();
    expect(stripSignOff("It covers the period 2021 – 2030")).toBeUndefined();
    expect(stripSignOff("Ties between Việt Nam — Russia")).toBeUndefined();
    expect(stripSignOff("UNCLOS")).toBeUndefined();
  });
});

describe("isDeskSlug", () => {
  it("knows AFP's desk slug under a story", () => {
    expect(isDeskSlug("bur-pdw/dhc")).toBe(true);
    expect(isDeskSlug("burs-jfx/mtp")).toBe(true);
  });
  it("does not take words or addresses for one", () => {
    expect(isDeskSlug("Hanoi/Moscow")).toBe(false);
    expect(isDeskSlug("see www.example.com/news")).toBe(false);
    expect(isDeskSlug("VNA/VNS")).toBe(false);
    // Initials, not a list of words: no desk slug is this long.
    expect(isDeskSlug(`${"ab-cd/".repeat(20)}ef`)).toBe(false);
  });
});

describe("a bracketed list of the outlets a story was put together from (blind-vnru-4, 101)", () => {
  const last = "In 2020, 965 scholarships will be granted for university, master, doctorate and internship study in Russia.";
  it("strips the list, naming no publisher", () => {
    expect(stripSignOff(`${last} (Cong An Nhan Dan, Thoi Dai, cand)`)).toEqual({ text: last, codes: [] });
  });
  it("leaves a bracket of words that are no outlets, and one outlet's name alone to the other rules", () => {
    const listed = `${last} (Hanoi, Moscow, Saint Petersburg)`;
    expect(stripSignOff(listed)).toBeUndefined();
    expect(stripSignOff(`The talks were held in the capital (Hanoi, Vietnam).`)).toBeUndefined();
  });
});

describe("a sign-off after a hyphen glued to the last full stop (blind-vnru-60, 775)", () => {
  it("reads `.-VNA` and `. - VNA` as the agency's sign-off", () => {
    expect(stripSignOff("Deputy Prime Minister Pham Binh Minh sent his greetings to Foreign Minister S. Lavrov.-VNA")).toEqual({
      text: "Deputy Prime Minister Pham Binh Minh sent his greetings to Foreign Minister S. Lavrov.",
      codes: ["VNA"],
    });
    expect(stripSignOff("The two sides signed four documents. - VNA/VNS")?.codes).toEqual(["VNA", "VNS"]);
  });

  it("leaves a hyphenated word or a span of years at the end of a sentence", () => {
    expect(stripSignOff("Trade grew in the period 2019-2020")).toBeUndefined();
    expect(stripSignOff("He spoke of the Russia-Vietnam")).toBeUndefined();
    expect(stripSignOff("They met in Hanoi.-then they left")).toBeUndefined();
  });
});
