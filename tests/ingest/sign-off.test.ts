/**
 * Sign-offs closing a story (sign-off.ts): the hyphen glued to the last full
 * stop (blind-vnru-60, 775), with lines it must leave alone.
 */
import { describe, expect, it } from "vitest";
import { stripSignOff } from "../../src/ingest/sign-off.ts";

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
