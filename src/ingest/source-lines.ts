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

export function splitSourceLines(text: string): string[] {
  const lines: string[] = [];
  // The line being built, in pieces joined once: joining at each wrapped line
  // would copy a long paragraph once per line (quadratic in its length).
  let pieces: string[] = [];
  // Its last few characters: all that `continuesLine` reads.
  let ending = "";
  let previousWasBlank = true;
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\s+/g, " ").trim();
    if (line === "") {
      previousWasBlank = true;
      continue;
    }
    if (!previousWasBlank && pieces.length > 0 && continuesLine(ending, line)) {
      pieces.push(line);
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
  // A dateline left on a line of its own: `Hong Kong CNN —` / `Russian President …`.
  if (/[,;]$/u.test(previous) || ENDS_MID_PHRASE.test(previous) || /\S\s+(?:[—–]|--)$/u.test(previous)) return true;
  return /[\p{L}\p{M}\d]$/u.test(previous) && /^\p{Ll}/u.test(next) && !isLowerCaseStamp(next);
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
