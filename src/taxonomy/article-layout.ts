/**
 * Where a word stands in an article, for weighing what it says: news writing
 * puts what the article reports in the title and the lede; the body adds
 * background; captions describe photos, which may be of other days.
 */
import type { Token } from "./tokenize.ts";

export type SegmentRole = "title" | "lede" | "body" | "caption";

/** A first paragraph shorter than this is a kicker or a dateline: the lede runs on into the next one. */
export const LEDE_MIN_WORDS = 15;

/**
 * The role of each segment of `tokenize([title, ...paragraphs, ...captions])`:
 * segment 0 the title, the first paragraph (and the second after a short
 * first) the lede, then the body, captions last.
 */
export function segmentRoles(tokens: readonly Token[], paragraphCount: number, captionCount: number): SegmentRole[] {
  const words = new Array<number>(1 + paragraphCount + captionCount).fill(0);
  for (const token of tokens) words[token.segment] = (words[token.segment] ?? 0) + 1;
  return words.map((_, segment) => {
    if (segment === 0) return "title";
    if (segment > paragraphCount) return "caption";
    if (segment === 1 || (segment === 2 && (words[1] ?? 0) < LEDE_MIN_WORDS)) return "lede";
    return "body";
  });
}
