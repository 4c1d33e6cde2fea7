/**
 * Turns the bytes of one raw source into clean text, or says in user-facing words
 * why they are not an article. Pure: the caller reads the file and names it.
 */
import { isBinaryFileSync } from "isbinaryfile";

/** Sources larger than this are rejected: no news article is anywhere near it. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

export type DecodedSource = { text: string } | { error: string };

export function decodeSource(bytes: Uint8Array): DecodedSource {
  if (bytes.length === 0) return { error: "is empty" };
  if (bytes.length > MAX_SOURCE_BYTES) return { error: describeOversize(bytes.length) };
  if (hasUtf16ByteOrderMark(bytes)) return { error: "is UTF-16 text, not UTF-8 (save it as UTF-8)" };
  if (bytes.includes(0) || isBinaryFileSync(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length))) {
    return { error: "is binary, not text" };
  }
  const invalidAt = firstInvalidUtf8Offset(bytes);
  if (invalidAt !== undefined) return { error: describeInvalidUtf8(bytes, invalidAt) };

  const text = normaliseText(new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes));
  if (text.trim() === "") return { error: "is empty (only whitespace)" };
  return { text };
}

/**
 * One text form for every source: LF line ends, NFC (sources copied from macOS
 * arrive decomposed), ordinary spaces where web pages put non-breaking ones, no
 * zero-width characters, no trailing spaces.
 */
export function normaliseText(raw: string): string {
  return (
    raw
      .replace(/^\uFEFF/, "")
      .replace(/\r\n?/g, "\n")
      .normalize("NFC")
      .replace(/[\u00A0\u2007\u202F\u2000-\u200A\u3000]/g, " ")
      .replace(/[\u200B\uFEFF\u2060]/g, "")
      // A run is stripped from its first character only: tried from every
      // character of a long run, the pattern would read the run once per character.
      .replace(/(?<![ \t])[ \t]+$/gm, "")
  );
}

/** The message for a source of `size` bytes over the limit (callers may check the size before reading). */
export function describeOversize(size: number): string {
  return `is ${formatMegabytes(size)}, over the ${formatMegabytes(MAX_SOURCE_BYTES)} limit`;
}

function formatMegabytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return `${Number.isInteger(megabytes) ? megabytes : megabytes.toFixed(1)} MB`;
}

/**
 * Text that is not UTF-8 and not binary is almost always in an 8-bit code page:
 * Windows-1252 (Western pages, Word), Latin-1, or Windows-1258 (Vietnamese).
 * The message names the byte and how to convert the file; guessing the code
 * page and decoding it anyway could turn Vietnamese names into other letters.
 */
function describeInvalidUtf8(bytes: Uint8Array, offset: number): string {
  const byte = bytes[offset]!.toString(16).toUpperCase().padStart(2, "0");
  const line = 1 + bytes.subarray(0, offset).filter((value) => value === 0x0a).length;
  return (
    `is not UTF-8 text (byte 0x${byte} at offset ${offset}, line ${line}); it is probably Windows-1252 or Latin-1 ` +
    "(or Windows-1258 for Vietnamese): save it as UTF-8, or convert it with `iconv -f windows-1252 -t utf-8 FILE > FILE.utf8`"
  );
}

function hasUtf16ByteOrderMark(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/**
 * The offset where the first sequence that breaks UTF-8 starts (bad lead byte, missing or bad
 * continuation, overlong form, surrogate, beyond U+10FFFF), or undefined when
 * the bytes are valid UTF-8. TextDecoder says only that decoding failed, not where.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number | undefined {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    let length: number;
    let min: number;
    if (lead >= 0xc2 && lead <= 0xdf) [length, min] = [2, 0x80];
    else if (lead >= 0xe0 && lead <= 0xef) [length, min] = [3, 0x800];
    else if (lead >= 0xf0 && lead <= 0xf4) [length, min] = [4, 0x10000];
    else return index;
    let codePoint = lead & (0xff >> (length + 1));
    for (let k = 1; k < length; k += 1) {
      const next = bytes[index + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return index;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return index;
    index += length;
  }
  return undefined;
}
