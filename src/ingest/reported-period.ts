/**
 * The latest part of a year whose figures a text reports as known: `the first
 * four months of 2023`, `10 tháng đầu năm 2017`, `за девять месяцев 2017 года`,
 * `in the first half of 2015`, `quý III/2019`, `January-October 2017`, `в
 * январе–октябре 2017 года`. Trade, tourism and output figures come out after
 * the period closes, so a text that prints no date of its own was written in the
 * month after it at the earliest (blind-vnru-27, 379; blind-vnru-36, 492;
 * blind-vnru-32, 449).
 *
 * Only a clause that gives a figure (a number other than a year or the period's
 * own count) and speaks of no plan or forecast counts: `a free trade agreement
 * … signed in the first half of 2015` is a plan, not a figure known
 * (blind-vnru-17, 262).
 *
 * Every pattern starts on a fixed word and reads a bounded stretch; each clause
 * is read within a bounded window around its match, so this runs in linear time.
 */
import { MONTH, monthNumber } from "./date-expressions.ts";
import { isAboutFuture } from "./infer-date.ts";

export interface ReportedPeriod {
  year: number;
  /** The period's last month, 1–12. */
  lastMonth: number;
  /** The words as the text writes them. */
  phrase: string;
}

const YEAR = "((?:19|20)\\d{2})(?!\\d)";

const COUNTS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  hai: 2,
  ba: 3,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
  "mười một": 11,
  два: 2,
  двух: 2,
  три: 3,
  трех: 3,
  трёх: 3,
  четыре: 4,
  четырех: 4,
  четырёх: 4,
  пять: 5,
  пяти: 5,
  шесть: 6,
  шести: 6,
  семь: 7,
  семи: 7,
  восемь: 8,
  восьми: 8,
  девять: 9,
  девяти: 9,
  десять: 10,
  десяти: 10,
  одиннадцать: 11,
  одиннадцати: 11,
};

const wordsOf = (pattern: RegExp) => Object.keys(COUNTS).filter((word) => pattern.test(word));
const COUNT_EN = `(\\d{1,2}|${wordsOf(/^[a-z]+$/).join("|")})`;
const COUNT_VI = `(\\d{1,2}|${wordsOf(/^[a-zà-ỹ ]+$/u)
  .sort((a, b) => b.length - a.length)
  .map((word) => word.replace(" ", "\\s+"))
  .join("|")})`;
const COUNT_RU = `(\\d{1,2}|${wordsOf(/^[а-яё]+$/u).join("|")})`;

const QUARTER_ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  "1": 1,
  "2": 2,
  "3": 3,
  "4": 4,
};
const QUARTER_RU: ReadonlyArray<readonly [RegExp, number]> = [
  [/^перв/u, 1],
  [/^втор/u, 2],
  [/^трет/u, 3],
  [/^четв/u, 4],
];
const RUSSIAN_MONTH_STEMS: ReadonlyArray<readonly [string, number]> = [
  ["феврал", 2],
  ["март", 3],
  ["апрел", 4],
  ["ма", 5],
  ["июн", 6],
  ["июл", 7],
  ["август", 8],
  ["сентябр", 9],
  ["октябр", 10],
  ["ноябр", 11],
  ["декабр", 12],
];
const RU_MONTH_FORM =
  "(?:феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])";

type Reading = (match: RegExpMatchArray) => { year: number; lastMonth: number } | undefined;

const countOf = (word: string | undefined): number => COUNTS[(word ?? "").toLowerCase().replace(/\s+/gu, " ")] ?? Number(word);
const months = (count: number, year: string | undefined) =>
  count >= 1 && count <= 11 ? { year: Number(year), lastMonth: count } : undefined;

const PATTERNS: ReadonlyArray<readonly [RegExp, Reading]> = [
  // `the first four months of 2023`, `the first 10 months of 2017`
  [new RegExp(`\\bfirst\\s+${COUNT_EN}\\s+months\\s+of\\s+${YEAR}`, "giu"), (m) => months(countOf(m[1]), m[2])],
  // `the first half of 2015`, `the third quarter of 2019`
  [
    new RegExp(`\\b(first|second)\\s+half\\s+of\\s+${YEAR}|\\b(first|second|third|fourth)\\s+quarter\\s+of\\s+${YEAR}`, "giu"),
    (m) =>
      m[1] !== undefined
        ? { year: Number(m[2]), lastMonth: m[1].toLowerCase() === "first" ? 6 : 12 }
        : { year: Number(m[4]), lastMonth: 3 * (QUARTER_ORDINALS[(m[3] ?? "").toLowerCase()] ?? 0) },
  ],
  // `January-October 2017`: a part from the year's start (a season elsewhere in the year may be a plan).
  [
    new RegExp(`(?<![\\p{L}])Jan(?:uary|\\.)?\\s*[-–—]\\s*(${MONTH})\\s*,?\\s+${YEAR}`, "gu"),
    (m) => months(monthNumber((m[1] ?? "").replace(/\.$/u, "")) ?? 0, m[2]),
  ],
  // `10 tháng đầu năm 2017`, `chín tháng đầu năm 2009` (`đầu` is needed: `2 tháng năm 2023` is 2 May)
  [new RegExp(`(?<![\\p{L}\\d])${COUNT_VI}\\s+tháng\\s+đầu\\s+năm\\s+${YEAR}`, "giu"), (m) => months(countOf(m[1]), m[2])],
  // `nửa đầu năm 2015`, `quý III/2019`, `quý 1 năm 2024`
  [
    new RegExp(
      `(?<![\\p{L}])nửa\\s+đầu\\s+năm\\s+${YEAR}|(?<![\\p{L}])quý\\s+(IV|III|II|I|[1-4])(?![\\p{L}\\d])\\s*(?:\\/\\s*|năm\\s+)${YEAR}`,
      "giu",
    ),
    (m) =>
      m[1] !== undefined
        ? { year: Number(m[1]), lastMonth: 6 }
        : { year: Number(m[3]), lastMonth: 3 * (QUARTER_ORDINALS[(m[2] ?? "").toLowerCase()] ?? 0) },
  ],
  // `за 10 месяцев 2017 года`, `за первые девять месяцев 2017 г.`
  [new RegExp(`(?<![\\p{L}])${COUNT_RU}\\s+месяц(?:а|ев)\\s+${YEAR}\\s*(?:г\\.|года|год)`, "giu"), (m) => months(countOf(m[1]), m[2])],
  // `в первом полугодии 2015 года`, `в третьем квартале 2019 года`
  [
    new RegExp(
      `(?<![\\p{L}])перв(?:ом|ое|ого)\\s+полугоди[иея]\\s+${YEAR}|(?<![\\p{L}])(перв|втор|трет|четв[её]рт)\\p{L}{0,3}\\s+квартал\\p{L}{0,2}\\s+${YEAR}`,
      "giu",
    ),
    (m) =>
      m[1] !== undefined
        ? { year: Number(m[1]), lastMonth: 6 }
        : { year: Number(m[3]), lastMonth: 3 * (QUARTER_RU.find(([stem]) => stem.test((m[2] ?? "").toLowerCase()))?.[1] ?? 0) },
  ],
  // `в январе–октябре 2017 года`, `январь-апрель 2023 г.`, and `с января по октябрь 2024 года` (blind-vnru-68, 880)
  [
    // The year's `г.` is read with it: its full stop closes no clause (blind-vnru-46, 616).
    new RegExp(`(?<![\\p{L}])(?:январ[ьяе]\\s*[-–—]|с\\s+января\\s+по)\\s*(${RU_MONTH_FORM})\\s+${YEAR}(?:\\s?г\\.)?`, "giu"),
    (m) => months(RUSSIAN_MONTH_STEMS.find(([stem]) => (m[1] ?? "").toLowerCase().startsWith(stem))?.[1] ?? 0, m[2]),
  ],
];

/** How far on either side of a match its clause is read. */
const CLAUSE_REACH = 300;

/** A clause's end: `.`, `;`, `!`, `?` (not a point between digits: `US$1.01 billion`) or a line's end. */
const isClauseEnd = (text: string, at: number): boolean => {
  const char = text[at];
  if (char === "\n" || char === ";" || char === "!" || char === "?") return true;
  return char === "." && !(/\d/u.test(text[at - 1] ?? "") && /\d/u.test(text[at + 1] ?? ""));
};

/** The clause around `start`–`end`, with the match itself left out. */
function clauseAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < CLAUSE_REACH && !isClauseEnd(text, from - 1)) from -= 1;
  let to = end;
  while (to < text.length && to - end < CLAUSE_REACH && !isClauseEnd(text, to)) to += 1;
  return `${text.slice(from, start)} ${text.slice(end, to)}`;
}

/**
 * Words of a plan or a forecast that are not the future tense `isAboutFuture`
 * reads (`expected`, `по прогнозу`, `mục tiêu`): with either, the period's figures
 * are not known yet.
 */
const FORECAST =
  /\b(?:would|expect(?:s|ed)?|plan(?:s|ned)?|aim(?:s|ed)?|target(?:s|ed)?|forecasts?|projected|hopes?|intends?|going\s+to)\b|(?<![\p{L}])(?:dự\s+báo|kế\s+hoạch|mục\s+tiêu|phấn\s+đấu|hy\s+vọng|kỳ\s+vọng|планиру\p{L}*|ожида\p{L}*|прогноз\p{L}*|намерен\p{L}*|рассчитыва\p{L}*)(?![\p{L}])/iu;

const speaksOfPlan = (clause: string): boolean => isAboutFuture(clause) || FORECAST.test(clause);

/** A number that is not a year: a figure. */
const givesAFigure = (clause: string): boolean => {
  for (const match of clause.matchAll(/\d+(?:[.,]\d+)*/gu)) if (!/^(?:19|20)\d{2}$/u.test(match[0])) return true;
  return false;
};

/**
 * A rise or a fall the clause reports of the period (`торговля … шла вниз,
 * поскольку российский экспорт зерновых сократился`, blind-vnru-46, 616; `шла
 * вниз из-за сокращения российского экспорта`, blind-vnru-54, 711): its figures
 * are known, though the clause prints none. Verbs and nouns of change only:
 * `tăng cường` (to strengthen) is not a rise.
 */
const CHANGE =
  /\b(?:rose|fell|grew|declined|dropped|increased|decreased|shrank|slumped|surged)\b|(?<![\p{L}\p{M}])(?:tăng(?!\s+cường)|giảm)(?![\p{L}\p{M}])|(?<![\p{L}])(?:вырос(?:ла|ло|ли)?|увеличил(?:ся|ась|ось|ись)|снизил(?:ся|ась|ось|ись)|сократил(?:ся|ась|ось|ись)|уменьшил(?:ся|ась|ось|ись)|упал[аои]?|рост|снижени[еяю]|сокращени(?:е|я|ю|ем)|спад)(?![\p{L}])/iu;

const reportsAChange = (clause: string): boolean => CHANGE.test(clause);

/**
 * The period's results named as such (`По итогам девяти месяцев 2025 года
 * Вьетнам оказался …`, blind-vnru-68, 881; `the results of the first half of
 * 2015`, `kết quả 6 tháng đầu năm 2015`): its figures are known, though the
 * clause prints none.
 */
const RESULTS = /(?<![\p{L}])(?:по\s+итогам|итоги|results|kết\s+quả)(?![\p{L}])/iu;

/** Every part of a year whose figures the text reports as known. */
export function reportedPeriods(text: string): ReportedPeriod[] {
  const found: ReportedPeriod[] = [];
  for (const [pattern, read] of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const period = read(match);
      if (!period || period.lastMonth < 1 || period.lastMonth > 12) continue;
      const clause = clauseAround(text, match.index, match.index + match[0].length);
      if (speaksOfPlan(clause) || !(givesAFigure(clause) || reportsAChange(clause) || RESULTS.test(clause))) continue;
      found.push({ ...period, phrase: match[0] });
    }
  }
  return found;
}

/** The period that ends last, or undefined when the text reports none. */
export function latestReportedPeriod(text: string): ReportedPeriod | undefined {
  let latest: ReportedPeriod | undefined;
  for (const period of reportedPeriods(text)) {
    if (!latest || period.year * 12 + period.lastMonth > latest.year * 12 + latest.lastMonth) latest = period;
  }
  return latest;
}
