/**
 * A year the text calls about to end is the year it was written in
 * (blind-vnru-53, 697: `Ngày 29/12 … trong năm 2012 sôi động sắp khép lại`,
 * beside talks to start `từ tháng 3/2013`, a text of 29 December 2012):
 *
 * - `năm 2012 sắp qua`, `năm 2012 sôi động sắp khép lại`, `năm 2012 sắp kết
 *   thúc` (the year, up to two words of how it went, then `sắp` and an end);
 * - `уходящий 2012 год`, `в уходящем 2012 году` (the outgoing year);
 * - `as 2012 draws to a close`, `2012 is coming to an end`.
 *
 * A year called over (`năm 2012 vừa qua`, `минувший 2012 год`) is the year
 * before the text's (reviewed-years.ts), and a year only named is neither.
 * When the text calls two different years closing, neither is taken.
 *
 * Each pattern starts on a year or a fixed word and reads a bounded number of
 * words after it: linear in the text's length.
 */

/** `năm 2012 sắp qua`, `năm 2012 sôi động sắp khép lại`: the year, then `sắp` and a word of ending. */
const CLOSING_VI =
  /(?<![\p{L}\p{M}])năm\s+((?:19|20)\d{2})(?:\s+[\p{L}\p{M}]{1,12}){0,2}\s+sắp\s+(?:qua|khép\s+lại|kết\s+thúc|hết)(?![\p{L}\p{M}])/giu;

/** `уходящий 2012 год`, `в уходящем 2012 году`: the outgoing year. */
const CLOSING_RU = /(?<![\p{L}])уходящ\p{L}{0,3}\s+((?:19|20)\d{2})\s+год/giu;

/** `as 2012 draws to a close`, `2012 is coming to an end`: the year, then its ending. */
const CLOSING_EN =
  /(?<![\d\p{L}/.-])((?:19|20)\d{2})\s+(?:draws|is\s+drawing|comes|is\s+coming)\s+to\s+(?:a\s+close|an\s+end)(?![\p{L}])/giu;

/** The year the text calls about to end, when it calls only one so; else undefined. */
export function closingYear(text: string): number | undefined {
  let year: number | undefined;
  for (const pattern of [CLOSING_VI, CLOSING_RU, CLOSING_EN]) {
    for (const match of text.matchAll(pattern)) {
      const found = Number(match[1]);
      if (year !== undefined && year !== found) return undefined;
      year = found;
    }
  }
  return year;
}
