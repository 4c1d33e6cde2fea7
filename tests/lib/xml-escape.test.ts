import { describe, expect, it } from "vitest";
import { escapeXml, stripControlCharacters } from "../../src/lib/xml-escape.ts";
import { assertWellFormedXml } from "../build/strict-xml.ts";

describe("stripControlCharacters", () => {
  it("drops C0 and C1 controls, lone surrogates and U+FFFE/U+FFFF", () => {
    expect(stripControlCharacters("a\u0000b\u0001c\u0008d\u000Be\u001Ff\u007Fg\u0085h\uD800i\uFFFEj\uFFFF")).toBe("abcdefghij");
  });

  it("keeps tab, line breaks, Vietnamese letters and characters beyond the BMP", () => {
    const text = "Phạm Minh Chính\tĐặng\r\nMẫn 🇻🇳 «quoted» – ‘a’";
    expect(stripControlCharacters(text)).toBe(text);
  });
});

describe("escapeXml", () => {
  it("escapes markup so that it reads back as text, in elements and attributes", () => {
    const nasty = `Tô Lâm & <b>"Putin's"</b> ]]> \u0002done`;
    const escaped = escapeXml(nasty);
    expect(escaped).toBe("Tô Lâm &amp; &lt;b&gt;&quot;Putin&#39;s&quot;&lt;/b&gt; ]]&gt; done");
    expect(() => assertWellFormedXml(`<a title="${escaped}" other='${escaped}'>${escaped}</a>`)).not.toThrow();
  });

  it("is what makes a document well-formed (the check can fail)", () => {
    expect(() => assertWellFormedXml(`<a title="x<y">\u0001</a>`)).toThrow();
  });
});
