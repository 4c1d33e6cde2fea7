/**
 * The rules fitted to the sixty-second blind Việt Nam–Russia set (798–809): a
 * photo caption whose bracketed credit runs straight into a wire's dateline is
 * split from it (799), and a dateline's place may open on its initials (`HCM
 * City (VNA) –`, 799). With the reworded real lines they were written for and
 * lines they must not match.
 */
import { describe, expect, it } from "vitest";
import { splitCreditBeforeDateline } from "../../src/ingest/credit-before-dateline.ts";
import { parseDateline } from "../../src/ingest/dateline.ts";
import { splitGluedLine } from "../../src/ingest/glued-lines.ts";

describe("a caption's credit glued to a wire's dateline (blind-vnru-62, 799)", () => {
  const line =
    "At the get-together (Photo: VNA)HCM City (VNA) – The Ho Chi Minh City Union of Friendship Organisations (HUFO) held a get-together on November 4.";

  it("splits the caption, credit and all, from the paragraph its dateline opens", () => {
    expect(splitCreditBeforeDateline(line)).toEqual([
      "At the get-together (Photo: VNA)",
      "HCM City (VNA) – The Ho Chi Minh City Union of Friendship Organisations (HUFO) held a get-together on November 4.",
    ]);
    expect(splitGluedLine(line)).toHaveLength(2);
    expect(splitCreditBeforeDateline("Lễ ký kết (Ảnh: TTXVN)Hà Nội (TTXVN) – Sáng nay hai bên đã ký kết.")).toEqual([
      "Lễ ký kết (Ảnh: TTXVN)",
      "Hà Nội (TTXVN) – Sáng nay hai bên đã ký kết.",
    ]);
  });

  it("not a credit followed by a space, by prose, or alone; not a credit far into a paragraph", () => {
    const spaced = "At the get-together (Photo: VNA) HCM City (VNA) – The union met.";
    expect(splitCreditBeforeDateline(spaced)).toEqual([spaced]);
    const prose = "Delegates at the event (Photo: VNA)Participants reviewed the revolution's significance.";
    expect(splitCreditBeforeDateline(prose)).toEqual([prose]);
    const alone = "(Photo: VNA)Hanoi (VNA) – The talks opened.";
    expect(splitCreditBeforeDateline(alone)).toEqual([alone]);
    const far = `${"The talks went on for hours, and ".repeat(12)}(Photo: VNA)Hanoi (VNA) – More.`;
    expect(splitCreditBeforeDateline(far)).toEqual([far]);
    const noAgency = "At the meeting (Photo: VNA)Hanoi – The talks opened.";
    expect(splitCreditBeforeDateline(noAgency)).toEqual([noAgency]);
  });
});

describe("a dateline's place opening on its initials (blind-vnru-62, 799)", () => {
  it("reads the place and the wire", () => {
    expect(parseDateline("HCM City (VNA) – The union held a get-together.")).toMatchObject({
      place: "HCM City",
      agency: "VNA",
      rest: "The union held a get-together.",
    });
    expect(parseDateline("Hanoi (VNA) – The talks opened.")).toMatchObject({ place: "Hanoi", agency: "VNA" });
  });

  it("not initials with no agency after the place, not initials alone, not five capitals", () => {
    expect(parseDateline("HCM City – The union held a get-together.")).toBeUndefined();
    expect(parseDateline("The HCM City union (VNA) said on Monday that it would meet.")).toBeUndefined();
    expect(parseDateline("ABCDE City (VNA) – The union met.")).toBeUndefined();
  });
});
