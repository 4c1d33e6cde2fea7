/**
 * The headline of an article: the source's own title line when it has one,
 * otherwise one made from the lede's first sentence, shortened the way a news
 * editor would: without the lead-in (`During the reception,`), the time
 * (`on Tuesday`), the attribution (`, he said`), and cut at a clause boundary.
 */
import { MONTH } from "./date-expressions.ts";
import { endsLikeSentence, hasAtMostWords, SPACELESS_SCRIPT } from "./line-shape.ts";
import { endsWithSourceAttribution } from "./source-attribution.ts";

/** About the length of a news headline; derived headlines never exceed it. */
export const MAX_HEADLINE_LENGTH = 100;
const MAX_TITLE_LINE_LENGTH = 200;

/** The longest title of a statement's record that ends with its place and day; few are longer. */
export const MAX_RECORD_TITLE_LENGTH = 300;
const MAX_RECORD_TITLE_WORDS = 50;

/** `…, Moscow, September 28, 2021` or `…, Hanoi, 28 September 2021` ending a line. */
const PLACE_AND_DAY_END = new RegExp(
  `,\\s\\p{Lu}[\\p{L}\\p{M} -]{1,30},\\s(?:${MONTH}\\s\\d{1,2},\\s(?:19|20)\\d{2}|\\d{1,2}\\s${MONTH}\\s(?:19|20)\\d{2})$`,
  "u",
);

/**
 * The title of a ministry's record of remarks, a statement or a news
 * conference, which says who spoke, where and when: `Foreign Minister Sergey
 * Lavrov's remarks and answer to a media question during a joint news
 * conference following talks with …, Moscow, September 28, 2021`
 * (blind-vnru-19, 288): longer than a news headline, ending with the place and
 * the day.
 */
export function isRecordTitle(line: string): boolean {
  return line.length <= MAX_RECORD_TITLE_LENGTH && PLACE_AND_DAY_END.test(line);
}

/**
 * A line that can be a title: a few words up to a couple of lines long, not a
 * sentence (no closing period), with real words in it.
 */
export function isTitleLine(line: string): boolean {
  const trimmed = line.trim();
  if (SPACELESS_START.test(trimmed)) return isSpacelessTitle(trimmed);
  if (isPhotoSlug(trimmed)) return false;
  // `Russian-Vietnamese talks` is three words' worth of title.
  const words = trimmed.split(/[\s-]+/).filter(Boolean);
  const record = trimmed.length > MAX_TITLE_LINE_LENGTH && isRecordTitle(trimmed);
  if (words.length < 3 || words.length > (record ? MAX_RECORD_TITLE_WORDS : 30)) return false;
  if (trimmed.length > MAX_TITLE_LINE_LENGTH && !record) return false;
  if (/[.,;:]$/.test(trimmed) && !/\.\.\.$|…$/.test(trimmed)) return false;
  // `…, пишет газета «Зан чи»`: a lede whose stop the copy lost, not a headline (blind-vnru-70, 904).
  if (endsWithSourceAttribution(trimmed)) return false;
  // (Russian sites set a headline in guillemets: `«Русский язык сквозь расстояния: …»`, blind-vnru-20, 297; a
  // photo story's in brackets after its kind: `[Ảnh] Người Việt ở thủ đô nước Nga …`, blind-vnru-65, 840.)
  if (!/^(?:[\p{Lu}\d“‘"'(]|[«„][\p{Lu}\d]|\[[^[\]]{1,20}\]\s+[\p{Lu}\d])/u.test(trimmed) && !CASELESS_START.test(trimmed)) return false;
  return words.filter((word) => /\p{L}{2,}/u.test(word)).length >= 3;
}

/**
 * A wire photo's slug, `VIETNAM-HANOI-RUSSIA-VISIT`: three or more capitalised
 * words joined by hyphens with no space, a filing label above the picture, not
 * a headline (a headline has spaces between its words).
 */
export function isPhotoSlug(line: string): boolean {
  return line.length <= 80 && /^\p{Lu}{2,}(?:-\p{Lu}{2,}){2,}$/u.test(line);
}

/**
 * A line that opens in a script with spaces but no capitals (Korean's Hangul),
 * after at most a bracketed series kicker (`[씬짜오! 베트남] 푸틴 …`): such a
 * headline cannot open with the capital the other scripts' titles open with.
 */
const CASELESS_START = /^(?:\[[^\]\n]{1,24}\]\s?)?\p{Script=Hangul}/u;

/** A line that opens in a script written without spaces (Chinese, Japanese). */
const SPACELESS_START = new RegExp(`^${SPACELESS_SCRIPT}`, "u");

/**
 * A title in such a script (`为推动越俄合作注入动力`): no words to count, so
 * four to sixty characters with no sentence's or clause's end.
 */
function isSpacelessTitle(line: string): boolean {
  return line.length >= 4 && line.length <= 60 && !/[。！？.!?,;:，；：、]$/u.test(line);
}

/** A day written in figures opening a line, before a capital: `22.12.2014 ` of `22.12.2014 Вьетнам …`. */
const LEADING_NUMERIC_DAY = /^(?:3[01]|[12]\d|0?[1-9])([./-])(?:1[0-2]|0?[1-9])\1(?:19|20)\d{2}\s+(?=[\p{Lu}«"“])/u;

/**
 * A headline without the day a list of a site's stories prints before it on
 * its line (`22.12.2014 Вьетнам не исключает участия Росатома …`, blind-vnru-26,
 * 375): the day is the page's date, read from the line as such, not the
 * headline's first words. Only before a headline's words (five or more, not a
 * sentence): `20.06.2024 Hà Nội` or a dated sentence stays whole.
 */
export function withoutLeadingDay(title: string): string {
  const day = LEADING_NUMERIC_DAY.exec(title);
  if (day === null) return title;
  const rest = title.slice(day[0].length);
  return hasAtMostWords(rest, 4) || endsLikeSentence(rest) ? title : rest;
}

const ABBREVIATION_BEFORE_PERIOD =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Col|Lt|Gov|Sen|Rep|Jr|Sr|No|vs|etc|Inc|Ltd|Co|Corp|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b\p{Lu})$/u;

/**
 * How much text before a full stop ABBREVIATION_BEFORE_PERIOD reads: its
 * longest abbreviation and the character before it (for `\b`). Testing the
 * whole text before each full stop would read a lede of `Mr. Mr. Mr. …` once
 * per full stop.
 */
const ABBREVIATION_WINDOW = 8;

/** The first sentence of a paragraph (not cut after `Mr.` or an initial). */
export function firstSentence(paragraph: string): string {
  const pattern = /[.!?](?=["”’)]?\s+["“‘(]?[\p{Lu}\d])/gu;
  for (const match of paragraph.matchAll(pattern)) {
    const before = paragraph.slice(Math.max(0, match.index - ABBREVIATION_WINDOW), match.index);
    if (!ABBREVIATION_BEFORE_PERIOD.test(before)) return paragraph.slice(0, match.index + 1).trim();
  }
  return paragraph.trim();
}

const LEAD_IN =
  /^(?:(?:during|on|in|at|after|following|according to|earlier|later|speaking|addressing|before|within|under|over|amid|with|as part of|on the occasion of|meanwhile|also|however|in addition|besides|accordingly)\b[^,]{0,90},\s+)+/iu;
/** Vietnamese lead-ins: the time (`Rạng sáng 20/6,`, `Chiều 14-1,`, `Sáng nay,`), the place, the source. */
const VIETNAMESE_LEAD_IN =
  /^(?:(?:rạng sáng|sáng|chiều|tối|trưa|đêm|ngày|hôm|tại|trong|theo|nhân dịp|tiếp theo|cũng trong)(?![\p{L}])(?:[^,(]|\([^()]{0,60}\)){0,80},\s+)+/iu;
const WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const DAY_WORDS = `(?:${WEEKDAY}|today|yesterday|tonight|this\\s+(?:morning|afternoon|evening|week)|last\\s+(?:week|night))`;
const DATE_PHRASES: readonly RegExp[] = [
  new RegExp(
    `\\s+(?:on|from)\\s+(?:the\\s+(?:morning|afternoon|evening)\\s+of\\s+)?(?:${WEEKDAY}\\s*)?(?:\\(?${MONTH}\\s+\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?(?:,\\s*\\d{4})?\\)?)`,
    "gu",
  ),
  new RegExp(`\\s+(?:on\\s+)?${DAY_WORDS}(?:\\s*\\(${MONTH}\\s+\\d{1,2}\\))?(?=[\\s,.;:]|$)`, "gu"),
];
/** The day opening a lede with no comma after it: `On Sunday Russia and Vietnam signed …`. */
const LEADING_DAY = new RegExp(`^(?:[Oo]n\\s+)?${WEEKDAY}\\s+(?=\\p{Lu})`, "u");
const ATTRIBUTION =
  /,\s+(?:according to [^,]+|(?:he|she|they|it|the\s+[\p{L} ]{1,40}|[\p{Lu}][\p{L}.’'-]*(?:\s[\p{Lu}][\p{L}.’'-]*){0,4})\s+(?:said|says|stated|stressed|added|noted|affirmed|announced|told [^,]+))\.?$/u;

/**
 * Words a headline must not end on: articles, prepositions, conjunctions and
 * auxiliaries, in the languages the archive receives (English, Vietnamese,
 * Russian, and the Spanish, Italian, French and German of the wires' pages).
 */
const DANGLING =
  /\s(?:a|an|the|of|and|or|but|to|for|with|in|on|at|by|from|his|her|its|their|our|this|that|these|those|as|is|are|was|were|be|has|have|had|will|would|who|which|và|của|với|tại|trong|cho|là|các|những|được|đã|sẽ|từ|theo|в|во|на|по|с|со|к|ко|о|об|от|до|для|и|а|но|что|из|за|при|у|de|del|la|el|los|las|y|en|con|por|para|que|un|una|di|della|e|il|lo|gli|le|per|che|da|du|des|et|à|avec|pour|une|der|die|das|und|mit|von|zu|für|den|dem|ein|eine)$/iu;

/** Places to cut a long headline: after clause punctuation, or before a joining word. */
const CLAUSE_BREAKS =
  /[,;:]\s|\s[—–-]\s|\s\(|\s(?=(?:and|but|while|which|who|whom|whose|where|when|as|at|in|on|from|for|with|during|after|before|amid|between|including|through|via|saying|adding|expressing|highlighting|stressing|noting|affirming|emphasi[sz]ing|underlining|calling|urging|following|marking|aiming|seeking|pledging|vowing|reaffirming|signalling|signaling|và|với|tại|trong|khi|để|nhằm|theo|đang|sau khi|về)\s)/giu;

/** A sentence ending on an abbreviation whose stop is part of it: the year's `г.`, `Jr.`, `Inc.`. */
const ABBREVIATION_AT_END = /(?<![\p{L}])(?:г|гг|Jr|Sr|Inc|Ltd|Corp|Co)\.\s*$/u;

/** A headline from the lede: at most about 100 characters, cut at a clause boundary, never mid-word. */
export function deriveHeadline(lede: string): string {
  let sentence = withoutDatelineSentence(lede, firstSentence(lede)).replace(/\s+/g, " ");
  sentence = sentence.replace(ATTRIBUTION, "");
  sentence = sentence.replace(LEADING_DAY, "").replace(LEAD_IN, "").replace(VIETNAMESE_LEAD_IN, "");
  for (const phrase of DATE_PHRASES) sentence = sentence.replace(phrase, "");
  if (isSpacelessText(sentence)) return spacelessHeadline(sentence);
  // (A run of punctuation is stripped from its first character only: tried
  // from each character of a long run, the pattern would read it each time.)
  // (An abbreviation's stop stays: `… уже в 2015 г.`, blind-vnru-69, 892.)
  const abbreviated = ABBREVIATION_AT_END.test(sentence);
  sentence = capitaliseFirst(sentence.replace(/(?<![.,;:\s])[.,;:\s]+$/u, "")) + (abbreviated ? "." : "");
  if (sentence.length <= MAX_HEADLINE_LENGTH) return sentence;

  // The longest cut that fits; but a whole clause (cut at punctuation) long
  // enough to stand as a headline beats a longer cut in the middle of the next.
  let best: string | undefined;
  let bestClause: string | undefined;
  const textEnd = textEndFinder(sentence);
  for (const match of sentence.matchAll(CLAUSE_BREAKS)) {
    const candidate = sentence.slice(0, textEnd(match.index));
    if (candidate.length > MAX_HEADLINE_LENGTH) break;
    if (candidate.length < 30 || DANGLING.test(candidate)) continue;
    best = candidate;
    if (/^[,;:(]|^\s[—–-]/u.test(match[0]) && candidate.length >= MIN_CLAUSE_HEADLINE) bestClause = candidate;
  }
  // Cut where no clause ends, the headline says it goes on (`… Le Hoai Trung hanno…`).
  return bestClause ?? best ?? `${cutAtWord(sentence)}…`;
}

/** About the length of a Chinese or Japanese headline, in characters: a third of a Latin one. */
const MAX_SPACELESS_HEADLINE_LENGTH = 40;

/** Text written without spaces (Chinese, Japanese): no space in its opening, and a character of such a script. */
function isSpacelessText(sentence: string): boolean {
  const opening = sentence.slice(0, MAX_SPACELESS_HEADLINE_LENGTH);
  return !/\s/u.test(opening) && SPACELESS_CHARACTER.test(opening);
}

const SPACELESS_CHARACTER = new RegExp(SPACELESS_SCRIPT, "u");

/**
 * A headline from a lede in such a script: its first sentence, which ends at
 * `。！？` with no space after it, cut at the last clause mark (`，、；：`) that
 * leaves at least a dozen characters, else at the limit with `…`
 * (`【Now新闻台】俄罗斯总统普京开始对越南进行为期两天的国事访问` for a lede of
 * 100 characters, blind-vnru-22, 318).
 */
function spacelessHeadline(sentence: string): string {
  const stop = sentence.search(/[。！？]/u);
  const first = (stop < 0 ? sentence : sentence.slice(0, stop)).replace(/[,，、;；:：\s]+$/u, "");
  if (first.length <= MAX_SPACELESS_HEADLINE_LENGTH) return first;
  const head = first.slice(0, MAX_SPACELESS_HEADLINE_LENGTH + 1);
  let clause = -1;
  for (const mark of [",", "，", "、", ";", "；", ":", "："]) clause = Math.max(clause, head.lastIndexOf(mark));
  return clause >= 12 ? head.slice(0, clause) : `${first.slice(0, MAX_SPACELESS_HEADLINE_LENGTH)}…`;
}

/** Fewer words than this make no headline: `Ho Chi Minh.` opening a lede is its dateline. */
const MIN_HEADLINE_WORDS = 4;

/**
 * The lede's first sentence, or the next one when the first is a dateline
 * stopped like a sentence (`Ho Chi Minh. Durante la visita oficial …`): a
 * few words that say where, not what.
 */
function withoutDatelineSentence(lede: string, first: string): string {
  const rest = lede.trim().slice(first.length).trim();
  const words = first.split(/\s+/u).filter((word) => /\p{L}/u.test(word)).length;
  return words < MIN_HEADLINE_WORDS && rest.length > 0 && !SPACELESS_START.test(first) ? firstSentence(rest) : first;
}

/**
 * Where the text before a clause break ends once the commas, colons and spaces
 * before the break are left out (`Putin arrived, ` → `Putin arrived`). The
 * breaks come in reading order, so one walk along the sentence finds each end:
 * stripping the text before every break anew would read a sentence of
 * `, , , …` once per break.
 */
function textEndFinder(sentence: string): (breakAt: number) => number {
  let scanned = 0;
  let end = 0;
  return (breakAt) => {
    for (; scanned < breakAt; scanned += 1) if (!/[,;:\s]/u.test(sentence[scanned]!)) end = scanned + 1;
    return end;
  };
}

/** A clause this long reads as a headline on its own. */
const MIN_CLAUSE_HEADLINE = 45;

function cutAtWord(sentence: string): string {
  let cut = sentence.slice(0, MAX_HEADLINE_LENGTH + 1).replace(/\s+\S*$/u, "");
  while (DANGLING.test(cut)) cut = cut.replace(/\s+\S+$/u, "");
  return cut.replace(/[,;:\s]+$/u, "");
}

function capitaliseFirst(text: string): string {
  return text.replace(/^\p{Ll}/u, (letter) => letter.toLocaleUpperCase());
}
