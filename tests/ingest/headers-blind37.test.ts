/**
 * Header rules fitted to the thirty-seventh blind Việt Nam–Russia set
 * (498–509): the day a page posted its story, in brackets after the headline,
 * and a menu's items running on into the headline above the text. Each with
 * the reworded real lines it was written for and lines it must not match.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { splitBracketedDay } from "../../src/ingest/glued-lines.ts";
import { parseSource } from "../../src/ingest/parse-source.ts";

const PAGE_505 = readFileSync(
  "tests/ingest/corpus/blind-vnru-37/505-secviet-xuan-que-huong-tet-giap-thin-nguoi-viet-lb-nga-2024.txt",
  "utf8",
);
const HEADLINE_505 = "Xuân quê hương Tết Giáp Thìn 2024: Ấm lòng bà con người Việt tại Liên bang Nga";

describe("a day in brackets after the headline (blind-vnru-37, 505)", () => {
  it("splits the day off the headline", () => {
    expect(splitBracketedDay(`${HEADLINE_505} (04/02/2024)`)).toEqual([HEADLINE_505, "04/02/2024"]);
  });

  it("leaves a sentence, a short label or a caption ending with a bracketed day whole", () => {
    const sentence = "Chương trình diễn ra tại Tổ hợp Thương mại Hà Nội - Moscow (03/02/2024).";
    expect(splitBracketedDay(sentence)).toEqual([sentence]);
    expect(splitBracketedDay("Tin mới (04/02/2024)")).toEqual(["Tin mới (04/02/2024)"]);
    const caption = "Đại sứ Đặng Minh Khôi phát biểu tại buổi lễ, ảnh chụp (03/02/2024)";
    expect(splitBracketedDay(caption)).toEqual([caption]);
  });
});

describe("a menu's items running on into the headline (blind-vnru-37, 505)", () => {
  it("takes the headline under the menu and dates the page by its bracketed day, not the evening it tells", () => {
    const parsed = parseSource(PAGE_505, { today: "2026-12-06" });
    expect(parsed.title).toBe(HEADLINE_505);
    expect(parsed.date).toBe("2024-02-04");
  });

  it("keeps a kicker's headline when the line above the text is not the longest", () => {
    const parsed = parseSource(
      [
        "Vietnam and Russia agree to raise trade and energy cooperation in talks in Hanoi",
        "Trade and energy ties",
        "Talks in Hanoi today",
        "June 20, 2024",
        "Prime Minister Pham Minh Chinh held talks with his Russian counterpart in Hanoi on Tuesday, the two sides said in a statement.",
      ].join("\n"),
      { today: "2026-12-03" },
    );
    expect(parsed.title).toBe("Vietnam and Russia agree to raise trade and energy cooperation in talks in Hanoi");
  });
});
