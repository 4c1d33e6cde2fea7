/**
 * Lines a copy glued together without a break, split back (after
 * glued-sentences.ts, which splits sentences run together at a full stop):
 *
 * - a headline and its dek, or a masthead and its tagline, seen as a small
 *   letter running into a capital (`The Washington PostDemocracy Dies in
 *   Darkness`, `… в ПекинеПосле встречи …`), on a line that does not end as a
 *   sentence (a paragraph's `McCain` or `PetroVietnam` stays whole);
 * - an image's alt text and its caption (`… in PM’s visit ảnh 1Prime Minister
 *   Nguyen Xuan Phuc (Photo: VNA)`): the alt text ends at `ảnh N`.
 */
import { publisherByName } from "../taxonomy/publishers.ts";
import { endsLikeSentence, hasAtMostWords } from "./line-shape.ts";
import { isMastheadLike } from "./mastheads.ts";

/** The longest line looked at for a lost break: headers and captions are short, paragraphs are not split. */
const MAX_GLUED_LINE = 400;

/**
 * Split only where the part before is a masthead, or both parts are long
 * enough to be a headline and a dek.
 */
export function splitLostBreak(line: string): string[] {
  if (line.length > MAX_GLUED_LINE || endsLikeSentence(line)) return [line];
  const seam = /(?<=\p{Ll}{3})(?=\p{Lu}\p{Ll})/gu;
  for (const match of line.matchAll(seam)) {
    const before = line.slice(0, match.index).trim();
    const after = line.slice(match.index).trim();
    // `Báo Thanh niênBáo Thanh niên29/08/2023`: a name printed twice, read as one (date-line.ts).
    if (after.startsWith(before)) continue;
    const masthead = isMastheadLike(before) || publisherByName(before) !== undefined;
    const headlineAndDek = !hasAtMostWords(before, 5) && !hasAtMostWords(after, 5);
    if ((masthead || headlineAndDek) && !hasAtMostWords(after, 2)) return [before, after];
  }
  return [line];
}

/** `… visit ảnh 1Prime Minister …` → the alt text (`… visit ảnh 1`) and the caption. */
export function splitAltText(line: string): string[] {
  if (line.length > MAX_GLUED_LINE) return [line];
  const match = /^(.*?\s[Ảả]nh\s+\d{1,2})(?=\p{Lu})(.+)$/u.exec(line);
  return match ? [match[1]!, match[2]!] : [line];
}

/** A line with its lost breaks restored. */
export function splitGluedLine(line: string): string[] {
  return splitAltText(line).flatMap(splitLostBreak);
}
