/**
 * Lines of page furniture told by their features, not by one site's wording:
 * counters (`63787 views`, `107 просмотров`), form and toolbar labels (`Font
 * Size:`, `Auther :`, `Your Email :`), record numbers (`ID : 362435`), e-mail
 * addresses, lines of symbols and ratings, calls to act (`Try Our AI Features`,
 * `Start reading`, `Become a member`), link arrows (`>>> Joint Statement …`,
 * `- Read More`), the headings of link lists and labelled links (`Most read`,
 * `READ: …`, navigation-lines.ts), the image alt text scraped before a
 * caption (`… - Ảnh 1.`) and the glyph names of an icon font run together.
 *
 * Every test first asks whether the line could be a sentence of the article: a
 * line that ends like a sentence and has a few words is never furniture here,
 * so that no sentence of an article is lost to these rules.
 */
import { PAGER_LINKS } from "./glued-lines.ts";
import { isImageFileName } from "./image-file-names.ts";
import { isMachineTimeStamp } from "./machine-time-stamps.ts";
import { endsLikeSentence, hasAtMostWords, isDashFramed, isTextLine, letterShare, wordsOf } from "./line-shape.ts";
import { isHeadlineTicker, isLabelledLink, isListHeading } from "./navigation-lines.ts";

/** `63787 views`, `107 просмотров`, `1.2K lượt xem`, `12 comments`, `1 pages in this article`. */
const COUNTER =
  /(?:^|\s)\d[\d.,]*\s*[KkMm]?\s*(?:views?|reads?|lượt xem|lượt đọc|просмотр(?:ов|а)?|комментари(?:ев|я|й)|comments?|bình luận|shares?|likes?|pages? in this article)(?:\s|$)/iu;

/** A counter line: the counter and at most a few other words. */
export function isCounterLine(line: string): boolean {
  const trimmed = line.trim();
  return hasAtMostWords(trimmed, 6) && COUNTER.test(trimmed);
}

/** `Font Size:`, `Auther :`, `Your Email :`, `Site colours:`: one or two words and a colon, the field's value gone. */
function isFieldLabel(line: string): boolean {
  return /^[\p{L}][\p{L}\p{M}'’-]*(?:\s+[\p{L}\p{M}'’-]+)?\s*:$/u.test(line);
}

/** `ID : 362435`, `No. 1234`, `Mã bài: 1234`: a record number on its own. */
function isRecordNumber(line: string): boolean {
  return /^(?:ID|No\.?|Mã(?: bài)?|Код|Article ID|News ID)\s*[:#]?\s*[\d-]{3,}$/iu.test(line);
}

/** Bounded, and starting only where a run of its characters starts, so that `A.A.A.…@` is read once, not once from each dot. */
const EMAIL = /(?<![\p{L}\d._%+-])[\p{L}\d._%+-]{1,64}@[\p{L}\d-]{1,63}(?:\.[\p{L}\d-]{1,63}){1,8}/u;

/** A line that gives an e-mail address (`Email: desk@example.vn`, `Contact us: …`), not a sentence quoting one. */
function isAddressLine(line: string): boolean {
  // The `@` first: the pattern alone tries each start of every word of a long paragraph.
  return line.includes("@") && EMAIL.test(line) && (!endsLikeSentence(line) || hasAtMostWords(line, 8)) && hasAtMostWords(line, 12);
}

/**
 * Verbs a call to act opens with (`Try Our AI Features`, `Start reading`, `Read
 * article in The Chicago Tribune`, `Become a member`, `Download the app`).
 */
const CALL_VERBS =
  /^(?:try|start|get|join|become|subscribe|sign|log|register|download|install|follow|like|share|click|tap|watch|listen|read|continue|support|donate|upgrade|unlock|explore|view|load|back to|đăng nhập|подпишитесь|читайте|смотрите|войти|зарегистрируйтесь)(?=\s|$)/iu;

/** Words of membership and accounts: a short line about them speaks to the reader, not of the news. */
const ACCOUNT_WORDS =
  /\b(?:log ?in|sign ?in|sign ?up|subscribe|subscription|subscribers?|membership|members? only|become a member|paywall|newsletter|free trial|unlimited access)\b/iu;

/**
 * A bar of account links joined by `|`, one of them opening with an account
 * verb (`Đăng ký mua gói ấn phẩm|Đăng nhập`, `Subscribe | Log in`, `Войти |
 * Регистрация`): a headline is never cut into items so.
 */
const ACCOUNT_BAR_ITEM =
  /(?:^|\|)\s*(?:đăng nhập|đăng ký|đăng xuất|log ?in|log ?out|sign ?in|sign ?up|subscribe|register|войти|вход|выйти|регистрация|зарегистрироваться)(?![\p{L}])/iu;

function isAccountBar(line: string): boolean {
  return line.includes("|") && hasAtMostWords(line, 12) && !endsLikeSentence(line) && ACCOUNT_BAR_ITEM.test(line);
}

/**
 * `Contact Us.`, `Email us`: the site's contact link, which a copy keeps as a
 * line (and which a closing line would otherwise sign as a name).
 */
const CONTACT_CALL = /^(?:contact|e-?mail|write\s+to)\s+us(?![\p{L}])/iu;

/**
 * An appeal for donations, as banners print it above a page (`UNITED24 - Make a
 * charitable donation in support of Ukraine!`, `Donate now`): the campaign's
 * name and a dash may come first. A sentence reporting a donation (`Russia made
 * a donation of…`) does not open so.
 */
const DONATION_CALL = /^(?:[\p{L}\d]{2,20}\s+[-–—|:]\s+)?(?:please\s+)?(?:make\s+a\s+(?:[\p{L}-]+\s+)?donation|donate)(?![\p{L}])/iu;

/**
 * The reader's own screen spoken of (`You can filter your feed, by choosing only
 * interesting sections.`, `Get the latest updates as we post them — right on your
 * browser`): a line saying `you` or `your` and naming a part of the reader's
 * interface is the site's instruction, not the news, even when it ends like a
 * sentence. Two tests, each one pass over a short line.
 */
const SECOND_PERSON = /(?<![\p{L}])(?:you|your)(?![\p{L}])/iu;
const READER_INTERFACE = /(?<![\p{L}])(?:feed|browser|notifications?|inbox|bookmarks?)(?![\p{L}])/iu;

function speaksOfReadersScreen(line: string): boolean {
  return hasAtMostWords(line, 16) && SECOND_PERSON.test(line) && READER_INTERFACE.test(line);
}

/**
 * A news feed's or a subscription's link (`Новости RSS подписка`, `RSS`,
 * `Подписка`, blind-vnru-34, 471): a section's RSS feed is a link for the reader's
 * software, never the news. A few words only: a headline may name a feed in a
 * sentence.
 */
const FEED_WORDS = /(?<![\p{L}\d])(?:rss|подписк[аиуе]|подписаться)(?![\p{L}\d])/iu;

function isFeedLink(line: string): boolean {
  return hasAtMostWords(line, 4) && !endsLikeSentence(line) && FEED_WORDS.test(line);
}

/**
 * A government site's switch to its version for the visually impaired, as the
 * copy keeps it above the page (`Версия для слабовидящих Вернуться на обычную
 * версию`, blind-vnru-34, 471; `Version for the visually impaired`).
 */
const ACCESSIBLE_VERSION =
  /^(?:версия\s+для\s+слабовидящих|(?:site\s+)?version\s+for\s+the\s+visually\s+impaired|phiên\s+bản\s+(?:dành\s+)?cho\s+người\s+khiếm\s+thị)(?![\p{L}])/iu;

function isAccessibleVersionSwitch(line: string): boolean {
  return hasAtMostWords(line, 10) && ACCESSIBLE_VERSION.test(line);
}

/** A short line addressed to the reader: it opens with a verb of the interface, or speaks of accounts and membership. */
export function isCallToAct(line: string): boolean {
  const trimmed = line.trim();
  if (isAccountBar(trimmed)) return true;
  if (isFeedLink(trimmed) || isAccessibleVersionSwitch(trimmed)) return true;
  if (speaksOfReadersScreen(trimmed)) return true;
  if (hasAtMostWords(trimmed, 4) && CONTACT_CALL.test(trimmed)) return true;
  if (hasAtMostWords(trimmed, 14) && DONATION_CALL.test(trimmed)) return true;
  if (endsLikeSentence(trimmed) && !hasAtMostWords(trimmed, 5)) return false;
  if (hasAtMostWords(trimmed, 6) && CALL_VERBS.test(trimmed)) return true;
  return hasAtMostWords(trimmed, 10) && ACCOUNT_WORDS.test(trimmed) && !/[,;]/.test(trimmed);
}

/** `>>> Joint Statement …`, `» PM meets …`, `→ Related`: a link to another page, marked by its arrow. */
function isArrowLink(line: string): boolean {
  return /^(?:>{2,}|»|→|⇒|▶|►)\s*\S/u.test(line) && !isTextLine(line.replace(/^[>»→⇒▶►\s]+/u, ""));
}

/** `- Read More`, `Read more »`, `Xem thêm >>`, or a link line ending so (`Putin arrives in Hanoi - Read More`). */
export function isReadMoreTag(line: string): boolean {
  return /(?:^|\s[-–—|]\s*|^[-–—»>•]\s*)(?:read more|read full (?:story|article)|continue reading|xem thêm|xem tiếp|подробнее|читать далее)\s*[»>→.…]*$/iu.test(
    line,
  );
}

/**
 * Stars, bars and bullets with hardly a word: a rating scale (`★★★ Good`), a
 * pager (`‹ 1 | 2 | 3 ›`). Dashes alone (`---`) may be the text's own rule.
 */
function isSymbolLine(line: string): boolean {
  return /[★☆●•▪►▶|‹›]/u.test(line) && letterShare(line) < 0.8 && !isTextLine(line);
}

/** Calendar widgets: `Sun Mon Tue Wed Thu Fri Sat`, `« June 2023 »`, a row of day numbers. */
function isCalendarLine(line: string): boolean {
  if (/^[«‹<]\s*\S.{0,30}\s*[»›>]$/u.test(line)) return true;
  // A row of days or day numbers opens with one: a line of text is not split into words to find out.
  const [first = ""] = /^\S*/u.exec(line.trim()) ?? [];
  const dayNames = WEEKDAY_LABEL.test(first);
  if (!dayNames && !DAY_NUMBER.test(first)) return false;
  const words = wordsOf(line);
  if (dayNames && words.length >= 5 && words.every((word) => WEEKDAY_LABEL.test(word))) return true;
  return words.length >= 3 && words.every((word) => DAY_NUMBER.test(word));
}

const WEEKDAY_LABEL = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Mo|Tu|We|Th|Fr|Sa|Su|T[2-7]|CN|Пн|Вт|Ср|Чт|Пт|Сб|Вс)$/u;
const DAY_NUMBER = /^\d{1,2}$/;

/**
 * `This live stream has ended.`, `Our live coverage is now closed`: a live
 * blog's notice that its updates have stopped, the whole line and nothing else.
 */
function isLiveStatusLine(line: string): boolean {
  return /^(?:this|the|our)\s+live\s+(?:stream|blog|coverage|broadcast|updates?|page|feed)\s+(?:has\s+(?:now\s+)?(?:ended|closed|finished|concluded)|is\s+(?:now\s+)?(?:over|closed|finished))\.?$/iu.test(
    line,
  );
}

/** `7 min`, `5 mins read`, `3 phút đọc`: a reading time. */
function isReadingTime(line: string): boolean {
  return /^\d{1,2}\s*(?:min|mins|minutes?|phút)(?:\s+(?:read|đọc))?$/iu.test(line);
}

/** `{keywords}`, `{{title}}`, `%AUTHOR%`: a template's field the page never filled. */
function isTemplateField(line: string): boolean {
  return /^(?:\{\{?[^{}\s]{1,40}\}?\}|%[A-Z_]{2,30}%)$/u.test(line);
}

/** Image alt text that scraping keeps before the caption: `Tổng thống Mỹ … - Ảnh 1.`, `… ảnh 4`. */
export function isAltTextLine(line: string): boolean {
  const trimmed = line.trim();
  // The number first: the pattern's optional start tries every position of a paragraph.
  return /\d\.?$/u.test(trimmed.slice(-2)) && /(?:^|\s)[-–]?\s*[ẢảAa]nh\s+\d{1,2}\.?$/u.test(trimmed);
}

/**
 * The names of an icon font's glyphs run together, as a copy of a page's SVG
 * sprite keeps them (`icon bookmark-bicon bookmarkicon cameraicon checkicon
 * chevron downicon …`): `icon` again and again, a large share of the words, and
 * no sentence.
 */
function isIconNameLine(line: string): boolean {
  if (endsLikeSentence(line)) return false;
  const icons = line.match(/icon/giu)?.length ?? 0;
  if (icons < ICON_NAMES_AT_LEAST) return false;
  return icons >= wordsOf(line).length * ICON_SHARE_AT_LEAST;
}

/** How many times `icon` comes in such a line, at the least, and what share of its words that is. */
const ICON_NAMES_AT_LEAST = 8;
const ICON_SHARE_AT_LEAST = 0.4;

/**
 * A line of page furniture by its features. Never a line that reads as a
 * sentence of several words (see the module comment).
 */
export function isFurnitureLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === "") return true;
  return (
    isCounterLine(trimmed) ||
    isFieldLabel(trimmed) ||
    isRecordNumber(trimmed) ||
    isAddressLine(trimmed) ||
    isCallToAct(trimmed) ||
    isArrowLink(trimmed) ||
    isReadMoreTag(trimmed) ||
    isSymbolLine(trimmed) ||
    isDashFramed(trimmed) ||
    isCalendarLine(trimmed) ||
    isReadingTime(trimmed) ||
    isLiveStatusLine(trimmed) ||
    isTemplateField(trimmed) ||
    isAltTextLine(trimmed) ||
    isIconNameLine(trimmed) ||
    isListHeading(trimmed) ||
    isLabelledLink(trimmed) ||
    isHeadlineTicker(trimmed) ||
    isReaderInvitation(trimmed) ||
    isAuthorNote(trimmed) ||
    isPagerLine(trimmed) ||
    isImageFileName(trimmed) ||
    isStrayPunctuation(trimmed) ||
    isMachineTimeStamp(trimmed)
  );
}

/**
 * A stop or a quotation mark alone on a line (`.`, `«`): what is left of a
 * quote box or a link the copy lost (blind-vnru-32, 447; blind-vnru-62, 802).
 * Dashes and stars alone stay: they may be the text's own section break.
 */
function isStrayPunctuation(line: string): boolean {
  return /^[.,;:!?«»"“”„'‘’()[\]]{1,3}$/u.test(line);
}

/** `Previous news Next news` and nothing else: a pager's two links (glued-lines.ts splits it off a paragraph). */
function isPagerLine(line: string): boolean {
  const match = PAGER_LINKS.exec(line);
  return match !== null && match[0].length === line.length;
}

/**
 * An author's note marked by an asterisk, as papers and commentaries print it
 * under the text: `* Ian Storey is Senior Fellow at ISEAS – Yusof Ishak and
 * editor of …`. The name, then `is`/`was` and a role a few words on.
 */
const AUTHOR_NOTE =
  /^\*\s*\p{Lu}[\p{L}\p{M}.'’-]*(?:\s\p{Lu}[\p{L}\p{M}.'’-]*){1,3}\s(?:is|was)\s(?:(?:an?|the)\s)?(?:[\p{L}-]+\s){0,3}(?:fellow|professor|editor|researcher|director|analyst|journalist|writer|correspondent|lecturer|scholar|associate|chair|member|adviser|advisor)\b/iu;

function isAuthorNote(line: string): boolean {
  // (The name's capitals tested apart: the role words are matched in any case.)
  return line.startsWith("*") && /^\*\s*\p{Lu}/u.test(line) && AUTHOR_NOTE.test(line);
}

/**
 * `Mời quý độc giả theo dõi các chương trình đã phát sóng của Đài Truyền hình
 * Việt Nam trên TV Online!` (blind-vnru-28, 396): a Vietnamese site inviting its
 * readers to watch or read more, printed under every article. It opens with
 * `Mời` and the readers, then a verb of watching, reading or listening; an
 * article's `Mời` invites someone else (`Mời các doanh nghiệp Nga …`).
 */
const READER_INVITATION =
  /^mời\s+(?:quý\s+)?(?:độc\s+giả|bạn\s+đọc|khán\s+giả|thính\s+giả|quý\s+vị)(?:\s+(?:cùng|hãy))?\s+(?:theo\s+dõi|xem|đón\s+đọc|đón\s+xem|đọc|nghe)(?=\s|$)/iu;

function isReaderInvitation(line: string): boolean {
  return line.length <= 300 && READER_INVITATION.test(line);
}
