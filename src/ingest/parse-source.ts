/**
 * One raw source's text → a `ParsedSource`: the extraction rules of this folder
 * composed. Pure: the date of today comes in as a parameter.
 *
 * Order matters: the editor's date marker is read off the first line, glued
 * sentences are split, the page tail (comments, related news) is cut, then each
 * line is classified (placeholder, caption, byline, date line, source line,
 * banner, or body); the first body line may be the title, the next opens with
 * the dateline, and the closing lines lose sign-offs, signatures and
 * navigation lists.
 */
import { isCaptionPlaceholder, parseCaptionLine } from "./captions.ts";
import { formatIsoDay, isRealDay, type CalendarDay } from "./date-expressions.ts";
import {
  dateInUrl,
  HOW_TO_DATE,
  isTimeLine,
  parseDateLine,
  parseDateMarker,
  parseYearlessDateLine,
  undoubleName,
  type DateLine,
  type YearlessDateLine,
} from "./date-line.ts";
import { parseDateline, parseReportingFrom } from "./dateline.ts";
import { normaliseText } from "./decode-source.ts";
import { splitGluedSentences } from "./glued-sentences.ts";
import { deriveHeadline, isTitleLine } from "./headline.ts";
import { inferEventDate, inferYear } from "./infer-date.ts";
import type { ParsedSource, ParseProblem } from "./parsed-source.ts";
import {
  capitaliseAllCapsName,
  isAuthorBio,
  isClosingSignature,
  isContributorCredit,
  isPersonName,
  parseByline,
  parseStaffCredit,
} from "./byline.ts";
import {
  isBreadcrumb,
  isInterfaceLine,
  isReadMoreLink,
  promptingOutlet,
  isTailMarker,
  navigationTailStart,
  parseSiteBanner,
  parseSourceLine,
} from "./boilerplate.ts";
import { publisherByCode, publisherByHost, publisherByName, publisherKey } from "./publishers.ts";
import { isDeskSlug, stripSignOff } from "./sign-off.ts";
import { splitSourceLines } from "./source-lines.ts";

export interface ParseOptions {
  /** `YYYY-MM-DD`: dates after it are kept with a warning. */
  today: string;
}

/** Where a publisher was read from, most telling first. */
const PUBLISHER_EVIDENCE = {
  sourceUrl: 1,
  byline: 2,
  signOff: 3,
  dateline: 4,
  sourceLine: 5,
  affiliation: 6,
  banner: 7,
  photoCredit: 8,
  aggregator: 9,
} as const;

/**
 * A line after a `Photo caption` placeholder, or before a credit-only line
 * (`Photo: VNA`), is its caption when it is one short sentence; a longer line is
 * article text (the image had no caption).
 */
function isUncreditedCaption(line: string): boolean {
  return line.length <= 250 && !/[.!?]["”’)]?\s+\p{Lu}/u.test(line);
}

/** Page-tail headings before the first sentence of article text are header furniture, not the tail. */
function isArticleSentence(line: string): boolean {
  return line.length >= 120 || (line.split(/\s+/).length >= 10 && /[.!?…"”]$/u.test(line));
}

const PUBLISHER_LIKE =
  /^(?:Báo|Tạp chí|Đài|Thông tấn)\s|\b(?:News|Times|Post|Press|Agency|Daily|Online|Tribune|Herald|Gazette|Journal|Telegraph|Express|Review|Report|Magazine|Monitor|Observer|Insider|Chronicle|Standard|Globe|Radio|Television|TV|Broadcasting|Weekly|Economist)\b/u;

/**
 * A masthead the publisher table does not know, alone on a line above the
 * title: `The Moscow Times`, `Kyiv Post`, `Báo Đồng Nai` — a few capitalised
 * words, one of them a word papers are named with. A title has lower-case words.
 */
function isMastheadLike(line: string): boolean {
  const words = line.trim().split(/\s+/);
  if (words.length > 4 || /[\d.!?:,]/.test(line) || !PUBLISHER_LIKE.test(line)) return false;
  // `World News`, `Latest News`: a section named with the same words.
  if (words.every((word) => SECTION_WORDS.test(word))) return false;
  return words.every((word) => /^\p{Lu}/u.test(word) || /^(?:the|of|and|&)$/u.test(word));
}

const SECTION_WORDS =
  /^(?:the|world|news|latest|breaking|top|local|national|international|business|politics|sports?|asia|europe|daily|online|press|times|post|express|video|opinion|live|&|and)$/iu;

/**
 * A place on a line of its own right after a time stamp: Kremlin transcripts
 * print `June 20, 2024`, `11:30`, `Hanoi` (or `Novo-Ogaryovo, Moscow Region`).
 * One or two capitalised words, or a few with a comma; a title has lower-case words.
 */
function isPlaceLabel(line: string): boolean {
  const trimmed = line.trim();
  if (!/^\p{Lu}[\p{L}\p{M}'’.-]*(?:,?\s+\p{Lu}[\p{L}\p{M}'’.-]*)*$/u.test(trimmed)) return false;
  const words = trimmed.split(/\s+/).length;
  return words <= 2 || (trimmed.includes(",") && words <= 4);
}

interface Findings {
  publishers: Array<{ rank: number; name: string }>;
  author?: string;
  originalUrl?: string;
  captions: string[];
  photoCredits: string[];
  dateLines: DateLine[];
  /** Time stamps that give a day but no year (`10 MAY, 15:47`). */
  yearlessDates: YearlessDateLine[];
  /** The place a `Reporting from …` line names. */
  reportedFrom?: string;
}

export function parseSource(text: string, { today }: ParseOptions): ParsedSource {
  const problems: ParseProblem[] = [];
  const found: Findings = { publishers: [], captions: [], photoCredits: [], dateLines: [], yearlessDates: [] };

  let lines = splitSourceLines(normaliseText(text));
  const marker = lines[0] === undefined ? undefined : parseDateMarker(lines[0]);
  if (marker) lines = marker.rest === "" ? lines.slice(1) : [marker.rest, ...lines.slice(1)];
  lines = cutPageTail(lines.flatMap(splitGluedSentences));

  const body = classifyLines(lines, found);
  readPublisherFromCredits(found);

  const title = takeTitleLine(body, found);
  const dateline = takeDateline(body);
  if (dateline?.agency) addKnownPublisher(found, publisherByName(dateline.agency)?.name, PUBLISHER_EVIDENCE.dateline);
  cleanClosingLines(body, found);
  const paragraphs = withoutRepeatedLines(body, found.author, title);

  if (paragraphs.length === 0) problems.push({ rule: "source-no-text", message: "has no article text" });
  const headline = title ?? deriveHeadlineFrom(paragraphs);

  const date = resolveDate({
    marker: marker?.date,
    urlDate: found.originalUrl === undefined ? undefined : dateInUrl(found.originalUrl),
    dateLines: found.dateLines,
    yearlessDates: found.yearlessDates,
    dateline,
    paragraphs,
    today,
    problems,
  });

  return {
    title: headline,
    ...(date.iso ? { date: date.iso } : {}),
    dateInferred: date.inferred,
    ...optional("publisher", choosePublisher(found.publishers)),
    ...optional("author", found.author),
    ...optional("dateline", dateline?.place ?? found.reportedFrom),
    ...optional("originalUrl", found.originalUrl),
    captions: unique(found.captions),
    photoCredits: unique(found.photoCredits),
    paragraphs,
    problems,
  };
}

/** Drops everything from the first page-tail heading (`Comment (0)`, `TIN LIÊN QUAN`) that follows article text. */
export function cutPageTail(lines: readonly string[]): string[] {
  let seenArticleText = false;
  for (const [index, line] of lines.entries()) {
    if (seenArticleText && isTailMarker(line)) return lines.slice(0, index);
    if (isArticleSentence(line)) seenArticleText = true;
  }
  return [...lines];
}

/** Sorts each line into the findings or the body; returns the body lines in order. */
function classifyLines(lines: readonly string[], found: Findings): string[] {
  const body: string[] = [];
  let captionFollows = false;
  let previousWasBody = false;
  let previousWasStamp = false;
  for (const line of lines) {
    if (isCaptionPlaceholder(line)) {
      captionFollows = true;
      continue;
    }
    const imageCredit = imageAgencyCredit(line);
    if (imageCredit) {
      found.photoCredits.push(...imageCredit);
      captionFollows = true;
      continue;
    }
    const afterPlaceholder = captionFollows;
    const afterBodyLine = previousWasBody;
    const afterStamp = previousWasStamp;
    captionFollows = false;
    previousWasBody = false;
    previousWasStamp = false;
    if (isInterfaceLine(line)) {
      // `Follow RT on Telegram` names the outlet.
      const outlet = promptingOutlet(line);
      addKnownPublisher(found, outlet === undefined ? undefined : publisherByName(outlet)?.name, PUBLISHER_EVIDENCE.banner);
      continue;
    }
    if (isReadMoreLink(line) || isTailMarker(line) || isContributorCredit(line)) continue;
    const staff = parseStaffCredit(line);
    if (staff) {
      const credited = publisherByName(staff.credited.replace(/\s+(?:reporters?|staff|desk|team)$/iu, ""));
      addKnownPublisher(found, credited?.name, PUBLISHER_EVIDENCE.byline);
      continue;
    }
    if (isTimeLine(line)) {
      previousWasStamp = true;
      continue;
    }
    if (afterStamp && isPlaceLabel(line)) continue;
    const reportedFrom = parseReportingFrom(line);
    if (reportedFrom) {
      found.reportedFrom ??= reportedFrom;
      continue;
    }

    // A line that is only a paper's or agency's name (`VNA`, `Tuoi Tre News`) credits it.
    const named = line.length <= 40 ? publisherByName(line) : undefined;
    if (named && body.length > 0) {
      addPublisher(found, named.name, named.aggregator ? PUBLISHER_EVIDENCE.aggregator : PUBLISHER_EVIDENCE.signOff);
      continue;
    }

    const source = parseSourceLine(line);
    if (source) {
      if (source.url) found.originalUrl ??= source.url;
      const outlet = source.name === undefined ? undefined : sourcePublisher(source.name);
      if (outlet) addPublisher(found, outlet, PUBLISHER_EVIDENCE.sourceLine);
      continue;
    }

    const caption =
      parseCaptionLine(line) ?? (afterPlaceholder && isUncreditedCaption(line) ? { text: line, credits: [] } : undefined);
    if (caption) {
      // A credit on a line of its own (`Photo: VNA`) belongs to the short line just before it.
      const previous = body.at(-1);
      if (caption.text === "" && afterBodyLine && previous !== undefined && isUncreditedCaption(previous)) {
        found.captions.push(body.pop()!);
      }
      if (caption.text !== "") found.captions.push(caption.text);
      // One by one: a caption's credit may name 100,000 codes, too many arguments for one call.
      for (const credit of caption.credits) found.photoCredits.push(credit);
      continue;
    }

    const byline = parseByline(line);
    if (byline) {
      found.author ??= byline.author;
      if (byline.affiliation) {
        addKnownPublisher(found, publisherByName(byline.affiliation)?.name, PUBLISHER_EVIDENCE.affiliation);
      }
      // `By Minh Anh | VietnamPlus`, `Thanh Hà | 14/01/2025 10:30`
      for (const part of byline.remainder.split(/\s*\|\s*/).filter(Boolean)) {
        const dated = parseDateLine(part);
        if (dated) found.dateLines.push(dated);
        else addKnownPublisher(found, publisherByName(part)?.name, PUBLISHER_EVIDENCE.byline);
      }
      continue;
    }

    const dateLine = parseDateLine(line);
    if (dateLine) {
      found.dateLines.push(dateLine);
      readDateLineRest(dateLine.rest, line, found);
      previousWasStamp = true;
      continue;
    }
    const yearless = parseYearlessDateLine(line);
    if (yearless) {
      found.yearlessDates.push(yearless);
      previousWasStamp = true;
      continue;
    }

    if (body.length === 0 && readHeaderLine(line, found)) continue;
    body.push(line);
    previousWasBody = true;
  }
  return body;
}

/**
 * The outlet a `Source:` line names: `Source: VNA`, `Source: Reuters/fh` (CNA's
 * desk initials), `Source: Al Jazeera and news agencies`. A known outlet among
 * the parts, else the whole when it reads like a name.
 */
function sourcePublisher(name: string): string | undefined {
  const known = publisherByName(name) ?? name.split(/\s*(?:,|\/|&|\band\b)\s*/u).map((part) => publisherByName(part)).find(Boolean);
  if (known) return known.name;
  return name.split(/\s+/).every((word) => /^[\p{Lu}\d&]/u.test(word)) ? name : undefined;
}

/**
 * A line that only credits the photo below it to an image agency (BBC: `Getty
 * Images`, `EPA-EFE/Shutterstock`, `AFP via Getty Images`); the next short line
 * is the caption.
 */
function imageAgencyCredit(line: string): string[] | undefined {
  const trimmed = line.trim();
  if (trimmed.length > 60 || !IMAGE_AGENCIES.test(trimmed)) return undefined;
  const parts = trimmed.split(/\s*(?:\/|\bvia\b|,)\s*/u).filter(Boolean);
  const credited = parts.every((part) => IMAGE_AGENCIES.test(part) || publisherByName(part) || isPersonName(part));
  return credited ? parts : undefined;
}

const IMAGE_AGENCIES = /\b(?:Getty Images|EPA(?:-EFE)?|Shutterstock|Alamy|Anadolu(?: Agency)?|NurPhoto|SOPA Images|LightRocket|Rex Features|Pool)\b/u;

/** Banners, breadcrumbs and section labels above the title. True when the line was one. */
function readHeaderLine(line: string, found: Findings): boolean {
  const site = parseSiteBanner(line);
  const bannerPublisher = site ? (publisherByHost(site) ?? publisherByName(site)) : publisherByName(line);
  if (bannerPublisher) {
    const rank = bannerPublisher.aggregator ? PUBLISHER_EVIDENCE.aggregator : PUBLISHER_EVIDENCE.banner;
    addPublisher(found, bannerPublisher.name, rank);
    return true;
  }
  if (site) return true;
  if (isMastheadLike(line)) {
    addPublisher(found, line.trim(), PUBLISHER_EVIDENCE.banner);
    return true;
  }
  return isBreadcrumb(line) || isSectionLabel(line);
}

/** `Politics`, `Thời sự`, `Asia-Pacific`: one or two words above the title (not `Russian-Vietnamese talks`). */
function isSectionLabel(line: string): boolean {
  return line.split(/\s+/).length <= 2 && /^[\p{L}\p{M}][\p{L}\p{M}&' -]*$/u.test(line) && !isTitleLine(line);
}

/**
 * What was glued to a date line: `Báo Tin TứcBáo Tin Tức` (publisher), `By Jane
 * Doe`, a doubled author name, or an author's name right before the date
 * (`Thu Hoai 12/12/2024 16:45`; with a comma, `Hà Nội, 14/01/2025`, it is a place).
 */
function readDateLineRest(rest: string, line: string, found: Findings): void {
  if (rest === "") return;
  const byline = parseByline(rest);
  if (byline) {
    found.author ??= byline.author;
    return;
  }
  const doubled = undoubleName(rest);
  const name = doubled ?? rest;
  const known = publisherByName(name);
  if (known) addPublisher(found, known.name, PUBLISHER_EVIDENCE.byline);
  else if (PUBLISHER_LIKE.test(name)) addPublisher(found, name, PUBLISHER_EVIDENCE.byline);
  else if (doubled && isPersonName(name, { minWords: 2 })) found.author ??= capitaliseAllCapsName(name);
  else if (line.trim().startsWith(`${rest} `) && isPersonName(rest, { minWords: 2, maxWords: 4 })) {
    found.author ??= capitaliseAllCapsName(rest);
  }
}

/** The first body line when it is a title: followed by more text, shaped like a headline, no dateline. */
function takeTitleLine(body: string[], found: Findings): string | undefined {
  while (body.length > 1 && isShortLabel(body[0]!) && isTitleLine(body[1]!)) body.shift();
  // A kicker, the title and a dek, all headline-shaped (The Guardian: `Putin’s
  // visit to Vietnam` / `Vietnam rolls out red carpet …` / `Russian president signs …`).
  if (body.length > 3 && body.slice(0, 3).every((line) => isTitleLine(line)) && body[0]!.split(/\s+/).length <= 5) {
    if (body[1]!.split(/\s+/).length > body[0]!.split(/\s+/).length) body.shift();
  }
  const [first] = body;
  if (first === undefined || body.length < 2 || !isTitleLine(first) || parseDateline(first)) return undefined;
  body.shift();
  const { title, site } = splitPageTitle(first);
  if (site) addPublisher(found, site, PUBLISHER_EVIDENCE.banner);
  return title;
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

/** `Politics & Law`, `Thời sự - Chính trị`: a few words, no sentence, too few to be a title. */
function isShortLabel(line: string): boolean {
  return !isTitleLine(line) && line.split(/\s+/).length <= 5 && !/[.!?]$/.test(line);
}

/**
 * The dateline opening the text: in the first paragraph, or after a summary
 * (sapo, dek) or a caption that comes before it. The paragraph keeps its text.
 */
function takeDateline(body: string[]): ReturnType<typeof parseDateline> {
  for (let index = 0; index < Math.min(body.length, 3); index += 1) {
    const dateline = parseDateline(body[index]!);
    if (!dateline) continue;
    body[index] = dateline.rest;
    return dateline;
  }
  return undefined;
}

/** Removes sign-offs, navigation lists and signatures from the end, until none is left. */
function cleanClosingLines(body: string[], found: Findings): void {
  // A body of navigation labels only stays so as its last lines go (a label
  // has no sign-off to strip): it is not looked through again for each.
  let allLabels = false;
  for (let changed = true; changed && body.length > 0; ) {
    changed = false;
    const navigationStart: number = allLabels ? 0 : navigationTailStart(body);
    allLabels = navigationStart === 0;
    if (navigationStart < body.length && navigationStart > 0) {
      body.splice(navigationStart);
      changed = true;
      continue;
    }
    const last = body.at(-1)!;
    if (isDeskSlug(last) || (found.author !== undefined && body.length > 1 && isAuthorBio(last, found.author))) {
      body.pop();
      changed = true;
      continue;
    }
    const signOff = stripSignOff(last);
    if (signOff) {
      const code = signOff.codes.at(-1);
      if (code) addKnownPublisher(found, publisherByCode(code)?.name, PUBLISHER_EVIDENCE.signOff);
      if (signOff.text === "") body.pop();
      else body[body.length - 1] = signOff.text;
      changed = true;
      continue;
    }
    if (body.length > 1 && isClosingSignature(last) && !publisherByName(last)) {
      if (found.author === undefined || sameText(found.author, last)) {
        found.author ??= capitaliseAllCapsName(last);
        body.pop();
        changed = true;
      }
    }
  }
}

/**
 * The body without lines that only repeat the author (`Thanh Hà |`) or the title.
 * Lines are compared as publisher names are (publisherKey: case, marks and
 * punctuation aside), which also drops a trailing `|`.
 */
function withoutRepeatedLines(lines: readonly string[], author: string | undefined, title: string | undefined): string[] {
  const repeated = new Set([author, title].flatMap((text) => (text === undefined ? [] : [publisherKey(text)])));
  return lines.filter((line) => !repeated.has(publisherKey(line)));
}

function sameText(a: string, b: string): boolean {
  return publisherKey(a) === publisherKey(b);
}

/** The lede is the first paragraph with real words (not `---` or markup alone). */
function deriveHeadlineFrom(paragraphs: readonly string[]): string {
  const lede = paragraphs.find((paragraph) => (paragraph.match(/\p{L}{2,}/gu) ?? []).length >= 3) ?? paragraphs[0] ?? "";
  return deriveHeadline(lede);
}

interface DateEvidence {
  marker: CalendarDay | undefined;
  urlDate: CalendarDay | undefined;
  dateLines: readonly DateLine[];
  yearlessDates: readonly YearlessDateLine[];
  dateline: ReturnType<typeof parseDateline>;
  paragraphs: readonly string[];
  today: string;
  problems: ParseProblem[];
}

/**
 * The publication date, most explicit first: the editor's marker, a date line
 * (first publication before `Updated`), the day in the original article's
 * address (`/2024/06/20/`), a stated day without its year (a time
 * stamp such as `10 MAY, 15:47`, or the dateline's day; the year from the
 * text), and last the day of the main event (flagged inferred).
 */
function resolveDate(evidence: DateEvidence): { iso?: string; inferred: boolean } {
  const { marker, urlDate, dateLines, yearlessDates, dateline, paragraphs, today, problems } = evidence;
  const text = paragraphs.join("\n");
  let day: CalendarDay | undefined = marker ?? (dateLines.find((line) => !line.updated) ?? dateLines[0])?.date ?? urlDate;
  let inferred = false;
  const statedDay = (yearlessDates.find((line) => !line.updated) ?? yearlessDates[0])?.monthDay ?? dateline?.monthDay;
  if (!day && statedDay) {
    const year = inferYear(statedDay, text);
    if (year) day = { year: year.year, ...statedDay };
    else {
      problems.push({
        rule: "source-no-date",
        message: `has no date: it gives the day (${formatMonthDay(statedDay)}) but no year, and its text names none; ${HOW_TO_DATE}`,
      });
      return { inferred: false };
    }
  }
  if (!day) {
    const event = inferEventDate(paragraphs);
    if (event) {
      day = event.date;
      inferred = true;
      if (!event.yearConfirmed) {
        problems.push({
          rule: "source-date-uncertain",
          message: `has no date; ${formatIsoDay(day)} was inferred from "${event.evidence}" but nothing in the text confirms the year`,
        });
      }
    }
  }
  if (!day) {
    problems.push({
      rule: "source-no-date",
      message: `has no date: no date line, and no event day in the text to infer it from; ${HOW_TO_DATE}`,
    });
    return { inferred: false };
  }
  const iso = formatIsoDay(day);
  if (!isRealDay(day)) {
    problems.push({ rule: "source-impossible-date", message: `has an impossible date ${iso}` });
    return { inferred };
  }
  if (iso > today) problems.push({ rule: "source-future-date", message: `has a date in the future: ${iso} (today is ${today})` });
  return { iso, inferred };
}

/** The original article's site, and agencies or papers credited for photos (`VNA`, `VnExpress`). */
function readPublisherFromCredits(found: Findings): void {
  const site = found.originalUrl === undefined ? undefined : publisherByHost(found.originalUrl);
  if (site) addPublisher(found, site.name, site.aggregator ? PUBLISHER_EVIDENCE.aggregator : PUBLISHER_EVIDENCE.sourceUrl);
  for (const credit of found.photoCredits) {
    const credited = publisherByName(credit) ?? (/\.[a-z]{2,3}$/iu.test(credit) ? publisherByHost(credit) : undefined);
    addKnownPublisher(found, credited?.name, PUBLISHER_EVIDENCE.photoCredit);
  }
}

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function formatMonthDay({ month, day }: { month: number; day: number }): string {
  return `${MONTH_NAMES[month - 1] ?? month} ${day}`;
}

function addPublisher(found: Findings, name: string, rank: number): void {
  found.publishers.push({ rank, name });
}

function addKnownPublisher(found: Findings, name: string | undefined, rank: number): void {
  if (name !== undefined) addPublisher(found, name, rank);
}

function choosePublisher(evidence: Findings["publishers"]): string | undefined {
  return [...evidence].sort((a, b) => a.rank - b.rank)[0]?.name;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
