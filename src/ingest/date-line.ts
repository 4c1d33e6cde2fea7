/**
 * Lines that state when an article was published: the ` date YYYY-MM-DD` marker
 * editors put at the top of a source, and the date lines news sites print
 * (`Báo Tin TứcBáo Tin Tức09/05/2025`, `Tuesday, January 14, 2025 10:30`,
 * `14/01/2025 08:15 GMT+7`, `Updated: 2025-01-14T08:00`).
 */
import { dayOfStampSegment } from "./address-stamp.ts";
import { findFullDates, findMonthDays, WEEKDAY, weekdayBefore, type CalendarDay, type MonthDay } from "./date-expressions.ts";
import { isSectionPath } from "./section-path.ts";
import { isMemberSinceLabel } from "./member-stamps.ts";
import { LABELLED_COUNTER, withoutAuthorLabel } from "./stamp-labels.ts";

export interface DateMarker {
  /** The day: ` date 2025-01-15`. */
  date?: CalendarDay;
  /** Only the month, as some stored copies give it: ` date 2024-06`. */
  month?: { year: number; month: number };
  /** What follows the marker on its line: often the first paragraph or a caption. */
  rest: string;
}

/** ` date 2024-06 …`: a year and month, not followed by a day. */
const MARKER_MONTH = /^((?:19|20)\d{2})-(0[1-9]|1[0-2])(?![\d-])/u;

/** The editor's marker at the very start of a source: ` date 2025-01-15 First paragraph…` (or ` date 2024-06 …`). */
export function parseDateMarker(line: string): DateMarker | undefined {
  const match = /^\s*date:?\s+/i.exec(line);
  if (!match) return undefined;
  const after = line.slice(match[0].length);
  const [first] = findFullDates(after);
  if (first?.index === 0) return { date: first.value, rest: after.slice(first.text.length).trim() };
  const month = MARKER_MONTH.exec(after);
  if (!month) return undefined;
  return { month: { year: Number(month[1]), month: Number(month[2]) }, rest: after.slice(month[0].length).trim() };
}

/** What a `source-no-date` message tells the editor to do. */
export const HOW_TO_DATE =
  "date it with `news-archive add --date YYYY-MM-DD FILE` (which writes the line ` date YYYY-MM-DD` at the top of the copied source), or add that line by hand";

export interface DateLine {
  date: CalendarDay;
  /** The month-first reading of a numeric date that reads both ways (`04/06/2015`). */
  otherReading?: CalendarDay;
  /** The weekday written beside the date (0 Sunday … 6 Saturday), which tells the two readings apart. */
  weekday?: number;
  /** A 12-hour time (`9:30:05 AM`): the clock of pages that write dates month first. */
  twelveHour: boolean;
  /** The time is an evening in an American zone (`9:40 PM EDT`): it is already the next day in Asia. */
  nextDayInAsia: boolean;
  /** The line says this is an update, not the first publication. */
  updated: boolean;
  /** A widget's stamp (exchange rates, the weather), never the publication date. */
  widget: boolean;
  /** What is left once the date, time, weekday and labels are gone: a glued byline, or "". */
  rest: string;
}

/** What widgets print beside their own date: currencies, rates, temperatures. */
const WIDGET_WORDS = /\b(?:USD|EUR|JPY|CNY|RUB|VND|GBP|AUD|SGD|KRW)\b|\brates?\b|tỷ giá|курс|°\s*[CF]\b|\b(?:weather|thời tiết|погода)\b/iu;

/** A widget's line (exchange rates, the weather): its date is the page's, not the article's. */
export function isWidgetLine(line: string): boolean {
  return WIDGET_WORDS.test(line.slice(0, 300));
}

const TIME = String.raw`\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?\s?[Mm]\.?)?`;
const ZONE = String.raw`\(?\s*(?:(?:GMT|UTC|ICT)\s*(?:[+-]\s*\d{1,2}(?::?\d{2})?)?|(?<![\p{L}])(?:E[DS]?T|C[DS]T|M[DS]T|P[DS]?T|MSK|JST|KST|BST|CES?T|SGT|HKT|IST|PKT|WIB)(?![\p{L}]))\s*\)?`;
/** UTC offsets of the American zones whose evening is the next day in Asia. */
const AMERICAN_ZONES: Readonly<Record<string, number>> = {
  EDT: -4,
  EST: -5,
  ET: -4,
  CDT: -5,
  CST: -6,
  MDT: -6,
  MST: -7,
  PDT: -7,
  PST: -8,
  PT: -7,
};
/** Hours ahead of UTC of the Asian newsrooms the archive's stories come from (Hà Nội, Bangkok, Jakarta). */
const ASIA_OFFSET = 7;
const LABEL = String.raw`(?:last\s+updated|updated|update|last\s+modified|modified|published|first\s+published|posted|issued|created|date|publish(?:ed)?\s+date|publication\s+date|cập\s+nhật|ngày\s+đăng|đăng\s+lúc|đăng\s+ngày|xuất\s+bản|lúc|ngày|обновлено|опубликовано|от|at|on)`;
/**
 * A date's label on a line of its own, the date below it or only the page's
 * age (swissinfo's `This content was published on` / `2 minutes`), `Published:`,
 * `Cập nhật:`, `Опубликовано`. Furniture, never a headline.
 */
const DATE_LABEL_LINE = new RegExp(
  String.raw`^(?:this\s+(?:content|article|story|page|post)\s+was\s+)?(?:first\s+)?${LABEL}(?:\s+(?:on|at))?\s*:?(?:\s*\d{1,3}\s+(?:seconds?|minutes?|mins?|hours?|hrs?)(?:\s+(?:ago|read))?)?$`,
  "iu",
);

export function isDateLabelLine(line: string): boolean {
  return DATE_LABEL_LINE.test(line.trim());
}

/** `2 hours ago`, `a year ago`: how old the page was when copied, not a date. */
const AGO = String.raw`(?:(?<!\d)\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago`;
/** Words that mark a date as a revision, not the first publication. */
const UPDATE_WORDS = String.raw`(?:updated|update|modified|cập\s+nhật|обновлено)`;

/** The longest rest a date line may carry: a byline or a publisher name, not a sentence. */
const MAX_REST_LENGTH = 60;

/**
 * A line that is a publication date, perhaps with a time, weekday, label and a
 * byline glued on; undefined for prose that merely mentions a date.
 */
export function parseDateLine(line: string): DateLine | undefined {
  const dates = findFullDates(line);
  const [first] = dates;
  if (!first) return undefined;
  // `Зарегистрирован: 15 мар 2017 14:33`: a forum member's joining day (member-stamps.ts).
  if (isMemberSinceLabel(line.slice(0, first.index))) return undefined;
  const stripped = stripStampWords(withoutMatches(line, dates));
  // `Туризм / Новости 18 мая 2016 г. 15:46`: the section path is the page's place on its site, not a byline.
  const rest = isSectionPath(stripped) ? "" : stripped;
  if (rest.length > MAX_REST_LENGTH || !isBylineLike(rest)) return undefined;
  const weekday = weekdayBefore(line, first.index);
  return {
    date: first.value,
    ...(first.otherReading ? { otherReading: first.otherReading } : {}),
    ...(weekday === undefined ? {} : { weekday }),
    twelveHour: TWELVE_HOUR.test(line),
    nextDayInAsia: isAsianNextDay(line),
    updated: saysUpdated(line.slice(0, first.index)),
    widget: isWidgetLine(line),
    rest,
  };
}

const TWELVE_HOUR = /\d{1,2}:\d{2}(?::\d{2})?\s*[AaPp]\.?\s?[Mm]\b/u;
const ZONED_TIME = /(?<!\d)(\d{1,2}):(\d{2})(?::\d{2})?\s*(?:([AaPp])\.?\s?[Mm]\.?)?\s*,?\s*\(?([A-Z]{2,3})\b/u;

/**
 * `June 19, 2024 9:40 PM EDT`: an American evening that is already the next
 * day in Asia, where the stories happen (an article about Hà Nội stamped on the
 * evening of the 19th in New York reports the 20th).
 */
function isAsianNextDay(line: string): boolean {
  const match = ZONED_TIME.exec(line);
  const offset = match ? AMERICAN_ZONES[match[4]!] : undefined;
  if (!match || offset === undefined) return false;
  let hour = Number(match[1]) % 12;
  if (match[3] === undefined) hour = Number(match[1]);
  else if (/[Pp]/u.test(match[3])) hour += 12;
  return hour - offset + ASIA_OFFSET >= 24;
}

/** The text with each match replaced by a space: one pass, however many dates a line holds. */
function withoutMatches(text: string, matches: ReadonlyArray<{ index: number; text: string }>): string {
  const pieces: string[] = [];
  let from = 0;
  for (const match of matches) {
    pieces.push(text.slice(from, match.index));
    from = match.index + match.text.length;
  }
  pieces.push(text.slice(from));
  return pieces.join(" ");
}

const UPDATE_WORD = new RegExp(UPDATE_WORDS, "iu");

/**
 * `Updated: 14/01/2025`: an update word after the last digit before the date
 * (a digit between them belongs to an earlier stamp: `Published 13/01/2025 …`).
 * The text after that digit is found once, not searched from every update word.
 */
function saysUpdated(beforeDate: string): boolean {
  let lastDigit = beforeDate.length - 1;
  while (lastDigit >= 0 && !/\d/.test(beforeDate[lastDigit]!)) lastDigit -= 1;
  return UPDATE_WORD.test(beforeDate.slice(lastDigit + 1));
}

/**
 * Removes what surrounds a date in a time stamp: `2 hours ago`, time, zone,
 * weekday, labels, separators. White space is made single first and after
 * each removal, so that no pattern starting with optional white space (`ZONE`)
 * reads a long run of it from each of its characters.
 */
function stripStampWords(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(STAMP_AGO, " ")
    .replace(STAMP_EXTRAS, " ")
    .replace(LABELLED_COUNTER, " ")
    .replace(/\s+/g, " ")
    .replace(STAMP_ZONE, " ")
    .replace(STAMP_TIME, " ")
    .replace(STAMP_WEEKDAY, " ")
    .replace(STAMP_LABEL, " ")
    .replace(STAMP_YEAR_MARK, " ")
    .replace(/[|,·•–—:()[\]-]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

// Made once: every line of a source may be a stamp. (`replace` starts a global pattern afresh each time.)
const STAMP_AGO = new RegExp(AGO, "giu");
const STAMP_ZONE = new RegExp(ZONE, "gu");
const STAMP_TIME = new RegExp(TIME, "gu");
const STAMP_WEEKDAY = new RegExp(`(?<![\\p{L}])${WEEKDAY}(?![\\p{L}])`, "gu");
const STAMP_LABEL = new RegExp(`(?<![\\p{L}])${LABEL}(?![\\p{L}])\\s*:?`, "giu");
/**
 * The Russian mark of a year, `г.` (`12 апреля 2022 г. 10:17`), left alone once
 * the date before it is taken out: part of the stamp, not a word of a byline
 * (blind-vnru-38, 518: `Новости 12 апреля 2022 г. 10:17 обновлено 12 апреля 2022 г. 14:15`).
 */
const STAMP_YEAR_MARK = /(?<![\p{L}\d])г\.(?![\p{L}\d])/gu;

/**
 * What else stamps carry: a view or comment counter (`ТАСС 107 просмотров`,
 * `63787 views`, Korean `의견 0`, `댓글 3`), the account of a CMS that posted the
 * page (`Submitted by unname1 on`), which is no one's name, the page's text-size
 * control (`Xinhua, May 30, 2015 Adjust font size:`, `Cỡ chữ`, `Размер шрифта`),
 * Korean sites' words for posted and edited (`승인`, `입력`, `수정`, `등록`), and the
 * writer's e-mail address beside the byline (`이정희 기자(leefran73@naver.com)`).
 * Every run is bounded and an address starts only where a run of its characters
 * starts: unbounded, `1.1.1.1…` or `A.A.A.A…` was read once from each dot, in
 * time growing with the square of the line.
 */
const STAMP_EXTRAS =
  /(?<!\d)\d[\d.,]{0,24}\s{0,3}[KkMm]?\s{0,3}(?:views?|reads?|lượt xem|lượt đọc|просмотр(?:ов|а)?|comments?|bình luận)(?![\p{L}])|(?<![\p{L}])(?:submitted|posted)\s+by\s+\S+(?:\s+on)?(?![\p{L}])|(?<![\p{L}])(?:(?:adjust|change)\s+)?(?:font|text)\s+size(?![\p{L}])|(?<![\p{L}])(?:cỡ\s+chữ|размер\s+шрифта)(?![\p{L}])|(?<![\p{L}])(?:의견|댓글)\s*\d+(?!\d)|(?<![\p{L}])(?:승인|입력|수정|등록)(?![\p{L}])|(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/giu;

export interface YearlessDateLine {
  monthDay: MonthDay;
  /** The weekday written beside the day (`Tuesday, January 14`). */
  weekday?: number;
  updated: boolean;
}

/**
 * A time stamp that gives the day but not the year, on a line of its own:
 * TASS's `10 MAY, 15:47`, `Tuesday, January 14`, `14 янв, 07:52`. The year
 * must come from elsewhere (the text); nothing else may share the line.
 */
export function parseYearlessDateLine(line: string): YearlessDateLine | undefined {
  if (findFullDates(line).length > 0) return undefined;
  const days = findMonthDays(line);
  const [first] = days;
  if (!first || days.length > 1) return undefined;
  const rest = stripStampWords(`${line.slice(0, first.index)} ${line.slice(first.index + first.text.length)}`);
  // TASS: `June 16, 12:18 UTC+3 MOSCOW`: the place may follow the stamp.
  const placeAfter = /^\p{Lu}[\p{Lu}\p{M}'’.-]+(?: \p{Lu}[\p{Lu}\p{M}'’.-]+){0,2}$/u.test(rest);
  if (rest !== "" && !placeAfter && !isPlaceDayOutlet(line.slice(0, first.index), line.slice(first.index + first.text.length)))
    return undefined;
  const updated = UPDATED.test(line.slice(0, first.index));
  const weekday = weekdayBefore(line, first.index);
  return { monthDay: first.value, updated, ...(weekday === undefined ? {} : { weekday }) };
}

const UPDATED = new RegExp(UPDATE_WORDS, "iu");

/**
 * A dateline alone on its line, nothing after it: the place and a comma, the
 * day, a dash and the outlet's name in capitalised words (`Мoсква, 6 апреля -
 * АиФ-Москва.`, blind-vnru-46, 614; `МОСКВА, 24 фев — РИА Новости.`). A
 * sentence after the dash has words in lower case, and is not one.
 */
const PLACE_BEFORE_DAY = /^\s*\p{Lu}[\p{L}\p{M}'’-]{1,30}(?: \p{Lu}[\p{L}\p{M}'’-]{1,30}){0,2},\s*$/u;
const OUTLET_AFTER_DAY = /^\.?\s*[—–-]\s*\p{Lu}[\p{L}\p{M}\d'’-]{1,30}(?: \p{Lu}[\p{L}\p{M}\d'’-]{0,30}){0,2}\.?\s*$/u;

/** The text before a day is a place and a comma, and after it a dash and an outlet's name (see above). */
function isPlaceDayOutlet(before: string, after: string): boolean {
  return PLACE_BEFORE_DAY.test(before) && OUTLET_AFTER_DAY.test(after);
}

/** A line that is only a time of day (`11:30`, `2:15 PM GMT+7`): part of a time stamp, never text. */
export function isTimeLine(line: string): boolean {
  const trimmed = line.trim();
  return TIME_LINE.test(trimmed) || ZONED_TIME_LINE.test(trimmed);
}

// Made once: every line of a source is tested.
const TIME_LINE = new RegExp(`^${TIME}$`, "u");
const ZONED_TIME_LINE = new RegExp(`^${TIME}\\s*${ZONE}$`, "u");

/**
 * What may share a line with a publication date: nothing, a word or two (`Thời
 * sự`), a name in capitalised words (`Báo Tin TứcBáo Tin Tức`, `Hanoi`), or
 * `By Jane Doe`. A headline that mentions a date has lower-case words in it.
 */
function isBylineLike(rest: string): boolean {
  if (rest === "") return true;
  // `Báo Thanh niênBáo Thanh niên`, `Thời ĐạiThời Đại`: a source's name, doubled by scraping.
  if (undoubleName(rest) !== undefined) return true;
  if (CASELESS_SENTENCE_END.test(rest)) return false;
  const words = rest.split(" ");
  if (words.length <= 2) return true;
  if (words.length > 8 || /\p{Ll}{2,}[.!?](?:\s|$)/u.test(rest)) return false;
  // `By Jane Doe`, `Tác giả Ánh Dương` (stamp-labels.ts): the label, then the name.
  const names = /^by\s/iu.test(rest) ? words.slice(1) : withoutAuthorLabel(rest).split(" ");
  return names.every(
    (word) => /^[\p{Lu}\d&-]/u.test(word) || /^(?:de|van|von|der|da|di|du|bin|and|và)$/u.test(word) || CASELESS_WORD.test(word),
  );
}

/**
 * A short word in a script without capitals (`首頁`, `新聞`, `기자`): a site's or a
 * desk's name as likely as a capitalised word is, which the capital test cannot
 * tell (Now 新聞's `首頁 | Now 新聞 ( ) • 2024-06-20 21:19`, blind-vnru-22, 318).
 */
const CASELESS_WORD = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{1,4}$/u;
/** A sentence's end in those scripts (`。`, `！`, a Korean `…다.`): prose, not a stamp. */
const CASELESS_SENTENCE_END = /[。！？]|\p{Script=Hangul}[.!?]/u;

/**
 * `Báo Tin TứcBáo Tin Tức` → `Báo Tin Tức`: scraped pages repeat a name (image
 * alt text, then the link). Undefined when the text is not one name twice.
 */
export function undoubleName(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed.length < 4 || trimmed.length % 2 !== 0) return undefined;
  const half = trimmed.slice(0, trimmed.length / 2);
  return half + half === trimmed && /\p{L}/u.test(half) ? half.trim() : undefined;
}

/**
 * The publication day in an article's address, where sites put it:
 * `/2024/06/20/`, `/2024-06-20/`, `/20-06-2024/`, or the time stamp Vietnamese papers end their
 * addresses with (`…-20250509055447596.htm`: date, then time to the millisecond), or such a stamp
 * as a segment of its own (address-stamp.ts).
 */
export function dateInUrl(url: string): CalendarDay | undefined {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/iu, "");
  const separated = /(?:^|[/-])((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/u.exec(path);
  const stamped = /[-/]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d[0-5]\d\d{0,6}(?=\.[a-z]+$|\/?$)/u.exec(
    path,
  );
  // Sputnik's `/20240727/lavrov-…`, a day alone as a segment or glued to the slug's end (`…-20190603.htm`).
  const compact = /(?:^|[/-])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=\/|\.[a-z]+$|$)/u.exec(path);
  const match = separated ?? stamped ?? compact;
  if (match) return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  // EAnews's `/ekaterinburg/20240919125514/novyy-…` (blind-vnru-58, 759): the stamp as a segment of its own.
  const segment = dayOfStampSegment(path);
  if (segment) return segment;
  // `/news/11-11-2013/…` (RusMinInfo, blind-vnru-41, 546), `/news/01-02-2021_3`: a whole segment of the day,
  // month and year, day first, as Russian and European sites write them.
  const dayFirst = /\/(0[1-9]|[12]\d|3[01])-(0[1-9]|1[0-2])-((?:19|20)\d{2})(?=[/_]|$)/u.exec(path);
  return dayFirst ? { year: Number(dayFirst[3]), month: Number(dayFirst[2]), day: Number(dayFirst[1]) } : undefined;
}
