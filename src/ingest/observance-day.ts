/**
 * A day defined as a named day of the calendar: `Ngày 10 tháng 2 là Ngày truyền
 * thống của ngành ngoại giao Nga` (Hội Hữu nghị Việt - Nga, blind-vnru-60, 778),
 * `June 12 is Russia Day`, `10 февраля — День дипломатического работника`. Right
 * after the day, a copula (`là`, `is`, a dash, `является`) and, at most three
 * capitalised words on, the word for a day written with its capital (`Ngày`,
 * `Day`, `День`): an observance that comes back every year, which the text
 * explains, not the day of the event it reports. The other days of the sentence
 * that defines it (`… được xác lập theo Sắc lệnh số 1279 mà Tổng thống … ký
 * ngày 31/10/2002`) are the observance's own history, no event's day either. A
 * day-word in lower case (`Ngày 15/1 là ngày đầu tiên của chuyến thăm`) is no
 * name and is not read. Pure; linear: one anchored test on a bounded slice after
 * each day, and each defining sentence looked for within a bounded reach.
 */

/** How far after the day the copula and the named day are looked for. */
const OBSERVANCE_REACH = 80;

/** How far back and on from a defining day its sentence's ends are looked for. */
const SENTENCE_REACH = 400;

/** The copula, up to three capitalised words, then the day-word with its capital. */
const NAMED_DAY_AFTER_DAY =
  /^[\s,]{0,3}(?:là|is|—|–|является)\s{1,3}(?:\p{Lu}[\p{L}\p{M}'’-]{0,24}\s{1,3}){0,3}?(?:Ngày|Day|Д(?:ень|нём|нем))(?![\p{L}])/u;

/** A sentence's end: a full stop, `!` or `?` before a space or the paragraph's end. */
const SENTENCE_END = /[.!?](?=\s|$)/gu;

/**
 * Is the day that ends at `end` in `paragraph` defined as a named day of the
 * calendar? `end` is the offset right after the day's own words.
 */
export function isObservanceDefinition(paragraph: string, end: number): boolean {
  return NAMED_DAY_AFTER_DAY.test(paragraph.slice(end, end + OBSERVANCE_REACH));
}

/** A stretch of a paragraph, from `start` to `end`. */
export interface Stretch {
  start: number;
  end: number;
}

/** The sentence around the stretch `start`–`end`, looked for within the bounded reach on either side. */
function sentenceAround(paragraph: string, start: number, end: number): Stretch {
  const from = Math.max(0, start - SENTENCE_REACH);
  let sentenceStart = from === 0 ? 0 : start;
  for (const stop of paragraph.slice(from, start).matchAll(SENTENCE_END)) sentenceStart = from + stop.index + 1;
  const after = paragraph.slice(end, end + SENTENCE_REACH);
  SENTENCE_END.lastIndex = 0;
  const stop = SENTENCE_END.exec(after);
  SENTENCE_END.lastIndex = 0;
  return { start: sentenceStart, end: stop ? end + stop.index + 1 : Math.min(paragraph.length, end + SENTENCE_REACH) };
}

/**
 * The sentences of `paragraph` that define one of its days as a named day of the
 * calendar, each day found by one of `dayPatterns` (global patterns).
 */
export function observanceSentences(paragraph: string, dayPatterns: readonly RegExp[]): Stretch[] {
  const sentences: Stretch[] = [];
  for (const pattern of dayPatterns) {
    for (const match of paragraph.matchAll(pattern)) {
      const end = match.index + match[0].length;
      const last = sentences.at(-1);
      if (last && match.index >= last.start && end <= last.end) continue;
      if (isObservanceDefinition(paragraph, end)) sentences.push(sentenceAround(paragraph, match.index, end));
    }
  }
  return sentences;
}

/**
 * Which offsets of `paragraph` fall in one of `sentences`, as a mask (undefined
 * when there is none): marking each sentence once keeps the test of every day
 * constant, whatever the number of sentences.
 */
export function observanceMask(paragraph: string, sentences: readonly Stretch[]): Uint8Array | undefined {
  if (sentences.length === 0) return undefined;
  const mask = new Uint8Array(paragraph.length + 1);
  for (const { start, end } of sentences) mask.fill(1, start, end);
  return mask;
}

/** Does the day at `index` fall in a sentence the mask marks? */
export function inObservanceSentence(mask: Uint8Array | undefined, index: number): boolean {
  return mask !== undefined && mask[index] === 1;
}
