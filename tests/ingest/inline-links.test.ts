/**
 * Known failures of the twenty-first to twenty-fourth sets, fitted: a link to
 * another story set between two paragraphs (blind-vnru-23, 341) is no start of
 * the page's tail. Each rule on its real (reworded) lines and on lines it must
 * not take.
 */
import { describe, expect, it } from "vitest";
import { cutPageTail } from "../../src/ingest/parse-source.ts";

const PARAGRAPHS = [
  "On Tuesday the visiting prime minister also met his counterpart and the party's general secretary, who now leads the country.",
  "The energy agreement was one of seven documents signed in fields that include digital technology and electronics.",
  "The trip comes some months after the president's visit to Hanoi, where both sides spoke of closer defence cooperation.",
  "For decades Moscow has been Hanoi's main supplier of arms, though orders have fallen in recent years under Western sanctions.",
];

/** The page's real tail: a list of other stories' headlines, as long as such lists run. */
const LINK_LIST = Array.from({ length: 12 }, (_, index) => `Kremlin Says Talks With Partners Went Well, Part ${"I".repeat(index + 1)}`);

describe("an inline link to another story (blind-vnru-23, 341)", () => {
  it("drops only the block when full article paragraphs follow it", () => {
    const lines = [
      "Russia and Vietnam signed an agreement on nuclear energy on Tuesday during a visit by the Russian prime minister to Hanoi.",
      "",
      "news",
      "",
      "Dozens of Tankers Carrying Russian Oil Stuck Idling After U.S. Sanctions",
      "Read more",
      "",
      ...PARAGRAPHS,
      "",
      "Related news",
      ...LINK_LIST,
    ];
    const { kept, tail } = cutPageTail(lines);
    expect(kept).toEqual([lines[0], "", "", ...PARAGRAPHS, ""]);
    expect(tail).toEqual(["Related news", ...LINK_LIST]);
  });

  it("still starts the tail at such a block when only links and prompts follow it", () => {
    const lines = [
      "Russia and Vietnam signed an agreement on nuclear energy on Tuesday during a visit by the Russian prime minister to Hanoi.",
      "news",
      "Dozens of Tankers Carrying Russian Oil Stuck Idling After U.S. Sanctions",
      "Read more",
      "Putin Meets Vietnam's Leader in Hanoi",
      "Subscribe to our newsletter",
      PARAGRAPHS[0]!,
      ...LINK_LIST,
    ];
    expect(cutPageTail(lines).kept).toEqual([lines[0]]);
  });
});

describe("a letter to the site's readers after the story (blind-vnru-23, 341)", () => {
  it("starts the tail at its heading, though the letter is written in sentences", () => {
    const lines = [
      PARAGRAPHS[0]!,
      PARAGRAPHS[1]!,
      "A Message from The Moscow Times:",
      "Dear readers, We are facing unprecedented challenges, and our staff risk prosecution for their work.",
    ];
    expect(cutPageTail(lines)).toEqual({ kept: lines.slice(0, 2), tail: lines.slice(2) });
  });

  it("leaves a report that quotes a letter to readers, and a heading above an ordinary paragraph", () => {
    const lines = [
      PARAGRAPHS[0]!,
      "Dear leaders and guests, the minister began, thanking both delegations for coming to the capital.",
      "Energy and arms",
      PARAGRAPHS[1]!,
      "The editor wrote to the paper's dear readers, saying that the paper would carry on with its work.",
    ];
    expect(cutPageTail(lines).tail).toEqual([]);
  });
});
