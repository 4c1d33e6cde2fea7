/**
 * A date for a source that states none: the day of the main event the text
 * reports, with the year worked out from the rest of the text.
 *
 * The day: the first phrase in reading order that dates an event to a day
 * (`On the afternoon of January 14`, `on Tuesday (January 14)`, `this morning
 * (January 15)`, `chiều 14/1`); failing that, the first `January 14` at all.
 *
 * The year (`inferYear`): news refers back to earlier events by month and year
 * (`Putin's state visit in June 2024`) and the event it reports comes after them.
 * So the year is the smallest one that puts the day on or after every month-year
 * the text mentions in a sentence that is not about the future (no `will`,
 * `next`, `scheduled`, `hopes to`…), and not before any year such a sentence
 * names (`make 2020 a year of concrete results`). It is confirmed when the text
 * also names that year (`visit Russia in 2025`). With no month-year references,
 * the latest year the text names (not a target year such as `by 2030`; past or
 * present ones first), unconfirmed. Never the file's modification time or
 * today's date: those say when the file was copied.
 */
import { yearOfLunarGreeting } from "./lunar-years.ts";
import {
  daysBetween,
  findFullDates,
  findMonthDays,
  findMonthYears,
  MONTH,
  WEEKDAY,
  weekdayBefore,
  type CalendarDay,
  type MonthDay,
} from "./date-expressions.ts";
import { yearAfterGap } from "./gap-years.ts";
import { growthYears } from "./growth-years.ts";
import { isCommemoratedOrigin } from "./commemorated-origin.ts";
import { inObservanceSentence, observanceMask, observanceSentences } from "./observance-day.ts";
import { isHistoryDay } from "./history-days.ts";
import { isBeforeMarkedYear, markedAnniversaryYear } from "./marked-anniversary.ts";
import { foundingAnniversaryYear } from "./founding-anniversary.ts";
import { keptDayCountsOnItsDay } from "./kept-day-written.ts";
import { reviewedYears } from "./reviewed-years.ts";
import { closingYear } from "./closing-year.ts";
import { dayRightAfter } from "./day-right-after.ts";
import { yearsOnlyAhead } from "./years-ahead.ts";
import { RUSSIAN_WEEKDAY_DAY } from "./russian-weekday-day.ts";
import { anniversaryDayPairs, anniversaryDayYearAt } from "./anniversary-day-pair.ts";

/** The anniversary year a text marks: a bracketed span of years, else a founding and the years counted since it. */
const markedYear = (text: string): number | undefined => markedAnniversaryYear(text) ?? foundingAnniversaryYear(text);

export interface InferredDate {
  date: CalendarDay;
  /** The words the day was read from, for messages. */
  evidence: string;
  /** False when no year in the text backs the inferred year up. */
  yearConfirmed: boolean;
}

const DAY = "(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?";
const WHEN = `(?:${MONTH}\\s+${DAY}(?![\\d\\p{L}])|${DAY}\\s+${MONTH})(?:,?\\s+(?:19|20)\\d{2})?`;
const PART_OF_DAY = "(?:(?:early|late)\\s+)?(?:morning|afternoon|evening|night|noon)";

/** Phrases that date an event to a day, strongest first within a paragraph's reading order. */
const EVENT_DAY_PATTERNS: readonly RegExp[] = [
  new RegExp(`\\b[Oo]n\\s+(?:the\\s+)?(?:${PART_OF_DAY}\\s+of\\s+)?(?:${WEEKDAY},?\\s+)?(${WHEN})`, "gu"),
  new RegExp(
    `\\b(?:[Tt]his|[Ll]ast|[Yy]esterday|[Tt]oday|[Tt]onight|[Oo]n)\\s*(?:${PART_OF_DAY}|${WEEKDAY})?\\s*\\(\\s*(${WHEN})\\s*\\)`,
    "gu",
  ),
  // `Hôm nay, 8-5` (Tiền Phong's comma, blind-vnru-18, 270) as `hôm nay 8/5`.
  /(?<![\p{L}])(?:sáng|chiều|tối|trưa|đêm|ngày|hôm)\s+(?:(?:nay|qua),?\s+)?\(?\s*((?:3[01]|[12]\d|0?[1-9])[/-](?:1[0-2]|0?[1-9])(?:[/-](?:19|20)\d{2})?)(?![\d/])/giu,
  // `Ngày 18.10, đại diện Đại sứ quán …` (Lao Động's style, blind-vnru-38, 514): the day and month with a full
  // stop between them, after the word for a day or a part of one; not a number's thousands (`ngày 2.500`).
  /(?<![\p{L}])(?:sáng|chiều|tối|trưa|đêm|ngày|hôm)\s+(?:(?:nay|qua),?\s+)?\(?\s*((?:3[01]|[12]\d|0?[1-9])\.(?:1[0-2]|0?[1-9])(?:\.(?:19|20)\d{2})?)(?![\d/]|\.\d)/giu,
  // `vào thứ Ba (5/7)` (Trí Thức VN, blind-vnru-41, 553): a Vietnamese weekday with its day and month in brackets
  // right after it; only in brackets, so a count (`lần thứ năm`) before a fraction is never read as a day.
  /(?<![\p{L}])(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\s{0,2}\(\s{0,2}((?:3[01]|[12]\d|0?[1-9])[/-](?:1[0-2]|0?[1-9])(?:[/-](?:19|20)\d{2})?)\s{0,2}\)/giu,
  // `từ ngày 3 - 4/10/2023`, `ngày 19-20/6` (blind-vnru-32, 445): a span of days in one month, read by `readDaySpan`.
  /(?<![\p{L}])(?:sáng|chiều|tối|trưa|đêm|ngày)\s+((?:3[01]|[12]\d|0?[1-9])\s{0,2}[-–]\s{0,2}(?:3[01]|[12]\d|0?[1-9])[/-](?:1[0-2]|0?[1-9])(?:[/-](?:19|20)\d{2})?)(?![\d/])/giu,
  // `Ngày 1 tháng 8, Nga bắt đầu …` (blind-vnru-20, 294): the day and month written with the word `tháng`.
  /(?<![\p{L}])(?:sáng|chiều|tối|trưa|đêm|ngày)\s+((?:3[01]|[12]\d|0?[1-9])\s+tháng\s+(?:1[0-2]|0?[1-9])(?:\s+năm\s+(?:19|20)\d{2})?)(?![\d/])/giu,
  // `В среду, 5 февраля, …` (russian-weekday-day.ts): a weekday in the accusative before the day.
  RUSSIAN_WEEKDAY_DAY,
  // вчера (19 июня), вчера, 19 июня
  new RegExp(`(?<![\\p{L}])[Вв]чера,?\\s*\\(?\\s*(${WHEN})`, "gu"),
  // `27 февраля в Москве прошло …` (blind-vnru-37, 507): a day and month opening the paragraph, before
  // its words in lower case, date what the paragraph tells, as `On February 27, …` does.
  new RegExp(`^(${DAY}\\s+${MONTH}(?:,?\\s+(?:19|20)\\d{2})?)(?=,?\\s+\\p{Ll})`, "gu"),
];

/**
 * `Yesterday (June 19)`, `Chiều qua (19/6)`, `вчера, 19 июня`: the day named is
 * the day before the one the text was written, which is the publication date.
 */
const DAY_BEFORE_WORDS = /^(?:yesterday|last\s+night|вчера)|(?<![\p{L}])(?:hôm|sáng|chiều|tối|trưa|đêm)\s+qua(?![\p{L}])/iu;

const DAY_SPAN = /^(\d{1,2})\s*[-–]\s*(\d{1,2})[/-](\d{1,2})(?:[/-]((?:19|20)\d{2}))?$/u;

/**
 * `3 - 4/10/2023`, `19-20/6`: a span of days in one month, as its first day (the
 * year, when written, is the last day's and so the first's) and the days from
 * it to the last; undefined for any other text.
 */
function readDaySpan(text: string): { first: MonthDay & { year?: number }; days: number } | undefined {
  const span = DAY_SPAN.exec(text.trim());
  if (!span) return undefined;
  const [first, last, month] = [Number(span[1]), Number(span[2]), Number(span[3])];
  if (last <= first || month < 1 || month > 12) return undefined;
  return { first: { day: first, month, ...(span[4] ? { year: Number(span[4]) } : {}) }, days: last - first };
}

/** Reads `January 14`, `14 January, 2025`, `14/1` or `14 tháng 1` into a day, with its year when written. */
function readWhen(text: string): (MonthDay & { year?: number }) | undefined {
  // Before the full dates: `3 - 4/10/2023` holds the full date of its last day.
  const span = readDaySpan(text);
  if (span) return span.first;
  const [full] = findFullDates(text);
  if (full) return full.value;
  const [monthDay] = findMonthDays(text);
  if (monthDay) return monthDay.value;
  const numeric = /^(\d{1,2})(?:[/.-]|\s+tháng\s+)(\d{1,2})$/u.exec(text.trim());
  return numeric ? { day: Number(numeric[1]), month: Number(numeric[2]) } : undefined;
}

export interface EventDay {
  day: MonthDay & { year?: number };
  evidence: string;
  /** The weekday written beside the day (`во вторник, 14 декабря`), which pins its year. */
  weekday?: number;
  /** The paragraph it was read from. */
  paragraph: number;
  /** Read from a phrase that dates an event (`On the afternoon of January 14`), not a bare mention. */
  phrase: boolean;
  /** Days from the event to the writing: 1 for `Yesterday (June 19)`, -1 for a day to come (`sẽ diễn ra … vào ngày 6/9 tới`); absent when the same day. */
  writtenDaysLater?: number;
}

/**
 * `since he took office on September 16`, `Từ khi hai nước chính thức lập quan
 * hệ ngoại giao ngày 30/1/1950` (blind-vnru-27, 383), `с момента установления
 * отношений 30 января 1950 года`: a day the text counts from, in the background
 * of the story, not the day of the event it reports.
 */
function isBackgroundDay(paragraph: string, index: number): boolean {
  return (
    SINCE_BEFORE_DAY.test(paragraph.slice(Math.max(0, index - 70), index)) ||
    yearsAgoBesideDay(paragraph, index) ||
    fromDayOn(paragraph, index) ||
    inAnniversarySpan(paragraph, index) ||
    DOCUMENT_NUMBER_BEFORE_DAY.test(paragraph.slice(Math.max(0, index - DOCUMENT_NUMBER_REACH), index))
  );
}

/**
 * `Nghị quyết số 57-NQ/TW ngày 22/12/2024` (Tuổi trẻ tại Nga, blind-vnru-43,
 * 577), `Decree No. 15/2025/ND-CP dated …`, `постановление № 123-р от …`: a
 * document's number — digits, then one to three parts joined by `/` or `-` —
 * right before the day (`ngày`, `dated`, `of`, `от` between them or not): the
 * day the document was issued, which the text cites, not the day of an event
 * it reports. Only the few characters right before the day are read.
 */
const DOCUMENT_NUMBER_BEFORE_DAY = /(?<![\p{L}\d])(?:số|No\.|№)\s?\d{1,6}(?:[/-][\p{L}\d]{1,10}){1,3}\s+(?:(?:ngày|dated|of|от)\s+)?$/iu;
const DOCUMENT_NUMBER_REACH = 48;

/**
 * A count of years back from the writing set beside a day, in the same clause:
 * `Ngày 30/01/1950, cách đây hơn 70 năm, Liên Xô …` (PetroTimes, blind-vnru-41,
 * 551), `Hơn 70 năm về trước, ngày 30/01/1950`, `On June 5, 60 years ago`, `45
 * лет назад, 12 апреля 1980 года`: the day is history the text looks back on,
 * not the day of the event it reports. Only a bounded slice on either side of
 * the day is read: the count right before it, or right after the day's own
 * words and a comma.
 */
export function yearsAgoBesideDay(paragraph: string, index: number): boolean {
  return (
    YEARS_AGO_BEFORE_DAY.test(paragraph.slice(Math.max(0, index - 40), index)) ||
    YEARS_AGO_AFTER_DAY.test(paragraph.slice(index, index + 70))
  );
}

/** `cách đây hơn 70 năm`, `70 năm về trước`, `some 60 years ago`, `45 лет назад`. */
const YEARS_AGO_WORDS =
  "(?:cách\\s+đây\\s+(?:hơn\\s+|gần\\s+|khoảng\\s+|trên\\s+)?\\d{1,3}\\s+năm|(?:(?:hơn|gần|khoảng|trên)\\s+)?\\d{1,3}\\s+năm\\s+(?:về\\s+)?trước|(?:(?:some|about|over|nearly|almost|more\\s+than)\\s+)?\\d{1,3}\\s+years\\s+ago|(?:(?:более|почти|около)\\s+)?\\d{1,3}\\s+(?:лет|года?)\\s+назад)";
const YEARS_AGO_BEFORE_DAY = new RegExp(`(?<![\\p{L}\\d])${YEARS_AGO_WORDS}[\\s,]{0,3}(?:(?:ngày|on|vào)\\s+)?$`, "iu");
const YEARS_AGO_AFTER_DAY = new RegExp(`^[^,;!?\\n]{1,30},\\s{0,3}${YEARS_AGO_WORDS}(?![\\p{L}])`, "iu");

/**
 * `Từ ngày 8/6, Nga cho phép xuất cảnh …` (Bầu trời, blind-vnru-20, 294): the
 * day a state of things holds from, in the background of what the text reports
 * later, as after `since`. Not the first day of a span (`từ ngày 8-11/5`, `từ
 * ngày 29/11 đến 2/12`), which is the event's own, nor a day still to come.
 * Only the few characters right before and after the day are read.
 */
function fromDayOn(paragraph: string, index: number): boolean {
  if (!FROM_BEFORE_DAY.test(paragraph.slice(Math.max(0, index - 12), index))) return false;
  // `kể từ ngày 27/01, … sẽ có 2 chuyến` (blind-vnru-25, 361): a day still to come dates the writing before it.
  return !SPAN_AFTER_DAY.test(paragraph.slice(index, index + 24)) && !aheadOfWriting(paragraph, index);
}

/** Vietnamese `(kể) từ (ngày)` right before the day. */
const FROM_BEFORE_DAY = /(?<![\p{L}])(?:kể\s+)?từ\s+(?:ngày\s+)?$/iu;
/** The day, then the word or dash that runs it on to a last day: `8-11/5`, `29/11 đến 2/12`, `8/6 tới`. */
const SPAN_AFTER_DAY = /^(?:ngày\s+)?\d{1,2}(?:\/\d{1,2}(?:\/\d{4})?)?\s*(?:[-–—]|đến|tới)/iu;

/** `since`, Vietnamese `(kể) từ khi`, Russian `с тех пор как`, `с момента`, a few words before the day. */
const SINCE_BEFORE_DAY = /(?<![\p{L}])(?:since|(?:kể\s+)?từ\s+khi|с\s+тех\s+пор|с\s+момента)(?![\p{L}])[^.;!?]{0,60}$/iu;

/** How far around a day a bracket holding an anniversary's span is looked for. */
const SPAN_REACH = 40;

/**
 * `kỷ niệm 96 năm Cách mạng tháng Mười Nga (7/11/1917-7/11/2013)`, `(30
 * January 1950 – 30 January 2025)`: a day inside a bracket that holds two
 * full dates of different years is the span an anniversary counts, not a day
 * the text reports. Only the few characters around the day are read.
 */
export function inAnniversarySpan(paragraph: string, index: number): boolean {
  const before = paragraph.slice(Math.max(0, index - SPAN_REACH), index + 1);
  const open = before.lastIndexOf("(");
  if (open < 0 || before.slice(open).includes(")")) return false;
  const after = paragraph.slice(index, index + SPAN_REACH);
  const close = after.indexOf(")");
  if (close < 0) return false;
  const inside = before.slice(open + 1) + after.slice(1, close);
  const dates = findFullDates(inside);
  return dates.length === 2 && dates[0]!.value.year !== dates[1]!.value.year;
}

/**
 * `… sẽ diễn ra tại thành phố Sochi vào ngày 6/9 tới`, `talks will be held on
 * January 14`: the day is to come, so the text was written before it, at the
 * latest the day before. Read from the sentence the day stands in.
 */
function aheadOfWriting(paragraph: string, index: number): boolean {
  const start = Math.max(paragraph.lastIndexOf(". ", index), paragraph.lastIndexOf("! ", index), paragraph.lastIndexOf("? ", index));
  const end = paragraph.slice(index).search(/[.!?](?:\s|$)/u);
  const sentenceEnd = end < 0 ? paragraph.length : index + end + 1;
  // `Ngày 12-11, Interfax-Ural dẫn thông báo … cho hay, … sẽ khai thác …` (blind-vnru-24, 344): a future
  // after a word of saying that follows the day is what was said on that day, not the day's tense.
  const saying = REPORTING_WORD.exec(paragraph.slice(index, sentenceEnd));
  return isAboutFuture(paragraph.slice(start + 1, saying ? index + saying.index : sentenceEnd));
}

/**
 * Words that report what someone said or announced, in English, Vietnamese and
 * Russian: what follows them is the report's content, in its own tense.
 */
const REPORTING_WORD =
  /(?<![\p{L}])(?:said|says|told|announced|stated|reported|cho biết|cho hay|thông báo|tuyên bố|khẳng định|сообщил\p{L}{0,2}|сообщает|заявил\p{L}{0,2}|рассказал\p{L}{0,2}|объявил\p{L}{0,2})(?![\p{L}])/iu;

/**
 * `during the visit to Hanoi on June 19-20`: a span of days that is over is
 * reported on its last day at the earliest, so the text was written that many
 * days after the first. Read from what follows the day just matched.
 */
function daysToRangeEnd(paragraph: string, after: number, first: MonthDay): { writtenDaysLater?: number } {
  const range = /^\s*[-–—]\s*(3[01]|[12]\d|0?[1-9])(?![\d/.:])/u.exec(paragraph.slice(after, after + 8));
  const last = range ? Number(range[1]) : first.day;
  return last > first.day ? { writtenDaysLater: last - first.day } : {};
}

/**
 * `từ ngày 29/11 đến 2/12/2021`, `from 29/11 to 2/12/2021`, `с 29.11 по
 * 02.12.2021`: a span whose last day carries the year gives its first day that
 * year (the year before, when the span crosses New Year), and a span that is
 * over is reported on its last day at the earliest (blind-vnru-27, 383). Only
 * the characters right after the first day are read.
 */
function yearOfSpanEnd(paragraph: string, after: number, first: MonthDay): { year: number; days: number } | undefined {
  const end = SPAN_END_WITH_YEAR.exec(paragraph.slice(after, after + 28));
  if (!end) return undefined;
  const last = { year: Number(end[3]), month: Number(end[2]), day: Number(end[1]) };
  const year = first.month <= last.month ? last.year : last.year - 1;
  const days = daysBetween({ year, month: first.month, day: first.day }, last);
  return days >= 0 && days <= 60 ? { year, days } : undefined;
}

const SPAN_END_WITH_YEAR =
  /^\s*(?:[-–—]|đến|to|until|till|до|по)\s*(?:ngày\s+)?(3[01]|[12]\d|0?[1-9])[/.](1[0-2]|0?[1-9])[/.]((?:19|20)\d{2})(?!\d)/iu;

/** A span of days (`3 - 4/10/2023`) is reported on its last day at the earliest. */
function spanWritten(when: string): { writtenDaysLater: number } | undefined {
  const span = readDaySpan(when);
  return span ? { writtenDaysLater: span.days } : undefined;
}

/**
 * The day found, or the day its paragraph brings in right after it (`… с 8 по
 * 10 сентября … Сразу вслед за этим, 11 сентября, …`, day-right-after.ts): the
 * text tells that later step too, so it was written on it at the earliest. Only
 * for a day without its year that is not still to come.
 */
function laterStepOf(event: EventDay, paragraph: string, index: number): EventDay {
  if (event.day.year !== undefined || event.writtenDaysLater === -1) return event;
  const next = dayRightAfter(paragraph, index, event.day, isAboutFuture);
  if (!next) return event;
  return { day: next.day, evidence: next.evidence, paragraph: event.paragraph, phrase: event.phrase };
}

/** The first day an event is dated to, scanning the paragraphs in order. */
export function findEventDay(paragraphs: readonly string[]): EventDay | undefined {
  // `mark 20 years since … (2001-2021)`: a day written with an older year is history (blind-vnru-44, 583).
  const marked = markedYear(paragraphs.join("\n"));
  for (const [at, paragraph] of paragraphs.entries()) {
    let best: (EventDay & { index: number }) | undefined;
    const observed = observanceMask(paragraph, observanceSentences(paragraph, EVENT_DAY_PATTERNS));
    for (const pattern of EVENT_DAY_PATTERNS) {
      for (const match of paragraph.matchAll(pattern)) {
        const read = readWhen(match[1]!);
        const spanEnd = read && read.year === undefined ? yearOfSpanEnd(paragraph, match.index + match[0].length, read) : undefined;
        const day = spanEnd ? { ...read!, year: spanEnd.year } : read;
        if (
          day &&
          (!best || match.index < best.index) &&
          !isBackgroundDay(paragraph, match.index) &&
          !isCommemoratedOrigin(paragraph, match.index + match[0].length) &&
          !inObservanceSentence(observed, match.index) &&
          !isBeforeMarkedYear(day, marked) &&
          !isHistoryDay(day)
        ) {
          const weekday = weekdayBefore(paragraph, match.index + match[0].indexOf(match[1]!));
          best = {
            day,
            evidence: match[0].trim(),
            index: match.index,
            paragraph: at,
            phrase: true,
            ...(weekday === undefined ? {} : { weekday }),
            ...(DAY_BEFORE_WORDS.test(match[0])
              ? { writtenDaysLater: 1 }
              : aheadOfWriting(paragraph, match.index)
                ? { writtenDaysLater: -1 }
                : spanEnd
                  ? { writtenDaysLater: spanEnd.days }
                  : (spanWritten(match[1]!) ?? daysToRangeEnd(paragraph, match.index + match[0].length, day))),
          };
        }
      }
    }
    if (best) {
      const { index, ...event } = best;
      return laterStepOf(event, paragraph, index);
    }
  }
  // A day that opens a span (`9 月 5 日至 8 日`) is passed over for a day the text names on its own.
  for (const spanStartsToo of [false, true]) {
    const found = firstMonthDay(paragraphs, spanStartsToo);
    if (found) return found;
  }
  return anniversaryMessageDay(paragraphs);
}

/**
 * `По случаю 25-летия подписания Договора … (16 июня 1994 г. — 16 июня 2019
 * г.) … обменялись поздравительными посланиями` (blind-vnru-40, 545): messages
 * of congratulation exchanged for an anniversary whose span the text brackets —
 * two full dates, the same day and month of different years — are sent on the
 * anniversary itself, the span's last day. Read only when the text dates
 * nothing else (the span's days are background to every other rule), and not
 * when the text tells of messages only in the future tense.
 */
function anniversaryMessageDay(paragraphs: readonly string[]): EventDay | undefined {
  // (The messages may be named in the lead and the span in the next paragraph: `… направили друг другу
  // поздравительные послания` over `В связи с 25-летием … (16 июня 1994 г. — 16 июня 2019 г.) … обменялись посланиями`.)
  if (!paragraphs.some((paragraph) => GREETING_MESSAGES.test(paragraph) && !isAboutFuture(paragraph))) return undefined;
  for (const [at, paragraph] of paragraphs.entries()) {
    for (const bracket of paragraph.matchAll(BRACKETED)) {
      const dates = findFullDates(bracket[1]!);
      if (dates.length !== 2) continue;
      const [first, last] = [dates[0]!.value, dates[1]!.value];
      if (first.day === last.day && first.month === last.month && first.year < last.year) {
        return { day: last, evidence: bracket[0], paragraph: at, phrase: true };
      }
    }
  }
  return undefined;
}

/** A bracket of a few words, with no bracket inside it. */
const BRACKETED = /\(([^()]{1,80})\)/gu;

/** Messages of congratulation, in English, Vietnamese and Russian. */
const GREETING_MESSAGES =
  /(?<![\p{L}])(?:поздравительн\p{L}{0,4}\s+(?:послани|телеграмм)\p{L}{0,4}|điện\s+mừng|thư\s+mừng|congratulatory\s+(?:messages?|letters?|cables?)|messages?\s+of\s+congratulations?)(?![\p{L}])/iu;

/**
 * `于9 月 5 日至 8 日访问`, `5月20日から23日の日程で`: in Chinese and Japanese, a
 * day followed by the word for "to" opens a span of days. Only the characters
 * right after the day are read.
 */
export function opensCjkSpan(paragraph: string, end: number): boolean {
  return /^\s{0,2}(?:至|到|から|~|〜)/u.test(paragraph.slice(end, end + 6));
}

/** The first day without a year in the paragraphs that is not background, and opens no span unless `spanStarts`. */
function firstMonthDay(paragraphs: readonly string[], spanStarts: boolean): EventDay | undefined {
  for (const [at, paragraph] of paragraphs.entries()) {
    const first = findMonthDays(paragraph).find(
      (match) => !isBackgroundDay(paragraph, match.index) && (spanStarts || !opensCjkSpan(paragraph, match.index + match.text.length)),
    );
    if (!first) continue;
    const weekday = weekdayBefore(paragraph, first.index);
    // `приедет в Москву … с 28 июня по 1 июля`: a day to come was written before it (blind-vnru-12, 205).
    const event: EventDay = {
      day: first.value,
      evidence: first.text,
      paragraph: at,
      phrase: false,
      ...(weekday === undefined ? {} : { weekday }),
      ...(aheadOfWriting(paragraph, first.index) ? { writtenDaysLater: -1 } : {}),
    };
    return laterStepOf(event, paragraph, first.index);
  }
  return undefined;
}

/**
 * Words of a sentence about the future, in English, Vietnamese and Russian.
 * Bounded by letters, not `\b`: `\b` knows only ASCII letters, so `\bsẽ\b`
 * never matches `sẽ` before a space.
 */
const FUTURE_WORDS =
  /(?<![\p{L}])(?:will|shall|to be held|scheduled|upcoming|next|plans? to|planned|agreed\s+to\s+(?:hold|host|organi[sz]e|stage)|expected to|set to|is to|are to|hopes? to|wish(?:es)? to|looks? forward|looking forward|prepar(?:e|es|ing|ations?)|ahead of|aims? to|aiming to|intends? to|toward|towards|sẽ|sắp|(?<!vốn\s)dự kiến|будет|будут|состоится|продлится|планиру\p{L}*|намерен\p{L}*|предстоящ\p{L}*|ожидается|посетит|отметят|отметит|исполнится|пройдут|пройдет|пройдёт|откроется|начнется|начнётся|начнут|начнет|начнёт|возобновятся|возобновится|возобновят|возобновит)(?![\p{L}])/iu;

/**
 * The verbs of what is to come, not words about plans: `discussed on Monday
 * the preparations for upcoming contacts` reports a Monday that was.
 */
const FUTURE_TENSE =
  /(?<![\p{L}])(?:will|shall|(?:is|are)\s+(?:(?:expected|scheduled|set|due)\s+)?to|(?:is|are)\s+(?:also\s+)?(?:working|preparing|planning|getting\s+ready)\s+(?:with\s+[^.;!?]{1,60}?\s+)?to|plans?\s+to|intends?\s+to|sẽ|sắp|(?<!vốn\s)dự kiến|будет|будут|состоится|продлится|посетит|посетят|приедет|приедут|прибудет|прибудут|проведет|проведёт|проведут|подпишет|подпишут|отметят|отметит|исполнится|пройдут|пройдет|пройдёт|откроется|начнется|начнётся|начнут|начнет|начнёт|возобновятся|возобновится|возобновят|возобновит)(?![\p{L}])/iu;

/** The sentence is in the future tense (`will visit`, `are to meet`, `sẽ thăm`, `продлится до`). */
export function isAboutFuture(sentence: string): boolean {
  return FUTURE_TENSE.test(sentence);
}

/**
 * `…University, which opened in 2016`: a past clause inside a sentence about the
 * future; its year is past all the same.
 */
const PAST_CLAUSE_YEAR =
  /(?<![\p{L}])(?:which|that|who)\s+(?:was\s+|were\s+)?(?:\p{L}+ed|began|held|met|took|set\s+up|became|built|won|made|opened)(?![\p{L}])[^.;,]{0,30}?(?<![\p{L}])in\s+((?:19|20)\d{2})(?!\d)/giu;

/** The years of a sentence's past clauses (`which opened in 2016`). */
function pastClauseYears(sentence: string): number[] {
  return [...sentence.matchAll(PAST_CLAUSE_YEAR)].map((match) => Number(match[1]));
}

/**
 * A year the text names as a target (`by 2030`, `to 2045`, `2021-2030`) rather
 * than as a time, or as part of a name: `coronavirus disease 2019`, the WHO's
 * name for COVID-19, which texts of 2020 to 2023 spell out.
 */
const TARGET_YEAR = /(?:\b(?:by|to|until|till|through|towards?|đến|tới)\s+(?:năm\s+)?|\d{4}[-–]|\bdisease\s+)$/iu;

/**
 * A year a plan is adopted for (`thông qua kế hoạch nghiên cứu khoa học cho năm
 * 2019`, blind-vnru-53, 695; `adopted the work plan for 2019`, `утвердили план
 * работы на 2019 год`): the year still to come, not a time the text speaks of.
 * Only after a verb of adopting: a plan for a year carried out (`the defence
 * cooperation plan for 2023` to be implemented, blind-vnru-30, 416) is of the
 * year under way. Up to two words between the verb and the plan and four
 * between the plan and `for`; read in a bounded stretch before the year.
 */
const PLAN_FOR_YEAR =
  /(?<![\p{L}])(?:thông\s+qua|phê\s+duyệt|adopt(?:ed|s|ing)?|approv(?:ed|es|e|ing)|утверд\p{L}*|утвержд\p{L}*|принял\p{L}*|одобрил\p{L}*)\s+(?:[\p{L}\p{M}]+\s+){0,2}?(?:kế\s+hoạch|plans?|план\p{L}{0,2})\s+(?:[\p{L}\p{M}]+\s+){0,4}?(?:cho|for|на)\s+(?:năm\s+|the\s+year\s+)?$/iu;
/** How much of the text before a year PLAN_FOR_YEAR reads. */
const PLAN_FOR_REACH = 120;

/**
 * A year a figure is to be raised to (`agreed to raise two-way trade to USD 10
 * billion in 2020`, blind-vnru-58, 751; `nâng kim ngạch thương mại lên 10 tỷ USD
 * vào năm 2020`; `довести товарооборот до 10 млрд долларов в 2020 году`): a
 * target, not a time the text speaks of. Only after a verb of raising in the
 * infinitive or with its target word (`to raise`, `nâng … lên`, `довести … до`),
 * not after a figure reached (`trade reached $4.57 billion in 2024`) nor a
 * forecast for the year under way (`are expected to hit 4 million in 2019`). Bounded
 * stretches, read before the year.
 */
const TARGET_FIGURE_YEAR =
  /(?<![\p{L}])(?:to\s+(?:raise|increase|boost|bring|lift|double|triple|push)|(?:nâng|đưa|đẩy)(?![\p{L}\p{M}])[^.;!?]{0,60}?(?<![\p{L}\p{M}])lên|(?:довести|увеличить|нарастить|поднять)[^.;!?]{0,60}?(?<![\p{L}])до)(?![\p{L}\p{M}])[^.;!?]{0,60}?(?:\$|USD|US\$|EUR|€|billion|million|trillion|tỷ|triệu|nghìn\s+tỷ|млрд|млн|трлн|%)[^.;!?\d]{0,25}?(?<![\p{L}\p{M}])(?:in|by|vào(?:\s+năm)?|năm|trong\s+năm|в|к)\s+$/iu;
/** How much of the text before a year TARGET_FIGURE_YEAR reads. */
const TARGET_FIGURE_REACH = 200;

/** Years named in the text, leaving out target years (of a figure too), years plans are made for, and the start of a plan's span (`the 2026-2030 plan`). */
export function yearsMentioned(text: string): number[] {
  const years: number[] = [];
  for (const match of text.matchAll(/(?<![\d/.-])((?:19|20)\d{2})(?!\d)(?!\s*[-–]\s*(?:19|20)\d{2})/g)) {
    if (TARGET_YEAR.test(text.slice(Math.max(0, match.index - 20), match.index))) continue;
    if (PLAN_FOR_YEAR.test(text.slice(Math.max(0, match.index - PLAN_FOR_REACH), match.index))) continue;
    if (TARGET_FIGURE_YEAR.test(text.slice(Math.max(0, match.index - TARGET_FIGURE_REACH), match.index))) continue;
    years.push(Number(match[1]));
  }
  return years;
}

/**
 * The text names a year after `year`: a text that marks `year` as its own (a
 * greeting, `Năm 2020 là năm …`, an anniversary's span) while naming a later
 * one is looking back, and `year` is not the one it was written in.
 */
export function namesLaterYear(text: string, year: number): boolean {
  return yearsMentioned(text).some((named) => named > year);
}

/** The sentences of a text, split after a full stop, question or exclamation mark, and at line ends. */
export function sentencesOf(text: string): string[] {
  // Also where a copy glued two sentences (`… with Russia.Both leaders stressed …`, blind-vnru-30, 414): a
  // lower-case word's full stop right before a capital, so that one sentence's plan does not hide the other's past.
  return text.split(/(?<=[.!?])\s+|(?<=\p{Ll}[.!?])(?=\p{Lu})|\n+/u);
}

/**
 * A whole year's figure compared with the year before (`hit 3.16 million in
 * 2018, up 50% on 2017`, `reached $4.57 billion in 2024, up 26% year-on-year`,
 * `passed 5.3 billion USD in 2017, up 35 percent from the year before`,
 * blind-vnru-69, 884): the year is over, so the text was written after it.
 */
const COMPLETED_YEAR =
  /\b(?:in|for|during)\s+(?:the\s+(?:whole|full)\s+(?:year\s+)?(?:of\s+)?)?((?:19|20)\d{2}),?\s+(?:up|down|an?\s+(?:increase|decrease|rise|drop|fall)\s+of|rising|falling|increasing|decreasing)\b[^.;]{0,40}?\b(?:on|from|over|compared\s+(?:with|to)|against|than\s+in)\s+(?:(?:19|20)\d{2}|the\s+(?:previous|preceding)\s+year|the\s+year\s+before|last\s+year|a\s+year\s+earlier)|\b(?:in|for|during)\s+(?:the\s+(?:whole|full)\s+(?:year\s+)?(?:of\s+)?)?((?:19|20)\d{2}),?\s+(?:up|down)\b[^.;]{0,30}?(?:year-on-year|on-year|y-o-y|yoy)/giu;

/**
 * The same in Vietnamese (`năm 2024 ngành du lịch đã đón hơn 232 nghìn lượt
 * khách Nga, tăng 84,9% so với năm 2023`, blind-vnru-29, 408): `năm` and the
 * year, a rise or fall, then `so với` the year before. A part of a year (`4
 * tháng đầu năm 2025`, `quý I năm 2025`, `tháng 1 năm 2025`) is not the whole
 * year, and a part compared with the same part (`so với cùng kỳ`) is not read.
 */
const COMPLETED_YEAR_VI =
  /(?<!(?:đầu|cuối|giữa|tháng|quý|kỳ|học|khóa)\s+(?:(?:\d{1,2}|[IV]{1,3})\s+)?)(?<![\p{L}\p{M}])năm\s+((?:19|20)\d{2}),?\s[^.;!?]{0,80}?(?<![\p{L}\p{M}])(?:tăng|giảm)(?![\p{L}\p{M}])[^.;!?]{0,40}?(?<![\p{L}\p{M}])so\s+với\s+(?:cả\s+)?năm\s+(?:(?:19|20)\d{2}|trước)(?![\d\p{L}\p{M}])/giu;

/** Years the text reports whole, compared with the year before: the text is later than each. */
export function completedYears(text: string): number[] {
  const years: number[] = [];
  for (const match of text.matchAll(COMPLETED_YEAR)) years.push(Number(match[1] ?? match[2]));
  for (const match of text.matchAll(COMPLETED_YEAR_VI)) years.push(Number(match[1]));
  years.push(...growthYears(text));
  // A year looked back on as a whole (`2025 год выдался трудным`) is over too.
  years.push(...reviewedYears(text));
  return years;
}

/**
 * A school or academic year spoken of (`in the 2014-2015 academic year`, `năm học
 * 2014-2015`, `в 2014/2015 учебном году`): the years joined, the second the
 * first's next.
 */
const ACADEMIC_YEAR =
  /(?<![\d/.-])((?:19|20)\d{2})\s?[-–/]\s?((?:19|20)\d{2})\s+(?:academic|school|учебн\p{L}{0,4})\b|\b(?:academic\s+year|school\s+year|năm\s+học)\s+((?:19|20)\d{2})\s?[-–/]\s?((?:19|20)\d{2})(?!\d)/giu;

/** The first years of the academic years a sentence speaks of: it was written in one of them (from its September) or after. */
export function academicYearStarts(sentence: string): number[] {
  const starts: number[] = [];
  for (const match of sentence.matchAll(ACADEMIC_YEAR)) {
    const first = Number(match[1] ?? match[3]);
    if (Number(match[2] ?? match[4]) === first + 1) starts.push(first);
  }
  return starts;
}

/**
 * An anniversary counted in years from a day (`Lễ kỷ niệm 73 năm Quốc khánh
 * 2/9`, `kỷ niệm 96 năm Cách mạng tháng Mười (7/11)`): the count, and the day
 * and month it counts from. Up to four words between the count and the day.
 */
const ANNIVERSARY_COUNT =
  /(?<![\d\p{L}])(\d{1,3})\s+năm\s+(?:[\p{L}\p{M}]+\s+){0,4}?\(?((?:3[01]|[12]\d|0?[1-9])\/(?:1[0-2]|0?[1-9]))(?![\d/])/giu;

/**
 * The years of the anniversaries the text counts from a day it also writes in
 * full: `73 năm Quốc khánh 2/9` beside `ngày 2/9/1945` is 2018 (blind-vnru-13,
 * 213); from a day kept every year (the taxonomy's `keptDays`); or that a
 * bracketed span of years closes or a founding year counts to (`markedYear`).
 * The text is written in that year, whatever older years it recalls.
 */
export function anniversaryYears(text: string, kept: readonly KeptDay[] = []): number[] {
  const counts = [...text.matchAll(ANNIVERSARY_COUNT)];
  const years = new Set<number>([
    ...keptDayCounts(text, kept),
    ...keptDayCountsBack(text, kept),
    // `30 января этого года исполнилось 75 лет с того дня, как … установили дипломатические отношения`.
    ...keptDayCountsOnItsDay(sentencesOf(text), kept),
  ]);
  // The anniversary a bracketed span of years closes (`mark 20 years … (2001-2021)`, blind-vnru-44, 583),
  // or a count of years from a founding year (founding-anniversary.ts).
  const marked = markedYear(text);
  if (marked !== undefined) years.add(marked);
  if (counts.length === 0) return [...years];
  // The years of the days written in full, by day and month: one look-up per count.
  const yearsOfDay = new Map<string, Set<number>>();
  for (const { value } of findFullDates(text)) {
    const key = `${value.day}/${value.month}`;
    yearsOfDay.set(key, (yearsOfDay.get(key) ?? new Set()).add(value.year));
  }
  for (const count of counts) {
    const [day, month] = count[2]!.split("/").map(Number);
    for (const year of yearsOfDay.get(`${day}/${month}`) ?? []) years.add(year + Number(count[1]));
    // A day kept every year whose first year the text does not write: the archive's (`74 năm Quốc khánh 2/9`).
    const words = count[0].toLowerCase();
    for (const first of kept) {
      if (first.day === day && first.month === month && first.words.some((word) => words.includes(word.toLowerCase())))
        years.add(first.year + Number(count[1]));
    }
  }
  return [...years];
}

/**
 * A count of years (`kỷ niệm 80 năm Quốc khánh Việt Nam`), not an approximate
 * one (`hơn 70 năm`, `gần 80 năm`); the words counted are read after it. In
 * Russian, `75-летию …` or an ordinal before `годовщина` (`71-й годовщины
 * установления дипломатических отношений`, blind-vnru-39, 532).
 */
const YEARS_COUNTED =
  /(?<![\d\p{L}])(?<!(?:hơn|gần|trên|khoảng|hàng)\s+)(\d{1,3})(?:\s+năm|-(?:летие|летия|летию|летием|летии)|-(?:й|я|ю|ой)\s+годовщин(?:а|ы|е|у|ой))\s/giu;

/** How many words may stand between the count and a kept day's words (`80 năm ngày … Quốc khánh`). */
const WORDS_BEFORE_KEPT = 4;
/** How much of the text after a count is read: a kept day's name may run long (`quan hệ ngoại giao Việt Nam - Liên bang Nga`). */
const KEPT_READ_CHARS = 160;

/**
 * Words as compared with a kept day's: lower case, hyphens, dashes and other
 * marks read as spaces (`Việt Nam-Liên bang Nga` is `Việt Nam - Liên bang
 * Nga`, `Quốc khánh,` is `Quốc khánh`); the slash of a day kept.
 */
function keptKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{M}\d/]+/gu, " ");
}

/**
 * A day kept every year counted by its words alone, its day left out
 * (`Lễ diễu binh kỷ niệm 80 năm Quốc khánh Việt Nam`, blind-vnru-16, 256;
 * `kỷ niệm 65 năm thiết lập quan hệ ngoại giao Việt Nam-Liên bang Nga`,
 * blind-vnru-26, 373): the count from its first year, 1945 + 80 = 2025,
 * 1950 + 65 = 2015. The words must start within five words of the count.
 * Each count reads a bounded slice of the text after it, so the whole is linear.
 */
function keptDayCounts(text: string, kept: readonly KeptDay[]): number[] {
  if (kept.length === 0) return [];
  const keys = kept.map((first) => first.words.map((word) => ` ${keptKey(word).trim()} `));
  const years: number[] = [];
  for (const count of text.matchAll(YEARS_COUNTED)) {
    const start = count.index + count[0].length;
    const after = ` ${keptKey(text.slice(start, start + KEPT_READ_CHARS))}`;
    kept.forEach((first, index) => {
      for (const key of keys[index]!) {
        const at = after.indexOf(key);
        if (at < 0 || wordsIn(after.slice(0, at)) > WORDS_BEFORE_KEPT) continue;
        // A day written after the words is the day counted from (`74 năm Quốc khánh 3/9`): another day, another count.
        const dayAfter = /^(\d{1,2})\/(\d{1,2})(?![\d/])/u.exec(after.slice(at + key.length, at + key.length + 8));
        if (dayAfter && (Number(dayAfter[1]) !== first.day || Number(dayAfter[2]) !== first.month)) continue;
        years.push(first.year + Number(count[1]));
        return;
      }
    });
  }
  return years;
}

/**
 * A count of years back to a day kept every year, written after its words
 * (`since Vietnam and Russia established diplomatic ties 60 years ago`,
 * blind-vnru-36, 489): the count from its first year, 1950 + 60 = 2010. The
 * words must end within three words of the count, and the count is not an
 * approximate one (`some 60 years ago`). Each count reads a bounded slice of
 * the text before it, so the whole is linear.
 */
const YEARS_AGO = /(?<![\d\p{L}])(\d{1,3})\s+years\s+ago(?![\p{L}])/giu;
/** How much of the text before a count is read for a kept day's words. */
const KEPT_READ_BACK_CHARS = 160;
/** How many words may stand between a kept day's words and the count after them (`… diplomatic ties just 60 years ago`). */
const WORDS_AFTER_KEPT = 3;
const APPROXIMATE_COUNT = /(?:^|\s)(?:some|about|around|over|almost|nearly|roughly|than)\s*$/u;

function keptDayCountsBack(text: string, kept: readonly KeptDay[]): number[] {
  if (kept.length === 0) return [];
  const keys = kept.map((first) => first.words.map((word) => ` ${keptKey(word).trim()} `));
  const years: number[] = [];
  for (const count of text.matchAll(YEARS_AGO)) {
    const before = `${keptKey(text.slice(Math.max(0, count.index - KEPT_READ_BACK_CHARS), count.index))} `;
    if (APPROXIMATE_COUNT.test(before.trimEnd())) continue;
    kept.forEach((first, index) => {
      for (const key of keys[index]!) {
        const at = before.lastIndexOf(key);
        if (at < 0 || wordsIn(before.slice(at + key.length)) > WORDS_AFTER_KEPT) continue;
        years.push(first.year + Number(count[1]));
        return;
      }
    });
  }
  return years;
}

/** The number of words in a short stretch of text (spaces already collapsed). */
function wordsIn(stretch: string): number {
  const trimmed = stretch.trim();
  return trimmed === "" ? 0 : trimmed.split(" ").length;
}

/** A day kept every year (`Quốc khánh`, 2 September, first kept in 1945), with the words that name it. */
export interface KeptDay {
  year: number;
  month: number;
  day: number;
  words: readonly string[];
  /** Short words that name the day when its day and month stand beside them (kept-day-written.ts). */
  dayWords?: readonly string[];
}

export function inferYear(day: MonthDay, text: string, kept: readonly KeptDay[] = []): { year: number; confirmed: boolean } | undefined {
  // A year the text calls about to end (`năm 2012 … sắp khép lại`) is the one it was written in:
  // a later month it names (`từ tháng 3/2013`) is still ahead (blind-vnru-53, 697).
  const closing = closingYear(text);
  if (closing !== undefined) return { year: closing, confirmed: true };
  let bound: { year: number; month: number } | undefined;
  const academic: number[] = [];
  // Each sentence split off and asked for words of plans once: three readings below use both.
  const sentences = sentencesOf(text).map((sentence) => ({ sentence, plan: FUTURE_WORDS.test(sentence) }));
  for (const { sentence, plan } of sentences) {
    if (plan) continue;
    // An anniversary's day in brackets (`(9 мая 1945 года / 9 мая 2025 года)`, anniversary-day-pair.ts) names
    // the text's year, not a month gone by: the text may stand before it in that year.
    const pairs = anniversaryDayPairs(sentence);
    for (const { value: found, index } of findMonthYears(sentence)) {
      const kept = anniversaryDayYearAt(pairs, index);
      const value = kept === undefined ? found : { year: kept, month: 1 };
      if (!bound || value.year > bound.year || (value.year === bound.year && value.month > bound.month)) bound = value;
    }
    // An academic year spoken of as under way or over: its first September at the earliest.
    for (const start of academicYearStarts(sentence)) {
      academic.push(start);
      if (!bound || start > bound.year || (start === bound.year && bound.month < 9)) bound = { year: start, month: 9 };
    }
    // A year reported whole is over: the day falls in a later year (its January at the earliest).
    for (const year of completedYears(sentence)) {
      if (!bound || year + 1 > bound.year) bound = { year: year + 1, month: 1 };
    }
  }
  // A gap of years since a stop the text dates (`missing for the past three years`, `halted in 2022`).
  const afterGap = yearAfterGap(text);
  if (afterGap !== undefined && (!bound || afterGap > bound.year)) bound = { year: afterGap, month: 1 };
  const anniversaries = anniversaryYears(text, kept);
  const mentioned = [...yearsMentioned(text), ...anniversaries];
  // An article is at least as late as any year it speaks of as past or present
  // ("the results achieved in 2020", "make 2020 a year of concrete results"),
  // and as the anniversary it marks.
  const spokenOf = [
    ...sentences.flatMap(({ sentence, plan }) => (plan ? pastClauseYears(sentence) : yearsMentioned(sentence))),
    ...anniversaries,
  ];
  if (mentioned.length === 0 && !bound) {
    // `Tối 29/1 … mừng xuân Giáp Ngọ` (blind-vnru-46, 611): the lunar year the text greets by its name.
    const lunar = yearOfLunarGreeting(day, text);
    return yearBeforePlan(day, text) ?? (lunar === undefined ? undefined : { year: lunar, confirmed: true });
  }
  // A plan's year whose year before the text also names: the text is that late at least.
  const beforePlans = yearNamedBeforeAPlan(
    sentences.filter(({ plan }) => plan).map(({ sentence }) => sentence),
    mentioned,
  );
  const notBeforePlans = (year: number, confirmed: boolean) =>
    beforePlans !== undefined && beforePlans > year ? { year: beforePlans, confirmed: true } : { year, confirmed };
  if (bound) {
    const after = day.month >= bound.month ? bound.year : bound.year + 1;
    const year = largest([after, ...spokenOf]);
    return notBeforePlans(year, mentioned.includes(year) || academic.includes(year) || academic.includes(year - 1));
  }
  // Years named only in sentences about what is to come are ahead of the text: they give the day no year (blind-vnru-56, 732).
  if (
    spokenOf.length === 0 &&
    yearsOnlyAhead(
      sentences.map(({ sentence }) => sentence),
      isAboutFuture,
      yearsMentioned,
    )
  ) {
    return undefined;
  }
  return notBeforePlans(largest(spokenOf.length > 0 ? spokenOf : mentioned), false);
}

/**
 * `have agreed to hold the Russia Year … in 2019`, `will reach the goals it set
 * for 2018` (blind-vnru-31, 427): a year a plan names is still to come, so a
 * text that also names the year before it was written in that year at the
 * earliest. The earliest such year among the text's `planSentences` (those
 * with words of plans); undefined when the text never names the year before a
 * plan's.
 */
function yearNamedBeforeAPlan(planSentences: readonly string[], mentioned: readonly number[]): number | undefined {
  const named = new Set(mentioned);
  let earliest: number | undefined;
  for (const sentence of planSentences) {
    for (const year of yearsMentioned(sentence)) {
      if (named.has(year - 1) && (earliest === undefined || year - 1 < earliest)) earliest = year - 1;
    }
  }
  return earliest;
}

/**
 * A text whose only year is in a plan still to come (`Sáng 27/4 … hãng dự kiến
 * thực hiện thêm một chuyến bay vào đầu tháng 5/2020`, blind-vnru-30, 420): it was
 * written before that month, so the day is the latest one before it — in the
 * plan's year when its month is not later than the plan's, else the year before.
 * Only when the text names no other year; the earliest plan bounds it.
 */
function yearBeforePlan(day: MonthDay, text: string): { year: number; confirmed: boolean } | undefined {
  let plan: { year: number; month: number } | undefined;
  for (const sentence of sentencesOf(text)) {
    if (!isAboutFuture(sentence)) continue;
    for (const { value } of findMonthYears(sentence)) {
      if (!plan || value.year < plan.year || (value.year === plan.year && value.month < plan.month)) plan = value;
    }
  }
  if (!plan) return undefined;
  return { year: day.month <= plan.month ? plan.year : plan.year - 1, confirmed: true };
}

/** `Math.max(...values)` without passing each value as an argument: a text may name a year 100,000 times. */
function largest(values: readonly number[]): number {
  return values.reduce((max, value) => Math.max(max, value), -Infinity);
}

/** The inferred date of an undated article's main event, or undefined when the text dates nothing. */
export function inferEventDate(paragraphs: readonly string[]): InferredDate | undefined {
  const event = findEventDay(paragraphs);
  if (!event) return undefined;
  if (event.day.year !== undefined) {
    return { date: { year: event.day.year, month: event.day.month, day: event.day.day }, evidence: event.evidence, yearConfirmed: true };
  }
  const year = inferYear(event.day, paragraphs.join("\n"));
  if (!year) return undefined;
  return {
    date: { year: year.year, month: event.day.month, day: event.day.day },
    evidence: event.evidence,
    yearConfirmed: year.confirmed,
  };
}
