/**
 * Dates the text gives only relatively: `on Wednesday`, `yesterday`, `this
 * morning`, `this week`, `во вторник`, `hôm qua`. Such words date the article
 * once something anchors them: a day written in full in the text, or the days
 * of an event of the taxonomy the article reports (`on Wednesday … on the
 * sidelines of the BRICS Summit in Kazan`: the Wednesday of 22–24 October 2024).
 *
 * And a day written without its year (`во вторник, 14 декабря`, `June 16`
 * over a lede that says `on Friday`) gets the year in which that day fell on
 * that weekday: the latest such year up to the day the source is read, and not
 * before a year the text speaks of.
 */
import { addDays, daysBetween, isRealDay, weekdayNumber, weekdayOf, type CalendarDay, type MonthDay } from "./date-expressions.ts";

/** The days of an event the text reports (from the taxonomy). */
export interface EventSpan {
  name: string;
  start: CalendarDay;
  end: CalendarDay;
  /** Reported by the text's people, keywords and places, not named outright. */
  evidenced?: boolean;
  /** One of several events that evidence fits: only a day the text writes may choose it. */
  ambiguous?: boolean;
  /**
   * Fitting one sentence of the text only: not an event it reports, but one a
   * day it writes without a year may fall within (`ngày 23/5, bên lề chuyến
   * thăm chính thức …`), lending that day its year.
   */
  anchorOnly?: boolean;
}

export type RelativeWord = { kind: "weekday"; weekday: number; text: string } | { kind: "today" | "yesterday" | "thisWeek"; text: string };

// West Slavic weekdays come after their preposition (`v stredu`, `ve středu`,
// `w środę`): the accusative a page writes for "on Wednesday" (blind-vnru-20, 300).
const WEEKDAY_PHRASE =
  /(?<![\p{L}])(?:(?:on|this|last|late|early)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:’s|'s)?(?![\p{L}])|(?<![\p{L}])[Вв]о?\s+(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)(?![\p{L}])|(?<![\p{L}])(?:ngày\s+)?([Tt]hứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy)|[Cc]hủ\s+[Nn]hật)(?![\p{L}])|(?<![\p{L}])(?:[Cc]e\s+)?([Ll]undi|[Mm]ardi|[Mm]ercredi|[Jj]eudi|[Vv]endredi|[Ss]amedi|[Dd]imanche)(?![\p{L}])|(?<![\p{L}])(?:am\s+)?(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)(?:abend|morgen|nachmittag|vormittag)?(?![\p{L}])|(?<![\p{L}])(?:[Ee]l|[Dd]el|[Ee]ste)\s+(lunes|martes|miércoles|jueves|viernes|sábado|domingo)(?![\p{L}])|(?<![\p{L}])(?:[Vv][eo]?|[Ww]e?)\s+(pondelok|utorok|stredu|štvrtok|piatok|sobotu|nedeľu|pondělí|úterý|středu|čtvrtek|pátek|neděli|poniedziałek|wtorek|środę|czwartek|piątek|sobotę|niedzielę)(?![\p{L}])/gu;
/** The weekday a match of WEEKDAY_PHRASE names, whichever language's group took it. */
const weekdayOfPhrase = (match: RegExpMatchArray): number | undefined =>
  weekdayNumber(match.slice(1).find((group) => group !== undefined)!);

const TODAY_PHRASE =
  /(?<![\p{L}])(?:today|this\s+(?:morning|afternoon|evening)|tonight|сегодня|hôm\s+nay|(?:sáng|chiều|tối|trưa)\s+nay|heute|hoy)(?![\p{L}])/iu;
const YESTERDAY_PHRASE = /(?<![\p{L}])(?:yesterday|вчера|hôm\s+qua|(?:sáng|chiều|tối|trưa)\s+qua|gestern|ayer)(?![\p{L}])/iu;
const THIS_WEEK_PHRASE = /(?<![\p{L}])(?:this\s+week|на\s+этой\s+неделе|tuần\s+này)(?![\p{L}])/iu;

/** How many paragraphs from the top relative words are looked for in: the lede and what follows it. */
const RELATIVE_REACH = 3;

/** Words that name the day of the story relative to the day it was written. */
const DAY_WORDS: ReadonlyArray<readonly ["today" | "yesterday" | "thisWeek", RegExp]> = [
  ["today", TODAY_PHRASE],
  ["yesterday", YESTERDAY_PHRASE],
  ["thisWeek", THIS_WEEK_PHRASE],
];

/** The first relative word of the opening paragraphs (the earliest in the first paragraph that has one), or undefined. */
export function findRelativeWord(paragraphs: readonly string[]): RelativeWord | undefined {
  for (const paragraph of paragraphs.slice(0, RELATIVE_REACH)) {
    const text = paragraph.slice(0, 2_000);
    let best: { word: RelativeWord; at: number } | undefined;
    for (const match of text.matchAll(WEEKDAY_PHRASE)) {
      const weekday = weekdayOfPhrase(match);
      if (weekday === undefined) continue;
      best = { word: { kind: "weekday", weekday, text: match[0] }, at: match.index };
      break;
    }
    for (const [kind, pattern] of DAY_WORDS) {
      const match = pattern.exec(text);
      if (match && (!best || match.index < best.at)) best = { word: { kind, text: match[0] }, at: match.index };
    }
    if (best) return best.word;
  }
  return undefined;
}

/** The weekdays the opening paragraphs name (`said on Friday`). */
export function weekdaysNamed(paragraphs: readonly string[]): number[] {
  const found: number[] = [];
  for (const paragraph of paragraphs.slice(0, RELATIVE_REACH)) {
    for (const match of paragraph.slice(0, 2_000).matchAll(WEEKDAY_PHRASE)) {
      const number = weekdayOfPhrase(match);
      if (number !== undefined && !found.includes(number)) found.push(number);
    }
  }
  return found;
}

/** The day a relative word means, seen from a day the text writes in full (the latest before the word's day). */
function fromDay(word: RelativeWord, anchor: CalendarDay): CalendarDay {
  switch (word.kind) {
    case "weekday":
      return addDays(anchor, (word.weekday - weekdayOf(anchor) + 7) % 7);
    case "yesterday":
      return addDays(anchor, 1);
    default:
      return anchor;
  }
}

/** The day a relative word means within an event's days (a day either side allowed for travel). */
function fromEvent(word: RelativeWord, event: EventSpan): CalendarDay | undefined {
  switch (word.kind) {
    case "weekday": {
      const span = daysBetween(event.start, event.end);
      for (let offset = -1; offset <= span + 1; offset += 1) {
        const day = addDays(event.start, offset);
        if (weekdayOf(day) === word.weekday) return day;
      }
      return undefined;
    }
    case "yesterday":
      return addDays(event.start, 1);
    default:
      return event.start;
  }
}

/**
 * The day a relative word of the opening paragraphs means within one event's
 * days, for a text whose editor's marker gives the month only (` date 2022-07`
 * over `Lawrow heute … gestern Abend … eingetroffen`, blind-vnru-18, 276): a
 * weekday is that day of the visit; `today` beside an arrival `yesterday` is the
 * visit's second day. Undefined without a relative word.
 */
export function relativeDayWithin(paragraphs: readonly string[], event: EventSpan): CalendarDay | undefined {
  const word = findRelativeWord(paragraphs);
  if (!word) return undefined;
  const opening = paragraphs.slice(0, RELATIVE_REACH).map((paragraph) => paragraph.slice(0, 2_000));
  const arrivedYesterday = word.kind === "today" && opening.some((paragraph) => YESTERDAY_PHRASE.test(paragraph));
  return fromEvent(arrivedYesterday ? { kind: "yesterday", text: word.text } : word, event);
}

export interface RelativeDate {
  date: CalendarDay;
  evidence: string;
}

/**
 * The day a weekday means seen from a day still to come (`в среду прибыл …
 * Визит продлится до 20 июня 2024 года`): that weekday on or before it.
 */
function beforeDay(word: RelativeWord, anchor: CalendarDay): CalendarDay {
  return word.kind === "weekday" ? addDays(anchor, -((weekdayOf(anchor) - word.weekday + 7) % 7)) : anchor;
}

/** `next week`, `на следующей неделе`, `tuần tới`: the day still to come falls in the week after the writing. */
const NEXT_WEEK_PHRASE = /(?<![\p{L}])(?:next\s+week|на\s+следующей\s+неделе|tuần\s+(?:tới|sau))(?![\p{L}])/iu;

/**
 * The weekday in the week before the one holding `anchor` (weeks from Monday):
 * `said Thursday` of a signing `next week`, set for Friday 29 May, is Thursday
 * 21 May, not 28 May (blind-vnru-33, 454).
 */
function inWeekBefore(word: RelativeWord & { kind: "weekday" }, anchor: CalendarDay): CalendarDay {
  const prior = addDays(anchor, -7);
  const monday = addDays(prior, -((weekdayOf(prior) + 6) % 7));
  return addDays(monday, (word.weekday + 6) % 7);
}

/**
 * The day a text was written that says of a day still to come that it is
 * `next week` and names the weekday it speaks on (`… next week, Medvedev said
 * Thursday`): that weekday in the week before the day to come. Undefined
 * without both in the opening paragraphs.
 */
export function weekdayTheWeekBefore(paragraphs: readonly string[], ahead: CalendarDay): CalendarDay | undefined {
  const word = findRelativeWord(paragraphs);
  if (word?.kind !== "weekday") return undefined;
  const nextWeek = paragraphs.slice(0, RELATIVE_REACH).some((paragraph) => NEXT_WEEK_PHRASE.test(paragraph.slice(0, 2_000)));
  return nextWeek ? inWeekBefore(word, ahead) : undefined;
}

/**
 * The article's day from its relative words, anchored on the latest day the
 * text writes in full (`days`, in the text's order), else on the earliest day
 * it writes in a sentence about what is to come (`ahead`: the visit `will last
 * until June 20`, so `on Wednesday` is on or before it), else on the first
 * event it reports. Undefined when nothing anchors them.
 */
export function inferFromRelativeWords(
  paragraphs: readonly string[],
  days: readonly CalendarDay[],
  events: readonly EventSpan[],
  ahead: readonly CalendarDay[] = [],
): RelativeDate | undefined {
  const word = findRelativeWord(paragraphs);
  if (!word) return undefined;
  const latest = days.reduce<CalendarDay | undefined>(
    (max, day) => (max === undefined || daysBetween(max, day) > 0 ? day : max),
    undefined,
  );
  if (latest) return { date: fromDay(word, latest), evidence: `"${word.text}" after ${formatDay(latest)}` };
  const soonest = ahead.reduce<CalendarDay | undefined>(
    (min, day) => (min === undefined || daysBetween(min, day) < 0 ? day : min),
    undefined,
  );
  if (soonest) return { date: beforeDay(word, soonest), evidence: `"${word.text}" before ${formatDay(soonest)}` };
  for (const event of events) {
    if (event.ambiguous) continue;
    const date = fromEvent(word, event);
    if (date) return { date, evidence: `"${word.text}" during ${event.name}` };
  }
  return undefined;
}

function formatDay({ year, month, day }: CalendarDay): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The year in which `day` fell on `weekday`: the latest one not after `today`
 * and not before `notBefore` (a year the text speaks of), searched back at most
 * a quarter of a century; undefined when none is.
 */
export function yearOfWeekday(day: MonthDay, weekday: number, today: CalendarDay, notBefore?: number): number | undefined {
  const earliest = Math.max(notBefore ?? -Infinity, today.year - 25);
  for (let year = today.year; year >= earliest; year -= 1) {
    const candidate = { year, ...day };
    if (!isRealDay(candidate) || daysBetween(candidate, today) < 0) continue;
    if (weekdayOf(candidate) === weekday) return year;
  }
  return undefined;
}

/**
 * The first event whose days (a week either side) hold `day` in some year:
 * that year. Of events the text may report (`ambiguous`), only when those
 * that hold the day agree on the year (20 June is in Putin's visit of 2024,
 * not in his November visits), or when `fits` (the text's titles, its
 * weekdays) leaves one of their years.
 */
export function yearOfEvent(day: MonthDay, events: readonly EventSpan[], fits: (year: number) => boolean = () => true): number | undefined {
  const possible = new Set<number>();
  for (const event of events) {
    for (const year of new Set([event.start.year, event.end.year])) {
      const candidate = { year, ...day };
      if (daysBetween(event.start, candidate) < -7 || daysBetween(candidate, event.end) < -7) continue;
      if (!event.ambiguous) return year;
      possible.add(year);
    }
  }
  if (possible.size === 1) return [...possible][0];
  const fitting = [...possible].filter(fits);
  return fitting.length === 1 ? fitting[0] : undefined;
}

/**
 * Thanks for the hosts' hospitality (`поблагодарил … за гостеприимство`, `a
 * thank-you message`, `điện cảm ơn … đón tiếp`): the visit is over when they are sent.
 */
const THANKS_AFTER_VISIT =
  /(?<![\p{L}])(?:thank(?:s|ed|ing)?\b[^.!?]{0,120}?\b(?:hospitality|warm\s+welcome|reception)|thank-you\s+(?:letter|message|telegram|note)|(?:по)?благодар[^.!?]{0,120}?(?:гостеприимств|при[её]м)|благодарственн\p{L}{0,4}\s+(?:телеграмм|письм|послани)|(?:điện|thư)\s+cảm\s+ơn|cảm\s+ơn[^.!?]{0,120}?(?:đón\s+tiếp|tiếp\s+đón))/iu;

/**
 * The text's first paragraph set on the eve of a visit (`накануне вашего первого
 * визита в Россию`, `on the eve of his visit`, `в преддверии визита`, `trước
 * thềm chuyến thăm`): written before it began.
 */
const EVE_OF_VISIT =
  /(?<![\p{L}])(?:on\s+the\s+eve\s+of|накануне|в\s+преддверии|trước\s+thềm)\s+(?:[\p{L}\p{M}-]+\s+){0,3}?(?:visit|trip|визит\p{L}{0,3}|поездк\p{L}{0,3}|chuyến\s+thăm)(?![\p{L}])/iu;

/**
 * The day of a text that reports one event by evidence and gives no day of its
 * own: the event's last day, or the day after it when the text thanks the
 * hosts for the visit, or the day before it begins when the text opens on its eve.
 */
export function dayOfReportedEvent(paragraphs: readonly string[], event: EventSpan): RelativeDate {
  if (EVE_OF_VISIT.test((paragraphs[0] ?? "").slice(0, 1_000)))
    return { date: addDays(event.start, -1), evidence: `the eve of ${event.name}` };
  const after = paragraphs.some((paragraph) => THANKS_AFTER_VISIT.test(paragraph.slice(0, 5_000)));
  return after
    ? { date: addDays(event.end, 1), evidence: `thanks after ${event.name}` }
    : { date: event.end, evidence: `the last day of ${event.name}` };
}
