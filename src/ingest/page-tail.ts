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
import { isCallToAct, isReadMoreTag } from "./furniture.ts";
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

/** How many lines an inline link block may span: its label, a headline or two, its `Read more`, blanks. */
const LINK_BLOCK_SPAN = 8;

/** Article paragraphs that must follow a link block for it to sit inside the story rather than start the tail. */
const PARAGRAPHS_AFTER_INLINE_LINK = 3;

/**
 * For each line, how many article paragraphs run from it on (blank lines between
 * them allowed, any other line ends the run): one pass from the end.
 */
function articleRuns(lines: readonly string[]): number[] {
  const runs = new Array<number>(lines.length + 1).fill(0);
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const line = lines[index]!.trim();
    if (line === "") runs[index] = runs[index + 1]!;
    else runs[index] = isArticleSentence(line) ? runs[index + 1]! + 1 : 0;
  }
  return runs;
}

/**
 * `news` / `Dozens of Tankers Carrying Russian Oil …` / `Read more` between two
 * paragraphs (blind-vnru-23, 341): a link to another story set inside this one.
 * The block is headline-shaped lines closed by a `Read more` prompt, and full
 * article paragraphs follow it: the story goes on, so only the block is dropped.
 * Returns the index after the block, or undefined when it is no such block.
 * Looks at most LINK_BLOCK_SPAN lines ahead, so the cut stays linear.
 */
function inlineLinkBlockEnd(lines: readonly string[], start: number, runs: readonly number[]): number | undefined {
  const last = Math.min(lines.length, start + LINK_BLOCK_SPAN);
  for (let index = start; index < last; index += 1) {
    const line = lines[index]!.trim();
    if (line === "") continue;
    if (isReadMoreTag(line)) return runs[index + 1]! >= PARAGRAPHS_AFTER_INLINE_LINK ? index + 1 : undefined;
    if (isTextLine(line) || isArticleSentence(line)) return undefined;
  }
  return undefined;
}

/**
 * Where a link block closed by the `Read more` at `readMoreAt` begins: the label and
 * headline lines just above it (`news`, `Dozens of Tankers …`), back to the
 * last sentence; a heading that opens the block is its own start.
 */
function inlineLinkBlockStart(lines: readonly string[], readMoreAt: number): number {
  if (!isReadMoreTag(lines[readMoreAt]!.trim())) return readMoreAt;
  let start = readMoreAt;
  for (let index = readMoreAt - 1; index >= 0 && index > readMoreAt - LINK_BLOCK_SPAN; index -= 1) {
    const line = lines[index]!.trim();
    if (line === "") continue;
    if (isTextLine(line) || isArticleSentence(line)) break;
    start = index;
  }
  return start;
}

/**
 * A letter to the site's readers (`Dear readers,`, `Уважаемые читатели,`,
 * `Kính gửi quý độc giả,`): a line that opens with the salutation (the copy
 * may run the letter's first sentence onto it) is the site's appeal, never a report.
 */
const READER_SALUTATION =
  /^(?:(?:dear|hello)\s+(?:readers?|subscribers?)|(?:уважаемые|дорогие)\s+читатели|(?:kính gửi|thưa)\s+(?:quý\s+)?(?:độc giả|bạn đọc))\s*(?:[,!:]|$)/iu;

/**
 * Where a reader's appeal starts at `index`: its salutation, or a short heading
 * just above it (`A Message from The Moscow Times:` / `Dear readers,`,
 * blind-vnru-23, 341).
 */
function opensReaderAppeal(lines: readonly string[], index: number): boolean {
  const line = lines[index]!.trim();
  if (READER_SALUTATION.test(line)) return true;
  const next = lines[index + 1]?.trim();
  return next !== undefined && READER_SALUTATION.test(next) && hasAtMostWords(line, 8) && !endsLikeSentence(line.replace(/:$/u, ""));
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
  const runs = articleRuns(lines);
  const dropped = new Set<number>();
  let seenArticleText = false;
  let authorBox = 0;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    // `Author` / `Daniel` / `DePetris`: a name split over lines is no heading (classify-lines.ts reads it).
    if (AUTHOR_LABEL.test(line.trim())) authorBox = 4;
    else if (authorBox > 0 && /^\p{Lu}[\p{L}\p{M}'’-]+$/u.test(line.trim())) {
      authorBox -= 1;
      continue;
    } else authorBox = 0;
    if (seenArticleText) {
      const sparseBelow = textAfter[index + 1]! <= TAIL_TEXT_SHARE * allAfter[index + 1]!;
      const linkHeading = isTailMarker(line) || (isShortHeading(line) && sparseBelow && index + 1 < lines.length);
      if (linkHeading || ABOUT_AUTHOR_HEADING.test(line.trim()) || opensReaderAppeal(lines, index)) {
        const blockEnd = linkHeading ? inlineLinkBlockEnd(lines, index, runs) : undefined;
        if (blockEnd === undefined) return { kept: keptBefore(lines, index, dropped), tail: lines.slice(index) };
        for (let inBlock = inlineLinkBlockStart(lines, index); inBlock < blockEnd; inBlock += 1) dropped.add(inBlock);
        index = blockEnd - 1;
        continue;
      }
    }
    // (A sentence addressed to the reader, `You can filter your feed, …`, is the menu's, not the article's.)
    if (isArticleSentence(line) && !isCallToAct(line)) seenArticleText = true;
  }
  return { kept: keptBefore(lines, lines.length, dropped), tail: [] };
}

/** The lines before `end`, without the inline link blocks dropped on the way. */
function keptBefore(lines: readonly string[], end: number, dropped: ReadonlySet<number>): string[] {
  return lines.slice(0, end).filter((_, index) => !dropped.has(index));
}
