/**
 * Where the article ends and the page's tail begins: comments, related and
 * most-read lists, partners' news, forms. The tail starts at a heading after
 * some article text: one of the headings every site uses (`Comment (0)`,
 * `Related news`, `Tin liên quan`, `Tags:`), or any short heading (`More on
 * Eurasia`, `Новости партнёров`) after which the page holds little text — the
 * density of sentences below it, not its wording, makes it the tail.
 */
import { isTailMarker } from "./boilerplate.ts";
import { ABOUT_AUTHOR_HEADING, AUTHOR_LABEL, isClosingSignature } from "./byline.ts";
import { publisherByName } from "../taxonomy/publishers.ts";
import { isCallToAct } from "./furniture.ts";
import { endsLikeSentence, hasAtMostWords, isArticleSentence, isTextLine } from "./line-shape.ts";
import { stripSignOff } from "./sign-off.ts";

/** Below a heading that starts the tail, at most this share of the characters is in sentences. */
const TAIL_TEXT_SHARE = 0.3;

/**
 * `More on Eurasia`, `Новости партнёров`, `What the stars mean:`: a few words,
 * no sentence end, no digits. Not what closes an article itself: an outlet's
 * name or sign-off (`VNA`, `CPV/VNA`), a signature (`BÍCH QUYÊN`), an author box.
 */
function isShortHeading(line: string): boolean {
  const trimmed = line.trim();
  if (!hasAtMostWords(trimmed, 4) || endsLikeSentence(trimmed) || /[\d/]/u.test(trimmed) || !/^\p{L}/u.test(trimmed)) return false;
  return publisherByName(trimmed) === undefined && !isClosingSignature(trimmed) && !AUTHOR_LABEL.test(trimmed) && !isWholeSignOff(trimmed);
}

/** A line that is only a sign-off (`PCV (Fuente: VNA)`, blind-vnru-24, 352): the article's close, read there. */
function isWholeSignOff(line: string): boolean {
  const signOff = stripSignOff(line);
  return signOff !== undefined && signOff.text === "" && signOff.codes.length > 0;
}

export interface CutPage {
  /** The lines of the article and its header. */
  kept: string[];
  /** The lines from the tail's heading on. */
  tail: string[];
}

/** Splits the page where its tail begins (after some article text), or keeps it whole. */
export function cutPageTail(lines: readonly string[]): CutPage {
  // Characters in sentences, and all characters, from each line to the end: one pass from the end.
  const textAfter = new Array<number>(lines.length + 1).fill(0);
  const allAfter = new Array<number>(lines.length + 1).fill(0);
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const line = lines[index]!;
    textAfter[index] = textAfter[index + 1]! + (isTextLine(line) ? line.length : 0);
    allAfter[index] = allAfter[index + 1]! + line.length;
  }
  let seenArticleText = false;
  let authorBox = 0;
  for (const [index, line] of lines.entries()) {
    // `Author` / `Daniel` / `DePetris`: a name split over lines is no heading (classify-lines.ts reads it).
    if (AUTHOR_LABEL.test(line.trim())) authorBox = 4;
    else if (authorBox > 0 && /^\p{Lu}[\p{L}\p{M}'’-]+$/u.test(line.trim())) {
      authorBox -= 1;
      continue;
    } else authorBox = 0;
    if (seenArticleText) {
      const sparseBelow = textAfter[index + 1]! <= TAIL_TEXT_SHARE * allAfter[index + 1]!;
      if (
        isTailMarker(line) ||
        ABOUT_AUTHOR_HEADING.test(line.trim()) ||
        (isShortHeading(line) && sparseBelow && index + 1 < lines.length)
      ) {
        return { kept: lines.slice(0, index), tail: lines.slice(index) };
      }
    }
    // (A sentence addressed to the reader, `You can filter your feed, …`, is the menu's, not the article's.)
    if (isArticleSentence(line) && !isCallToAct(line)) seenArticleText = true;
  }
  return { kept: [...lines], tail: [] };
}
