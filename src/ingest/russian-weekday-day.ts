/**
 * `В среду, 5 февраля, министр обороны …` (ВПК.name, blind-vnru-61, 796): the
 * Russian `в` or `во` and a weekday in the accusative, then the day and month,
 * dates what the sentence tells, as `On Wednesday, February 5, …` does in
 * English. The weekday is read beside the day (date-expressions.ts), which tells
 * the year. Bounded runs only: linear on any paragraph.
 */
import { MONTH } from "./date-expressions.ts";

const RUSSIAN_WEEKDAY_ACCUSATIVE = "(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)";
const DAY_OF_MONTH = "(?:3[01]|[12]\\d|0?[1-9])";

/** The day and month (group 1) after `в среду,` or `во вторник`. */
export const RUSSIAN_WEEKDAY_DAY = new RegExp(
  `(?<![\\p{L}])[Вв]о?\\s{1,3}${RUSSIAN_WEEKDAY_ACCUSATIVE}\\s{0,3},?\\s{0,3}(${DAY_OF_MONTH}\\s{1,3}${MONTH}(?:,?\\s{1,3}(?:19|20)\\d{2})?)(?![\\p{L}\\d])`,
  "giu",
);
