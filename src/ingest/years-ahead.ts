/**
 * `Ngày 20/8 … Theo kế hoạch, số máy bay sẽ được bàn giao làm hai đợt trong các
 * năm 2014 và 2015` (blind-vnru-56, 732): when every year a text names stands in
 * a sentence about what is to come, those years are still ahead of it. The text
 * was written before the earliest of them, and how long before it does not say:
 * such years give a day without a year none. A year named in any other
 * sentence (a past or present one) still does. One pass over the sentences.
 */
export function yearsOnlyAhead(
  sentences: readonly string[],
  isAboutFuture: (sentence: string) => boolean,
  yearsOf: (sentence: string) => readonly number[],
): boolean {
  let ahead = false;
  for (const sentence of sentences) {
    if (yearsOf(sentence).length === 0) continue;
    if (!isAboutFuture(sentence)) return false;
    ahead = true;
  }
  return ahead;
}
