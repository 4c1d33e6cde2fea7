import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decodeSource, describeOversize, firstInvalidUtf8Offset, MAX_SOURCE_BYTES, normaliseText } from "../../src/ingest/decode-source.ts";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const decoded = (bytes: Uint8Array): string => {
  const result = decodeSource(bytes);
  if ("error" in result) throw new Error(`unexpected error: ${result.error}`);
  return result.text;
};
const errorOf = (bytes: Uint8Array): string => {
  const result = decodeSource(bytes);
  if (!("error" in result)) throw new Error("expected an error");
  return result.error;
};

describe("decodeSource: rejected input", () => {
  it("rejects an empty file", () => {
    expect(errorOf(new Uint8Array())).toBe("is empty");
  });

  it("rejects a whitespace-only file, non-breaking spaces and BOM included", () => {
    expect(errorOf(utf8(" \n\t\r\n  \n"))).toMatch(/^is empty/);
    expect(errorOf(utf8("\uFEFF\u00A0\u00A0\n"))).toMatch(/^is empty/);
  });

  it("rejects a binary file with NUL bytes", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(errorOf(png)).toBe("is binary, not text");
  });

  it("rejects Latin-1 text and names the offset of the first bad byte", () => {
    // "Việt" cannot be Latin-1; "café" can: é is the single byte 0xE9 at offset 3.
    const latin1 = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72, 0x0a]);
    expect(errorOf(latin1)).toMatch(
      /^is not UTF-8 text \(byte 0xE9 at offset 3, line 1\); it is probably Windows-1252 or Latin-1 .*iconv -f windows-1252 -t utf-8/,
    );
  });

  it("rejects UTF-16 text, saying so", () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]);
    expect(errorOf(utf16)).toMatch(/UTF-16/);
  });

  it("rejects a source over the size limit, stating both sizes", () => {
    const big = new Uint8Array(Math.round(6.2 * 1024 * 1024)).fill(0x61);
    expect(errorOf(big)).toBe("is 6.2 MB, over the 5 MB limit");
    expect(describeOversize(MAX_SOURCE_BYTES + 1)).toBe("is 5.0 MB, over the 5 MB limit");
  });

  it("accepts a source of exactly the limit", () => {
    const atLimit = new Uint8Array(MAX_SOURCE_BYTES).fill(0x61);
    expect("text" in decodeSource(atLimit)).toBe(true);
  });
});

describe("decodeSource: accepted and normalised", () => {
  it("strips a BOM, turns CRLF and CR into LF, composes NFD into NFC", () => {
    const nfd = "Vi\u00EA\u0323t Nam".normalize("NFD");
    expect(nfd).not.toBe("Việt Nam");
    const bytes = utf8(`\uFEFF date 2025-01-15 ${nfd}\r\nline two\rline three\r\n`);
    expect(decoded(bytes)).toBe(" date 2025-01-15 Việt Nam\nline two\nline three\n");
  });

  it("turns non-breaking and other spacing characters into spaces and drops zero-width ones", () => {
    expect(normaliseText("Thanh\u00A0Hà\u202F|\u200B")).toBe("Thanh Hà |");
  });

  it("trims trailing spaces but keeps leading ones (the date marker starts with a space)", () => {
    expect(normaliseText(" date 2025-01-11 HÀ NỘI —   \nnext\t\n")).toBe(" date 2025-01-11 HÀ NỘI —\nnext\n");
    // A run inside a line stays (splitSourceLines makes it one space), a long one too.
    expect(normaliseText(`a \t b${" \t".repeat(50_000)}\nc`)).toBe("a \t b\nc");
    expect(normaliseText(`a${" ".repeat(50_000)}b `)).toBe(`a${" ".repeat(50_000)}b`);
  });

  it("keeps text that looks like HTML, script or front matter as it is", () => {
    const text = "---\ntitle: x\n---\n<script>alert(1)</script> {{ liquid }}\n";
    expect(decoded(utf8(text))).toBe(text);
  });

  it("decodes every seed-like Vietnamese text it is given, unchanged when already clean", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 1 }), (text) => {
        fc.pre(/\S/u.test(text.replace(/[\u00A0\u2007\u202F\u2000-\u200A\u3000\u200B\uFEFF\u2060]/g, "")));
        fc.pre(!text.includes("\0"));
        const result = decodeSource(utf8(text));
        if ("text" in result) expect(normaliseText(result.text)).toBe(result.text);
      }),
      { numRuns: 200 },
    );
  });
});

describe("firstInvalidUtf8Offset", () => {
  it("is undefined for valid UTF-8, including four-byte characters", () => {
    expect(firstInvalidUtf8Offset(utf8("Tô Lâm 😀 —"))).toBeUndefined();
  });

  it("finds a truncated sequence, an overlong form and a surrogate", () => {
    expect(firstInvalidUtf8Offset(new Uint8Array([0x41, 0xe1, 0xbb]))).toBe(1);
    expect(firstInvalidUtf8Offset(new Uint8Array([0xc0, 0xaf]))).toBe(0);
    expect(firstInvalidUtf8Offset(new Uint8Array([0x41, 0xed, 0xa0, 0x80]))).toBe(1);
  });
});
