/**
 * The lines of a source as units of meaning. Scraped pages put each paragraph,
 * caption and label on a line of its own; wire copy may hard-wrap paragraphs,
 * so a line that plainly continues the one before (it starts in lower case, or
 * the one before stops on a comma or a word such as `the`) is joined to it.
 *
 * Every run of white space inside a line becomes one space (form feeds and
 * line separators too): the rules after this one then never meet a long run of
 * white space, on which a pattern such as `\s*\(?\s*` backtracks for a time
 * that grows with the cube of the run.
 */
import { WEEKDAY } from "./date-expressions.ts";
import { parseDateLine } from "./date-line.ts";
import { isLanguageSwitch } from "./language-switch.ts";
import { isDashFramed } from "./line-shape.ts";
import { isMachineTimeStamp } from "./machine-time-stamps.ts";
import { continuesSplitDate } from "./split-date-line.ts";

export function splitSourceLines(text: string): string[] {
  const rawLines = text.split("\n").map((raw) => raw.replace(/\s+/g, " ").trim());
  const width = wrapWidth(rawLines);
  const lines: string[] = [];
  // The line being built, in pieces joined once: joining at each wrapped line
  // would copy a long paragraph once per line (quadratic in its length).
  let pieces: string[] = [];
  // Its last few characters: all that `continuesLine` reads.
  let ending = "";
  let previousWasBlank = true;
  // The length of the last line read, for telling a hard-wrapped line from a short one.
  let lastLength = 0;
  for (const line of rawLines) {
    // A site's language switch (`en` under a headline, language-switch.ts) is no line of the page: it
    // parts the lines around it as a blank line does, and is not kept.
    if (line === "" || isLanguageSwitch(line)) {
      previousWasBlank = true;
      continue;
    }
    const wrapped =
      width !== undefined && (fillsWidth(lastLength, ending, line, width) || goesOnInParagraph(pieces.length, lastLength, ending));
    lastLength = line.length;
    if (!previousWasBlank && pieces.length > 0 && (wrapped || continuesLine(ending, line)) && !isStampAlone(pieces)) {
      // (A line opening with the stop of the sentence above is glued to it, with no space before the stop.)
      if (/^[.,;:]/u.test(line)) pieces[pieces.length - 1] += line;
      else pieces.push(line);
      ending = lineEnding(line.length >= ENDING_LENGTH ? line : `${ending} ${line}`);
    } else {
      if (pieces.length > 0) lines.push(pieces.join(" "));
      pieces = [line];
      ending = lineEnding(line);
    }
    previousWasBlank = false;
  }
  if (pieces.length > 0) lines.push(pieces.join(" "));
  return lines;
}

/** How long a stamp of a date and a time may be: a weekday, a full date, a time and a zone. */
const MAX_STAMP_LENGTH = 60;

/**
 * A stamp alone on the line so far is never continued by the next line: a
 * machine time stamp (`2025-06-30T19:53+0700`, blind-vnru-66, 850), or a date
 * and a time for readers (`May 30, 2020 | 06:45`), whatever comes under it —
 * the line in lower case there is a related story's thumbnail (`top diplomats
 * of vietnam …`, blind-vnru-32, 439), not the rest of a sentence. A wrapped
 * sentence never ends its first line on a clock time. (The length first: a line
 * glued to again and again is not read whole each time.)
 */
function isStampAlone(pieces: readonly string[]): boolean {
  if (pieces.length !== 1) return false;
  const above = pieces[0]!;
  if (isMachineTimeStamp(above)) return true;
  if (above.length > MAX_STAMP_LENGTH || !/\d:\d\d$/u.test(above)) return false;
  return parseDateLine(above)?.rest === "";
}

/** Wider than any hard wrap: a copy with many lines this long was not wrapped. */
const MAX_WRAP_WIDTH = 100;
/** A wrapped line is at least this long: shorter lines before a small letter are headings, labels or names. */
const MIN_WRAPPED_LINE = 40;

/**
 * The width a hard-wrapped copy was wrapped at (the longest of its lines that a
 * line in lower case continues), or undefined when the copy is not wrapped: it
 * needs at least three such lines, and at most half as many lines longer than
 * any wrap, where a copy of whole paragraphs has many.
 */
export function wrapWidth(lines: readonly string[]): number | undefined {
  let width = 0;
  let wrapped = 0;
  let long = 0;
  for (const [at, line] of lines.entries()) {
    if (line.length > MAX_WRAP_WIDTH) {
      long += 1;
      continue;
    }
    const next = lines[at + 1] ?? "";
    if (line.length < MIN_WRAPPED_LINE || !/[\p{L}\p{M}\d]$/u.test(line) || !/^\p{Ll}/u.test(next)) continue;
    wrapped += 1;
    width = Math.max(width, line.length);
  }
  return wrapped >= 3 && long * 2 <= wrapped ? width : undefined;
}

/**
 * In a hard-wrapped copy, a line that ends on a word, and so full that the next
 * line's first word would not have fitted on it, goes on in the next line
 * (`… khẳng định Việt` / `Nam và Liên bang Nga …`), capital or not.
 */
function fillsWidth(lastLength: number, ending: string, next: string, width: number): boolean {
  if (lastLength < MIN_WRAPPED_LINE || !/[\p{L}\p{M}\d]$/u.test(ending)) return false;
  const firstWord = /^\S+/u.exec(next)?.[0] ?? "";
  return lastLength + 1 + firstWord.length > width;
}

/**
 * In a hard-wrapped copy, a paragraph already wrapped over two lines or more
 * that stops on a word, not a full stop, goes on in the next line, capital or
 * not (`… 6 trường đại học Nga đã tới Việt` / `Nam để trao đổi …`, blind-vnru-59,
 * 767): a line on its own that stops on a word (a headline, a caption) is one
 * line long.
 */
function goesOnInParagraph(piecesSoFar: number, lastLength: number, ending: string): boolean {
  return piecesSoFar >= 2 && lastLength >= MIN_WRAPPED_LINE && /[\p{L}\p{M}\d]$/u.test(ending);
}

/**
 * How much of a line's end `continuesLine` reads. Its tests look at most at a
 * space and a word of five letters (` những`), or a word, a space and a dash;
 * the rest of a long paragraph is not read again for every wrapped line.
 */
const ENDING_LENGTH = 32;

function lineEnding(line: string): string {
  return line.length > ENDING_LENGTH ? line.slice(-ENDING_LENGTH) : line;
}

/** A line ending on one of these words stops mid-phrase: `…met the` / `Russian prime minister…`. */
const ENDS_MID_PHRASE = /\s(?:the|a|an|of|to|and|or|for|with|in|on|at|by|from|his|her|its|their|that|và|của|các|những|với)$/u;

/** `previous` is the end of the line so far (see ENDING_LENGTH), `next` the whole next line. */
function continuesLine(previous: string, next: string): boolean {
  // A bare address is a line of its own (a re-post's link to its source), whatever stands above it.
  if (/^https?:\/\/\S+$/iu.test(next)) return false;
  // `JUN` / `24, 2024 11:50 AM`: a date line broken after its month.
  if (continuesSplitDate(previous, next)) return true;
  // A dateline left on a line of its own: `Hong Kong CNN —` / `Russian President …`.
  if (/[,;]$/u.test(previous) || ENDS_MID_PHRASE.test(previous) || (/\S\s+(?:[—–]|--)$/u.test(previous) && !isDashFramed(previous)))
    return true;
  // `…Владимиром Путиным` / `. На встрече …`: a link cut out of the sentence left its full stop (or
  // comma) at the head of the next line; the stop ends the line above.
  if (/[\p{L}\p{M}\d]$/u.test(previous) && /^[.,;:](?:\s|$)/u.test(next)) return true;
  // (A quotation opened in lower case goes on too: `Nước Nga và chiến lược` / `‘ngoại giao ký ức’`, blind-vnru-64, 829.)
  return /[\p{L}\p{M}\d]$/u.test(previous) && /^[‘“"«]?\p{Ll}/u.test(next) && !isLowerCaseStamp(next);
}

/** A stamp led by a weekday or `от` (`четверг, 20 июня 2024`, `thứ năm, 20/6/2024`, `от 20.06.2024`). */
const STAMP_OPENING = new RegExp(`^(?:${WEEKDAY}|от\\s+\\d)`, "iu");

/**
 * Russian and Vietnamese sites print the weekday of a date line in lower case:
 * such a line is a stamp of its own, not the rest of the headline above it.
 */
function isLowerCaseStamp(line: string): boolean {
  return STAMP_OPENING.test(line) && parseDateLine(line) !== undefined;
}
