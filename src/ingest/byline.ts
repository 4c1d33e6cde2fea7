/**
 * Author bylines as news sites print them: `By Jane Doe`, `Thanh Hà |`,
 * `Nguyen Hong Diep (Vietnam News Agency)`, `Author: X`, and a lone name closing
 * the article. The author is metadata, never body text nor a people tag.
 */
import { publisherByCode, publisherByName } from "../taxonomy/publishers.ts";
import { splitCreditAfterName } from "./credit-after-name.ts";

export interface Byline {
  author: string;
  /** An agency or paper named with the author (`Vietnam News Agency`, `Reuters`). */
  affiliation?: string;
  /** Text after the byline on the same line (`| 14/01/2025 10:30`): perhaps a date. */
  remainder: string;
}

/** Small words inside personal names (`Ursula von der Leyen`, `Lê Thị`). */
const NAME_PARTICLES = new Set(["de", "del", "der", "van", "von", "da", "di", "du", "le", "la", "bin", "binti", "al", "el", "dos"]);
/** A capitalised word of a name; one ending in an apostrophe is a plural's possessive (`Editors' Picks`), not a name's. */
const NAME_WORD = /^(?:\p{Lu}(?:[\p{L}\p{M}’'.-]*[\p{L}\p{M}.-])?|\p{Lu}\.)$/u;
/** Words that make a capitalised phrase an institution or a page label, not a person. */
// biome-ignore format: a word list packed by hand
const NOT_NAME_WORDS = new Set(
  [
    "news", "agency", "press", "times", "post", "daily", "online", "báo", "tạp", "đài", "ministry", "committee",
    "party", "government", "council", "assembly", "city", "province", "republic", "federation", "union", "nations",
    "group", "corporation", "company", "university", "source", "photo", "comment", "comments", "category", "tag",
    "tags", "home", "menu", "video", "videos", "related", "more", "share", "print", "politics", "business", "world",
    "contact",
  ].map((word) => word.normalize("NFC")),
);

/** Between the names of several authors. */
const AUTHOR_SEPARATOR = /\s*(?:,|&|\band\b|\bvà\b|\s[-–—]\s)\s*/u;

/**
 * One or a few personal names: capitalised words (`Thanh Hà`, `J. Smith`,
 * `Phạm Hải - Ngọc Anh`), no digits, no sentence. `minWords` per name lets a
 * caller demand a full name where a lone word would be too weak.
 */
export function isPersonName(text: string, { minWords = 1, maxWords = 5 } = {}): boolean {
  const trimmed = text.trim();
  if (trimmed === "" || trimmed.length > 80 || /[\d|:;!?()[\]{}<>@/]/.test(trimmed)) return false;
  const names = trimmed.split(AUTHOR_SEPARATOR);
  if (names.length > 4) return false;
  return names.every((name) => {
    const words = name.split(/\s+/).filter(Boolean);
    if (words.length < minWords || words.length > maxWords) return false;
    if (!words.some((word) => /\p{L}{2,}/u.test(word))) return false;
    if (words.some((word) => NOT_NAME_WORDS.has(word.toLowerCase()))) return false;
    return words.every((word, index) => NAME_WORD.test(word) || (index > 0 && NAME_PARTICLES.has(word)));
  });
}

/**
 * `Jane Doe, Reuters`, `Jane Doe - CNN`: the name before the first separator
 * that has no comma after it. A name is at most 80 characters (isPersonName),
 * so the separator is looked for among the first 100 only: tried after every
 * separator of a long line, `[^,]+$` would read the line's rest each time.
 */
const NAME_THEN_AGENCY = /^(.{1,100}?)\s*(?:,|\s[-–—])\s*([^,]+)$/u;

/**
 * A labelled byline's name, a slash with a space on each side, and the desk or
 * bureau the writer files from, capitalised and without digits (`Văn Thường /
 * VOV Moscow`, blind-vnru-43, 576). No slash inside either part, so each part
 * is read once.
 */
const NAME_THEN_BUREAU = /^([^/]{1,80}?)\s+\/\s+(\p{Lu}[^/\d]{1,40})$/u;

/**
 * The roles a described byline ends in (`…, Nikkei staff writer`), for a quick
 * look at a line's end; the longest, `contributing writer`, is 19 characters.
 * Case-insensitive as the byline patterns are, so it lets through what they match.
 */
const ENDS_IN_ROLE = /(?:writer|reporter|correspondent|contributor|chief|editor)$/iu;
const ROLE_TAIL_LENGTH = 24;

/**
 * A name, then how long ago the page went up, `Umer Jamshaid 8 hours ago …`,
 * or the label of the day it went up, `Mohammad Ali (@ChaudhryMAli88) Published
 * April 07, 2023 | 10:10 AM` (blind-vnru-37, 501): the same byline glued to the
 * page's stamps, as the site prints it once the page is older.
 */
// (A social handle may follow the name: `Mohammad Ali (@ChaudhryMAli88) 4 minutes ago …`; before `Published` it must.)
const NAME_THEN_AGO =
  /^(\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){1,3})(\s+\(@[\p{L}\d_.]{1,30}\))?\s+(?:(?:\d{1,3}|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago\b|(Published|Updated|Posted)(?:\s+on)?:?(?=\s[^\n]{0,20}\d))/u;
/** Offices before a name: `President Putin 2 hours ago` is no byline. */
const ROLE_BEFORE_NAME = /\b(?:President|Minister|Premier|Chairman|Secretary|Ambassador|General|Mr|Mrs|Ms|Dr)\b/u;

/**
 * `H.Liên LDO`: a reporter's name, then the code of an outlet the publisher
 * table lists (Lao Động's `LDO`), as papers sign a byline beside the date.
 */
function outletCodeAfterName(text: string): { name: string; code: string } | undefined {
  const coded = /^(\S.{0,60}?)\s+(\p{Lu}{2,6})$/u.exec(text);
  if (!coded || publisherByCode(coded[2]!) === undefined) return undefined;
  return { name: coded[1]!.trim(), code: coded[2]! };
}

/**
 * A Korean byline: `호치민=강태윤 통신원`, `[서울=홍길동 기자]` — the place, `=`, a
 * name of two to four Hangul syllables and the writer's role (reporter,
 * correspondent, stringer), bulleted or bracketed as pages print it.
 */
const KOREAN_BYLINE = /^(?:•\s*)?\[?(?:\p{Script=Hangul}{1,12}=)?(\p{Script=Hangul}{2,4})\s?(?:기자|특파원|통신원)\]?$/u;

/** Parses a byline line, or undefined when the line is not one. */
export function parseByline(line: string): Byline | undefined {
  const trimmed = line.trim();
  const korean = KOREAN_BYLINE.exec(trimmed);
  if (korean) return { author: korean[1]!, remainder: "" };

  // By Jane Doe | January 14, 2025    By Jane Doe, Reuters    Author: Thanh Hà
  // (`Posts Kim Loan`: a CMS's label before the name of who posted the story; `Опубликовал: Вадик Котов`, the
  // same label in Russian, masculine or feminine, Питерец.ру's, blind-vnru-41, 556. `Автор: Мария Михайловская`,
  // Russian for `Author:`, on a line of its own under the date line, blind-vnru-67, 866.)
  const labelled =
    /^(?:by|story by|written by|text by|reporting by|posted by|posts|bởi|author|authors|tác giả|reporter|phóng viên|bài|bài và ảnh|опубликовала?|автор)\s*:?\s+(.+)$/iu.exec(
      trimmed,
    );
  if (labelled) {
    // `Reporting by Jane Doe; Editing by John Roe`: the first credit is the writer's.
    const [names = "", ...others] = labelled[1]!.split(/\s*;\s*/)[0]!.split(/\s*\|\s*/);
    const withAgency = NAME_THEN_AGENCY.exec(names);
    // `By Jane Doe, Reuters`, `By Simone McCarthy, CNN`: a known outlet, or an outlet's acronym.
    const agencyNamed =
      withAgency !== null && (publisherByName(withAgency[2]!) !== undefined || /^\p{Lu}{2,6}$/u.test(withAgency[2]!.trim()));
    if (!agencyNamed && isPersonName(names)) return { author: capitaliseAllCapsName(names.trim()), remainder: others.join(" | ") };
    if (withAgency && isPersonName(withAgency[1]!)) {
      return { author: capitaliseAllCapsName(withAgency[1]!.trim()), affiliation: withAgency[2]!.trim(), remainder: others.join(" | ") };
    }
    // `Tác giả Văn Thường / VOV Moscow`: a full name, a spaced slash, then the desk or bureau the writer files from.
    const bureau = NAME_THEN_BUREAU.exec(names);
    if (bureau && isPersonName(bureau[1]!, { minWords: 2 })) {
      return { author: capitaliseAllCapsName(bureau[1]!.trim()), affiliation: bureau[2]!.trim(), remainder: others.join(" | ") };
    }
    // `By Duy Cuong- Translated by Huyen Huong`: a contributor's credit after the name, the dash glued to it.
    const credited = splitCreditAfterName(names);
    if (credited && isPersonName(credited.name)) {
      return { author: capitaliseAllCapsName(credited.name), affiliation: credited.credit, remainder: others.join(" | ") };
    }
    return undefined;
  }

  // Thanh Hà |    Thanh Hà | 14/01/2025 10:30
  const piped = trimmed.includes("|") ? /^([^|]+?)\s*\|\s*(.*)$/u.exec(trimmed) : null;
  // (`Reuters | Updated: 17-06-2024 …`: a wire service's name before the stamps credits the agency, not a writer.)
  if (
    piped &&
    isPersonName(piped[1]!) &&
    publisherByName(piped[1]!)?.wire !== true &&
    (piped[2] === "" || /\d/.test(piped[2]!) || publisherByName(piped[2]!))
  ) {
    const coded = outletCodeAfterName(piped[1]!.trim());
    if (coded) return { author: capitaliseAllCapsName(coded.name), affiliation: coded.code, remainder: piped[2]!.trim() };
    return { author: capitaliseAllCapsName(piped[1]!.trim()), remainder: piped[2]!.trim() };
  }

  // Umer Jamshaid 8 hours ago Mon 27th September 2021 | 11:20 AM: the name glued to the page's time stamps.
  const aged = NAME_THEN_AGO.exec(trimmed);
  // (Only with the full date glued after it: a name and `3 days ago` alone may be a related link.)
  const agedRest = aged ? trimmed.slice(aged[0].length) : "";
  if (
    aged &&
    /\b(?:19|20)\d{2}\b/u.test(agedRest) &&
    // (`Published` after capitalised words may close a headline: only a writer's handle before it makes them a name.)
    (aged[3] === undefined || aged[2] !== undefined) &&
    !ROLE_BEFORE_NAME.test(aged[1]!) &&
    isPersonName(aged[1]!, { minWords: 2, maxWords: 4 })
  ) {
    return { author: capitaliseAllCapsName(aged[1]!.trim()), remainder: agedRest.trim() };
  }

  // KOYA JIBIKI, Nikkei staff writer    Jane Doe, Reuters correspondent
  // (The Guardian leaves the comma out: `Rebecca Ratcliffe South-east Asia correspondent`.)
  // (Both patterns end in a role: a line that does not is spared them, which try every position of it.)
  const described = !ENDS_IN_ROLE.test(trimmed.slice(-ROLE_TAIL_LENGTH))
    ? null
    : (/^(.+?),\s+(?:(.{2,30}?)\s+)?(?:staff writer|staff reporter|correspondent|reporter|contributing writer|contributor|bureau chief|senior writer|writer|editor)$/iu.exec(
        trimmed,
      ) ?? /^(\p{Lu}[\p{L}’'-]+(?:\s\p{Lu}[\p{L}’'-]+){1,2}?)\s+(?:(\p{Lu}.{1,30}?)\s+)?(?:correspondent|editor|reporter)$/u.exec(trimmed));
  if (described && isPersonName(described[1]!, { minWords: 2 })) {
    return {
      author: capitaliseAllCapsName(described[1]!.trim()),
      ...(described[2] ? { affiliation: described[2].trim() } : {}),
      remainder: "",
    };
  }

  // Nguyen Hong Diep (Vietnam News Agency); `Lê Vy (theo Reuters)`, a writer's name and, after `theo`
  // ("after"), the outlet retold (Trí Thức VN, blind-vnru-41, 553).
  const parenthesised = trimmed.endsWith(")") ? /^(.+?)\s*\((?:[Tt]heo\s+)?([^()]{2,60})\)$/u.exec(trimmed) : null;
  if (parenthesised && isPersonName(parenthesised[1]!, { minWords: 2 }) && isAffiliation(parenthesised[2]!)) {
    return { author: capitaliseAllCapsName(parenthesised[1]!.trim()), affiliation: parenthesised[2]!.trim(), remainder: "" };
  }
  return undefined;
}

/** `Vietnam News Agency`, `VNA`, `Reuters`: a name or code, not a note such as `right` or `file`. */
function isAffiliation(text: string): boolean {
  return /^\p{Lu}/u.test(text.trim()) && !/\d/.test(text);
}

/**
 * A closing line that is only a full name (`Thanh Hà`): Vietnamese sites sign
 * articles at the end. Two to five words, so a one-word nav label is not taken.
 */
export function isClosingSignature(line: string): boolean {
  return isPersonName(line, { minWords: 2, maxWords: 5 }) && !opensWithOutletCode(line);
}

/**
 * `TTXVN Toàn Cầu` under a video's text (blind-vnru-34, 468): an agency's code
 * the table knows, then more words, is the name of its programme or desk, not a
 * writer's (no one's name opens with an agency's code).
 */
function opensWithOutletCode(line: string): boolean {
  const first = /^(\p{Lu}{2,6})\s/u.exec(line.trim());
  return first !== null && publisherByCode(first[1]!) !== undefined;
}

/**
 * `THÀNH CHUNG` → `Thành Chung`, `By DAVID RISING` → `David Rising`: sites set
 * bylines and photo credits in capitals. One capital word is kept: it is a code
 * (`VNA`, `SGGP`), not a name. Several names are treated one by one
 * (`ANIRUDDHA GHOSAL and HAU DINH`).
 */
export function capitaliseAllCapsName(name: string): string {
  return name
    .trim()
    .split(/(\s+(?:and|và|&)\s+|\s*,\s*)/u)
    .map((part, index) => (index % 2 === 1 ? part : capitaliseOneName(part)))
    .join("");
}

function capitaliseOneName(name: string): string {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || name !== name.toLocaleUpperCase("vi") || !/\p{Lu}{2}/u.test(name)) return name.trim();
  return name
    .trim()
    .toLocaleLowerCase("vi")
    .replace(/(^|[\s-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toLocaleUpperCase("vi"));
}

/**
 * `Theo Thành Nam`, `Theo Phương Thảo Zing`: a Vietnamese page's closing credit
 * naming the writer it has the story from, not an outlet (`Theo TTXVN`, `Theo
 * Tuổi Trẻ`, which the publisher table knows). Two or three capitalised words,
 * none of them a word outlets' names are made of.
 */
const WRITER_CREDIT = /^Theo\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,2})$/u;
const OUTLET_NAME_WORDS = new Set(
  "báo tạp chí đài cổng kênh trang tin tức tuần thời đời sống giáo dục kinh tế pháp luật văn hóa hoá quốc thông tấn xã news online plus times daily press".split(
    " ",
  ),
);

/** Words a credit names a writer by: no outlet the table knows, and none of the words outlets' names are made of. */
function namesAWriter(named: string): boolean {
  return publisherByName(named) === undefined && !named.split(" ").some((word) => OUTLET_NAME_WORDS.has(word.toLocaleLowerCase("vi")));
}

/** The writer a `Theo …` credit names, or undefined when it names an outlet or is no such line. */
export function parseWriterCredit(line: string): string | undefined {
  const named = WRITER_CREDIT.exec(line.trim())?.[1];
  return named !== undefined && namesAWriter(named) ? named : undefined;
}

/**
 * `Theo Hồ Trung Nghĩa/Infonet` (blind-vnru-36, 490), `According to Thu
 * Ha/VOV-Moscow` (488): a closing credit naming the writer and, after the
 * slash, the outlet the story is taken from. The writer is two to four
 * capitalised words, none of them a word outlets' names are made of; the outlet
 * one to three capitalised words (`Infonet`, `VOV-Moscow`). Outlets joined by a
 * slash (`Theo TTXVN/Vietnam+`) are no writer and an outlet.
 */
const WRITER_AND_OUTLET_CREDIT =
  /^(?:Theo|According to)\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,3})\s?\/\s?(\p{Lu}[\p{L}\d.+-]{0,30}(?:\s\p{Lu}[\p{L}\d.+-]{0,30}){0,2})$/u;

/** The writer and the outlet a `Theo Writer/Outlet` credit names, or undefined. */
export function parseWriterAndOutletCredit(line: string): { writer: string; outlet: string } | undefined {
  const match = WRITER_AND_OUTLET_CREDIT.exec(line.trim());
  if (!match) return undefined;
  const writer = match[1]!;
  return namesAWriter(writer) ? { writer, outlet: match[2]! } : undefined;
}

/** A Russian desk credit: `Редакция` (of the portal, site, paper…) and the outlet's name, quoted or capitalised. */
const RUSSIAN_DESK =
  /^[Рр]едакция\s+(?:портала|сайта|газеты|журнала|агентства|издания)\s+(?:«([^«»]{2,40})»|(\p{Lu}[\p{L}.-]{1,30}(?:\s\p{Lu}[\p{L}.-]{1,30}){0,2}))$/u;

/**
 * A byline naming a desk rather than a person (`By Moscow Times Reporter`, `By
 * VnExpress Staff`, `By Reuters`), or a footer naming the editor on duty
 * (`Editor: Huang Yue`, Xinhua). Returns what it credits, for the publisher.
 */
export function parseStaffCredit(line: string): { credited: string; outright?: boolean } | undefined {
  const trimmed = line.trim();
  // `Редакция портала «Русский мир»`, `Редакция сайта ТАСС`: the desk of the outlet it names outright.
  const redaction = RUSSIAN_DESK.exec(trimmed);
  if (redaction) return { credited: (redaction[1] ?? redaction[2])!.trim(), outright: true };
  const desk =
    /^by\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}&.'’ -]{1,50}?)(\s+(?:staff|reporters?|correspondents?|desk|team|editors?|writers?))?$/iu.exec(
      trimmed,
    );
  const deskName = desk?.[1]?.trim();
  if (deskName?.split(/\s+/).every((word) => /^[\p{Lu}&]/u.test(word))) {
    // `By VnExpress Staff` says it outright; `By Moscow Times Reporter` is no one's name.
    if (desk?.[2] !== undefined || !isPersonName(deskName) || publisherByName(deskName)) return { credited: deskName };
  }
  const editor = /^(?:editor|editors|responsible editor|biên tập|редактор)\s*:\s*(.{2,60})$/iu.exec(trimmed);
  if (editor && isPersonName(editor[1]!)) return { credited: "" };
  return undefined;
}

/**
 * A line with the brackets around it taken off: Reuters prints its sign-off in
 * them (`(Reporting by Khanh Vu; Editing by Robert Birsel)`, blind-vnru-35, 474).
 * Unchanged unless one pair encloses the whole line.
 */
export function withoutEnclosingBrackets(line: string): string {
  const trimmed = line.trim();
  if (!trimmed.startsWith("(") || !trimmed.endsWith(")")) return trimmed;
  const inner = trimmed.slice(1, -1);
  return inner.includes("(") || inner.includes(")") ? trimmed : inner.trim();
}

/**
 * A closing line crediting others' work: `Associated Press writer Jim Heintz in
 * Tallinn contributed to this report.`, `Additional reporting by Jane Doe`,
 * `Compiled by …`, `Translated by …`. Not article text; its names are not news.
 */
export function isContributorCredit(line: string): boolean {
  const trimmed = withoutEnclosingBrackets(line);
  if (trimmed.length > 250) return false;
  return (
    // The credit ends the line, in at most 38 characters and the boundary before them: its tail is enough to read.
    /\bcontributed(?: reporting)?(?: to this (?:report|story|article))?\.?$/iu.test(trimmed.slice(-40)) ||
    /^(?:additional reporting|writing|editing|compiled|translated|edited|reporting|graphics?)(?: and \w+)? by\b[^.!?]{0,200}\.?$/iu.test(
      trimmed,
    )
  );
}

/**
 * A closing line that introduces the author (`Sebastian Strangio is Southeast
 * Asia editor at The Diplomat.`): it opens with one of the byline's names and
 * says who that person is, in one sentence.
 */
export function isAuthorBio(line: string, author: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length > 300 || /[.!?]\s+\p{Lu}/u.test(trimmed.replace(/\b(?:Mr|Ms|Dr|St|U\.S|Jr)\./gu, ""))) return false;
  const names = author
    .split(AUTHOR_SEPARATOR)
    .map((name) => name.trim())
    .filter((name) => name.includes(" "));
  return names.some((name) => {
    if (!trimmed.toLocaleLowerCase("vi").startsWith(`${name.toLocaleLowerCase("vi")} `)) return false;
    return /^(?:is|was|has been|writes|covers|reports)\b/u.test(trimmed.slice(name.length + 1));
  });
}

/** `Author`, `Tác giả`: the label of an author box. */
export const AUTHOR_LABEL = /^(?:authors?|written by|tác giả|автор)\s*:?$/iu;

/**
 * The heading of the author box a page closes with (`About Author` / `Rebecca
 * Adams` / her biography, blind-vnru-12, 203): the article has ended above it.
 */
export const ABOUT_AUTHOR_HEADING = /^(?:about\s+(?:the\s+)?authors?|về\s+tác\s+giả|об\s+авторе)\s*:?$/iu;

/** What an author box prints under the name (`Fellow`, `Editor`): the name ends there. */
export const AUTHOR_ROLES =
  /^(?:fellow|editor|reporter|correspondent|contributor|columnist|writer|analyst|director|professor|researcher|journalist|phóng viên|biên tập viên)$/iu;

/** `Author` alone above a name split over lines (`Daniel` / `DePetris` / `Fellow`). */
export function isAuthorLabel(line: string): boolean {
  return AUTHOR_LABEL.test(line.trim());
}

/** `Martin Belam (now) and Helen Livingstone (earlier)`: notes on who wrote which part. */
export function withoutAuthorNotes(line: string): string {
  if (!line.includes("(")) return line.trim();
  return line.replace(/\s*\((?:now|earlier|later|updated|before|after|earlier version)\)/giu, "").trim();
}
