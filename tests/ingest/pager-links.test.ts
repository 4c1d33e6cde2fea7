/**
 * Known failures of the twenty-first to twenty-fourth sets, fitted: a pager's
 * two links glued to the paragraph after them (blind-vnru-21, 314). The rule on
 * its real (reworded) line and on lines it must not take.
 */
import { describe, expect, it } from "vitest";
import { isFurnitureLine } from "../../src/ingest/furniture.ts";
import { splitLeadingPager } from "../../src/ingest/glued-lines.ts";

describe("a pager's links glued to a paragraph (blind-vnru-21, 314)", () => {
  it("splits `Previous news Next news` off the paragraph, and reads it as furniture", () => {
    const line = "Previous news Next newsOnce more I want to welcome you, dear Comrade Prime Minister, to Moscow.";
    expect(splitLeadingPager(line)).toEqual([
      "Previous news Next news",
      "Once more I want to welcome you, dear Comrade Prime Minister, to Moscow.",
    ]);
    expect(isFurnitureLine("Previous news Next news")).toBe(true);
    expect(isFurnitureLine("« Prev post Next post »")).toBe(true);
  });

  it("leaves a sentence that starts with `previous` and a pager whose two links differ", () => {
    const sentence = "Previous talks next year were planned, officials said.";
    expect(splitLeadingPager(sentence)).toEqual([sentence]);
    expect(splitLeadingPager("Previous visits Next steps for the partnership")).toEqual(["Previous visits Next steps for the partnership"]);
    expect(isFurnitureLine("Previous news Next news came from the ministry.")).toBe(false);
  });
});
