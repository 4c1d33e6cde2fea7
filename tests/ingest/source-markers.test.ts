/**
 * The editor's marker lines at the top of a source (source-markers.ts): ` date`
 * and ` url`, read in either order, written beside each other, and told apart
 * from text that merely starts with the same word.
 */
import { describe, expect, it } from "vitest";
import {
  isWebAddress,
  parseUrlMarker,
  readSourceMarkers,
  withDateMarker,
  withoutSourceMarkers,
  withUrlMarker,
} from "../../src/ingest/source-markers.ts";

// The address seed 001 (a Vietnam.vn page) credits its story to.
const BAOTINTUC =
  "https://baotintuc.vn/chinh-tri/tong-bi-thu-to-lam-hoi-kien-thu-tuong-lien-bang-nga-mikhail-mishustin-20250509055447596.htm";
const TEXT = "General Secretary To Lam meets with Russian Prime Minister Mikhail Mishustin\n\nThe text of the article.\n";

describe("parseUrlMarker", () => {
  it("reads ` url URL`, the line `add --url` writes", () => {
    expect(parseUrlMarker(` url ${BAOTINTUC}`)).toEqual({ url: BAOTINTUC, rest: "" });
    expect(parseUrlMarker("url: https://tass.com/politics/1371335")).toEqual({ url: "https://tass.com/politics/1371335", rest: "" });
  });

  it("does not read text that starts with the word, nor an address that is not the web's", () => {
    expect(parseUrlMarker("URL shorteners hide where a link goes.")).toBeUndefined();
    expect(parseUrlMarker(" url ftp://files.example.org/a.txt")).toBeUndefined();
    expect(parseUrlMarker(" url https://localhost/a")).toBeUndefined();
  });
});

describe("isWebAddress", () => {
  it("takes http and https addresses with a host, and nothing else", () => {
    expect(isWebAddress(BAOTINTUC)).toBe(true);
    expect(isWebAddress("http://en.special.kremlin.ru/events/president/news/74003")).toBe(true);
    for (const bad of ["tass.com/politics/1", "javascript:alert(1)", "mailto:desk@vnanet.vn", "https://", "https://a b.com/", ""]) {
      expect(isWebAddress(bad), bad).toBe(false);
    }
  });
});

describe("readSourceMarkers", () => {
  it("reads both markers in either order, and the text without them", () => {
    for (const top of [` url ${BAOTINTUC}\n date 2025-05-09\n`, ` date 2025-05-09\n url ${BAOTINTUC}\n`]) {
      const markers = readSourceMarkers(`${top}${TEXT}`);
      expect(markers).toEqual({ date: { year: 2025, month: 5, day: 9 }, url: BAOTINTUC, text: TEXT });
    }
  });

  it("keeps the first paragraph a date marker carries on its line (the seeds' form)", () => {
    const seed = ` url ${BAOTINTUC}\n date 2025-01-15 Party General Secretary To Lam (right) gives a reception.\n\nMore text.\n`;
    expect(readSourceMarkers(seed)).toMatchObject({
      url: BAOTINTUC,
      text: "Party General Secretary To Lam (right) gives a reception.\n\nMore text.\n",
    });
  });

  it("reads no marker below the text's first line, and none from an address in the text", () => {
    const text = `Putin arrives in Hanoi\n url ${BAOTINTUC}\nSource: ${BAOTINTUC}\n`;
    expect(readSourceMarkers(text)).toEqual({ text });
  });
});

describe("withUrlMarker", () => {
  it("puts the address beside the date marker, and replaces an address already there", () => {
    const dated = withDateMarker(TEXT, "2025-05-09");
    const addressed = withUrlMarker(dated, BAOTINTUC);
    expect(addressed).toBe(` url ${BAOTINTUC}\n date 2025-05-09\n${TEXT}`);
    expect(withUrlMarker(addressed, "https://vietnam.vn/en/a")).toBe(` url https://vietnam.vn/en/a\n date 2025-05-09\n${TEXT}`);
    // Dating an addressed copy again changes its date in place.
    expect(withDateMarker(addressed, "2025-05-10")).toBe(` url ${BAOTINTUC}\n date 2025-05-10\n${TEXT}`);
  });

  it("keeps a BOM and CRLF line ends as they were", () => {
    const crlf = `\uFEFFTitle\r\n\r\nText.\r\n`;
    expect(withUrlMarker(crlf, BAOTINTUC)).toBe(`\uFEFF url ${BAOTINTUC}\r\nTitle\r\n\r\nText.\r\n`);
  });

  it("is undone by withoutSourceMarkers, so a marked copy is still the same article", () => {
    expect(withoutSourceMarkers(withUrlMarker(withDateMarker(TEXT, "2025-05-09"), BAOTINTUC))).toBe(TEXT);
    expect(withoutSourceMarkers(` date 2025-01-15 First paragraph.\n${TEXT}`)).toBe(`First paragraph.\n${TEXT}`);
  });
});
