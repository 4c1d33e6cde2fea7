/**
 * Page furniture that scraping copies along with an article: site banners,
 * breadcrumbs, share buttons, comment counters, related-news blocks and
 * navigation lists. Each test looks at one whole line.
 */
import { channelPromptOutlet, isChannelPrompt } from "./channel-prompts.ts";
import { readCopyrightNotice } from "./copyright.ts";
import { isEmptyCommentsNotice } from "./empty-comments.ts";
import { isFormPrompt } from "./form-prompts.ts";
import { publisherByName } from "../taxonomy/publishers.ts";

/** Headings after which a page holds no more of the article: everything from them on is dropped. */
const TAIL_MARKERS: readonly RegExp[] = [
  /^(?:comments?|bình luận|ý kiến)\s*(?:\(\d+\))?\s*:?$/iu,
  // `No comments:` with its colon, a blog's empty comment block (blind-vnru-41, 548).
  /^(?:no comments?(?: yet)?|be the first to comment)[.:]?$/iu,
  // `0 comments:` (a blog's comment count heading its comments, blind-vnru-39, 524).
  /^\d{1,6}\s+comments?\s*:?$/iu,
  /^no data$/iu,
  /^same (?:tag|category|author|topic)$/iu,
  /^(?:related|related (?:news|articles?|stories|posts|content|coverage|information)|read more|read also|see also|more (?:news|stories)|more on this (?:story|topic)|read next|up next|suggested topics|more from .{1,40}|most (?:read|popular|viewed)|latest news|recent (?:posts|news|articles|stories)|you (?:may|might) also like|recommended(?: for you)?|also read)\s*:?$/iu,
  /^(?:tin liên quan|bài liên quan|tin cùng chuyên mục|tin khác|tin mới|xem thêm|đọc thêm|có thể bạn quan tâm|tin nổi bật|đọc nhiều)\s*:?$/iu,
  /^(?:tags?|keywords?|từ khóa|từ khoá|chủ đề)\s*:.{0,150}$/iu,
  /^(?:tags?|keywords?|từ khóa|từ khoá)$/iu,
  /^(?:read more about|more about|more on this story|related topics?)\s*:.{0,150}$/iu,
];

export function isTailMarker(line: string): boolean {
  const trimmed = line.trim();
  // A comment form's prompt to type into a field (`Please enter your comment!`, blind-vnru-56, 726).
  return TAIL_MARKERS.some((pattern) => pattern.test(trimmed)) || isFormPrompt(trimmed);
}

/**
 * Widgets that may sit anywhere on a page: a line of one of these is never article text.
 * A comment counter, the word then the count (`Bình luận 0` under Dân Việt's byline,
 * blind-vnru-24, 342), is one; with the count in brackets it heads the comments (a tail marker).
 * An empty advertising slot says so (`Your Ad Here`, a blog's, blind-vnru-23, 330). A theme's
 * `Published by` label alone on its line, over the name of who posted (blind-vnru-41, 553), is one.
 */
const INTERFACE_LINES =
  /^(?:(?:bình luận|ý kiến)\s+\d{1,6}|share|share this(?: article| story)?|print|copy link|email|facebook|twitter|zalo|tweet|listen(?: to this article)?|nghe bài(?: viết)?|font size|A\s*A|no videos? available|loading\.*|advertisement|(?:place\s+)?your\s+ad\s+here|advertise\s+(?:here|with\s+us)|quảng cáo|chia sẻ|in bài|lưu bài|theo dõi|published by|our standards:.{0,80}|sign up here\.?|skip to (?:the )?(?:main )?(?:content|navigation)\b.{0,80}|more (?:news|stories) from our\b.{0,40}|©.{0,120})$/iu;

/**
 * Calls to act that pages put between or after paragraphs: `Like us on
 * Facebook…`, `Subscribe to our Telegram channel`, `Enjoying this article? Click
 * here to subscribe…`, `2 min Reading time`, a list of the sections a page was
 * filed under. Short, and addressed to the reader, never reporting.
 */
const READER_PROMPTS: readonly RegExp[] = [
  /^(?:like|follow|join) us on\b.{0,100}$/iu,
  /^(?:share (?:on|via|to|this on) .{1,30}|print this (?:article|page|story)|save (?:this )?(?:article|story)|bookmark|gift this article|purchase licensing rights.{0,40})$/iu,
  /^(?:follow|like|join)\b.{1,40}\bon (?:telegram|facebook|twitter|x|instagram|youtube|tiktok|vk|zalo|whatsapp|google news|threads)\b.{0,60}$/iu,
  /^(?:subscribe|sign up|register|download (?:our|the) app|get the app)\b.{0,100}$/iu,
  // `Theo dõi Baoquocte.vn trên` (an icon followed).
  /^theo dõi (?:\S+\s){1,4}?trên(?:\s+(?:google news|facebook|zalo|youtube|tiktok|telegram|twitter|x|instagram))?$/iu,
  // `Theo dõi Pháp luật & Xã hội trên` (blind-vnru-24, 346): a paper's name of up to six words, its first capitalised.
  /^[Tt]heo dõi \p{Lu}\S*(?:\s\S+){0,5}?\strên(?:\s+(?:Google News|Facebook|Zalo|YouTube|TikTok|Telegram|Twitter|X|Instagram))?$/u,
  // `Support The Moscow Times!`: a donation banner.
  /^support\s.{2,30}!$/iu,
  // `Подписывайтесь на Газету.Ru в Telegram …`, `Подписывайтесь на НСН: Новости | Дзен`: the same call in Russian.
  /^(?:подписывайтесь|подпишитесь)\s+на\s.{1,120}$/iu,
  // `Новые комментарии +`, `Комментарии (3)`: a comments widget's label, wherever it stands.
  /^(?:новые\s+|все\s+)?комментарии(?:\s*\(\d+\)|\s*\+)?$/iu,
  /^(?:enjoying this article|did you (?:like|enjoy) this)\b.{0,150}$/iu,
  /^(?:click here|tap here)\b.{0,100}$/iu,
  // `Story continues below this ad`: the marker a page leaves where an advertisement stood.
  /^(?:the\s+)?(?:story|article|text|report)\s+continues\s+(?:below|after)(?:\s+(?:this|the))?\s+(?:ad|advert|advertisement)$/iu,
  // `ARTICLE AD BOX` (blind-vnru-61, 795), `AD SLOT`, `Ad placeholder`: the box an advertisement loads into.
  /^(?:[A-Z]{2,12}\s+){0,2}ADS?(?:\s+[A-Z]{2,12}){0,2}$|^(?:\p{L}+\s+)?[Aa]ds?\s+(?:box|slot|space|unit|banner|placeholder|container)$/u,
  /^\d+\s*min(?:ute)?s?\s*(?:read|reading time)$/iu,
  /^(?:reading time|estimated reading time)\s*:?\s*\d+\s*min(?:ute)?s?$/iu,
  /^published in sections?:.{0,120}$/iu,
  /^(?:geography|persons|topics|sections?)\s*:\s*[^.!?]{1,120}$/iu,
];

/** The name a prompt to follow or support an outlet (or a link to its front page or terms) gives it, in English, Vietnamese and Russian. */
const FOLLOW_PROMPTS: readonly RegExp[] = [
  /^(?:follow|subscribe to) (.{2,30}?) on \S/iu,
  // `Subscribe to Pravda.Ru Telegram channel, Facebook, RSS!`: the site's own channel on a platform.
  /^(?:follow|subscribe to|join) (.{2,30}?)(?:['’]s)? (?:telegram|youtube|whatsapp|vk|dzen|zalo) (?:channel|group)\b/iu,
  /^support (.{2,30}?)!$/iu,
  /^theo dõi (.{2,30}?) trên(?:\s|$)/iu,
  /^(?:подписывайтесь|подпишитесь) на (.{2,30}?)(?:\s*:|\sв\s|$)/iu,
  // `More on Metronews.ca`: a link to the site's own front page, under its address-like name.
  /^more on (\p{L}[\p{L}\d-]{1,30}\.[a-z]{2,4})$/iu,
  // `By submitting your comment you agree to Big News Network’s Terms Policies.`: the site's own terms.
  /^by (?:submitting|posting|leaving) (?:your|a) comments?,? you agree to (.{2,40}?)['’]s? (?:terms|privacy|community)/iu,
];

/** `Follow us on …`, `Подписывайтесь на наш канал`: the reader is asked to follow the page, which names no one. */
const NOT_A_NAME = /^(?:us|our|нас|наш\p{L}*|chúng tôi)(?:\s|$)/iu;

/**
 * `Follow RT on Telegram`, `Support The Moscow Times!`, `Theo dõi Baoquocte.vn
 * trên`, `Подписывайтесь на НСН: Новости | Дзен`, `More on Metronews.ca`, `you
 * agree to Big News Network’s Terms`: the name of the outlet asking to be
 * followed or supported, or whose front page or terms the line points to, or
 * undefined. A site asks under its own name.
 */
export function promptingOutlet(line: string): string | undefined {
  const trimmed = line.trim();
  for (const pattern of FOLLOW_PROMPTS) {
    const name = pattern.exec(trimmed)?.[1]?.trim();
    if (name !== undefined) return NOT_A_NAME.test(name) || !/^[\p{Lu}\d]/u.test(name) ? undefined : name;
  }
  return channelPromptOutlet(trimmed);
}

/**
 * A site's display controls, alone on a line or two together: `Выбрать размер
 * шрифта`, `Выбрать цветовую схему` (blind-vnru-65, 843), `Сделать домашней
 * страницей Написать нам` (blind-vnru-63, 821), `Change font size`, `Chọn cỡ
 * chữ`. A verb of choosing may stand before the control; nothing else does.
 */
const DISPLAY_CONTROL =
  /(?:(?:choose|select|adjust|change|выбрать|изменить|chọn)\s+)?(?:(?:the\s+)?(?:font|text)\s+size|colou?r\s+scheme|размер\s+шрифта|цветовую\s+схему|cỡ\s+chữ|(?:сделать\s+(?:домашней|стартовой)\s+страницей|make\s+(?:this\s+)?(?:my\s+|your\s+)?home\s*page|set\s+as\s+home\s*page)|написать\s+нам|contact\s+us)/iu;
const DISPLAY_CONTROLS = new RegExp(`^${DISPLAY_CONTROL.source}(?:\\s+${DISPLAY_CONTROL.source})?$`, "iu");

export function isInterfaceLine(line: string): boolean {
  const trimmed = line.trim();
  return (
    INTERFACE_LINES.test(trimmed) ||
    (trimmed.length <= 80 && DISPLAY_CONTROLS.test(trimmed)) ||
    isEmptyCommentsNotice(trimmed) ||
    READER_PROMPTS.some((pattern) => pattern.test(trimmed)) ||
    // `Больше актуальных новостей … смотрите в телеграм канале ОСН.` (blind-vnru-45, 603).
    isChannelPrompt(trimmed) ||
    // `Copyright VOV.VN 2024`, `2024 VietnamPlus. All rights reserved.`, not `Copyright law protects …`.
    readCopyrightNotice(trimmed) !== undefined
  );
}

/**
 * `Read more: Vietnam, Russia sign …`, `• À lire aussi: Poutine et Kim signent …`
 * (a bullet may stand before): a link to another article inside the body.
 */
export function isReadMoreLink(line: string): boolean {
  return /^(?:[•·*]\s*)?(?:read more|read also|read|see also|related|also read|xem thêm|đọc thêm|tin liên quan|читайте также|à lire aussi|lire aussi|voir aussi)\s*[:>»]\s*\S/iu.test(
    line.trim(),
  );
}

/** `Home > Politics > Diplomacy`, `Trang chủ / Chính trị`: short segments joined by separators. */
export function isBreadcrumb(line: string): boolean {
  // A guillemet that closes a quotation the line goes on from in lower case (`«Весна на Родине 2025» в
  // Москве`, blind-vnru-60, 782) separates nothing; one before a capital may be a path's (`Главная » Новости`).
  const trimmed = line.trim().replace(/«[^«»\n]{0,200}»(?=\s+\p{Ll})/gu, "Q");
  const arrows = trimmed.split(/\s*(?:>|»|›)\s*/u);
  const slashes = trimmed.split(/\s+(?:\/|\|)\s+/u);
  // One slash joins two names as often as it parts two sections (`Vietnam / Russia`), unless the first is the home page's.
  const segments = arrows.length >= 2 ? arrows : slashes.length >= 3 || (slashes.length === 2 && HOME.test(slashes[0]!)) ? slashes : [];
  return segments.length >= 2 && segments.every((segment) => segment.split(/\s+/).length <= 4 && !/[.!?]$/.test(segment));
}

/** The first section of a path of pages: the home page (`Home / AMBASSADORS' COMMENTS`, blind-vnru-62, 798). */
const HOME = /^(?:home|home page|trang chủ|главная)$/iu;

/**
 * A breadcrumb ending in the page's headline (`Главная - Новости - Новости в
 * мире - Путин прибыл с государственным визитом во Вьетнам` above that
 * headline printed on its own): two or more short sections (at most four
 * words, no end punctuation) before a last part, joined by spaced separators
 * (` - `, ` – `, ` > `, ` » `, ` / `, ` | `), where the last part is another
 * line of the page (`isOtherLine`). A headline joining names with dashes
 * (`Việt Nam - Nga - Trung Quốc: …`) is not one unless its last part is
 * printed again alone.
 */
export function isPathToHeadline(line: string, isOtherLine: (text: string) => boolean): boolean {
  if (line.length > 400) return false;
  const segments = line.trim().split(/\s+[-–—>»›/|]\s+/u);
  if (segments.length < 3) return false;
  const last = segments.at(-1)!;
  const sections = segments.slice(0, -1);
  return (
    sections.every((segment) => segment !== "" && segment.split(/\s+/u).length <= 4 && !/[.!?:]$/u.test(segment)) &&
    last.split(/\s+/u).length >= 3 &&
    isOtherLine(last)
  );
}

/**
 * A site banner near the top of a page: a domain with its tagline
 * (`Vietnam.vn - Nền tảng quảng bá Việt Nam`). Returns the site (`Vietnam.vn`).
 */
export function parseSiteBanner(line: string): string | undefined {
  const match =
    /^((?:[\p{L}\d-]+\.)+(?:vn|com|net|org|info|ru|cn|news|io|co\.uk|com\.vn|net\.vn|org\.vn|gov\.vn))\s*(?:[-–—|:]\s*\S.{0,100})?$/iu.exec(
      line.trim(),
    );
  return match ? match[1] : undefined;
}

/** `Source: https://…`, `Nguồn: …`, or a line that is only an address. */
export interface SourceLine {
  url?: string;
  /** A named source without an address (`Source: VNA`), or the name before one (`Source: Reuters, https://…`). */
  name?: string;
  /** The day printed with a bracketed source (`April 3, 2003` of `(nhandan.org.vn - April 3, 2003)`) or a wire's name (`The Associated Press - May 03, 2002.`). */
  date?: string;
  /** The address came with a label (`Source:`, `URL:`, `Nguồn:`): it names the page's original, not a link in it. */
  labelled?: boolean;
}

/** `Editor: Wang Qingchu`, `Biên tập: …`, `Редактор: …` after a source line's outlet. */
// A bar may stand for the space: `Source: Xinhua| 2018-01-23 20:33:53|Editor: Liangyu`.
const EDITOR_LABEL = /(?<=\S)(?:\s*\|\s*|\s+)(?:editors?|edited by|biên tập(?: viên)?|редактор)\s*:.*$/iu;

/** (Only on a line short enough to be a source line: a paragraph is not searched.) */
const withoutEditorLabel = (value: string): string => (value.length <= 200 ? value.replace(EDITOR_LABEL, "") : value);

/** `baotintuc.vn`, `www.rbth.com`, `VOV.VN`: a site's host as a page prints it (at most 60 characters). */
export function isSiteHost(text: string): boolean {
  return text.length <= 60 && /^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.[a-z]{2,6}$/iu.test(text);
}

/**
 * A source's name, a bar or dash, and a day with digits: `TTXVN | 20/06/2024`,
 * `VNA - 20.06.2024 14:17`, and a bar glued to the name, `Xinhua| 2018-01-23
 * 20:33:53` (a dash glued to a name may be part of it, so a dash needs spaces).
 */
const DATED_SOURCE = /^([^|–—]{2,40}?)(?:\s*\|\s*|\s+[–—-]\s+)(\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}[^|]{0,20})$/u;

/**
 * A wire's name, a dash and the day, on a line of its own: `The Associated
 * Press - May 03, 2002.` under a story a site copied from the wire.
 */
const WIRE_DAY =
  /^(\p{Lu}[\p{L}.&'’ ]{1,40}?)\s+[–—-]\s+(\p{L}{3,9}\.? \d{1,2},? \d{4}|\d{1,2} \p{L}{3,9}\.? \d{4}|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4})\.?$/u;

/**
 * Labels of a line giving the page's source or address, in the languages of
 * the archive: `Source:`, `URL:`, `Original article:`, `Nguồn:`, `Link bài gốc:`,
 * `Источник:`, `Ссылка:`, and a republisher's credit lines (`Read the original article in
 * full at TASS`, `Article Sourced via TASS`). The colon may be glued to the address
 * (`Source:https://…`).
 */
const SOURCE_LABEL =
  /^(?:source(?: url| link)?|nguồn(?: tin| bài viết| bài)?|original(?: article| url| link| address)?|article url|link(?: bài gốc| gốc)?|bài gốc|xem bài gốc(?: tại)?|direct link|permalink|canonical(?: url)?|url|theo|источник|первоисточник|ссылка(?: на источник| на оригинал)?|оригинал(?: статьи)?|originally published (?:at|on|in|by)|read the original(?: article)?(?: in full)?(?: at| on| here)?|(?:article |story )?sourced (?:via|from))(?:\s*:\s*|\s+)(?=\S)/iu;

/** A line that opens with a source label (`Источник: www.justmedia`), whatever follows it. */
export function isSourceLabelled(line: string): boolean {
  return SOURCE_LABEL.test(line.trim());
}

/** Labels after which a name (not only an address) is the source: `Source: VNA`, `Article Sourced via TASS`. */
const NAMES_A_SOURCE = /^(?:source|nguồn|theo|источник|(?:article |story )?sourced|read the original|originally published by)/iu;

/** An address as a line gives it: bare, in angle or round brackets, with a full stop after it. */
function addressIn(value: string): string | undefined {
  const match = /^[<(]?(https?:\/\/[^\s<>()]*[^\s<>().,;])[>)]?[.,;]?$/iu.exec(value);
  return match?.[1];
}

/** `Reuters, https://…`, `VnExpress - https://…`: a source's name, then its address. */
function namedAddress(value: string): { name: string; url: string } | undefined {
  if (value.length > 300) return undefined;
  const at = value.search(/\s(?:<|\()?https?:\/\//iu);
  if (at <= 0) return undefined;
  const url = addressIn(value.slice(at + 1));
  const name = value
    .slice(0, at)
    .replace(/[\s,:–—-]+$/u, "")
    .trim();
  return url !== undefined && name.length <= 60 && !/[.!?]$/u.test(name) ? { name, url } : undefined;
}

export function parseSourceLine(line: string): SourceLine | undefined {
  const trimmed = line.trim();
  const bracketed = /^\((.{2,400})\)$/u.exec(trimmed)?.[1]?.trim();
  if (bracketed !== undefined) return parseBracketedSource(bracketed);
  const label = SOURCE_LABEL.exec(trimmed);
  // `Source: Xinhua   Editor: Wang Qingchu`: the desk's label after the source is not part of its name.
  const value = label ? withoutEditorLabel(trimmed.slice(label[0].length).trim()) : trimmed;
  const url = addressIn(value);
  if (url !== undefined) return label ? { url, labelled: true } : { url };
  const named = label ? namedAddress(value) : undefined;
  if (named) {
    const name = isSiteHost(named.name) || /^\p{Lu}/u.test(named.name) ? { name: named.name } : {};
    return { ...name, url: named.url, labelled: true };
  }
  // `Source: VNA`, `Nguồn: baotintuc.vn` (a site's host, lower case).
  // `Theo TTXVN | 20/06/2024`: the source, then the day it was printed.
  const dated = label ? DATED_SOURCE.exec(value) : null;
  if (dated && NAMES_A_SOURCE.test(trimmed) && /^\p{Lu}/u.test(dated[1]!)) {
    return { name: dated[1]!.trim(), date: dated[2]!.trim() };
  }
  const wireDay = label || trimmed.length > 80 ? null : WIRE_DAY.exec(trimmed);
  if (wireDay && publisherByName(wireDay[1]!)?.wire) return { name: wireDay[1]!, date: wireDay[2]! };
  if (
    label &&
    NAMES_A_SOURCE.test(trimmed) &&
    value.length <= 60 &&
    (isSiteHost(value) || (!/[.!?]$/.test(value) && /^\p{Lu}/u.test(value)))
  ) {
    return { name: value };
  }
  return undefined;
}

/**
 * A source line in brackets, on a line of its own: `(Theo TTXVN)`, `(Source:
 * Xinhua)`, or a site's host with the day (`(nhandan.org.vn - April 3, 2003)`,
 * as a page reprinting a paper's story credits it). A bracket of other words,
 * a photo credit (`(Photo: VNA)`) or a date with a headline, is none.
 */
function parseBracketedSource(inner: string): SourceLine | undefined {
  if (/^(?:source|nguồn|theo|источник|url|link)\b/iu.test(inner)) {
    const labelled = parseSourceLine(inner.replace(/^(\p{L}+)\s*:?\s*/u, "$1: "));
    return labelled?.name === undefined && labelled?.url === undefined ? undefined : labelled;
  }
  const match = /^([a-z0-9.-]{4,60})(?:\s+[-–—,]\s+([^()]{4,40}))?$/iu.exec(inner);
  if (!match || !isSiteHost(match[1]!)) return undefined;
  return { name: match[1]!.toLowerCase(), ...(match[2] === undefined ? {} : { date: match[2] }) };
}

/**
 * Where a closing run of navigation labels starts (`Heritage`, `Figure`,
 * `Business`…): two or more short lines of words without sentence punctuation.
 * Returns `lines.length` when there is none.
 */
export function navigationTailStart(lines: readonly string[]): number {
  let start = lines.length;
  while (start > 0 && isNavigationLabel(lines[start - 1]!)) start -= 1;
  return lines.length - start >= 2 ? start : lines.length;
}

function isNavigationLabel(line: string): boolean {
  const trimmed = line.trim();
  return hasAtMostWords(trimmed, 3) && /^[\p{L}\p{M}][\p{L}\p{M}&' -]*$/u.test(trimmed);
}

/**
 * `text.split(/\s+/).length <= words`, reading no further than the word after
 * the last allowed: closing lines are tested again each time one is stripped,
 * and a long paragraph must not be split into words each time.
 */
function hasAtMostWords(text: string, words: number): boolean {
  const spaces = /\s+/g;
  for (let count = 1; spaces.exec(text) !== null; count += 1) if (count >= words) return false;
  return true;
}
