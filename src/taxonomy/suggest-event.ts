/**
 * An event the taxonomy lacks, suggested from a headline that reports one: a
 * visit, a meeting, talks, a phone call, a summit or an anniversary ("Xi holds
 * phone talks with To Lam", "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng
 * Nhật Bản"). Conservative on purpose: only the headline is read (a body names
 * many past events), only these few kinds of happening, and only when no event
 * of the taxonomy was tagged. The editor gets an `events.yaml` item to correct
 * and paste: the headline as its name, the day the lede states (else the
 * article's date), and the people tagged.
 */

export interface EventSuggestion {
  /** The headline, as the editor's starting point for a name. */
  name: string;
  /** `YYYY-MM-DD`. */
  start: string;
  /** `YYYY-MM-DD`, when the lede gives a range ("January 14-15"). */
  end?: string;
  /** Slugs of the people tagged. */
  people: string[];
}

/**
 * Words of a headline that report a happening, lower case with their
 * diacritics ("thăm" is a visit, "tham" in "tham gia" is not). English and
 * Vietnamese words are whole words; Russian ones are stems (its words inflect).
 */
const HAPPENING_WORDS = new Set([
  "visit",
  "visits",
  "visited",
  "visiting",
  "meet",
  "meets",
  "met",
  "meeting",
  "meetings",
  "talks",
  "summit",
  "anniversary",
  "thăm",
  "hội đàm",
  "hội kiến",
  "điện đàm",
  "gặp",
  "hội nghị thượng đỉnh",
  "kỷ niệm",
]);
const HAPPENING_PHRASES = [
  /\b(?:phone|telephone) (?:call|talks|conversation)\b/u,
  /(?:^|\s)(?:визит|встреч|встрет|переговор|саммит|годовщин|телефонн\S* разговор)/u,
  /\d+-лети[ея]/u,
];

const MAX_HEADLINE = 300;

/** Does the headline report a visit, meeting, talks, call, summit or anniversary? */
export function reportsHappening(headline: string): boolean {
  const text = headline.slice(0, MAX_HEADLINE).normalize("NFC").toLowerCase();
  if (HAPPENING_PHRASES.some((pattern) => pattern.test(text))) return true;
  const words = text.split(/[^\p{L}\p{M}\p{N}]+/u).filter((word) => word !== "");
  for (let index = 0; index < words.length; index += 1) {
    for (let length = 1; length <= 4 && index + length <= words.length; length += 1) {
      if (HAPPENING_WORDS.has(words.slice(index, index + length).join(" "))) return true;
    }
  }
  return false;
}

const MONTHS: ReadonlyArray<readonly string[]> = [
  ["january", "jan", "января"],
  ["february", "feb", "февраля"],
  ["march", "mar", "марта"],
  ["april", "apr", "апреля"],
  ["may", "мая"],
  ["june", "jun", "июня"],
  ["july", "jul", "июля"],
  ["august", "aug", "августа"],
  ["september", "sept", "sep", "сентября"],
  ["october", "oct", "октября"],
  ["november", "nov", "ноября"],
  ["december", "dec", "декабря"],
];
const MONTH_OF = new Map(MONTHS.flatMap((names, index) => names.map((name) => [name, index + 1] as const)));
const MONTH_NAME = MONTHS.flat().join("|");

/** "January 14-15", "Jan. 26", "on May 8", "14–15 January", "8 мая", "ngày 8/5", "(8/5)". */
const BEFORE = "(?<![\\p{L}\\p{N}])";
const AFTER = "(?![\\p{L}\\p{N}])";
const DAY_MONTH = new RegExp(
  [
    `${BEFORE}(?<m1>${MONTH_NAME})\\.? (?<d1>\\d{1,2})(?:\\s?[-–]\\s?(?<e1>\\d{1,2}))?${AFTER}`,
    `${BEFORE}(?<d2>\\d{1,2})(?:\\s?[-–]\\s?(?<e2>\\d{1,2}))? (?<m2>${MONTH_NAME})${AFTER}`,
    `${BEFORE}ngày (?<d3>\\d{1,2})(?:\\s?[-–]\\s?(?<e3>\\d{1,2}))?/(?<m3>\\d{1,2})${AFTER}`,
  ].join("|"),
  "iu",
);

/** Text of the lede read for a date: enough for its first sentences. */
const LEDE_CHARACTERS = 1_000;
/** A stated day is taken only this close to the article's date (a preview, a report a few days late). */
const STATED_DAY_REACH = 45;

const isoOf = (year: number, month: number, day: number): string | undefined => {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
};

const daysBetween = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

/**
 * The day (and last day) the lede states for the happening, in the year that
 * puts it nearest the article's date, if it is near it at all.
 */
export function statedDays(lede: string, articleDate: string): { start: string; end?: string } | undefined {
  const found = DAY_MONTH.exec(lede.slice(0, LEDE_CHARACTERS).normalize("NFC"));
  if (!found?.groups) return undefined;
  const { m1, d1, e1, d2, e2, m2, d3, e3, m3 } = found.groups;
  const monthText = (m1 ?? m2 ?? m3 ?? "").toLowerCase();
  const month = /^\d+$/.test(monthText) ? Number(monthText) : MONTH_OF.get(monthText);
  const day = Number(d1 ?? d2 ?? d3);
  const last = e1 ?? e2 ?? e3;
  if (month === undefined || month < 1 || month > 12) return undefined;
  const year = Number(articleDate.slice(0, 4));
  let best: string | undefined;
  for (const candidate of [year - 1, year, year + 1]) {
    const start = isoOf(candidate, month, day);
    if (start && (best === undefined || daysBetween(start, articleDate) < daysBetween(best, articleDate))) best = start;
  }
  if (best === undefined || daysBetween(best, articleDate) > STATED_DAY_REACH) return undefined;
  const end = last === undefined ? undefined : isoOf(Number(best.slice(0, 4)), month, Number(last));
  return end && end > best ? { start: best, end } : { start: best };
}

export interface SuggestionInput {
  title: string;
  /**
   * Where the day of the happening may be stated, in order: the first
   * paragraphs, then the top of the page as copied (a wire's dateline, "BEIJING,
   * Jan. 26 (Xinhua) --", is taken out of the paragraphs).
   */
  lede: readonly string[];
  /** The article's date, `YYYY-MM-DD`. */
  date: string;
  people: readonly string[];
  events: readonly string[];
}

/** The event to suggest, when the headline reports one and no event of the taxonomy was tagged. */
export function suggestEvent(input: SuggestionInput): EventSuggestion | undefined {
  const name = input.title
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.。]$/u, "");
  if (input.events.length > 0 || name === "" || !reportsHappening(name)) return undefined;
  let days: { start: string; end?: string } = { start: input.date };
  for (const text of input.lede) {
    const stated = statedDays(text, input.date);
    if (stated) {
      days = stated;
      break;
    }
  }
  return { name, ...days, people: [...input.people] };
}
