/**
 * The lines of a source as units of meaning. Scraped pages put each paragraph,
 * caption and label on a line of its own; wire copy may hard-wrap paragraphs,
 * so a line that plainly continues the one before (it starts in lower case, or
 * the one before stops on a comma or a word such as `the`) is joined to it.
 */
export function splitSourceLines(text: string): string[] {
  const lines: string[] = [];
  let previousWasBlank = true;
  for (const raw of text.split("\n")) {
    const line = raw.replace(/[ \t]+/g, " ").trim();
    if (line === "") {
      previousWasBlank = true;
      continue;
    }
    const last = lines.at(-1);
    if (!previousWasBlank && last !== undefined && continuesLine(last, line)) lines[lines.length - 1] = `${last} ${line}`;
    else lines.push(line);
    previousWasBlank = false;
  }
  return lines;
}

/** A line ending on one of these words stops mid-phrase: `…met the` / `Russian prime minister…`. */
const ENDS_MID_PHRASE = /\s(?:the|a|an|of|to|and|or|for|with|in|on|at|by|from|his|her|its|their|that|và|của|các|những|với)$/u;

function continuesLine(previous: string, next: string): boolean {
  // A dateline left on a line of its own: `Hong Kong CNN —` / `Russian President …`.
  if (/[,;]$/u.test(previous) || ENDS_MID_PHRASE.test(previous) || /\S\s+(?:[—–]|--)$/u.test(previous)) return true;
  return /[\p{L}\p{M}\d]$/u.test(previous) && /^\p{Ll}/u.test(next);
}
