/**
 * The publication date of a page, chosen among every date it gives by where
 * each stands: the editor's ` date` marker; a date line by the headline or the
 * byline (the first publication before an update); one after the text
 * (`Publication date: …`); the day in the original address; a time stamp with
 * the day but no year; a photo's caption; the day of the main event the text
 * reports; relative words (`on Wednesday`) anchored on a day written in
 * full or on an event of the taxonomy the article reports; and the days of the
 * one event the text reports by its evidence alone; last, greetings for the
 * New Year of a given year (all flagged inferred).
 *
 * A page clock (a date line at the top of the page, set apart from the
 * headline by other header lines) and the dates of widgets (exchange rates,
 * weather), related items and archive photos are never the publication date. A weekday beside a numeric
 * date tells day-first from month-first (`Mon, 04/06/2015` is 6 April); so do
 * a 12-hour clock and the days the text reports. An American evening is the
 * next day in Asia when the text's weekday says so.
 */
import type { CaptionFinding, PhotoStamp } from "./findings.ts";
import {
  addDays,
  daysBetween,
  findFullDates,
  findMonthDays,
  formatIsoDay,
  isRealDay,
  parseIsoDay,
  weekdayBefore,
  weekdayOf,
  type CalendarDay,
  type MonthDay,
} from "./date-expressions.ts";
import { HOW_TO_DATE, type DateLine, type YearlessDateLine } from "./date-line.ts";
import type { Dateline } from "./dateline.ts";
import {
  findEventDay,
  inAnniversarySpan,
  yearsAgoBesideDay,
  inferYear,
  isAboutFuture,
  sentencesOf,
  yearsMentioned,
  type EventDay,
  type KeptDay,
} from "./infer-date.ts";
import { lunarNewYearEve } from "./lunar-new-year.ts";
import { newYearGreeting } from "./new-year-greetings.ts";
import { presentYearStated } from "./present-year.ts";
import { anniversarySpanYear } from "./anniversary-span.ts";
import { dayAfterReportedPeriod } from "./period-floor.ts";
import { latestReportedPeriod } from "./reported-period.ts";
import { yearAfterEventWithItsDays } from "./event-days-written.ts";
import { dayInAnniversaryYear } from "./anniversary-year-day.ts";
import { termOfOfficeFirstYear } from "./term-of-office-year.ts";
import type { ParseProblem } from "./parsed-source.ts";
import {
  dayOfReportedEvent,
  inferFromRelativeWords,
  weekdayTheWeekBefore,
  relativeDayWithin,
  weekdaysNamed,
  yearOfEvent,
  yearOfWeekday,
  type EventSpan,
} from "./relative-dates.ts";

export interface DateEvidence {
  marker: CalendarDay | undefined;
  /** A marker that gives only the month (` date 2024-06`): the day is read from the text within it. */
  markerMonth?: { year: number; month: number } | undefined;
  urlDate: CalendarDay | undefined;
  dateLines: ReadonlyArray<DateLine & { at: number }>;
  yearlessDates: ReadonlyArray<YearlessDateLine & { at: number }>;
  /** Line numbers of the headline (if any) and of the lede. */
  titleAt: number | undefined;
  ledeAt: number;
  dateline: Dateline | undefined;
  paragraphs: readonly string[];
  captions: readonly CaptionFinding[];
  /** Caption and credit lines as printed (dates in credits included). */
  photoStamps: readonly PhotoStamp[];
  /** Days written in full in the header's other lines (a photo's title, a kicker), the last resort. */
  headerDays: readonly CalendarDay[];
  today: string;
  /** The events of the taxonomy the text reports, asked for only when they are needed. */
  events: () => readonly EventSpan[];
  /** Days kept every year, counted from their first (`74 năm Quốc khánh 2/9`): the archive's list. */
  keptDays?: readonly KeptDay[];
  /** Events the text fits in one sentence only (`anchorOnly`): they lend a yearless day within their days its year. */
  anchors?: () => readonly EventSpan[];
  /** When the text's titled people held those titles (`President Lương Cường`), asked for only when needed. */
  tenures?: () => readonly TitledSince[];
  /** The events of the text's people, whatever it says of them: the last resort for a day's year. */
  peopleEvents?: () => readonly EventSpan[];
  problems: ParseProblem[];
}

/**
 * More header lines than this between a date line and the headline below it
 * make the date line the page's clock: one (a section label, a kicker) may
 * stand between the article's own date line and its headline; a clock over a
 * hotline and a section (`Thứ hai 23/03/2026 01:39` / `Hotline: …` / `Nghiên
 * cứu - Dữ liệu`, blind-vnru-35, 480) is the day the page was copied.
 */
const CLOCK_DISTANCE = 1;

/** How many paragraphs from the top the days the text reports are read from. */
const REPORTED_DAYS_REACH = 4;

/**
 * The date lines that may give the publication date, best first: those between
 * the headline and the lede, then those above the headline (a page clock set
 * apart from it is left out), then those after the lede; the first
 * publication before updates.
 */
function publicationLines(evidence: DateEvidence): Array<DateLine & { at: number }> {
  const top = evidence.titleAt ?? evidence.ledeAt;
  const group = (line: { at: number }): number => {
    if (line.at > top && line.at < evidence.ledeAt) return 0;
    if (line.at < top) return top - line.at - 1 > CLOCK_DISTANCE ? -1 : 1;
    return 2;
  };
  return evidence.dateLines
    .map((line, order) => ({ line, order, rank: group(line) * 2 + (line.updated ? 1 : 0) }))
    .filter(({ line }) => group(line) >= 0 && !line.widget)
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map(({ line }) => line);
}

/** Days the opening paragraphs report (`on July 1`, `November 24, 2021`). */
function reportedDays(paragraphs: readonly string[]): Array<MonthDay & { year?: number }> {
  const days: Array<MonthDay & { year?: number }> = [];
  for (const paragraph of paragraphs.slice(0, REPORTED_DAYS_REACH)) {
    const text = paragraph.slice(0, 2_000);
    for (const match of findFullDates(text)) days.push(match.value);
    for (const match of findMonthDays(text)) days.push(match.value);
  }
  return days;
}

/** The reading reports a day of the text within the week before it. */
function followsReportedDay(reading: CalendarDay, days: ReadonlyArray<MonthDay & { year?: number }>): boolean {
  return days.some((day) => {
    const gap = daysBetween({ year: day.year ?? reading.year, month: day.month, day: day.day }, reading);
    return gap >= 0 && gap <= 7;
  });
}

/**
 * The day a date line gives: of a numeric date that reads both ways, the
 * reading its weekday names, else the one just after a day the text reports,
 * else month first with a 12-hour clock, else day first; then the next day
 * when an American evening's next day is the weekday the text speaks of.
 */
export function dayOfDateLine(line: DateLine, paragraphs: readonly string[]): CalendarDay {
  let day = line.date;
  const other = line.otherReading;
  if (other) {
    if (line.weekday !== undefined && weekdayOf(other) === line.weekday && weekdayOf(line.date) !== line.weekday) day = other;
    else if (line.weekday === undefined) {
      const days = reportedDays(paragraphs);
      const first = followsReportedDay(line.date, days);
      const second = followsReportedDay(other, days);
      if (second && !first) day = other;
      else if (first === second && line.twelveHour) day = other;
    }
  }
  if (line.nextDayInAsia) {
    const next = addDays(day, 1);
    const named = weekdaysNamed(paragraphs);
    if (named.includes(weekdayOf(next)) && !named.includes(weekdayOf(day))) day = next;
  }
  return day;
}

/** The latest year the text speaks of as past or present: a year no article about it can precede. */
function latestYearNamed(text: string): number | undefined {
  const years = yearsMentioned(text);
  return years.length === 0 ? undefined : years.reduce((max, year) => Math.max(max, year));
}

interface Completed {
  year: number;
  /** The year came from a weekday, with no year of the text to back it. */
  guessed: boolean;
  /** The text names the year too. */
  confirmed: boolean;
}

/**
 * The year of a day given without one: from an event of the taxonomy the text
 * reports around that day, from the text's own years (the weekday it gives the
 * day picking the year from there), or from the weekday alone (`weekday`), the
 * latest such year up to today.
 */
function completeYear(day: MonthDay, weekday: number | undefined, evidence: DateEvidence): Completed | undefined {
  // An event the text reports, held around that day, gives its year first: a year the text
  // names in passing (`his first visit since 2017`) only bounds it from below.
  const tenures = evidence.tenures?.() ?? [];
  const near = weekdayDaysNear(day, evidence.paragraphs);
  const fitsWeekdays = (year: number) => near.every((other) => weekdayOf(nearestInYears(other, { year, ...day })) === other.weekday);
  // Of the events it may report (two visits in May), the one whose year its titles and weekdays allow.
  const fromEvent = yearOfEvent(day, evidence.events(), (year) => fitsTenures({ year, ...day }, tenures) && fitsWeekdays(year));
  if (fromEvent !== undefined) return { year: fromEvent, guessed: false, confirmed: true };
  const text = evidence.paragraphs.join("\n");
  // A year still to come dates no text copied by today (`Ngày 5/8 … nhiệm kỳ 2023 - 2028`, blind-vnru-59, 769): the rules after this one decide.
  const readFromText = inferYear(day, text, evidence.keptDays);
  const fromText =
    readFromText !== undefined && formatIsoDay({ year: readFromText.year, ...day }) <= evidence.today ? readFromText : undefined;
  // An event the text fits in one sentence only (`Putin’s visit to Hanoi earlier this week`), held on
  // the day or in the week before it, gives its year when it is not before the text's: the text's years
  // bound it from below (`BEIJING, June 22.` over `… a free trade agreement in 2015`: 2024, blind-vnru-21, 313).
  const fromAnchor = yearOfEventHolding(day, evidence.anchors?.() ?? [], YEAR_OF_EVENT_REACH_DAYS);
  if (fromAnchor !== undefined && (fromText === undefined || fromAnchor >= fromText.year) && fitsWeekdays(fromAnchor)) {
    return { year: fromAnchor, guessed: false, confirmed: true };
  }
  // An event the text writes out with its first day, over before the day (`… July 9 …` after a visit `from June 19 - 20`).
  const lookedBack = yearAfterEventWithItsDays(day, [...evidence.events(), ...(evidence.anchors?.() ?? [])], text);
  if (lookedBack !== undefined && (fromText === undefined || lookedBack >= fromText.year) && fitsWeekdays(lookedBack)) {
    return { year: lookedBack, guessed: false, confirmed: true };
  }
  if (fromText) {
    // The text's years are a lower bound; the weekday it gives the day picks the year from there
    // (`on Sunday … October 18` after `2016`: 18 October fell on a Sunday in 2020).
    if (weekday !== undefined && weekdayOf({ year: fromText.year, ...day }) !== weekday) {
      const year = firstYearFitting(day, fromText.year, parseIsoDay(evidence.today), (year) => weekdayOf({ year, ...day }) === weekday);
      if (year !== undefined) return { year, guessed: false, confirmed: false };
    }
    if (weekday === undefined && near.length > 0 && !fitsWeekdays(fromText.year)) {
      const year = firstYearFitting(day, fromText.year + 1, parseIsoDay(evidence.today), fitsWeekdays);
      if (year !== undefined) return { year, guessed: false, confirmed: false };
    }
    return { year: fromText.year, guessed: false, confirmed: fromText.confirmed };
  }
  if (weekday === undefined) {
    // `MOSCOW, November 29` over `talks … on Tuesday, November 30`: the weekday of a day beside it.
    if (near.length === 0) return undefined;
    const year = latestYearFitting(
      day,
      parseIsoDay(evidence.today),
      (year) => fitsWeekdays(year) && fitsTenures({ year, ...day }, tenures),
    );
    return year === undefined ? undefined : { year, guessed: true, confirmed: false };
  }
  // `Ханой. 7 ноября … в среду … Дмитрий Медведев` (blind-vnru-22, 323): of the years whose 7 November is a
  // Wednesday, that of the one event of the text's people holding the day (his visit of 6–7 November 2012).
  const ofPeople = yearOfEventHolding(day, evidence.peopleEvents?.() ?? []);
  if (ofPeople !== undefined && weekdayOf({ year: ofPeople, ...day }) === weekday)
    return { year: ofPeople, guessed: false, confirmed: false };
  const year = yearOfWeekday(day, weekday, parseIsoDay(evidence.today), latestYearNamed(text));
  return year === undefined ? undefined : { year, guessed: true, confirmed: false };
}

/** How far from a day without a year a day the text gives with its weekday may stand and still date it. */
const WEEKDAY_REACH_DAYS = 7;

type WeekdayDay = MonthDay & { weekday: number };

/**
 * The days the opening paragraphs write with their weekday (`on Tuesday,
 * November 30`, `thứ Ba (30/11)`) within a week of `day` in any year: a
 * weekday holds for a day and month in only one year of six or so.
 */
export function weekdayDaysNear(day: MonthDay, paragraphs: readonly string[]): WeekdayDay[] {
  const found: WeekdayDay[] = [];
  for (const paragraph of paragraphs.slice(0, REPORTED_DAYS_REACH)) {
    const text = paragraph.slice(0, 2_000);
    for (const match of findMonthDays(text)) {
      const weekday = weekdayBefore(text, match.index);
      if (weekday === undefined) continue;
      const other = { ...match.value, weekday };
      // A leap year, so that 29 February counts.
      const gap = Math.abs(daysBetween({ year: 2024, ...day }, nearestInYears(other, { year: 2024, ...day })));
      if (gap <= WEEKDAY_REACH_DAYS) found.push(other);
    }
  }
  return found;
}

/** `other` in the year (of `around`, or the one before or after) that puts it nearest to `around`. */
function nearestInYears(other: MonthDay, around: CalendarDay): CalendarDay {
  const candidates = [around.year - 1, around.year, around.year + 1].map((year) => ({ year, month: other.month, day: other.day }));
  const distance = (candidate: CalendarDay) => Math.abs(daysBetween(candidate, around));
  return candidates.reduce((best, candidate) => (distance(candidate) < distance(best) ? candidate : best));
}

/** The latest year up to `today` (25 years back at most) in which `day` is a real day not after today and `fits` holds. */
function latestYearFitting(day: MonthDay, today: CalendarDay, fits: (year: number) => boolean): number | undefined {
  for (let year = today.year; year >= today.year - 25; year -= 1) {
    const candidate = { year, ...day };
    if (isRealDay(candidate) && daysBetween(candidate, today) >= 0 && fits(year)) return year;
  }
  return undefined;
}

/** The first year from `from` up to `today` in which `day` is a real day not after today and `fits` holds. */
function firstYearFitting(day: MonthDay, from: number, today: CalendarDay, fits: (year: number) => boolean): number | undefined {
  for (let year = from; year <= today.year; year += 1) {
    const candidate = { year, ...day };
    if (isRealDay(candidate) && daysBetween(candidate, today) >= 0 && fits(year)) return year;
  }
  return undefined;
}

/**
 * The one weekday the opening paragraphs name in a sentence about what happened
 * (`said on Friday`, `landed … on Sunday evening`), the day of a wire's dateline
 * or of a photo; the weekday of what is to come (`are to meet on Monday`) is not.
 */
function onlyWeekdayNamed(paragraphs: readonly string[]): number | undefined {
  const happened = paragraphs.map((paragraph) =>
    sentencesOf(paragraph)
      .filter((sentence) => !isAboutFuture(sentence))
      .join(" "),
  );
  const named = weekdaysNamed(happened);
  return named.length === 1 ? named[0] : undefined;
}

export interface ChosenDate {
  iso?: string;
  inferred: boolean;
}

export function resolveDate(evidence: DateEvidence): ChosenDate {
  const { problems } = evidence;
  const found = findDate(evidence);
  if ("refusal" in found) {
    problems.push({ rule: "source-no-date", message: `has no date: ${found.refusal}; ${HOW_TO_DATE}` });
    return { inferred: false };
  }
  const iso = formatIsoDay(found.day);
  if (!isRealDay(found.day)) {
    problems.push({ rule: "source-impossible-date", message: `has an impossible date ${iso}` });
    return { inferred: found.inferred };
  }
  if (found.uncertain) {
    problems.push({
      rule: "source-date-uncertain",
      message: `has no date; ${iso} was inferred from ${found.uncertain} but nothing in the text confirms the year`,
    });
  }
  if (found.dayUnknown) {
    problems.push({
      rule: "source-date-uncertain",
      message: `${found.dayUnknown}, and the text reports no day of that month: ${iso} was taken; ${HOW_TO_DATE}`,
    });
  }
  if (iso > evidence.today)
    problems.push({ rule: "source-future-date", message: `has a date in the future: ${iso} (today is ${evidence.today})` });
  return { iso, inferred: found.inferred };
}

type Found = { day: CalendarDay; inferred: boolean; uncertain?: string; dayUnknown?: string } | { refusal: string };

function findDate(evidence: DateEvidence): Found {
  if (evidence.marker) return { day: evidence.marker, inferred: false };
  const found = notBeforeReportedPeriod(findDateFromPage(evidence), evidence);
  return evidence.markerMonth ? dayInMarkedMonth(evidence.markerMonth, found, evidence) : found;
}

/** An inferred day before the close of the period whose figures the text gives: the month after it (period-floor.ts). */
function notBeforeReportedPeriod(found: Found, evidence: DateEvidence): Found {
  if ("refusal" in found || !found.inferred) return found;
  const text = evidence.paragraphs.join("\n");
  const period = latestReportedPeriod(text);
  const after = dayAfterReportedPeriod(found.day, period, latestYearNamed(text), evidence.today);
  if (!after || !period) return found;
  return {
    day: after,
    inferred: true,
    dayUnknown: `its latest figures are those of "${period.phrase}", so it was written in ${MONTH_NAMES[after.month - 1]} ${after.year} or later`,
  };
}

/**
 * A marker gives the month (` date 2024-06`): the page's own date when it
 * falls in that month, else the first day of that month the text reports
 * (`chiều 3/8` under ` date 2021-08`), else the month's first day, flagged.
 */
function dayInMarkedMonth(month: { year: number; month: number }, found: Found, evidence: DateEvidence): Found {
  if (!("refusal" in found) && found.day.year === month.year && found.day.month === month.month) return found;
  const { paragraphs } = evidence;
  const inMonth = (day: MonthDay & { year?: number }) => day.month === month.month && (day.year ?? month.year) === month.year;
  const reported = findEventDay(paragraphs);
  const day =
    reported && inMonth(reported.day)
      ? reported.day
      : paragraphs.flatMap((paragraph) => findMonthDays(paragraph)).find((match) => inMonth(match.value))?.value;
  if (day) return { day: { year: month.year, month: month.month, day: day.day }, inferred: true };
  const relative = relativeDayInMarkedMonth(month, evidence);
  if (relative) return { day: relative, inferred: true };
  const marked = `${month.year}-${String(month.month).padStart(2, "0")}`;
  return {
    day: { year: month.year, month: month.month, day: 1 },
    inferred: true,
    dayUnknown: `its date marker gives only the month (${marked})`,
  };
}

/**
 * A time stamp or dateline with the day but no year (`10 MAY, 15:47`, `NEW DELHI,
 * December 6. /TASS/.`): the stamp (not an update's, where there is another) and
 * the day it, or else the dateline, states.
 */
function yearlessStatedDay(evidence: DateEvidence) {
  const stamp = evidence.yearlessDates.find((candidate) => !candidate.updated) ?? evidence.yearlessDates[0];
  return { stamp, stated: stamp?.monthDay ?? evidence.dateline?.monthDay };
}

/** How many days after the day a page states its address may be dated (a copy posted the next day or so). */
const ADDRESS_DAYS_AFTER_STATED = 3;

/**
 * The day the page states without its year (a wire's dateline `HANOI, March 23.
 * /TASS/.`, a time stamp `10 MAY, 15:47`) when the address's day falls one to
 * three days after it (`…/2018/03/24/…`): the address dates the copy, the page
 * its story. The year is the address's (the year before, across New Year). A
 * stated day further off, or after the address's, is no such day.
 */
function statedDayBeforeAddress(urlDate: CalendarDay, evidence: DateEvidence): CalendarDay | undefined {
  const { stated } = yearlessStatedDay(evidence);
  if (!stated) return undefined;
  for (const year of [urlDate.year, urlDate.year - 1]) {
    const day = { year, month: stated.month, day: stated.day };
    if (!isRealDay(day)) continue;
    const gap = daysBetween(day, urlDate);
    if (gap >= 1 && gap <= ADDRESS_DAYS_AFTER_STATED) return day;
  }
  return undefined;
}

/**
 * The one event of the taxonomy the text fits (reported, or in one sentence)
 * whose days fall in the marked month, and the day its relative words mean in
 * it: Lavrov's visits of 2009, 2018 and 2022 fit `Lawrow … Besuch in Hanoi`,
 * ` date 2022-07` leaves the one of 5–6 July 2022, and `heute` after an arrival
 * `gestern Abend` is its second day (blind-vnru-18, 276).
 */
function relativeDayInMarkedMonth(month: { year: number; month: number }, evidence: DateEvidence): CalendarDay | undefined {
  const first = { year: month.year, month: month.month, day: 1 };
  const last = addDays({ year: month.month === 12 ? month.year + 1 : month.year, month: (month.month % 12) + 1, day: 1 }, -1);
  const inMonth = (span: EventSpan) => daysBetween(span.start, last) >= 0 && daysBetween(first, span.end) >= 0;
  const spans = [...evidence.events(), ...(evidence.anchors?.() ?? [])].filter(inMonth);
  const names = new Set(spans.map((span) => span.name));
  if (names.size !== 1) return undefined;
  const day = relativeDayWithin(evidence.paragraphs, spans[0] as EventSpan);
  return day && day.year === month.year && day.month === month.month ? day : undefined;
}

function findDateFromPage(evidence: DateEvidence): Found {
  const { urlDate, dateline, paragraphs, captions } = evidence;
  const [line] = publicationLines(evidence);
  if (line) return { day: dayOfDateLine(line, paragraphs), inferred: false };
  if (urlDate) return { day: statedDayBeforeAddress(urlDate, evidence) ?? urlDate, inferred: false };
  // A wire's dateline with the year (`HANOI, Jan 15, 2025 (Reuters) -`) states the day it was filed.
  if (dateline?.day) return { day: dateline.day, inferred: false };

  const { stamp, stated: statedDay } = yearlessStatedDay(evidence);
  if (statedDay) {
    const year = completeYear(statedDay, stamp?.weekday ?? onlyWeekdayNamed(paragraphs), evidence);
    if (!year) {
      // `RUSSIA, April 6 -` over photos stamped `6 April 2023`: the photos of that day give its year.
      const pictured = evidence.photoStamps
        .filter((photo) => !photo.filePhoto)
        .flatMap((photo) => findFullDates(photo.line).map((match) => match.value))
        .find((day) => day.month === statedDay.month && day.day === statedDay.day);
      if (pictured) return { day: pictured, inferred: true };
      return { refusal: `it gives the day (${formatMonthDay(statedDay)}) but no year, and its text names none` };
    }
    const day = withinTenures({ year: year.year, ...statedDay }, evidence);
    return year.guessed
      ? { day, inferred: true, uncertain: `the weekday of ${formatMonthDay(statedDay)}` }
      : { day, inferred: day.year !== year.year };
  }

  // Dates of the photos (not archive pictures): one the text reports is the day; the others only when the text dates nothing.
  const captionDays = evidence.photoStamps
    .filter((stamp) => !stamp.filePhoto)
    .flatMap((stamp) => findFullDates(stamp.line).map((match) => match.value));
  const reported = reportedDays(paragraphs);
  const matching = captionDays.find((day) => reported.some((other) => other.month === day.month && other.day === day.day));
  if (matching) return { day: matching, inferred: true };

  // A day the text reports in passing loses to the day of its photos (`… in Hanoi on October 18.`).
  const reportedDay = findEventDay(paragraphs);
  const pictured = reportedDay?.phrase ? undefined : captionMonthDay(captions);
  const event: EventDay | undefined = pictured
    ? { day: pictured.value, evidence: pictured.text, paragraph: 0, phrase: false }
    : reportedDay;
  if (event) {
    // `Yesterday (June 19)`: the text was written, and published, the day after the day it names;
    // a day still to come `next week`, said on a weekday: that weekday of the week before it.
    const written = (day: CalendarDay): CalendarDay =>
      ((event.writtenDaysLater ?? 0) < 0 ? weekdayTheWeekBefore(paragraphs, day) : undefined) ?? addDays(day, event.writtenDaysLater ?? 0);
    if (event.day.year !== undefined) return { day: written({ ...event.day, year: event.day.year }), inferred: true };
    const reported = onlyReportedEvent(evidence.events());
    if (reported) {
      const onEvent = dayInEventYear(event.day, reported);
      // `April 30, right before your visit`: a day merely mentioned off the event's days is not the day reported.
      if (!event.phrase && !nearEvent(onEvent, reported)) return { day: dayOfReportedEvent(paragraphs, reported).date, inferred: true };
      // `On January 14 … since Putin's state visit in June 2024`: an event months off the day is background; the text's years decide.
      if (!event.phrase || nearEvent(onEvent, reported, YEAR_OF_EVENT_REACH_DAYS)) return { day: written(onEvent), inferred: true };
      // `Ngày 18.10, … Putin đã nhận lời mời … dự Tuần lễ cấp cao APEC … từ ngày 6-11.11` (blind-vnru-38, 514): the day
      // a text announces the one event it reports, weeks before it and with the event still to come, is in its year.
      if (announcesEvent(onEvent, reported, paragraphs)) return { day: written(onEvent), inferred: true };
      // `On the morning of September 29th, … the 70th anniversary of diplomatic relations` (anniversary-year-day.ts):
      // a day after an anniversary's one day, in a paragraph that speaks of it, is of the anniversary's year.
      const kept = dayInAnniversaryYear(event.day, reported, paragraphs[event.paragraph] ?? "");
      if (kept) return { day: written(kept), inferred: true };
    }
    const year = completeYear(event.day, event.weekday ?? onlyWeekdayNamed(paragraphs.slice(event.paragraph)), evidence);
    const captionYear = captionDays[0]?.year;
    if (year) {
      const day = withinTenures(written({ year: year.year, month: event.day.month, day: event.day.day }), evidence);
      return year.confirmed || day.year !== year.year ? { day, inferred: true } : { day, inferred: true, uncertain: `"${event.evidence}"` };
    }
    if (captionYear !== undefined)
      return { day: written({ year: captionYear, month: event.day.month, day: event.day.day }), inferred: true };
    const anchored = yearOfEventHolding(event.day, evidence.anchors?.() ?? []);
    if (anchored !== undefined) return { day: written({ year: anchored, month: event.day.month, day: event.day.day }), inferred: true };
    // `Chiều 19/5, tại thành phố Sochi … sang thăm chính thức Liên bang Nga` (blind-vnru-26, 374): of the
    // visits the text may report (Phúc's of May 2016 and May 2019), the only one whose days hold the day.
    const held = yearOfEventHolding(
      event.day,
      evidence.events().filter((span) => span.ambiguous),
    );
    if (held !== undefined) return { day: written({ year: held, month: event.day.month, day: event.day.day }), inferred: true };
    // `Sergey Lavrov was in Vietnam on July 5-6 … On July 6 …` and no year (blind-vnru-53, 693): the one
    // event of the text's people whose days hold the day (his visit of 5–6 July 2022).
    const ofPeople = yearOfEventHolding(event.day, evidence.peopleEvents?.() ?? []);
    if (ofPeople !== undefined) {
      const day = written({ year: ofPeople, month: event.day.month, day: event.day.day });
      return { day, inferred: true, uncertain: `"${event.evidence}"` };
    }
    // `Ngày 9/11 … Đại hội lần thứ IV, nhiệm kỳ 2024-2029` (term-of-office-year.ts, blind-vnru-63, 816): a day
    // of the paragraph that elects a body for a term of office is of the term's first year.
    const termYear = termOfOfficeFirstYear(paragraphs[event.paragraph] ?? "");
    if (termYear !== undefined) return { day: written({ year: termYear, month: event.day.month, day: event.day.day }), inferred: true };
  }
  const [captionDay] = captionDays;
  if (captionDay) return { day: captionDay, inferred: true };

  const { past, ahead } = fullDatesByTense(paragraphs);
  const relative = inferFromRelativeWords(paragraphs, past, evidence.events(), ahead);
  if (relative) return { day: relative.date, inferred: true };
  // The one event the text reports, by name or by its evidence, and no day of its own: the event's
  // (`… to the 10th International Military-Technical Forum ARMY-2024 in Russia`, blind-vnru-52, 679).
  const reportedEvents = evidence.events().filter((span) => !span.ambiguous && !span.anchorOnly);
  if (reportedEvents.length === 1) {
    const [event] = reportedEvents as [EventSpan];
    // `… sẽ có chuyến thăm chính thức Liên bang Nga … từ ngày 8 đến 11/5/2025` (blind-vnru-45, 598): written before it began.
    if (announcesItsDays(paragraphs, event)) return { day: addDays(event.start, -1), inferred: true };
    return { day: dayOfReportedEvent(paragraphs, event).date, inferred: true };
  }
  const [headerDay] = evidence.headerDays;
  if (headerDay) return { day: headerDay, inferred: true };
  // Greetings or an interview for the Lunar New Year of a year (`for the Lunar New Year 2024`, `Tết Quý Mão`): its eve.
  const tetEve = lunarNewYearEve(paragraphs);
  if (tetEve) return { day: tetEve, inferred: true };
  // A year the text says is its own (a New Year's greeting, `Năm 2020 là năm …`, an anniversary's span): its first day.
  // Greetings for a New Year still to come (`sắp bước sang năm mới 2022`): the last day of the year before it.
  const greeting = newYearGreeting(paragraphs);
  if (greeting?.ahead) return { day: { year: greeting.year - 1, month: 12, day: 31 }, inferred: true };
  const ownYear = greeting?.year ?? presentYearStated(paragraphs) ?? anniversarySpanYear(paragraphs);
  if (ownYear !== undefined) return { day: { year: ownYear, month: 1, day: 1 }, inferred: true };
  const period = periodWritten(paragraphs.join("\n"), evidence.today);
  if (period) return period;
  return { refusal: "no date line, and no event day in the text to infer it from" };
}

/**
 * The latest figures the text reports (`the first four months of 2023`,
 * reported-period.ts) date a text that gives nothing else: the first day of the
 * month after the period, flagged, since no day is known. Not a period older
 * than a year the text names, which is background, nor one not over by today.
 */
function periodWritten(text: string, today: string): Found | undefined {
  const period = latestReportedPeriod(text);
  if (!period) return undefined;
  const latestYear = latestYearNamed(text);
  if (latestYear !== undefined && latestYear > period.year) return undefined;
  const day =
    period.lastMonth === 12 ? { year: period.year + 1, month: 1, day: 1 } : { year: period.year, month: period.lastMonth + 1, day: 1 };
  if (formatIsoDay(day) > today) return undefined;
  return {
    day,
    inferred: true,
    dayUnknown: `its latest figures are those of "${period.phrase}", so it was written in ${MONTH_NAMES[day.month - 1]} ${day.year} or later`,
  };
}

/** A day from which the text was written (`YYYY-MM-DD`): a titled person's first day in that office. */
export interface TitledSince {
  from: string;
}

function fitsTenures(day: CalendarDay, tenures: readonly TitledSince[]): boolean {
  const iso = formatIsoDay(day);
  return tenures.every((tenure) => iso >= tenure.from);
}

/** How many years either side of a guessed year a title may move it. */
const TENURE_REACH_YEARS = 40;

/**
 * A day whose year was worked out from the text, moved to the nearest year in
 * which its titled people held the titles it gives them (`Prime Minister Pham
 * Minh Chinh … on August 13` beside `the Tokyo 2020 Olympics` is 2021: he took
 * office in April 2021). Unchanged when it fits, or when no year fits them all.
 */
function withinTenures(day: CalendarDay, evidence: DateEvidence): CalendarDay {
  const tenures = evidence.tenures?.() ?? [];
  if (tenures.length === 0 || fitsTenures(day, tenures)) return day;
  const latest = Number(evidence.today.slice(0, 4));
  for (let distance = 1; distance <= TENURE_REACH_YEARS; distance += 1) {
    for (const year of [day.year + distance, day.year - distance]) {
      const moved = { ...day, year };
      if (year <= latest && fitsTenures(moved, tenures)) return moved;
    }
  }
  return day;
}

/** The one event the text reports (named, or decided by its evidence), if there is exactly one. */
function onlyReportedEvent(spans: readonly EventSpan[]): EventSpan | undefined {
  const reported = spans.filter((span) => !span.ambiguous);
  return reported.length === 1 ? reported[0] : undefined;
}

/** A day without a year, in the year of the event's days nearest to it (`January 14` of a visit of 14–15 January 2025). */
function dayInEventYear(day: MonthDay, event: EventSpan): CalendarDay {
  const years = [...new Set([event.start.year - 1, event.start.year, event.end.year, event.end.year + 1])];
  const distance = (candidate: CalendarDay) =>
    Math.min(Math.abs(daysBetween(candidate, event.start)), Math.abs(daysBetween(candidate, event.end)));
  return years
    .map((year) => ({ year, month: day.month, day: day.day }))
    .reduce((best, candidate) => (distance(candidate) < distance(best) ? candidate : best));
}

/**
 * `ngày 23/5, bên lề chuyến thăm chính thức Liên bang Nga của Thủ tướng …`:
 * the year of the one event (of those the text fits) whose days hold the day,
 * when the events that hold it agree on it (Phúc's visit of 20–23 May 2019,
 * not that of 16–20 May 2016), or follow them by `daysAfter` days at most (a report of the week after).
 * Undefined when none does, or they disagree.
 */
export function yearOfEventHolding(day: MonthDay, events: readonly EventSpan[], daysAfter = 0): number | undefined {
  const years = new Set<number>();
  for (const event of events) {
    for (const year of new Set([event.start.year, event.end.year])) {
      const candidate = { year, ...day };
      if (daysBetween(event.start, candidate) >= 0 && daysBetween(candidate, event.end) >= -daysAfter) years.add(year);
    }
  }
  return years.size === 1 ? [...years][0] : undefined;
}

/** How far from an event's days a day the text reports may stand and still be of the event (previews, follow-ups). */
const EVENT_REACH_DAYS = 2;

/** How far from an event's days `yearOfEvent` lets a day stand and still take the event's year. */
const YEAR_OF_EVENT_REACH_DAYS = 7;

/** How long before an event a text announcing it may be written and take the event's year. */
const ANNOUNCED_EVENT_REACH_DAYS = 60;

/** How many of the text's first paragraphs are read for an event announced with its days. */
const ANNOUNCEMENT_REACH = 3;

/**
 * The text's opening says the event is to come and writes its first or last
 * day in full in the same sentence (`sẽ có chuyến thăm … từ ngày 8 đến
 * 11/5/2025`): a preview, not a report. A future sentence about something
 * else (`hai bên sẽ tiếp tục hợp tác`) does not count.
 */
function announcesItsDays(paragraphs: readonly string[], event: EventSpan): boolean {
  const isEventDay = (day: CalendarDay) => daysBetween(day, event.start) === 0 || daysBetween(day, event.end) === 0;
  return paragraphs
    .slice(0, ANNOUNCEMENT_REACH)
    .some((paragraph) =>
      sentencesOf(paragraph.slice(0, 5_000)).some(
        (sentence) => isAboutFuture(sentence) && findFullDates(sentence).some(({ value }) => isEventDay(value)),
      ),
    );
}

/** The day falls before the event's first day, by two months at most, and the text speaks of something to come. */
function announcesEvent(day: CalendarDay, event: EventSpan, paragraphs: readonly string[]): boolean {
  const ahead = daysBetween(day, event.start);
  return ahead > 0 && ahead <= ANNOUNCED_EVENT_REACH_DAYS && paragraphs.some((paragraph) => sentencesOf(paragraph).some(isAboutFuture));
}

function nearEvent(day: CalendarDay, event: EventSpan, reach: number = EVENT_REACH_DAYS): boolean {
  return daysBetween(event.start, day) >= -reach && daysBetween(day, event.end) >= -reach;
}

/** The days the text writes in full, in sentences about what happened and in sentences about what is to come. */
function fullDatesByTense(paragraphs: readonly string[]): { past: CalendarDay[]; ahead: CalendarDay[] } {
  const past: CalendarDay[] = [];
  const ahead: CalendarDay[] = [];
  for (const paragraph of paragraphs) {
    for (const sentence of sentencesOf(paragraph)) {
      // (Not the two ends of an anniversary's span: `(7/11/1917-7/11/2013)`, nor a day counted back from the writing: `ngày 30/01/1950, cách đây hơn 70 năm`.)
      const days = findFullDates(sentence)
        .filter((match) => !inAnniversarySpan(sentence, match.index) && !yearsAgoBesideDay(sentence, match.index))
        .map((match) => match.value);
      (isAboutFuture(sentence) ? ahead : past).push(...days);
    }
  }
  return { past, ahead };
}

/** The first day and month (no year) of a photo's caption, archive pictures aside. */
function captionMonthDay(captions: readonly CaptionFinding[]) {
  for (const caption of captions) {
    if (caption.filePhoto) continue;
    const [first] = findMonthDays(caption.text);
    if (first) return first;
  }
  return undefined;
}

// biome-ignore format: a word list packed by hand
const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function formatMonthDay({ month, day }: MonthDay): string {
  return `${MONTH_NAMES[month - 1] ?? month} ${day}`;
}
