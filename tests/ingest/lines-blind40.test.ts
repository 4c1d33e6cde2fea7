/**
 * Rules fitted to the fortieth blind Việt Nam–Russia set (534–545): a name in
 * a table cell that the paragraph just above has written, as the photo's
 * caption rather than a byline. With the reworded real line it was written for
 * and lines it must not match.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cellNamedAbove } from "../../src/ingest/captions.ts";
import { parseSource } from "../../src/ingest/parse-source.ts";

const page = (name: string): string => readFileSync(`tests/ingest/corpus/blind-vnru-40/${name}`, "utf8");

describe("a name in a table cell, named by the paragraph above (blind-vnru-40, 540)", () => {
  const above =
    "Đường bay này do hãng hàng không Nga Nordwind Airlines khai thác, nối Nizhny Novgorod với Cam Ranh, để phục vụ nhu cầu của khách du lịch.";

  it("reads the cell as the photo's caption", () => {
    expect(cellNamedAbove("Nizhny Novgorod |", above)).toBe("Nizhny Novgorod");
  });

  it("leaves a writer's name the text above never wrote, a cell under a headline, and a name inside a longer word", () => {
    expect(cellNamedAbove("Thanh Hà |", above)).toBeUndefined();
    expect(cellNamedAbove("Nizhny Novgorod |", "Nga mở đường bay Nizhny Novgorod - Cam Ranh")).toBeUndefined();
    expect(cellNamedAbove("Nizhny |", "Đường bay tới Nizhnyy Novgorod đã mở.")).toBeUndefined();
    expect(cellNamedAbove("Nizhny Novgorod", above)).toBeUndefined();
    expect(cellNamedAbove("nối Nizhny Novgorod |", above)).toBeUndefined();
  });

  it("takes no author from the page, and the cell as its caption", () => {
    const parsed = parseSource(page("540-digdipy-nizhny-novgorod-cam-ranh-direct-flight-2013-undated.txt"), {
      today: "2026-12-06",
    });
    expect(parsed.author).toBeUndefined();
    expect(parsed.captions).toEqual(["Nizhny Novgorod"]);
  });
});
