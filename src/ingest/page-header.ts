/**
 * The header of a copied page: the lines above its first paragraph of text.
 * Sites put their name, tagline, menus, breadcrumbs, section labels, time
 * stamps, the headline, a kicker above it and a dek below it there. The
 * headline is chosen by evidence, not by position alone: it is repeated by the
 * page title (`Headline - Site`), it stands right above the byline, the date,
 * the photo or the lede, and it has a headline's shape; site names, taglines,
 * breadcrumbs, menus, tickers and tag lists are never it, and a dek below it
 * stays out of it. Nothing of the header goes into the body.
 *
 * One module although long: the rules that tell the headline from the other
 * header lines weigh the same lines together (a list's heading makes the
 * candidates under it links, an anchor ends a run), so split up they would
 * pass each other their half-made findings.
 */
import { withoutReplyMark } from "./reply-subject.ts";
import { isBreadcrumb, isPathToHeadline, parseSiteBanner } from "./boilerplate.ts";
import { isCrumbsGluedToHeadline } from "./crumbs-glued-to-headline.ts";
import { isPersonName } from "./byline.ts";
import { isMastheadLike, SECTION_WORDS } from "./mastheads.ts";
import { isDateLabelLine } from "./date-line.ts";
import { parseDateline } from "./dateline.ts";
import { addPublisher, type Findings, type TextItem } from "./findings.ts";
import { isFurnitureLine } from "./furniture.ts";
import { firstSentence, isTitleLine, withoutLeadingDay } from "./headline.ts";
import { parseImageAltStamp } from "./image-alt-stamps.ts";
import { isPortraitCaption } from "./photo-lines.ts";
import { isListHeading, isMenuLine } from "./navigation-lines.ts";
import {
  capitalisedShare,
  endsLikeSentence,
  hasAtLeastWords,
  hasAtMostWords,
  isArticleSentence,
  isTitleCase,
  lineKey,
  wordsOf,
} from "./line-shape.ts";
import { publisherByHost, publisherByName } from "../taxonomy/publishers.ts";

/**
 * Where the text starts: the first paragraph of real length, or one opening
 * with a dateline or the outlet's code (`VGP – …`, `HÀ NỘI — …`).
 */
export function findLede(items: readonly TextItem[]): number {
  return pastTeaserAboveHeadline(items, firstTextAt(items));
}

/**
 * The lede printed twice, as a teaser above the headline and again under it
 * (`(Tổ Quốc) - Trả lời phỏng vấn …` / `Đại sứ Nga tại Việt Nam G.S. Bezdetko:
 * Tôi dành …` / `(Tổ Quốc) - Trả lời phỏng vấn …`, blind-vnru-27, 383): the
 * text starts at the second print, so the line between is in the header, where
 * it is read as the headline. Only for a title-shaped line between two prints
 * of the same paragraph (case aside).
 */
function pastTeaserAboveHeadline(items: readonly TextItem[], index: number): number {
  const [teaser, between, again] = items.slice(index, index + 3);
  if (teaser === undefined || between === undefined || again === undefined) return index;
  return isTitleLine(between.text) && lineKey(again.text) === lineKey(teaser.text) ? index + 2 : index;
}

function firstTextAt(items: readonly TextItem[]): number {
  for (const [index, item] of items.entries()) {
    // A long sentence with the next one begun after it (an interview's question, a lede cut by the copy) is text.
    if (opensWithLongSentence(item.text)) return index;
    // (A headline is followed by text within a few lines: a salutation, a dek, then the lede.)
    const textFollows = items.slice(index + 1, index + 4).some((next) => isArticleSentence(next.text));
    if (isHeaderShaped(item.text, textFollows)) continue;
    // A long line all in capitals is a strapline or an office's slogan (`CHỦ ĐỀ HỌC TẬP VÀ LÀM THEO …`,
    // blind-vnru-37, 502): an article's text is written in mixed case.
    if (isArticleSentence(item.text) && !inCapitals(item.text) && !isUnpunctuatedRun(item.text)) return index;
    const dateline = parseDateline(item.text);
    if (dateline && dateline.rest.length >= 40) return index;
  }
  // No paragraph of length: the first line after a headline-shaped one, else the first.
  return items.length > 1 && isTitleLine(items[0]!.text) ? 1 : 0;
}

/**
 * A long line with no punctuation at all, not a comma, not a stop: a ticker's
 * or a menu's items run together (`WORDS ON THE STREET 70th anniversary of
 * Hanoi's Liberation Day Vietnam - Asia 2023 Smart City Summit …`, blind-vnru-62,
 * 798). A paragraph of that length has a comma or a stop somewhere.
 */
function isUnpunctuatedRun(line: string): boolean {
  return !/[,.;:!?…。，、"“”«»()]/u.test(line);
}

/**
 * Long header lines that are not the lede: a tag list, a dek set as a list
 * item without a sentence end (`- The Russian president also promotes …`),
 * and a headline that ends as a question or exclamation above a paragraph.
 */
function isHeaderShaped(line: string, textFollows: boolean): boolean {
  if (isTagList(line)) return true;
  if (/^[-–—•*·]\s/u.test(line) && !endsLikeSentence(line)) return true;
  // A long headline (`Foreign Minister Sergey Lavrov’s remarks following talks with …, Jakarta,
  // August 9, 2017`), or one that asks or exclaims, right above a paragraph.
  // (`isTitleLine` takes a line over 200 characters only as such a record's title.)
  const headline = (!endsLikeSentence(line) || /[?!]["”’]?$/u.test(line)) && isTitleLine(line);
  return headline && textFollows;
}

/** `Politics`, `Thời sự`, `Russian Politics & Diplomacy`, `Social Affairs`: a section of the site, not a headline. */
function isSectionLabel(line: string): boolean {
  const trimmed = line.trim();
  if (!hasAtMostWords(trimmed, 4) || !/^[\p{L}\p{M}][\p{L}\p{M}&'’ -]*$/u.test(trimmed)) return false;
  if (!isTitleLine(trimmed)) return true;
  return isTitleCase(trimmed) && (trimmed.includes("&") || wordsOf(trimmed).some((word) => SECTION_WORDS.test(word)));
}

/**
 * `Official website of the President of Russia`, `The official portal of …`:
 * a site describing itself. Returns whose site it is.
 */
function officialSiteOwner(line: string): string | undefined {
  return /^(?:the\s+)?official\s+(?:web\s?site|site|portal|page|news\s+site)\s+of\s+(?:the\s+)?(.{3,60})$/iu.exec(line.trim())?.[1];
}

/**
 * `Официальный сайт губернатора Ненецкого автономного округа` (blind-vnru-16,
 * 250), `Cổng thông tin điện tử tỉnh Khánh Hòa`: a site naming itself, in
 * Russian or Vietnamese, where the owner stands in a case or order that is no
 * name of its own: the line is the site's name.
 */
function isOfficialSiteName(line: string): boolean {
  const trimmed = line.trim();
  return (
    trimmed.length <= 90 &&
    !/[.!?:|]$/u.test(trimmed) &&
    /^(?:Официальный\s+(?:сайт|портал|интернет-портал)|Cổng\s+thông\s+tin\s+điện\s+tử)\s+\S+(?:\s+\S+){0,7}$/iu.test(trimmed)
  );
}

/** English function words as a title-case headline capitalises them (`Of`, `With`, `Since`). */
const TITLE_CASED_LITTLE_WORDS = new Set([
  "Of",
  "With",
  "To",
  "In",
  "For",
  "On",
  "At",
  "From",
  "Since",
  "After",
  "Over",
  "Into",
  "Amid",
  "By",
  "As",
  "And",
  "The",
]);

/** How many distinct capitalised function words stand after a line's first word. */
function titleCasedLittleWords(words: readonly string[]): number {
  const seen = new Set<string>();
  for (const word of words.slice(1)) if (TITLE_CASED_LITTLE_WORDS.has(word)) seen.add(word);
  return seen.size;
}

/**
 * A line of tags or names without a sentence: `Владимир Путин Сергей Лавров
 * Джо Байден Россия США …` — capitalised words, no punctuation, names repeated
 * or too many of them for a headline.
 */
function isTagList(line: string): boolean {
  const words = wordsOf(line);
  if (words.length < 8 || /[,.:;!?"“”«»()]/u.test(line) || capitalisedShare(line) < 0.75) return false;
  // A headline set in capitals (`TỔNG BÍ THƯ TÔ LÂM HỘI ĐÀM VỚI …`) is no list of tags.
  if (line === line.toLocaleUpperCase()) return false;
  // A headline in title case (`Vietnam Notes Positive Effect Of Increased Trade With EEU Since …`)
  // capitalises its little words too; tags are names, which have next to none of them.
  if (titleCasedLittleWords(words) >= 2) return false;
  if (words.length >= 14) return true;
  const pairs = new Set<string>();
  for (let index = 1; index < words.length; index += 1) {
    const pair = `${words[index - 1]} ${words[index]}`;
    if (pairs.has(pair)) return true;
    pairs.add(pair);
  }
  return false;
}

/** A ticker or live-feed item: `10:14 Putin lands in …`, `LIVE: …`, `BREAKING: …`. */
function isTickerItem(line: string): boolean {
  return /^(?:\d{1,2}[:h]\d{2}\s|(?:live|breaking|just in|trực tiếp|nóng|срочно)\b\s*[:|-]?)/iu.test(line.trim());
}

/**
 * A browser page title copied as the headline: `Putin arrives in Hanoi | Reuters`,
 * `Vietnam, Russia sign deals - VnExpress International`. The site's name after
 * the last separator is known, or shaped like a masthead; it is not the title.
 */
export function splitPageTitle(line: string): { title: string; site?: string } {
  const match = /^(.{10,}?)\s+[|–—-]\s+([^|–—]{2,40})$/u.exec(line.trim());
  if (!match) return { title: line };
  const site = match[2]!.trim();
  const known = publisherByName(site) ?? (/\.[a-z]{2,3}$/iu.test(site) ? publisherByHost(site) : undefined);
  if (known) return { title: match[1]!.trim(), site: known.name };
  if (isMastheadLike(site)) return { title: match[1]!.trim(), site };
  return { title: line };
}

type HeaderRole = "candidate" | "other";

/** Offices before a name make a caption or a headline of people, not a byline. */
const ROLE_WORDS =
  /\b(?:President|Minister|Premier|Chairman|Chairwoman|Secretary|Ambassador|General|Prince|King|Queen|Emperor|Mr|Mrs|Ms|Dr)\b/u;

/**
 * What a header line is. Site names, banners, taglines and author lines are
 * read into the findings; labels, menus and widgets are left; the rest, when
 * headline-shaped, may be the headline.
 */
function readHeaderLine(line: string, doubled: boolean, found: Findings, at: number): HeaderRole {
  const site = parseSiteBanner(line);
  const known = site ? (publisherByHost(site) ?? publisherByName(site)) : publisherByName(line);
  if (known) {
    addPublisher(found, known.name, known.aggregator ? "aggregator" : "masthead", at);
    return "other";
  }
  if (site) {
    // An unlisted site's banner (`tinhte.vn - Cộng đồng công nghệ`): the site, named only if nothing else
    // names one, since a platform that republishes prints its banner above another outlet's article.
    addPublisher(found, site.toLowerCase().replace(/^www\./u, ""), "unknownHost", at);
    return "other";
  }
  const owner = officialSiteOwner(line);
  if (owner !== undefined) {
    addPublisher(found, publisherByName(owner)?.name ?? owner, "masthead", at);
    return "other";
  }
  if (isOfficialSiteName(line)) {
    addPublisher(found, publisherByName(line.trim())?.name ?? line.trim(), "masthead", at);
    return "other";
  }
  // (A site's name has two letters at least: `A` / `A` are a font-size control's buttons.)
  if (isMastheadLike(line) || (doubled && hasAtMostWords(line, 5) && isTitleCase(line) && /\p{L}.*\p{L}/u.test(line))) {
    // `The Guardian - AU` twice: a site's name, printed as a logo and as a link.
    addPublisher(found, line.trim(), "masthead", at);
    return "other";
  }
  // `Mersiha Gadzo, David Child, Arwa Ibrahim, Farah Najjar`: the authors of a live page.
  const names = line.replace(/\s*\((?:now|earlier|later)\)/giu, "").trim();
  if (/,|\band\b/u.test(names) && isPersonName(names, { minWords: 2, maxWords: 3 }) && !ROLE_WORDS.test(names)) {
    found.author ??= names;
    return "other";
  }
  if (isBreadcrumb(line) || isSectionLabel(line) || isTagList(line) || isTickerItem(line) || isFurnitureLine(line)) return "other";
  if (isDateLabelLine(line)) return "other";
  // (A list's heading and a labelled link are furniture lines: above.)
  if (isMenuLine(line)) return "other";
  return isTitleLine(line) ? "candidate" : "other";
}

interface Candidate {
  text: string;
  at: number;
}

/**
 * The page's own title repeated elsewhere, with the site after it or as an
 * image's alt text (`Headline | Site`, `Headline ảnh 1`): the keys of such lines.
 */
function repeatedTitleKeys(lines: readonly string[]): Map<string, number> {
  const keys = new Map<string, number>();
  for (const [at, line] of lines.entries()) {
    if (line.length > 300) continue;
    // (The word first: the pattern tries every position of the line.)
    const altless = line.includes("ảnh") || line.includes("Ảnh") ? line.replace(/\s*[Ảả]nh\s+\d{1,2}\S*.*$/u, "") : line;
    const stripped = altless.replace(/\s+[|–—-]\s+[^|–—]{2,40}$/u, "");
    // An image's alt stamp (`… - Sputnik Việt Nam, 1920, 30.03.2023`) is a photo's caption, not the title with the site after it.
    if (stripped !== line && parseImageAltStamp(line) === undefined) keys.set(lineKey(stripped), at);
  }
  return keys;
}

/**
 * The headline among the header's candidates. Candidates on consecutive lines
 * form a run (kicker, headline, dek); the run chosen is the first that the
 * page's anchors follow (the date, byline, photo or lede) before any other
 * candidate: a menu item or ticker above is followed by more header, not by
 * them. In the run, a short kicker before a longer line is passed over, and
 * the lines after the headline are its deks. A candidate the page repeats as
 * its page title wins outright. A line printed twice in a row (`doubledAt`,
 * the second print) keeps the run going: the headline above a photo's caption
 * printed twice is no less the headline. A run in capitals only yields to a
 * later one in mixed case right above the date line (`aboveDateLine`): the
 * capitals were the paper's strapline.
 */
function chooseTitle(
  candidates: readonly Candidate[],
  anchors: ReadonlySet<number>,
  ledeAt: number,
  repeated: ReadonlyMap<string, number>,
  doubledAt: ReadonlySet<number> = new Set(),
  aboveDateLine: ReadonlySet<number> = new Set(),
): Candidate | undefined {
  const echoed = candidates.find((candidate) => {
    const other = repeated.get(lineKey(candidate.text));
    return other !== undefined && other !== candidate.at;
  });
  if (echoed) return echoed;
  // The headline printed again right under its byline or date line (`Russian Navy ship group starts 5-day
  // visit to Vietnam` / `By VnExpress   April 28, 2017 | 09:59 am GMT+7` / the headline again, blind-vnru-37,
  // 500): the page's headline, whatever toolbar line runs into it from above.
  const reprinted = candidates.find((candidate) => doubledAt.has(candidate.at + 2) && anchors.has(candidate.at + 1));
  if (reprinted) return reprinted;

  const runs: Candidate[][] = [];
  for (const candidate of candidates) {
    const run = runs.at(-1);
    const last = run?.at(-1)?.at;
    if (run && (last === candidate.at - 1 || (last === candidate.at - 2 && doubledAt.has(candidate.at - 1)))) run.push(candidate);
    else if (run && last === candidate.at) run.push(candidate);
    else runs.push([candidate]);
  }
  const starts = new Set(candidates.map((candidate) => candidate.at));
  const anchored = (run: readonly Candidate[]): boolean => {
    for (let at = run.at(-1)!.at + 1; at <= ledeAt; at += 1) {
      if (at === ledeAt || anchors.has(at)) return true;
      if (starts.has(at)) return false;
    }
    return true;
  };
  let run = runs.find(anchored) ?? runs[0];
  if (!run) return undefined;
  // A paper's strapline in capitals (`CƠ QUAN CỦA TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM`) above a photo
  // yields to a later run in mixed case that stands right above the date line.
  if (run.every((candidate) => inCapitals(candidate.text))) {
    const later = runs.slice(runs.indexOf(run) + 1);
    run = later.find((other) => aboveDateLine.has(other.at(-1)!.at) && !other.every((candidate) => inCapitals(candidate.text))) ?? run;
  }
  // A menu's items run on into the headline (`Địa chỉ công sở` / `Trương mục tra cứu` / `Người Việt ở
  // EU và TG` / the headline, blind-vnru-37, 505): of four lines or more, all short but the last, the last,
  // right above the date line or the text, is the headline. (A kicker, a headline and a dek are three
  // lines, the headline not short: The Guardian's `Putin’s visit to Vietnam` / headline / dek.)
  const last = run.at(-1)!;
  if (run.length >= MENU_RUN_LINES) {
    const lastWords = wordsOf(last.text).length;
    const menuItem = (other: TextItem) => {
      const words = wordsOf(other.text).length;
      return words <= MENU_ITEM_WORDS && words < lastWords;
    };
    if (run.slice(0, -1).every(menuItem)) return last;
  }
  const [first, second] = run;
  // (A longer line printed twice in a row under a short one is a photo's alt text and caption, not the headline under its kicker.)
  const kicker =
    second !== undefined &&
    !doubledAt.has(second.at + 1) &&
    hasAtMostWords(first!.text, 5) &&
    wordsOf(second.text).length >= wordsOf(first!.text).length + 3 &&
    !isDek(second.text);
  return kicker ? second : first;
}

/** A run of this many title-shaped lines or more, all short but the last, is a menu's items above the headline. */
const MENU_RUN_LINES = 4;
/** The most words a menu's item has been seen with (`Người Việt ở EU và TG`). */
const MENU_ITEM_WORDS = 6;

/** A person's name of two to four words and no office: what a byline line holds. */
function isBylineName(line: string): boolean {
  const name = line.trim();
  return isPersonName(name, { minWords: 2, maxWords: 4 }) && !ROLE_WORDS.test(name);
}

/** A line whose letters are all capitals. */
function inCapitals(line: string): boolean {
  return /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line);
}

/** The most words a headline under a kicker has been seen with; a longer line with a clause is a dek. */
const DEK_MIN_WORDS = 18;

/**
 * A summary under a short headline (`Дружеский прием Ханоя` / `В Ханое президенты
 * России и Вьетнама подписали декларацию …, которое может позволить …`,
 * blind-vnru-12, 199): a sentence of many words with a clause set off by a comma,
 * where a headline under a kicker is a short line of its own.
 */
function isDek(line: string): boolean {
  return wordsOf(line).length >= DEK_MIN_WORDS && line.includes(",");
}

/**
 * A name on its own line in the header, right above the date line (`Jayanty
 * Nada Shofa` / `July 12, 2023 | 10:02 pm`) or right below it (`08/02/2026
 * 06:56` / `Thu Trang` / `Theo dõi trên Google News`, blind-vnru-16, 257), or
 * printed again with the page's counters after it (`Дарья Корзина` / `Дарья
 * Корзина 32 0`): the byline.
 */
function isHeaderByline(line: TextItem, next: TextItem | undefined, dateLineAt: ReadonlySet<number>): boolean {
  const name = line.text.trim();
  if (!isBylineName(name)) return false;
  if (dateLineAt.has(line.at + 1) || dateLineAt.has(line.at - 1)) return true;
  return next?.text.startsWith(`${name} `) === true && /^[\d\s]+$/u.test(next.text.slice(name.length));
}

/**
 * A name on its own line between the headline and the lede, the header's last
 * line or the one right above the lede (`Chủ tịch Đuma Quốc gia Nga đến Hà Nội,
 * …` / `Dương Ngọc` / `(NLĐO)- Chiều 28-9, …`, blind-vnru-12, 209; `Chu Văn`,
 * Báo Quốc tế, blind-vnru-11): the byline, unless the lede names it too.
 */
function isBylineAboveLede(
  line: TextItem,
  previous: TextItem | undefined,
  next: TextItem | undefined,
  ledeAt: number,
  lede: string,
  headline: TextItem | undefined,
): boolean {
  const name = line.text.trim();
  const lastBeforeLede = next === undefined || line.at + 1 === ledeAt;
  // (`Hà Nội` above `Chiều 8/9, tại Hà Nội, …` is the place the lede names, not a byline.)
  return lastBeforeLede && previous?.at === headline?.at && isBylineName(name) && !lede.includes(name);
}

export interface Header {
  title?: string;
  /** Line number of the headline, for telling a page's clock from its date line. */
  titleAt?: number;
  /** Line number of the lede. */
  ledeAt: number;
  /**
   * Sentences between the headline and the lede (`Putin is in Hanoi for a two-day
   * visit.`): too short to be the lede, but text, not furniture; they open the body.
   */
  sentences: TextItem[];
}

/**
 * Reads the header items (those before the lede): publisher evidence and
 * authors into the findings, and the headline. `lines` are all the page's
 * lines, for finding the headline repeated as a page title.
 */
export function readHeader(headerItems: readonly TextItem[], ledeAt: number, found: Findings, lines: readonly string[]): Header {
  const pieces = headerItems;
  const candidates: Candidate[] = [];
  const dateLineAt = new Set(found.dateLines.map((line) => line.at));
  // Candidates under a `Most read` / `Đọc nhiều` heading are links to other stories (listed).
  const listed = new Set<number>();
  let inList = false;
  const headerKeys = new Set(pieces.map((piece) => lineKey(piece.text)));
  // How many candidates the current heading has listed: the first, right above a date line (a section's
  // label between them at most), is no link but the story's own headline (`More news` / `Russia’s State
  // Duma delegation arrives …` / `Russian Politics & Diplomacy` / `December 23, 13:30 UTC+3 HANOI`).
  let listedInRun = 0;
  for (const [index, piece] of pieces.entries()) {
    if (found.anchors.has(piece.at)) inList = false;
    // (The heading may be a line the line rules have already set aside as furniture.)
    if (isListHeading(piece.text) || headsList(lines, (pieces[index - 1]?.at ?? -1) + 1, piece.at)) {
      if (!inList) listedInRun = 0;
      inList = true;
    }
    if (isListHeading(piece.text)) continue;
    const key = lineKey(piece.text);
    const next = pieces[index + 1];
    const doubled = lineKey(pieces[index - 1]?.text ?? "") === key || lineKey(next?.text ?? "") === key;
    // (Under a headline: a short headline above the date line is no byline.)
    if (
      candidates.length > 0 &&
      (isHeaderByline(piece, next, dateLineAt) ||
        isBylineAboveLede(piece, pieces[index - 1], next, ledeAt, lines[ledeAt] ?? "", candidates.at(-1)))
    ) {
      found.author ??= piece.text.trim();
      continue;
    }
    // A breadcrumb whose last part is the headline printed below it: a path, not the headline.
    if (isPathToHeadline(piece.text, (text) => headerKeys.has(lineKey(text)))) continue;
    // The same path with no separators, glued to the headline printed alone elsewhere (blind-vnru-44, 590).
    if (isCrumbsGluedToHeadline(piece.text, (crumbless) => crumbless !== key && headerKeys.has(crumbless))) continue;
    // A long sentence of the text and the start of the next, the rest lost by the copy: text, not a headline.
    if (opensWithLongSentence(piece.text)) continue;
    // `Russian President Vladimir Putin` above the lede: the caption of the portrait heading the page.
    if (isPortraitCaption(piece.text)) {
      found.captions.push({ text: piece.text.trim(), at: piece.at, filePhoto: false });
      continue;
    }
    if (readHeaderLine(piece.text, doubled, found, piece.at) === "candidate") {
      candidates.push(piece);
      const ownDateBelow =
        found.anchors.has(piece.at + 1) || (found.anchors.has(piece.at + 2) && isSectionLabel(lines[piece.at + 1] ?? ""));
      if (inList && listedInRun === 0 && ownDateBelow) inList = false;
      else if (inList) {
        listed.add(piece.at);
        listedInRun += 1;
      }
    } else if (!continuesList(piece.text)) inList = false;
  }
  // A headline printed twice in a row (logo text and link) is one candidate.
  const isSecondPrint = (candidate: Candidate, index: number) =>
    index > 0 && lineKey(candidates[index - 1]!.text) === lineKey(candidate.text);
  const distinct = candidates.filter((candidate, index) => !isSecondPrint(candidate, index));
  const doubledAt = new Set(candidates.filter(isSecondPrint).map((candidate) => candidate.at));
  const aboveDateLine = new Set(pieces.filter((piece) => dateLineAt.has(piece.at + 1)).map((piece) => piece.at));
  const picked =
    stoppedHeadlineOverDate(pieces, lines, dateLineAt) ??
    chooseTitle(unlisted(distinct, listed), found.anchors, ledeAt, repeatedTitleKeys(lines), doubledAt, aboveDateLine) ??
    headlineWithFullStop(pieces, ledeAt, lines[ledeAt] ?? "");
  const chosen = picked && wholeHeadline(picked, pieces);
  if (!chosen) return { ledeAt, sentences: [] };
  // A line printed twice in a row below the headline: a photo's alt text and its caption.
  for (const candidate of candidates) {
    if (doubledAt.has(candidate.at) && candidate.at > chosen.at + 1 && lineKey(candidate.text) !== lineKey(chosen.text)) {
      found.captions.push({ text: candidate.text.trim(), at: candidate.at, filePhoto: false });
    }
  }
  const split = splitPageTitle(chosen.text);
  const { title: pageTitle, site } =
    split.site === undefined ? { title: titlePrintedAlone(chosen.text, headerKeys) ?? chosen.text, site: undefined } : split;
  if (site) addPublisher(found, site, "pageTitle", chosen.at);
  readSiteGluedToTitle(lines, chosen.at, pageTitle, found);
  const quoted = splitQuotedTitleByline(pageTitle);
  if (quoted) found.author ??= quoted.author;
  const title = withoutReplyMark(withoutLeadingDay(quoted?.title ?? pageTitle));
  const sentences = pieces.filter((piece) => piece.at > chosen.at && isSentenceBelowTitle(piece.text));
  return { title, titleAt: chosen.at, ledeAt, sentences };
}

/**
 * `Вьетнамский гость | Продолжение проекта «Русская Весна»` over `Вьетнамский
 * гость` (blind-vnru-51, 677): a browser's page title, the headline and what
 * follows a separator, where the headline is printed alone in the header too;
 * the part after the separator is the site's or the section's, whatever its
 * words. Undefined when no part before a separator is printed alone.
 */
export function titlePrintedAlone(line: string, headerKeys: ReadonlySet<string>): string | undefined {
  if (line.length > 300) return undefined;
  const match = /^(.{2,}?)\s+[|–—-]\s+\S/u.exec(line.trim());
  if (!match) return undefined;
  const title = match[1]!.trim();
  return headerKeys.has(lineKey(title)) ? title : undefined;
}

/** How far below a headline cut short its whole print may stand (a blank line between). */
const WHOLE_HEADLINE_REACH = 2;

/**
 * `Phó Thủ tướng Nga: sinh viên Việt Nam` (a section line's link, cut at a word)
 * over `Phó Thủ tướng Nga: sinh viên Việt Nam "thông thường đều học rất giỏi"`
 * (blind-vnru-28, 397): the headline printed whole just below the line chosen,
 * which it begins with, is the headline. A dek or a lede does not repeat the
 * headline word for word before going on.
 */
function wholeHeadline(chosen: TextItem, pieces: readonly TextItem[]): TextItem {
  const cut = chosen.text.trim();
  const whole = pieces.find(
    (piece) =>
      piece.at > chosen.at &&
      piece.at <= chosen.at + WHOLE_HEADLINE_REACH &&
      piece.text.trim().startsWith(`${cut} `) &&
      isTitleLine(piece.text),
  );
  return whole ?? chosen;
}

/** How many words of a headline ended with a full stop may have: a short sentence, not a paragraph. */
const MAX_STOPPED_HEADLINE_WORDS = 16;

/**
 * `Переговоры между Путиным и вьетнамским лидером длились 3,5 часа.` above the
 * lede `В Кремле закончились переговоры президента России Владимира Путина …`:
 * a headline some sites end with a full stop. Taken only when the header has
 * no other headline: the last header line, right above the lede, one short
 * sentence shaped as a title but for its stop, and the lede takes up at least
 * two of its words (a short first sentence of the text says something else).
 */
export function headlineWithFullStop(pieces: readonly TextItem[], ledeAt: number, lede: string): TextItem | undefined {
  const last = pieces.at(-1);
  if (last === undefined || last.at !== ledeAt - 1) return undefined;
  const bare = stoppedTitleSentence(last.text);
  return bare !== undefined && sharedStems(bare, lede.slice(0, 400)) >= 2 ? last : undefined;
}

/**
 * A line shaped as a title but for its full stop: one short sentence (no stop
 * inside it before a capital; `3,5 часа` is a number, `Mr. X` is rare in a
 * headline). Its text without the stop, or undefined.
 */
function stoppedTitleSentence(line: string): string | undefined {
  const text = line.trim();
  if (!/[^.]\.$/u.test(text) || !hasAtMostWords(text, MAX_STOPPED_HEADLINE_WORDS)) return undefined;
  const bare = text.slice(0, -1);
  return /[.!?]\s+\p{Lu}/u.test(bare) || !isTitleLine(bare) ? undefined : bare;
}

/**
 * `Вьетнам является приоритетным партнером внешней политики Российской
 * Федерации.` as the page's first line, then (past blank lines) its date line
 * `Thời ĐạiThời Đại16/02/2024` (blind-vnru-61, 794): a headline ended with a
 * full stop, standing where a headline stands. Only the first line of the
 * header, one short sentence shaped as a title but for its stop.
 */
export function stoppedHeadlineOverDate(
  pieces: readonly TextItem[],
  lines: readonly string[],
  dateLineAt: ReadonlySet<number>,
): TextItem | undefined {
  const [first] = pieces;
  if (first === undefined) return undefined;
  let next = first.at + 1;
  while (next < lines.length && (lines[next] ?? "").trim() === "") next += 1;
  if (!dateLineAt.has(next)) return undefined;
  return stoppedTitleSentence(first.text) === undefined ? undefined : first;
}

/** How many distinct word stems (the first five letters of words of five or more) two lines share. */
function sharedStems(line: string, other: string): number {
  const stems = (text: string) => new Set((text.toLocaleLowerCase().match(/\p{L}{5,}/gu) ?? []).map((word) => word.slice(0, 5)));
  const theirs = stems(other);
  let shared = 0;
  for (const stem of stems(line)) if (theirs.has(stem)) shared += 1;
  return shared;
}

/**
 * A paper's title line with its series number and author: `2024/13 “Vietnam
 * and the Russia-Ukraine War: …” by Ian Storey`. The title is what stands in
 * the quotation marks, the author the name after `by`; anything else (a title
 * merely quoting someone, `“We agreed” by the two sides`) is left alone.
 */
const QUOTED_TITLE_BYLINE = /^(?:\d[\d/.\-–]{0,11}\s+)?[“"«]([^“”"«»]{10,200})[”"»]\s+(?:by|bởi|от)\s+([^“”"«»]{2,80})$/u;

export function splitQuotedTitleByline(line: string): { title: string; author: string } | undefined {
  const match = QUOTED_TITLE_BYLINE.exec(line.trim());
  if (!match || !isPersonName(match[2]!, { minWords: 2, maxWords: 4 })) return undefined;
  return { title: match[1]!.trim(), author: match[2]!.trim() };
}

/** Whether a list's heading stands among the lines from `from` up to `to` (not included). */
function headsList(lines: readonly string[], from: number, to: number): boolean {
  for (let at = from; at < to; at += 1) if (isListHeading(lines[at] ?? "")) return true;
  return false;
}

/**
 * What may stand between the items of a list of links: a bullet item, a
 * number, a time or a counter (`1`, `10:14`, `107 views`).
 */
function continuesList(line: string): boolean {
  return /^[-–—•*·]\s/u.test(line.trim()) || !/\p{L}{2}/u.test(line) || isFurnitureLine(line);
}

/**
 * The candidates that are no list's links. When every one is, the header has
 * its headline right under the list, run together with it: the last.
 */
function unlisted(candidates: readonly Candidate[], listed: ReadonlySet<number>): Candidate[] {
  const own = candidates.filter((candidate) => !listed.has(candidate.at));
  return own.length > 0 || candidates.length === 0 ? own : [candidates.at(-1)!];
}

/** Lines under the headline where a page repeats it with the site's logo text glued on. */
const GLUED_REPEAT_REACH = 3;

/**
 * `NPROpinion: Putin and Kim forge closer ties…` under the headline `Opinion:
 * Putin and Kim forge closer ties…`: the headline repeated with the site's
 * logo text glued before it, no space between. Returns that name: a few words,
 * no punctuation, capitalised.
 */
export function siteGluedToTitle(line: string, title: string): string | undefined {
  if (title.length < 20) return undefined;
  const at = line.indexOf(title);
  if (at < 2 || at > 40) return undefined;
  const prefix = line.slice(0, at);
  if (!/\p{L}$/u.test(prefix) || !/^\p{Lu}/u.test(prefix) || /[.,;:!?()|/«»"“”]/u.test(prefix) || !hasAtMostWords(prefix, 4))
    return undefined;
  return prefix.trim();
}

/** The site glued to a repeat of the headline, as the page's masthead when it is an outlet's name. */
function readSiteGluedToTitle(lines: readonly string[], titleAt: number, title: string, found: Findings): void {
  for (let at = titleAt + 1; at <= titleAt + GLUED_REPEAT_REACH && at < lines.length; at += 1) {
    const name = siteGluedToTitle(lines[at]!, title);
    if (name === undefined) continue;
    const known = publisherByName(name);
    if (known || isMastheadLike(name)) addPublisher(found, known?.name ?? name, "masthead", at);
    return;
  }
}

/** A sentence of six words or more, and no furniture: text, however short. */
function isSentenceBelowTitle(line: string): boolean {
  return (endsLikeSentence(line) && hasAtLeastWords(line, 6) && !isFurnitureLine(line)) || opensWithLongSentence(line);
}

/** Words a headline's first sentence stays under when a second follows it on the line. */
const MIN_OPENING_SENTENCE_WORDS = 10;

/**
 * `At the talks in Hanoi, Sergei Shoigu praised Vietnam as a "reliable longtime
 * friend". Russia's` (Metro, blind-vnru-14, 226): a line that opens with a whole
 * sentence of ten words or more and goes on after its full stop is text, the
 * next sentence cut off by the copy; no headline runs so long before a second
 * sentence.
 */
function opensWithLongSentence(line: string): boolean {
  const trimmed = line.trim();
  const first = firstSentence(trimmed);
  return first.length < trimmed.length && hasAtLeastWords(first, MIN_OPENING_SENTENCE_WORDS) && endsLikeSentence(first);
}
