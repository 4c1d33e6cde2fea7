/**
 * Lines a copy glued together without a break, split back (after
 * glued-sentences.ts, which splits sentences run together at a full stop):
 *
 * - a headline and its dek, or a masthead and its tagline, seen as a small
 *   letter running into a capital (`The Washington PostDemocracy Dies in
 *   Darkness`, `… в ПекинеПосле встречи …`), on a line that does not end as a
 *   sentence (a paragraph's `McCain` or `PetroVietnam` stays whole);
 * - an image's alt text and its caption (`… in PM’s visit ảnh 1Prime Minister
 *   Nguyen Xuan Phuc (Photo: VNA)`): the alt text ends at `ảnh N`;
 * - a page's address and the text it was copied with (`Putin arrives in
 *   Indiahttps://tass.com/politics/1371335`, `…-post836165.htmlTổng Bí thư…`):
 *   the address ends a line or starts one, and gets a line of its own;
 * - a headline and the time stamp printed after it (`Chủ tịch Duma Quốc gia Nga
 *   bắt đầu thăm chính thức Việt Nam 28/09/2025 17:10`): the stamp gets a line of
 *   its own, where it is read as the page's date line; so does a day in
 *   brackets after a headline (`… tại Liên bang Nga (04/02/2024)`).
 */
import { publisherByName } from "../taxonomy/publishers.ts";
import { splitCreditBeforeDateline } from "./credit-before-dateline.ts";
import { MONTH, WEEKDAY } from "./date-expressions.ts";
import { endsLikeSentence, hasAtMostWords } from "./line-shape.ts";
import { isMastheadLike } from "./mastheads.ts";

/** The longest line looked at for a lost break: headers and captions are short, paragraphs are not split. */
const MAX_GLUED_LINE = 400;

/**
 * Split only where the part before is a masthead, or both parts are long
 * enough to be a headline and a dek.
 */
export function splitLostBreak(line: string): string[] {
  if (line.length > MAX_GLUED_LINE || endsLikeSentence(line)) return [line];
  const seam = /(?<=\p{Ll}{3})(?=\p{Lu}\p{Ll})/gu;
  for (const match of line.matchAll(seam)) {
    const before = line.slice(0, match.index).trim();
    const after = line.slice(match.index).trim();
    // `Báo Thanh niênBáo Thanh niên29/08/2023`: a name printed twice, read as one (date-line.ts).
    if (after.startsWith(before)) continue;
    const masthead = isMastheadLike(before) || publisherByName(before) !== undefined;
    const headlineAndDek = !hasAtMostWords(before, 5) && !hasAtMostWords(after, 5);
    if ((masthead || headlineAndDek) && !hasAtMostWords(after, 2)) return [before, after];
  }
  return [line];
}

/** A section's label in capitals run into the headline's first capital: `THỜI SỰ` of `THỜI SỰChủ tịch …`. */
const CAPITALS_LABEL = /^(\p{Lu}+(?:\s\p{Lu}+){0,3})(?=\p{Lu}\p{Ll})/u;

/**
 * `THỜI SỰChủ tịch Duma Quốc gia Nga bắt đầu thăm chính thức Việt Nam` → the
 * section's label and the headline: a label in capitals of four letters or
 * more (`VN` or `US` before a word is a name's part), before a line of at
 * least five words that does not end as a sentence.
 */
export function splitCapitalsLabel(line: string): string[] {
  if (line.length > MAX_GLUED_LINE || endsLikeSentence(line)) return [line];
  const label = CAPITALS_LABEL.exec(line)?.[1];
  if (label === undefined || label.replace(/\s/gu, "").length < 4) return [line];
  const after = line.slice(label.length).trim();
  return hasAtMostWords(after, 4) ? [line] : [label.trim(), after];
}

/** `… visit ảnh 1Prime Minister …` → the alt text (`… visit ảnh 1`) and the caption. */
export function splitAltText(line: string): string[] {
  // The word first: the pattern's lazy start tries every position of the line.
  if (line.length > MAX_GLUED_LINE || !(line.includes("ảnh") || line.includes("Ảnh"))) return [line];
  const match = /^(.*?\s[Ảả]nh\s+\d{1,2})(?=\p{Lu})(.+)$/u.exec(line);
  if (match) return [match[1]!, match[2]!];
  // `… Liên bang Nga - ảnh 1 Chủ tịch nước …` (VOV, blind-vnru-12, 204): the label set off by a dash, a space before the caption.
  const spaced = /^(.*?\s[-–]\s[Ảả]nh\s+\d{1,2})\s+(?=\p{Lu})(.+)$/u.exec(line);
  return spaced ? [spaced[1]!, spaced[2]!] : [line];
}

/** Where a page's address ends when text was glued after it: a page's extension, or a number, before a capitalised word. */
const ADDRESS_END = /(?:\.(?:s?html?|php|aspx?|jsp|cms|vnp|vov|bbg|ldo|chn|tpo)|\d)(?=\p{Lu}\p{Ll})/u;

/**
 * `…Indiahttps://tass.com/…` → the text and the address (an address that ends
 * the line, glued to a word); `https://…/1371335Putin arrives…` → the address
 * and the text (glued at the page's extension or number).
 */
export function splitGluedAddress(line: string): string[] {
  if (line.length > MAX_GLUED_LINE || !/https?:\/\//iu.test(line)) return [line];
  const start = line.search(/(?<=[\p{L}\p{N}.!?»”"])https?:\/\/\S+$/iu);
  if (start > 0) return [line.slice(0, start).trim(), line.slice(start)];
  const leading = /^https?:\/\/\S+/iu.exec(line)?.[0];
  // A line that is only an address is whole, whatever its path looks like (`…/aHR0cHM6Ly93d3cu…`).
  if (leading === undefined || leading.length === line.length) return [line];
  const end = ADDRESS_END.exec(leading);
  if (end === null) return [line];
  const cut = end.index + end[0].length;
  return [line.slice(0, cut), line.slice(cut).trim()];
}

/**
 * A photo's caption and its credit glued before the article's dateline (a page
 * copied as one line): `… during the trip to the country. — VNA/VNS Photo Duy
 * Trinh HÀ NỘI — Konstantin Kosachev …` → the caption with its credit, and the
 * text from its dateline on. The caption is one sentence (at most 300
 * characters) at the line's start; the credit is an agency's code, `Photo` and
 * the photographer's name in title case if it gives one (`— VNA/VNS Photo HÀ
 * NỘI — …`); the dateline a place in capitals and a dash.
 */
const CAPTION_BEFORE_DATELINE =
  /^(.{10,300}?[.!?]\s+[—–-]\s+[\p{Lu}/]{2,20}\s+Photo(?:\s+\p{Lu}[\p{Ll}\p{M}]+){0,4})\s+(?=(?:\p{Lu}[\p{Lu}\p{M}]+\s+){0,3}\p{Lu}[\p{Lu}\p{M}]+\s+[—–]\s)/u;

export function splitCaptionBeforeDateline(line: string): string[] {
  if (!line.includes("Photo")) return [line];
  const match = CAPTION_BEFORE_DATELINE.exec(line);
  return match ? [match[1]!, line.slice(match[0].length)] : [line];
}

/**
 * A headline in capitals run into a wire's dateline in capitals with its day and
 * no year (`ON THE CO-OPERATION BETWEEN RUSSIA AND THE VIETNAM IN THE FIELD OF
 * DEFENSE HANOI, March 1. (…) Russia and Vietnam …`, RIA Novosti as an archive
 * keeps it, blind-vnru-38, 513): five words or more in capitals, then the place
 * (one word in capitals), a comma, a month's name, a day and a full stop. The
 * words are bounded, so the line is read once however long it is.
 */
const CAPITALS_HEADLINE_BEFORE_DATELINE = new RegExp(
  `^((?:[\\p{Lu}\\p{M}'’-]+\\s){5,30})(?=\\p{Lu}[\\p{Lu}\\p{M}]+,\\s${MONTH}\\s(?:3[01]|[12]\\d|0?[1-9])\\.\\s)`,
  "u",
);

export function splitCapitalsHeadlineBeforeDateline(line: string): string[] {
  const match = CAPITALS_HEADLINE_BEFORE_DATELINE.exec(line);
  return match ? [match[1]!.trim(), line.slice(match[0].length)] : [line];
}

/** A day written in full: `28/09/2025`, `28.09.2025`, `September 28, 2025`, `28 сентября 2025`. */
const FULL_DAY = `(?:(?:3[01]|[12]\\d|0?[1-9])[/.-](?:1[0-2]|0?[1-9])[/.-](?:19|20)\\d{2}|${MONTH}\\s+\\d{1,2},?\\s+(?:19|20)\\d{2}|\\d{1,2}\\s+${MONTH}\\s+(?:19|20)\\d{2})`;
/** A time of day: `17:10`, `17h10`, `7:39:05`, `5:10 pm`, German `18:39 Uhr`. */
const CLOCK = "(?:[01]?\\d|2[0-3])[:h][0-5]\\d(?::[0-5]\\d)?(?:\\s?[AaPp]\\.?[Mm]\\.?|\\s?Uhr)?";
/** Between the day and the time: a comma or a space, or a dash or bar (`28/09/2025 - 17:10`). */
const STAMP_JOIN = "(?:,?\\s+|\\s*[|–-]\\s*)";
/** A label before the stamp: `Updated:`, `Published on`, `Cập nhật lúc`, `Обновлено`, German `Stand:` (as of). */
const STAMP_LABEL =
  "(?:(?:[Ll]ast\\s+[Uu]pdated|[Uu]pdated|UPDATED|[Pp]ublished|PUBLISHED|[Pp]osted|POSTED|[Cc]ập\\s+nhật|[Đđ]ăng\\s+lúc|[Đđ]ăng\\s+ngày|[Оо]бновлено|[Оо]публиковано|Stand)(?:\\s+(?:on|at|lúc|ngày))?:?\\s+)?";
/** A time zone after the stamp: `(GMT+7)`, `GMT+07:00`. */
const ZONE = "(?:\\s*\\(?(?:GMT|UTC)\\s?[+-]\\s?\\d{1,2}(?::?\\d{2})?\\)?)?";

/** A time stamp: a day written in full and the time, either first, with its label, weekday and zone. */
const STAMP = `${STAMP_LABEL}(?:${WEEKDAY},?\\s+)?(?:${FULL_DAY}${STAMP_JOIN}${CLOCK}|${CLOCK}${STAMP_JOIN}(?:${WEEKDAY},?\\s+)?${FULL_DAY})${ZONE}`;

/**
 * A day written in full with the time beside it, ending the line: a page's time
 * stamp (`28/09/2025 17:10`, `28-09-2025 17:10:05`, `17:10 28/09/2025`, `Chủ
 * nhật, 28/09/2025 - 17:10 (GMT+7)`, `September 28, 2025 17:10`, `Updated:
 * 28 Sep 2025 17:10`), set off by
 * a space, a dash or a bar, or run into the headline's last letter. The time is
 * required: a caption or a headline may end with a bare day (`… tại Hà Nội
 * 20/6/2024`).
 */
const TRAILING_STAMP = new RegExp(`(?:(?<=\\S)\\s+(?:[|–—-]\\s+)?|(?<=\\p{L})(?=\\d))(${STAMP})$`, "u");

/** The same stamp opening a line, with the headline after it (`28/09/2025 17:10 Chủ tịch Duma …`). */
const LEADING_STAMP = new RegExp(`^(${STAMP})(?:\\s+[|–—-])?\\s*(?=[\\p{Lu}“"«])`, "u");

/** Words a headline has at the least before a stamp is split off it (a date line's labels have fewer). */
const MIN_WORDS_BEFORE_STAMP = 5;

/**
 * `Headline 28/09/2025 17:10` → the headline and its time stamp (blind-vnru-13,
 * 220). Only on a line that does not end as a sentence, and only when the words
 * before the stamp are a headline's, not a date line's label (`Cập nhật
 * 28/09/2025 17:10`, `Thứ hai, 28/09/2025 17:10`).
 */
export function splitTrailingStamp(line: string): string[] {
  if (line.length > MAX_GLUED_LINE || !/\d[:h][0-5]\d/u.test(line)) return [line];
  const match = TRAILING_STAMP.exec(line);
  if (!match) return [line];
  const before = line.slice(0, match.index).trim();
  if (endsLikeSentence(before) || hasAtMostWords(before, MIN_WORDS_BEFORE_STAMP - 1) || /[,|–—:-]$/u.test(before)) return [line];
  return [before, match[1]!];
}

/**
 * `28/09/2025 17:10 Headline` → the time stamp and the headline printed after
 * it: only when what follows is a headline's words, not a sentence.
 */
export function splitLeadingStamp(line: string): string[] {
  if (line.length > MAX_GLUED_LINE || !/\d[:h][0-5]\d/u.test(line)) return [line];
  const match = LEADING_STAMP.exec(line);
  if (!match) return [line];
  const after = line.slice(match[0].length).trim();
  if (endsLikeSentence(after) || hasAtMostWords(after, MIN_WORDS_BEFORE_STAMP - 1)) return [line];
  return [match[1]!, after];
}

/**
 * A pager's two links, `Previous news Next news` (or `« Prev post Next post »`):
 * the same noun after `previous` and after `next`. Anchored at the start, the
 * noun bounded, so it is matched in linear time.
 */
export const PAGER_LINKS = /^[«‹←]?\s*(?:previous|prev)\s+(\p{L}{2,20})\s+next\s+\1\s*[»›→]?/iu;

/**
 * `Previous news Next newsOnce more I want to welcome you, …` (blind-vnru-21,
 * 314) → the pager and the paragraph it was glued to: the pager gets its own
 * line, where it is read as furniture.
 */
export function splitLeadingPager(line: string): string[] {
  const match = PAGER_LINKS.exec(line);
  if (!match) return [line];
  const after = line.slice(match[0].length).trim();
  return after === "" ? [line] : [match[0].trim(), after];
}

/**
 * The day a page posted the story, in brackets after its headline, with no time
 * (`Xuân quê hương Tết Giáp Thìn 2024: Ấm lòng bà con người Việt tại Liên bang
 * Nga (04/02/2024)`, blind-vnru-37, 505): a day written in figures, the year
 * in full, alone in the brackets that end the line.
 */
const BRACKETED_DAY_END = /\s+\(((?:(?:[01]?\d|2[0-3]):[0-5]\d\s)?(?:3[01]|[12]\d|0?[1-9])[/.-](?:1[0-2]|0?[1-9])[/.-](?:19|20)\d{2})\)$/u;

/**
 * `Headline (04/02/2024)` or `Headline (15:10 29/11/2019)` → the headline and its
 * day (with the posting time before it, if any), read as the page's date line:
 * only after a headline's words (five or more, not a sentence, no word for a
 * photo), so a caption or a sentence ending with a day in brackets stays whole.
 */
export function splitBracketedDay(line: string): string[] {
  if (line.length > MAX_GLUED_LINE || !line.endsWith(")")) return [line];
  const match = BRACKETED_DAY_END.exec(line);
  if (!match) return [line];
  const before = line.slice(0, match.index).trim();
  if (endsLikeSentence(before) || hasAtMostWords(before, MIN_WORDS_BEFORE_STAMP - 1) || /[,|–—:-]$/u.test(before)) return [line];
  // (A caption says it is one: `…, ảnh chụp (03/02/2024)` keeps its day.)
  if (PHOTO_WORD.test(before)) return [line];
  return [before, match[1]!];
}

/** A word for a photo, which a caption has and a headline seldom: `ảnh`, `photo`, `фото`. */
const PHOTO_WORD = /(?<![\p{L}])(?:ảnh|photo|фото|foto)(?![\p{L}])/iu;

/** A bare day in figures, the year in full, ending a line after a space (`… naval base 09.11.2010`). */
const BARE_DAY_END = /\s((?:3[01]|[12]\d|0?[1-9])([/.-])(?:1[0-2]|0?[1-9])\2(?:19|20)\d{2})$/u;

/**
 * A headline printed twice, the second time with the page's day glued after it
 * (`Vietnam welcomed all ships at former Soviet naval base` over `Vietnam
 * welcomed all ships at former Soviet naval base 09.11.2010`, blind-vnru-39,
 * 523): the day gets a line of its own, where it is read as the page's date
 * line. Only when the words before the day repeat the line above exactly, so a
 * caption or a headline ending with a day of its own (`… tại Hà Nội 20/6/2024`)
 * stays whole. One comparison per line: linear.
 */
export function splitRepeatedHeadlineDay(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const [at, line] of lines.entries()) {
    const above = at > 0 ? lines[at - 1]!.trim() : "";
    const match = above.length > 0 && line.length <= MAX_GLUED_LINE && line.startsWith(above) ? BARE_DAY_END.exec(line) : null;
    if (match && line.slice(0, match.index).trim() === above && !hasAtMostWords(above, MIN_WORDS_BEFORE_STAMP - 1))
      out.push(above, match[1]!);
    else out.push(line);
  }
  return out;
}

/** The splits after the first, in the order they are tried on each part the earlier ones left. */
const LATER_SPLITS: ReadonlyArray<(line: string) => string[]> = [
  splitGluedAddress,
  splitCapitalsLabel,
  splitAltText,
  splitLostBreak,
  splitTrailingStamp,
  splitBracketedDay,
  splitLeadingStamp,
  splitLeadingPager,
];

/** A line with its lost breaks restored. */
export function splitGluedLine(line: string): string[] {
  let parts = splitCaptionBeforeDateline(line);
  if (parts.length === 1) parts = splitCapitalsHeadlineBeforeDateline(line);
  if (parts.length === 1) parts = splitCreditBeforeDateline(line);
  // Almost every line stays whole: one part is split directly, without a new array per split.
  for (const split of LATER_SPLITS) parts = parts.length === 1 ? split(parts[0] as string) : parts.flatMap((part) => split(part));
  return parts;
}
