/**
 * Years a text reports as over by the way it words a figure, beyond the `up …
 * on 2017` and `year-on-year` wordings of `completedYears`:
 *
 * - a growth up to a year's figure (`вырос с 2,5 миллиарда долларов в 2014 году
 *   до 4,5 миллиарда в 2019 году`, `rose from $2.5 billion in 2014 to $4.5
 *   billion in 2019`): the later year's whole figure is known, so it is over;
 * - a year's figure compared in percent with the year before (`4.57 billion USD
 *   in 2018 …, 28.6 percent more than a year earlier`);
 * - a figure that rose or fell by a percent in a year (`had risen by more than
 *   16% in 2018`, `вырос на 35% в 2017 году`): the past tense gives the whole
 *   year's change, so the year is over (blind-vnru-32, 438); a rise to come
 *   (`will increase by`, `to grow by`) has no past verb and is not read.
 *
 * Each pattern starts on a fixed word and reads bounded stretches without a
 * sentence's end (a point between digits, `$2.5`, is none), so it runs in linear time.
 */

/** `rose from … in 2014 to … in 2019`: the verb, `from`, a year, `to`, a later year. */
const GROWTH_EN =
  /\b(?:rose|grew|increased|jumped|climbed|surged|soared|fell|dropped|declined|decreased)\s+from\s+(?:[^.;!?]|\.(?=\d)){0,60}?\bin\s+((?:19|20)\d{2})\s+to\s+(?:[^.;!?]|\.(?=\d)){0,60}?\bin\s+((?:19|20)\d{2})(?!\d)/giu;

/** `вырос с … в 2014 году до … в 2019 году`: the verb, `с`, a year, `до`, a later year. */
const GROWTH_RU =
  /(?<![\p{L}])(?:вырос(?:ла|ло|ли)?|возрос(?:ла|ло|ли)?|увеличил(?:ся|ась|ось|ись)|сократил(?:ся|ась|ось|ись)|снизил(?:ся|ась|ось|ись))\s+с\s+(?:[^.;!?]|\.(?=\d)){0,60}?(?<![\p{L}])в\s+((?:19|20)\d{2})\s+году\s+до\s+(?:[^.;!?]|\.(?=\d)){0,60}?(?<![\p{L}])в\s+((?:19|20)\d{2})\s+году/giu;

/** `in 2018 …, 28.6 percent more than a year earlier`: a year, then its rise or fall on the year before. */
const PERCENT_ON_YEAR_BEFORE =
  /\bin\s+((?:19|20)\d{2})(?!\d)(?:[^.;!?]|\.(?=\d)){0,60}?\d+(?:[.,]\d+)?\s*(?:percent|per\s+cent|%)\s+(?:more|higher|less|lower)\s+than\s+(?:a\s+year\s+earlier|the\s+(?:previous|preceding)\s+year|the\s+year\s+before|last\s+year)\b/giu;

/** `rose by 16% in 2018`, `had risen by more than 16% in 2018`: a past verb, `by`, a percent, `in` and the year right after it. */
const BY_PERCENT_IN_YEAR_EN =
  /\b(?:(?:had|has|have)\s+(?:risen|grown|increased|jumped|climbed|surged|soared|fallen|dropped|declined|decreased)|rose|grew|increased|jumped|climbed|surged|soared|fell|dropped|declined|decreased)\s+by\s+(?:[^.;!?]|\.(?=\d)){0,30}?\d+(?:[.,]\d+)?\s*(?:percent|per\s+cent|%)\s+in\s+((?:19|20)\d{2})(?!\d)/giu;

/** `вырос на 35% в 2017 году`: a past verb, `на`, a percent, `в`, the year and `году`. */
const BY_PERCENT_IN_YEAR_RU =
  /(?<![\p{L}])(?:вырос(?:ла|ло|ли)?|возрос(?:ла|ло|ли)?|увеличил(?:ся|ась|ось|ись)|сократил(?:ся|ась|ось|ись)|снизил(?:ся|ась|ось|ись))\s+на\s+(?:[^.;!?]|\.(?=\d)){0,30}?\d+(?:[.,]\d+)?\s*(?:%|процент\p{L}{0,2})\s+в\s+((?:19|20)\d{2})\s+году/giu;

/** The years a text reports as over by a growth up to their figure or a percent on the year before. */
export function growthYears(text: string): number[] {
  const years: number[] = [];
  for (const pattern of [GROWTH_EN, GROWTH_RU]) {
    for (const match of text.matchAll(pattern)) {
      const [from, to] = [Number(match[1]), Number(match[2])];
      // `from 2014 to 2019`: only a later end year is a figure reached; an earlier one is no growth over time.
      if (to > from) years.push(to);
    }
  }
  for (const pattern of [PERCENT_ON_YEAR_BEFORE, BY_PERCENT_IN_YEAR_EN, BY_PERCENT_IN_YEAR_RU])
    for (const match of text.matchAll(pattern)) years.push(Number(match[1]));
  return years;
}
