/**
 * The rule fitted to the sixty-fifth blind Việt Nam–Russia set (834–845): a
 * byline's name with a contributor's credit glued after it by a dash (835).
 * With the reworded real line it was written for and lines it must not match.
 */
import { describe, expect, it } from "vitest";
import { parseByline } from "../../src/ingest/byline.ts";
import { splitCreditAfterName } from "../../src/ingest/credit-after-name.ts";

describe("a contributor's credit glued to the byline's name by a dash (blind-vnru-65, 835)", () => {
  it("reads the name before the credit", () => {
    expect(splitCreditAfterName("Duy Cuong- Translated by Huyen Huong")).toEqual({
      name: "Duy Cuong",
      credit: "Translated by Huyen Huong",
    });
    expect(parseByline("By Duy Cuong- Translated by Huyen Huong")).toMatchObject({ author: "Duy Cuong" });
    expect(parseByline("By Thanh Hai—Edited by Kim Khanh")?.author).toBeUndefined();
    expect(parseByline("By Thanh Hai— Edited by Kim Khanh")).toMatchObject({ author: "Thanh Hai" });
  });

  it("keeps the readings it had: a spaced dash, a hyphen inside a name", () => {
    expect(parseByline("By Tran Binh – Translated by Kim Khanh")).toMatchObject({ author: "Tran Binh" });
    expect(parseByline("By Jean-Pierre Dupont")).toMatchObject({ author: "Jean-Pierre Dupont" });
  });

  it("not a dash before anything but a credit, not a credit alone, not a sentence after it", () => {
    expect(splitCreditAfterName("Duy Cuong- SGGP")).toBeUndefined();
    expect(splitCreditAfterName("Translated by Huyen Huong")).toBeUndefined();
    expect(splitCreditAfterName("- Translated by Huyen Huong")).toBeUndefined();
    expect(splitCreditAfterName("Duy Cuong- Translated by Huyen Huong. The statue arrives on April 1.")).toBeUndefined();
    expect(splitCreditAfterName("Nguyen The Anh said the statue-translated by the board")).toBeUndefined();
    expect(parseByline("By the way- translated by nobody, this is a sentence.")).toBeUndefined();
  });
});
