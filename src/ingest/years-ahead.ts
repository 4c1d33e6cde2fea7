/**
 * `Ngày 20/8 … Theo kế hoạch, số máy bay sẽ được bàn giao làm hai đợt trong các
 * năm 2014 và 2015` (blind-vnru-56, 732): when every year a text names stands in
 * a sentence about what is to come, and they are several (a schedule over
 * years), they are still ahead of it. The text was written before the earliest
 * of them, or in it, and which it does not say: such years give a day without
 * a year none. One year named in a plan is as often the year under way (`in
 * 2020, 965 of them will be granted`, blind-vnru-4, 101) and still places the
 * day; so does a year named in any other sentence (a past or present one), and
 * a year a figure is compared with (`expected to hit 4 million in 2019, up 20%
 * on 2018`): that year is over, and the forecast is for the year under way.
 */
const COMPARED_WITH_YEAR =
  /(?<![\p{L}])(?:on|over|from|than|compared\s+(?:with|to)|so\s+với(?:\s+năm)?|по\s+сравнению\s+с|против)\s+(?:19|20)\d{2}(?!\d)/iu;

/** The text names two or more years, each only in a sentence about what is to come that compares with no year. One pass over the sentences. */
export function yearsOnlyAhead(
  sentences: readonly string[],
  isAboutFuture: (sentence: string) => boolean,
  yearsOf: (sentence: string) => readonly number[],
): boolean {
  let first: number | undefined;
  let several = false;
  for (const sentence of sentences) {
    const years = yearsOf(sentence);
    if (years.length === 0) continue;
    if (!isAboutFuture(sentence) || COMPARED_WITH_YEAR.test(sentence)) return false;
    for (const year of years) {
      if (first === undefined) first = year;
      else if (year !== first) several = true;
    }
  }
  return several;
}
