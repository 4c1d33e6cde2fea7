/**
 * A headline printed again right under its byline or date line wins over a
 * toolbar line that runs into it from above (page-header.ts, `chooseTitle`):
 * with the header of blind-vnru-37, 500 (VnExpress International, as stored)
 * and headers it must leave as they were.
 */
import { describe, expect, it } from "vitest";
import { parseSource } from "../../src/ingest/parse-source.ts";

const HEADLINE_500 = "Russian Navy ship group starts 5-day visit to Vietnam";
const LEDE_500 =
  "Three ships of Russia's Pacific Fleet reached a key port facility in Vietnam on Thursday at the start of a five-day visit to the country, a sign of how far the two strategic partners have stepped up their work together in defense and maritime security.";

const header500 = (afterByline: string) =>
  [
    "VnExpress International",
    "The most read Vietnamese newspaper",
    "International Edition",
    "International Edition Vietnamese Edition",
    "Contact us | Follow us on       ",
    "News",
    "",
    HEADLINE_500,
    "",
    "By VnExpress   April 28, 2017 | 09:59 am GMT+7",
    afterByline,
    "The missile cruiser Varyag of the Russian navy’s Pacific Fleet. Photo by Navaltoday",
    "",
    LEDE_500,
  ].join("\n");

describe("a headline printed again under its byline (blind-vnru-37, 500)", () => {
  it("is the headline, not the toolbar line run into it", () => {
    expect(parseSource(header500(HEADLINE_500), { today: "2026-12-06" }).title).toBe(HEADLINE_500);
  });

  it("is not chosen over the rest when the line under the byline is another line", () => {
    const parsed = parseSource(header500("Russian warships in Cam Ranh"), { today: "2026-12-06" });
    expect(parsed.title).not.toBe("Russian warships in Cam Ranh");
  });

  it("is not taken from a line printed twice with no byline or date between", () => {
    const parsed = parseSource(
      [
        "Vietnam and Russia agree to raise trade and energy cooperation in talks in Hanoi",
        "June 20, 2024",
        "Trade and energy ties",
        "A short note on the talks",
        "Trade and energy ties",
        "Prime Minister Pham Minh Chinh held talks with his Russian counterpart in Hanoi on Tuesday, the two sides said in a statement.",
      ].join("\n"),
      { today: "2026-12-06" },
    );
    expect(parsed.title).toBe("Vietnam and Russia agree to raise trade and energy cooperation in talks in Hanoi");
  });
});
