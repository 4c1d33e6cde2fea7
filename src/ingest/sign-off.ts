/**
 * Sign-offs closing a news story: the agency code after the last sentence
 * (`… he stressed. — VNS`, `… (VNA)`, `— VNA/VNS`) and the Vietnamese end mark
 * `/.`. They name the publisher; they are not article text.
 */
import { publisherByCode, publisherByName } from "../taxonomy/publishers.ts";

export interface SignOff {
  /** The paragraph without its sign-off; "" when the line was only a sign-off. */
  text: string;
  /** Agency codes signed, in order (`VNA`, `VNS`). */
  codes: string[];
}

/** `VNS`, `VNA/VNS`, `Reuters`: all-capital codes, or any code the publisher table knows. */
const CODES = String.raw`(?:[\p{Lu}\p{L}]{2,10}\/)*[\p{Lu}\p{L}]{2,10}`;
const SENTENCE_END = '(?:^|(?<=[.!?”"’)]))';

/**
 * Each with the character it cannot match without: a closing paragraph is
 * tried again each time a sign-off is stripped, and a look for a dash or a
 * bracket spares it patterns that start at every position.
 */
const PATTERNS: ReadonlyArray<{ needs?: (end: string) => boolean; pattern: RegExp }> = [
  // … he stressed. — VNS
  { needs: (end) => end.includes("—") || end.includes("–"), pattern: new RegExp(String.raw`${SENTENCE_END}\s*[—–]\s*(${CODES})\s*$`, "u") },
  // … to Foreign Minister S. Lavrov.-VNA (blind-vnru-60, 775): a hyphen glued to the stop
  { needs: (end) => end.includes("-"), pattern: new RegExp(String.raw`${SENTENCE_END}\s*-\s*(${CODES})\s*$`, "u") },
  // … the two countries. (VNA)
  { needs: (end) => end.includes("("), pattern: new RegExp(String.raw`${SENTENCE_END}\s*\(\s*(${CODES})\s*\)\.?\s*$`, "u") },
  // a line that is only `VNS` or `- VNA`
  { pattern: new RegExp(String.raw`^\s*-?\s*(${CODES})\s*$`, "u") },
  // … at the memorial to Ho Chi Minh. | BGNES (blind-vnru-42, 558): the outlet's tag after a spaced bar
  { needs: (end) => end.includes("|"), pattern: new RegExp(String.raw`${SENTENCE_END}\s+\|\s+(${CODES})\s*$`, "u") },
];

function isSignOffCode(code: string): boolean {
  return code.split("/").every((part) => publisherByCode(part) !== undefined || /^\p{Lu}{2,6}$/u.test(part));
}

/**
 * AFP's desk slug under a story: the initials of the bureau and the editors
 * (`bur-pdw/dhc`, `burs-jfx/mtp`), in lower case, joined by hyphens and slashes.
 */
export function isDeskSlug(line: string): boolean {
  const trimmed = line.trim();
  // (Closing lines are tested again each time one is stripped: a long one is
  // not read through each time.)
  return trimmed.length <= MAX_DESK_SLUG_LENGTH && /^[a-z]{2,5}(?:-[a-z]{2,5})*(?:\/[a-z]{2,5}(?:-[a-z]{2,5})*)+$/u.test(trimmed);
}

/** Two or three groups of initials; no desk slug comes near this long. */
const MAX_DESK_SLUG_LENGTH = 60;

/**
 * How far from a paragraph's end a sign-off is looked for: a dash or brackets
 * and a few agency codes. The patterns run on this much of the end only, so
 * that stripping sign-offs one by one off a long paragraph (`… /. /. /.`)
 * does not read the whole paragraph for each.
 */
export const MAX_SIGN_OFF_LENGTH = 200;

/**
 * Stands for the text before the end that is read: no pattern can match it,
 * nor take the place it starts for the paragraph's start (`^`).
 */
const CUT = "\u0000";

/** The sign-off of a closing paragraph, or undefined when it has none. */
export function stripSignOff(paragraph: string): SignOff | undefined {
  // One character more than the sign-off: what a sign-off follows (`.`, `)`).
  const from = paragraph.length - MAX_SIGN_OFF_LENGTH - 1;
  const end = from > 0 ? CUT + paragraph.slice(from) : paragraph;
  const offset = from > 0 ? from - CUT.length : 0;
  const endMark = end.includes("/.") ? /\s*\/\.\s*$/u.exec(end) : null;
  if (endMark) return { text: paragraph.slice(0, offset + endMark.index).trim(), codes: [] };
  for (const { needs, pattern } of PATTERNS) {
    if (needs !== undefined && !needs(end)) continue;
    const match = pattern.exec(end);
    if (!match || !isSignOffCode(match[1]!)) continue;
    const whole = offset + match.index === 0;
    // A whole line of one unknown all-capital word may be a heading; only known codes stand alone.
    if (whole && !match[1]!.split("/").some((part) => publisherByCode(part))) continue;
    return { text: paragraph.slice(0, offset + match.index).trim(), codes: match[1]!.split("/") };
  }
  // `PCV (Fuente: VNA)` (blind-vnru-24, 352): the paper's code and, in brackets, the agency it took the story from.
  const sourced = SOURCED_SIGN_OFF.exec(end);
  if (sourced && [sourced[1]!, sourced[2]!].every(isSignOffCode) && publisherByCode(sourced[2]!) !== undefined) {
    return { text: paragraph.slice(0, offset + sourced.index).trim(), codes: [sourced[1]!, sourced[2]!] };
  }
  // `… further cooperation. - Philippine Information Agency`: an outlet's whole name after a spaced dash, one the table knows.
  const named = /[-—–]/u.test(end) ? NAMED_SIGN_OFF.exec(end) : null;
  if (named && offset + named.index > 0 && publisherByName(named[1]!) !== undefined) {
    return { text: paragraph.slice(0, offset + named.index).trim(), codes: [named[1]!] };
  }
  // `… in Russia. (Cong An Nhan Dan, Thoi Dai, cand)`: the outlets a story was put together from,
  // each one the table knows. A sign-off all the same, but several outlets name no one publisher.
  const sources = end.includes("(") && end.includes(",") ? SOURCE_LIST.exec(end) : null;
  if (sources && offset + sources.index > 0) {
    const parts = sources[1]!.split(/\s*,\s*/u);
    if (parts.length >= 2 && parts.every((part) => publisherByCode(part) !== undefined || publisherByName(part) !== undefined)) {
      return { text: paragraph.slice(0, offset + sources.index).trim(), codes: [] };
    }
  }
  return undefined;
}

/**
 * A whole line of a paper's code and its source in brackets, the word for
 * "source" in Spanish, English, French, Vietnamese, Russian or German: `PCV
 * (Fuente: VNA)`, `VOV (Source: VNA)`.
 */
const SOURCED_SIGN_OFF = new RegExp(
  String.raw`^\s*(${CODES})\s*\(\s*(?:[Ff]uente|[Ss]ource|[Nn]guồn|[Ии]сточник|[Qq]uelle)\s*:\s*(${CODES})\s*\)\.?\s*$`,
  "u",
);

/** A name of two to five capitalised words after the last sentence and a spaced dash: `. - Philippine Information Agency`. */
const NAMED_SIGN_OFF = new RegExp(String.raw`${SENTENCE_END}\s+[-—–]\s+(\p{Lu}[\p{L}.&'’-]*(?:\s\p{Lu}[\p{L}.&'’-]*){1,4})\s*$`, "u");

/** A bracketed list of names after the last sentence: `(Cong An Nhan Dan, Thoi Dai, cand)`. */
const SOURCE_LIST = new RegExp(String.raw`${SENTENCE_END}\s*\(\s*([^(),]{2,40}(?:,[^(),]{2,40}){1,5})\s*\)\.?\s*$`, "u");
