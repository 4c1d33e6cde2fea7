/**
 * A gap counted in years up to the time of writing (`a key market missing for
 * the past three years`, `after a three-year hiatus`, `a break of two years`),
 * in a text that names the year the gap began as a stop (`direct flights were
 * halted in 2022`): the text was written that many years after the stop, at the
 * earliest. A dateline without its year (`Hanoi, March 11 --`) then takes the
 * later year, not the year of the stop the text names in passing.
 */

/** Counts of years as written in news, in figures or in words. */
const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const COUNT = "(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)";

/** `for the past three years`, `over the last 3 years`, `a three-year hiatus`, `a break of three years`. */
const GAP = new RegExp(
  `\\b(?:for|over|in)\\s+the\\s+(?:past|last)\\s+${COUNT}\\s+years\\b|\\b${COUNT}[-\\s]year\\s+(?:hiatus|break|absence|gap|pause|suspension|stoppage|halt|lull)\\b|\\b(?:hiatus|break|absence|gap|pause)\\s+of\\s+${COUNT}\\s+years\\b`,
  "giu",
);

/**
 * A stop dated by its year in the same sentence (`were halted in 2022`,
 * `suspended flights to Russia in 2020`): the verb, then at most a few words
 * without a sentence's end, then `in` and the year.
 */
const STOP_YEAR =
  /\b(?:suspended|halted|stopped|interrupted|paused|grounded|ceased|discontinued)\b[^.;!?]{0,60}?\bin\s+((?:19|20)\d{2})(?!\d)/giu;

function countOf(word: string): number {
  return COUNT_WORDS[word.toLowerCase()] ?? Number(word);
}

/** The earliest year the text can have been written in by its gaps and stops, or undefined when it gives none. */
export function yearAfterGap(text: string): number | undefined {
  const counts = [...text.matchAll(GAP)].map((match) => countOf(match[1] ?? match[2] ?? match[3] ?? "0")).filter((count) => count > 0);
  if (counts.length === 0) return undefined;
  const stops = [...text.matchAll(STOP_YEAR)].map((match) => Number(match[1]));
  if (stops.length === 0) return undefined;
  // The shortest gap from the latest stop: the least the text says.
  const latestStop = stops.reduce((max, year) => Math.max(max, year));
  const shortestGap = counts.reduce((min, count) => Math.min(min, count));
  return latestStop + shortestGap;
}
