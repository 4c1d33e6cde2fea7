/**
 * A date line a copy broke in two after its month (`JUN` / `24, 2024 11:50 AM`,
 * blind-vnru-64, 829): a line that is an English month's name alone, above a
 * line that opens with the day, a comma and the year, is one line.
 */

/** An English month alone, abbreviated or in full, any case (`JUN`, `Jun.`, `June`). */
const LONE_MONTH =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/iu;

/** The rest of such a date: the day, a comma, the year (`24, 2024 11:50 AM`). */
const DAY_COMMA_YEAR = /^(?:0?[1-9]|[12]\d|3[01]),\s?(?:19|20)\d{2}(?!\d)/u;

/** `previous` is a month alone and `next` goes on with its day and year. */
export function continuesSplitDate(previous: string, next: string): boolean {
  return LONE_MONTH.test(previous) && DAY_COMMA_YEAR.test(next);
}
