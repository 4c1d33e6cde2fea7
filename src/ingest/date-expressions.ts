/**
 * How news sites write dates, as regular-expression parts and finders. Numeric
 * dates are day first (`09/05/2025` is 9 May), as Vietnamese, Russian and
 * British sites write them.
 *
 * Over 300 lines: every date form the rules know, side by side, so that a new form is checked against the others.
 */
import { answeredLately } from "../lib/recent-answers.ts";

/** A day as written; it may not exist (31 February): callers check with `isRealDay`. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** A day and month without a year, as in `On January 14` or `HANOI, Jan 14 (Reuters)`. */
export interface MonthDay {
  month: number;
  day: number;
}

export interface DateMatch<T> {
  value: T;
  index: number;
  text: string;
  /**
   * A numeric date that reads both ways (`04/06/2015`, `7/3/2019`): `value` is
   * the day-first reading, this the month-first one. The weekday beside it, the
   * time's style or the text decides (date-choice.ts).
   */
  otherReading?: T;
}

const MONTHS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ["January", "Jan"]],
  [2, ["February", "Feb"]],
  [3, ["March", "Mar"]],
  [4, ["April", "Apr"]],
  [5, ["May"]],
  [6, ["June", "Jun"]],
  [7, ["July", "Jul"]],
  [8, ["August", "Aug"]],
  [9, ["September", "Sept", "Sep"]],
  [10, ["October", "Oct"]],
  [11, ["November", "Nov"]],
  [12, ["December", "Dec"]],
];

const monthByName = new Map<string, number>();
for (const [number, names] of MONTHS) for (const name of names) monthByName.set(name.toLowerCase(), number);

/**
 * Russian month names in the genitive (`14 января`) and as agencies abbreviate
 * them (`14 янв`): TASS, RIA Novosti and Interfax write them in lower case.
 */
const RUSSIAN_MONTHS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ["января", "янв"]],
  [2, ["февраля", "фев"]],
  [3, ["марта", "мар"]],
  [4, ["апреля", "апр"]],
  [5, ["мая"]],
  [6, ["июня", "июн"]],
  [7, ["июля", "июл"]],
  [8, ["августа", "авг"]],
  [9, ["сентября", "сент", "сен"]],
  [10, ["октября", "окт"]],
  [11, ["ноября", "ноя"]],
  [12, ["декабря", "дек"]],
  // The nominative, as sites with a half-translated calendar print it (`Июнь 20, 2024`).
  [1, ["январь"]],
  [2, ["февраль"]],
  [3, ["март"]],
  [4, ["апрель"]],
  [5, ["май"]],
  [6, ["июнь"]],
  [7, ["июль"]],
  [8, ["август"]],
  [9, ["сентябрь"]],
  [10, ["октябрь"]],
  [11, ["ноябрь"]],
  [12, ["декабрь"]],
];
for (const [number, names] of RUSSIAN_MONTHS) for (const name of names) monthByName.set(name, number);

/**
 * Month names of the other European languages news about Việt Nam and Russia
 * comes in (Italian, French, Spanish, Portuguese, German): `Hanoi, 20 giugno
 * 2024 –`. In full only, lower case or capitalised; the English ones (`August`,
 * `September`) are listed above.
 */
const EUROPEAN_MONTHS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ["gennaio", "janvier", "enero", "janeiro", "januar"]],
  [2, ["febbraio", "février", "febrero", "fevereiro", "februar"]],
  [3, ["marzo", "mars", "março", "märz"]],
  [4, ["aprile", "avril", "abril"]],
  // Not the French "mai": in Vietnamese it is "tomorrow" (`sáng mai 20 …`).
  [5, ["maggio", "mayo", "maio"]],
  [6, ["giugno", "juin", "junio", "junho", "juni"]],
  [7, ["luglio", "juillet", "julio", "julho", "juli"]],
  [8, ["agosto", "août"]],
  [9, ["settembre", "septembre", "septiembre", "setembro"]],
  [10, ["ottobre", "octobre", "octubre", "outubro", "oktober"]],
  [11, ["novembre", "noviembre", "novembro"]],
  [12, ["dicembre", "décembre", "diciembre", "dezembro", "dezember"]],
];
for (const [number, names] of EUROPEAN_MONTHS) for (const name of names) monthByName.set(name, number);

/**
 * A month name, capitalised (`may` in running text is a verb) or all in capitals
 * (`JANUARY`); abbreviations may carry a period (`Jan.`). Russian and other
 * European names in lower case, capitalised or in capitals.
 */
const monthNames = [
  ...new Set([
    ...MONTHS.flatMap(([, names]) => names).flatMap((name) => [name, name.toUpperCase()]),
    ...[...RUSSIAN_MONTHS, ...EUROPEAN_MONTHS]
      .flatMap(([, names]) => names)
      .flatMap((name) => [name, name.toUpperCase(), name[0]!.toUpperCase() + name.slice(1)]),
  ]),
].sort((a, b) => b.length - a.length);
export const MONTH = `(?<![\\p{L}])(?:${monthNames.join("|")})(?![\\p{L}])\\.?`;

/**
 * An English month written in full and in lower case (`26 july 2012`, as an
 * archived government site prints its date line): only between a day and a year,
 * where `may` cannot be the verb.
 */
const LOWER_CASE_MONTH = `(?<![\\p{L}])(?:${MONTHS.map(([, names]) => names[0]!.toLowerCase()).join("|")})(?![\\p{L}])`;

/**
 * A weekday, in full or abbreviated, in English, Vietnamese or Russian (`Thứ
 * Năm`, `четверг`, `Чт,`); an abbreviation only before its period or comma (`Tue,
 * January 14`), since `Thu` and `Tue` are also Vietnamese given names.
 */
export const WEEKDAY =
  "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)(?=[.,])\\.?|Thứ\\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])|[Cc]hủ\\s+[Nn]hật|[Пп]онедельник|[Вв]торник|[Сс]реда|[Чч]етверг|[Пп]ятница|[Сс]уббота|[Вв]оскресенье|(?:[Пп]н|[Вв]т|[Сс]р|[Чч]т|[Пп]т|[Сс]б|[Вв]с)(?=[.,])\\.?)";

/** Weekday names as pages write them beside a date, by day of the week (0 Sunday … 6 Saturday). */
const WEEKDAY_NAMES: ReadonlyArray<readonly [number, RegExp]> = [
  [0, /^(?:sun(?:day)?|chủ\s+nhật|cn|воскресень[ея]|вс|dimanche|sonntag|domingo|nedeľu|neděli|niedzielę)$/iu],
  [1, /^(?:mon(?:day)?|thứ\s+(?:hai|2)|понедельника?|пн|lundi|montag|lunes|pondelok|pondělí|poniedziałek)$/iu],
  [2, /^(?:tue(?:s(?:day)?)?|thứ\s+(?:ba|3)|вторника?|вт|mardi|dienstag|martes|utorok|úterý|wtorek)$/iu],
  [3, /^(?:wed(?:nesday)?|thứ\s+(?:tư|4)|сред[аыу]|ср|mercredi|mittwoch|miércoles|stredu|středu|środę)$/iu],
  [4, /^(?:thu(?:rs?(?:day)?)?|thứ\s+(?:năm|5)|четверга?|чт|jeudi|donnerstag|jueves|štvrtok|čtvrtek|czwartek)$/iu],
  [5, /^(?:fri(?:day)?|thứ\s+(?:sáu|6)|пятниц[аыу]|пт|vendredi|freitag|viernes|piatok|pátek|piątek)$/iu],
  [6, /^(?:sat(?:urday)?|thứ\s+(?:bảy|7)|суббот[аыу]|сб|samedi|samstag|sábado|sobotu|sobotę)$/iu],
];

/** `Tuesday`, `Thứ Năm`, `вторник` → 0–6 (Sunday 0), or undefined. */
export function weekdayNumber(name: string): number | undefined {
  const trimmed = name.trim().replace(/[.,]$/u, "").replace(/\s+/gu, " ");
  return WEEKDAY_NAMES.find(([, pattern]) => pattern.test(trimmed))?.[0];
}

/** Any weekday name (`Mon`, `Thứ Năm`, `во вторник`), for finding one beside a date. */
const WEEKDAY_WORD =
  /(?<![\p{L}])(?:(?:Mon|Tues?|Wednes|Thurs?|Fri|Satur|Sun)(?:day)?|Wed|Sat|[Tt]hứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])|[Cc]hủ\s+[Nn]hật|понедельника?|вторника?|сред[аыу]|четверга?|пятниц[аыу]|суббот[аыу]|воскресень[ея]|пн|вт|ср|чт|пт|сб|вс)(?![\p{L}])/giu;

/**
 * The weekday written just before `index` in `text` (`Mon, 04/06/2015`, `Thứ
 * Năm 20/06/2024`, `во вторник, 14 декабря`), with at most a comma, a label and
 * a few spaces between; undefined when there is none.
 */
export function weekdayBefore(text: string, index: number): number | undefined {
  const before = text.slice(Math.max(0, index - 24), index);
  let last: RegExpExecArray | undefined;
  for (const match of before.matchAll(WEEKDAY_WORD)) last = match as RegExpExecArray;
  if (!last) return undefined;
  const between = before.slice(last.index + last[0].length);
  return /^[\s,.;:–—|-]*$/u.test(between) ? weekdayNumber(last[0]) : undefined;
}

/** The day of the week of a calendar day (0 Sunday … 6 Saturday). */
export function weekdayOf({ year, month, day }: CalendarDay): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The calendar day `days` after (or before, when negative) `from`. */
export function addDays({ year, month, day }: CalendarDay, days: number): CalendarDay {
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: CalendarDay, b: CalendarDay): number {
  return (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000;
}

/** `2024-06-20` → the calendar day. */
export function parseIsoDay(iso: string): CalendarDay {
  const [year, month, day] = iso.split("-").map(Number);
  return { year: year ?? 1970, month: month ?? 1, day: day ?? 1 };
}

const DAY = "(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?";

/** Vietnamese months in words (`tháng Sáu`, `tháng Mười Hai`, `tháng Giêng`) or digits, longest first. */
const VIETNAMESE_MONTH_WORDS: ReadonlyArray<readonly [number, string]> = [
  [11, "mười một"],
  [12, "mười hai"],
  [12, "chạp"],
  [10, "mười"],
  [1, "giêng"],
  [1, "một"],
  [2, "hai"],
  [3, "ba"],
  [4, "tư"],
  [4, "bốn"],
  [5, "năm"],
  [6, "sáu"],
  [7, "bảy"],
  [8, "tám"],
  [9, "chín"],
];
const VIETNAMESE_MONTH = `(?:1[0-2]|0?[1-9]|${VIETNAMESE_MONTH_WORDS.map(([, word]) => word.replace(" ", "\\s+")).join("|")})(?![\\p{L}\\d])`;

function vietnameseMonthNumber(text: string): number {
  const folded = text.toLowerCase().replace(/\s+/gu, " ");
  return /^\d+$/u.test(folded) ? Number(folded) : (VIETNAMESE_MONTH_WORDS.find(([, word]) => word === folded)?.[0] ?? 0);
}
/** A year of four digits; Reuters glues the time to it (`January 14, 20251:34 PM`). */
const YEAR = "((?:19|20)\\d{2})(?=\\d{1,2}:\\d{2}|\\D|$)";

export function monthNumber(name: string): number | undefined {
  return monthByName.get(name.replace(/\.$/, "").toLowerCase());
}

export function isRealDay({ year, month, day }: CalendarDay): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function formatIsoDay({ year, month, day }: CalendarDay): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const FULL_DATE_PATTERNS: ReadonlyArray<{
  pattern: RegExp;
  /** A character or word the pattern cannot match without (see `mayMatch`). */
  needs?: (text: string) => boolean;
  read: (match: RegExpExecArray) => CalendarDay;
  /** The month-first reading of a numeric date whose two first numbers could both be months. */
  other?: (match: RegExpExecArray) => CalendarDay | undefined;
}> = [
  {
    // 2025-01-14, 2025-01-14T08:00:00+07:00
    needs: (text) => text.includes("-"),
    pattern: /(?<!\d)((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?!\d)(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/gu,
    read: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }),
  },
  {
    // 2025/01/14, 2025.01.14
    needs: (text) => text.includes("/") || text.includes("."),
    pattern: /(?<![\d./])((?:19|20)\d{2})([/.])(1[0-2]|0?[1-9])\2(3[01]|[12]\d|0?[1-9])(?![\d./])/gu,
    read: (m) => ({ year: Number(m[1]), month: Number(m[3]), day: Number(m[4]) }),
  },
  {
    // ngày 14 tháng 1 năm 2025, 14 tháng 1, 2025, 20 Tháng Sáu 2024 (a Vietnamese month in words)
    needs: (text) => VIETNAMESE_MONTH_WORD.test(text),
    pattern: new RegExp(
      `(?<![\\d\\p{L}])(?:ngày\\s+)?(3[01]|[12]\\d|0?[1-9])\\s+tháng\\s+(${VIETNAMESE_MONTH})(?:\\s+năm\\s+|,?\\s+)${YEAR}`,
      "giu",
    ),
    read: (m) => ({ year: Number(m[3]), month: vietnameseMonthNumber(m[2]!), day: Number(m[1]) }),
  },
  {
    // Tháng Sáu 20, 2024: a Vietnamese month, month first (WordPress in Vietnamese)
    needs: (text) => VIETNAMESE_MONTH_WORD.test(text),
    pattern: new RegExp(`(?<![\\p{L}])tháng\\s+(${VIETNAMESE_MONTH})\\s+(3[01]|[12]\\d|0?[1-9]),\\s*${YEAR}`, "giu"),
    read: (m) => ({ year: Number(m[3]), month: vietnameseMonthNumber(m[1]!), day: Number(m[2]) }),
  },
  {
    // 14/01/2025, 14-1-2025, 14.01.2025: day first; glued to a name (`Tức09/05/2025`).
    needs: hasDateSeparator,
    pattern: new RegExp(`(?<!\\d)(\\d{1,2})([/.-])(1[0-2]|0?[1-9])\\2${YEAR}`, "gu"),
    read: (m) => ({ year: Number(m[4]), month: Number(m[3]), day: Number(m[1]) }),
    other: (m) =>
      Number(m[1]) >= 1 && Number(m[1]) <= 12 && m[1] !== m[3] ? { year: Number(m[4]), month: Number(m[1]), day: Number(m[3]) } : undefined,
  },
  {
    // 10/21/2024: month first, as some English-language sites write it; only
    // when the day-first reading is impossible (no month 21).
    needs: hasDateSeparator,
    pattern: new RegExp(`(?<!\\d)(1[0-2]|0?[1-9])([/.-])(1[3-9]|2\\d|3[01])\\2${YEAR}`, "gu"),
    read: (m) => ({ year: Number(m[4]), month: Number(m[1]), day: Number(m[3]) }),
  },
  {
    // January 14, 2025; Jan. 14 2025
    pattern: new RegExp(`(${MONTH})\\s+(${DAY}),?\\s+${YEAR}`, "gu"),
    read: (m) => ({ year: Number(m[3]), month: monthNumber(m[1]!)!, day: parseInt(m[2]!, 10) }),
  },
  {
    // 14 January 2025, 14 Jan, 2025, 20-Jun-2024, 14 января 2025; a day glued to a channel's
    // name (`by VTV423 November 2017`: VTV4, 23 November).
    pattern: new RegExp(`(?:(?<!\\d)|(?<=\\p{Lu}\\d))(${DAY})(?:\\s+|-)(${MONTH})(?:,?\\s+|-)${YEAR}`, "gu"),
    read: (m) => ({ year: Number(m[3]), month: monthNumber(m[2]!)!, day: parseInt(m[1]!, 10) }),
  },
  {
    // 2024年6月20日, 2024 年 6 月 20 日 (Chinese, Japanese), 2024년 6월 20일 (Korean)
    needs: (text) => text.includes("年") || text.includes("년"),
    pattern: /(?<!\d)((?:19|20)\d{2})\s{0,2}[年년]\s{0,2}(1[0-2]|0?[1-9])\s{0,2}[月월]\s{0,2}(3[01]|[12]\d|0?[1-9])\s{0,2}[日일](?!\d)/gu,
    read: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }),
  },
  {
    // December, 17/2009: a month name, a comma, then day/year (Việt Nam News's older date lines)
    needs: (text) => text.includes("/"),
    pattern: new RegExp(`(${MONTH}),\\s{0,2}(3[01]|[12]\\d|0?[1-9])/${YEAR}`, "gu"),
    read: (m) => ({ year: Number(m[3]), month: monthNumber(m[1]!)!, day: Number(m[2]) }),
  },
  {
    // 26 july 2012, 15 december, 2009: an English month in lower case, day first and the year after it
    pattern: new RegExp(`(?<![\\d\\p{L}])(3[01]|[12]\\d|0?[1-9])\\s+(${LOWER_CASE_MONTH}),?\\s+${YEAR}`, "gu"),
    read: (m) => ({ year: Number(m[3]), month: monthNumber(m[2]!)!, day: Number(m[1]) }),
  },
];

/**
 * Every pattern of a full date (and of a month of a year) has a year of this
 * form: a text without one has none, and most lines of an article have none, so
 * the patterns are not run over them.
 */
const ANY_YEAR = /(?:19|20)\d{2}/;
/** Every day of a month is written with a digit. */
const ANY_DIGIT = /\d/;

/**
 * Every date with a year in the text, in reading order. Where matches overlap,
 * the earlier pattern's wins (`2025-01-14` over the `25-01-14` inside it).
 */
export function findFullDates(text: string): DateMatch<CalendarDay>[] {
  if (!ANY_YEAR.test(text)) return [];
  // A line with a year is read by several rules (date line, dateline, photo
  // stamps, the date choice), some more than once: each reads the matches of
  // one reading, in a list of its own (the matches are never changed).
  return [...fullDatesReadLately(text)];
}

const fullDatesReadLately = answeredLately<readonly DateMatch<CalendarDay>[]>(readFullDates, 2_000);

function readFullDates(text: string): DateMatch<CalendarDay>[] {
  let found: DateMatch<CalendarDay>[] = [];
  for (const { pattern, needs, read, other } of FULL_DATE_PATTERNS) {
    if (!mayMatch(text, needs)) continue;
    // The matches come in reading order, as do those kept so far: one walk
    // along both finds the overlaps (looking through all kept ones for each
    // match would take time growing with the square of a line of dates).
    const added: DateMatch<CalendarDay>[] = [];
    let next = 0;
    for (const match of text.matchAll(pattern)) {
      const index = match.index;
      while (next < found.length && endOf(found[next]!) <= index) next += 1;
      const overlaps = next < found.length && found[next]!.index < index + match[0].length;
      if (overlaps) continue;
      const otherReading = other?.(match as RegExpExecArray);
      added.push({ value: read(match as RegExpExecArray), index, text: match[0], ...(otherReading ? { otherReading } : {}) });
    }
    found = mergeByIndex(found, added);
  }
  return found;
}

/**
 * Whether a date pattern is worth running over the text: each is run from
 * every position of every line with a year or a digit, where a look for the
 * separator or the word it needs (`-`, `/`, `tháng`, `年`) is a single quick
 * scan. A text without it cannot match, so the answers are the same.
 */
function mayMatch(text: string, needs: ((text: string) => boolean) | undefined): boolean {
  return needs === undefined || needs(text);
}

/** `14/01/2025`, `14.01.2025`, `14-1-2025`: a numeric date's separators. */
function hasDateSeparator(text: string): boolean {
  return text.includes("/") || text.includes(".") || text.includes("-");
}

/** The word for month in the Vietnamese patterns, with their flags (so that the same letters match). */
const VIETNAMESE_MONTH_WORD = /tháng/iu;

const endOf = (match: DateMatch<unknown>): number => match.index + match.text.length;

/** Two lists in reading order as one; at the same index, the first list's match comes first. */
function mergeByIndex<T extends { index: number }>(first: readonly T[], second: readonly T[]): T[] {
  const merged: T[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length || j < second.length) {
    if (j >= second.length || (i < first.length && first[i]!.index <= second[j]!.index)) merged.push(first[i++]!);
    else merged.push(second[j++]!);
  }
  return merged;
}

const MONTH_DAY_PATTERNS: ReadonlyArray<{
  pattern: RegExp;
  /** A character the pattern cannot match without (see `mayMatch`). */
  needs?: (text: string) => boolean;
  read: (match: RegExpExecArray) => MonthDay;
}> = [
  {
    // January 14 (not followed by a year)
    pattern: new RegExp(`(${MONTH})\\s+(${DAY})(?![\\d\\p{L}])(?!,?\\s*(?:19|20)\\d{2})`, "gu"),
    read: (m) => ({ month: monthNumber(m[1]!)!, day: parseInt(m[2]!, 10) }),
  },
  {
    // 14 January (not followed by a year)
    pattern: new RegExp(`(?<![\\d/.-])(${DAY})\\s+(${MONTH})(?!,?\\s*(?:19|20)\\d{2})`, "gu"),
    read: (m) => ({ month: monthNumber(m[2]!)!, day: parseInt(m[1]!, 10) }),
  },
  {
    // 9月6日, 9 月 5 日 (Chinese, Japanese), 6월 20일 (Korean): not after a year (`2024年`), a full date
    needs: (text) => text.includes("月") || text.includes("월"),
    pattern: /(?<![年년]\s{0,2})(?<!\d)(1[0-2]|0?[1-9])\s{0,2}[月월]\s{0,2}(3[01]|[12]\d|0?[1-9])\s{0,2}[日일](?!\d)/gu,
    read: (m) => ({ month: Number(m[1]), day: Number(m[2]) }),
  },
];

/**
 * The French `mai`, left out of the month names (in Vietnamese it is
 * "tomorrow": `sáng mai 20 …`), after a day that a French weekday or article
 * leads (`Mercredi 15 mai`, `le 15 mai`, blind-vnru-18, 278). Not a Vietnamese
 * `ngày 15 mai`, and not followed by a year (a full date, read elsewhere).
 */
const FRENCH_MAY = new RegExp(
  `(?<![\\p{L}])(?:[Ll]undi|[Mm]ardi|[Mm]ercredi|[Jj]eudi|[Vv]endredi|[Ss]amedi|[Dd]imanche|[Ll]e|[Dd]u|[Aa]u)\\s+(${DAY})\\s+mai(?![\\p{L}])(?!,?\\s*(?:19|20)\\d{2})`,
  "gu",
);

/** Every day-and-month without a year, in reading order. */
export function findMonthDays(text: string): DateMatch<MonthDay>[] {
  if (!ANY_DIGIT.test(text)) return [];
  const found: DateMatch<MonthDay>[] = [];
  for (const match of text.matchAll(FRENCH_MAY)) {
    const at = match.index + match[0].indexOf(match[1]!, match[0].search(/\s/u));
    found.push({ value: { month: 5, day: parseInt(match[1]!, 10) }, index: at, text: match[0].slice(at - match.index) });
  }
  for (const { pattern, needs, read } of MONTH_DAY_PATTERNS) {
    if (!mayMatch(text, needs)) continue;
    for (const match of text.matchAll(pattern)) {
      found.push({ value: read(match as RegExpExecArray), index: match.index, text: match[0] });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** A whole `Month D` or `D Month` (a dateline's date part), or undefined. */
export function parseMonthDay(text: string): MonthDay | undefined {
  const trimmed = text.trim().replace(/\.$/, "");
  const [match] = findMonthDays(trimmed);
  return match && match.index === 0 && match.text.replace(/\.$/, "") === trimmed ? match.value : undefined;
}

/** `June 2024`. (`matchAll` works on a copy of a global pattern: one made once serves every call.) */
const MONTH_YEAR = new RegExp(`(${MONTH}),?\\s+${YEAR}`, "gu");

const YEAR_END = /(?<![\p{L}])(?:cuối\s+năm|end\s+of|late|конце)\s+((?:19|20)\d{2})(?!\d)/giu;

/** `June 2024`, `tháng 6/2024`, `tháng 6 năm 2024`, `the end of 2023`, and full dates: references to a month of a year. */
export function findMonthYears(text: string): DateMatch<{ year: number; month: number }>[] {
  if (!ANY_YEAR.test(text)) return [];
  const found: DateMatch<{ year: number; month: number }>[] = [];
  for (const match of text.matchAll(MONTH_YEAR)) {
    found.push({ value: { year: Number(match[2]), month: monthNumber(match[1]!)! }, index: match.index, text: match[0] });
  }
  for (const match of text.matchAll(/tháng\s+(1[0-2]|0?[1-9])(?:\/|\s+năm\s+)((?:19|20)\d{2})(?!\d)/giu)) {
    found.push({ value: { year: Number(match[2]), month: Number(match[1]) }, index: match.index, text: match[0] });
  }
  // `cuối năm 2023`, `the end of 2023`, `late 2023`, `в конце 2023 года`: its December.
  for (const match of text.matchAll(YEAR_END)) {
    // `by the end of 2030`, `đến cuối năm 2030`: a target, not a time that has come.
    if (
      /(?<![\p{L}])(?:by|until|before|đến|tới|trước|к|до)\s+(?:the\s+)?(?:в\s+)?$/iu.test(
        text.slice(Math.max(0, match.index - 12), match.index),
      )
    )
      continue;
    found.push({ value: { year: Number(match[1]), month: 12 }, index: match.index, text: match[0] });
  }
  // A full date that starts inside a month-year already found is that one.
  // Both lists sorted, one walk tells (not a search of the list per date).
  const spans = [...found].sort((a, b) => a.index - b.index);
  let next = 0;
  let reach = -1;
  for (const { value, index, text: matched } of findFullDates(text)) {
    while (next < spans.length && spans[next]!.index <= index) reach = Math.max(reach, endOf(spans[next++]!));
    if (index >= reach) found.push({ value: { year: value.year, month: value.month }, index, text: matched });
  }
  return found.sort((a, b) => a.index - b.index);
}
