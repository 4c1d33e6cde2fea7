/**
 * The first pass over a page's lines: each line is metadata (a caption, a
 * photo credit, a byline, a date line, a source line, the outlet's name), page
 * furniture (a placeholder, a widget, a counter, a call to act), or text. What
 * a line says about the page goes into the findings with the line's number;
 * the text lines are returned in order for the header and body rules.
 */
import { isCaptionPlaceholder, parseCaptionLine, splitCredits, tableCell } from "./captions.ts";
import { findFullDates } from "./date-expressions.ts";
import { isTimeLine, parseDateLine, parseYearlessDateLine, undoubleName } from "./date-line.ts";
import { parseReportingFrom } from "./dateline.ts";
import { addPublisher, type Findings, type TextItem } from "./findings.ts";
import { isFurnitureLine } from "./furniture.ts";
import { firstSentence } from "./headline.ts";
import { endsLikeSentence, hasAtMostWords } from "./line-shape.ts";
import { PUBLISHER_LIKE } from "./mastheads.ts";
import { publisherByCode, publisherByHost, publisherByName } from "./publishers.ts";
import {
  capitaliseAllCapsName,
  isContributorCredit,
  isPersonName,
  parseByline,
  parseStaffCredit,
} from "./byline.ts";
import { isInterfaceLine, isReadMoreLink, isTailMarker, parseSourceLine, promptingOutlet } from "./boilerplate.ts";
import { AUTHOR_LABEL } from "./page-tail.ts";

/**
 * A line after a `Photo caption` placeholder, or before a credit-only line
 * (`Photo: VNA`), is its caption when it is one short sentence; a longer line is
 * article text (the image had no caption).
 */
export function isUncreditedCaption(line: string): boolean {
  return line.length <= 250 && firstSentence(line).length >= line.trim().length - 1;
}

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

const IMAGE_AGENCIES = /\b(?:Getty Images|EPA(?:-EFE)?|Shutterstock|Alamy|Anadolu(?: Agency)?|NurPhoto|SOPA Images|LightRocket|Rex Features|Pool)\b/u;

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

/** `Photo:`, `Ảnh:`, `Photograph`, `Фото:` alone: the credited names are on the next line. */
function isCreditLabel(line: string): boolean {
  return /^(?:photos?|photograph|images?|ảnh|фото|credit|source photo)\s*:?$/iu.test(line.trim());
}

/** `Gavriil Grigorov / AFP`, `Thong Nhat/VNA`: names and agencies, no sentence. */
function isCreditNames(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length <= 80 && !endsLikeSentence(trimmed.replace(/\.$/u, "")) && splitCredits(trimmed).length > 0 && !/\p{Ll}{2,}\s+\p{Ll}{2,}/u.test(trimmed);
}

/**
 * `CPV/VNA`, `TTXVN/Báo Tin tức`, `VNA/VNS`: outlets joined by slashes on a
 * line of their own, the paper and the agency whose copy it carries. Each part
 * a known outlet or an agency-like code, one at least known.
 */
function creditedOutlets(line: string): string[] | undefined {
  const trimmed = line.trim();
  if (trimmed.length > 50 || !trimmed.includes("/")) return undefined;
  const parts = trimmed.split(/\s*\/\s*/u);
  if (parts.length < 2 || parts.some((part) => part === "")) return undefined;
  const names = parts.map((part) => publisherByName(part)?.name ?? (/^\p{Lu}[\p{Lu}&]{1,6}$/u.test(part) ? part : undefined));
  if (names.some((name) => name === undefined) || !parts.some((part) => publisherByName(part))) return undefined;
  return names as string[];
}

/** `WHITE HOUSE`, `Gavriil Grigorov`: a short line of capitals or a name, no sentence — a credit when under a caption. */
function isCaptionCredit(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length > 40 || endsLikeSentence(trimmed) || !hasAtMostWords(trimmed, 4)) return false;
  return (/\p{Lu}{2}/u.test(trimmed) && trimmed === trimmed.toLocaleUpperCase()) || isPersonName(trimmed, { minWords: 2, maxWords: 3 });
}

/** What an author box prints under the name (`Fellow`, `Editor`): the name ends there. */
const AUTHOR_ROLES = /^(?:fellow|editor|reporter|correspondent|contributor|columnist|writer|analyst|director|professor|researcher|journalist|phóng viên|biên tập viên)$/iu;

/** `Author` alone above a name split over lines (`Daniel` / `DePetris` / `Fellow`). */
function isAuthorLabel(line: string): boolean {
  return AUTHOR_LABEL.test(line.trim());
}

/** `Martin Belam (now) and Helen Livingstone (earlier)`: notes on who wrote which part. */
function withoutAuthorNotes(line: string): string {
  return line.replace(/\s*\((?:now|earlier|later|updated|before|after|earlier version)\)/giu, "").trim();
}

/** `(April 25, 2023) Vietnam's 'bamboo' foreign policy clout`: a date in brackets opening the headline line. */
function bracketedDatePrefix(line: string): { date: string; rest: string } | undefined {
  const match = /^\(([^()]{6,40})\)\s+(\S.*)$/u.exec(line.trim());
  if (!match) return undefined;
  const [only] = findFullDates(match[1]!);
  return only && only.text.length >= match[1]!.trim().length - 2 ? { date: match[1]!, rest: match[2]! } : undefined;
}

/** Alt text of a page's image glued before its caption or after it: `… - Ảnh 1.`, `… (Photo: SGGP) ảnh 4`. */
function altTextSuffix(line: string): string | undefined {
  const match = /^(.*?)\s*[-–]?\s*[Ảả]nh\s+\d{1,2}\.?$/u.exec(line.trim());
  return match ? match[1] : undefined;
}

export function classifyLines(lines: readonly string[], found: Findings): TextItem[] {
  const body: TextItem[] = [];
  let captionFollows = false;
  let creditFollows = false;
  let previousWasBody = false;
  let previousWasStamp = false;
  let previousWasCaption = false;
  let authorParts: string[] | undefined;

  const takeCaption = (text: string, credits: readonly string[], at: number, line: string): void => {
    if (text !== "") found.captions.push({ text, at, filePhoto: /\b(?:file|archive)\s*photo\b|ảnh tư liệu|\(file\)/iu.test(line) });
    // One by one: a caption's credit may name 100,000 codes, too many arguments for one call.
    // A paper credited for a photo (`(Photo: SGGP)`, `VnExpress/Giang Huy`) is most often the
    // page's own: the weakest evidence of the publisher. An agency (`VNA`, `AFP`) never is.
    for (const credit of credits) {
      found.photoCredits.push(credit);
      const paper = publisherByName(credit);
      if (paper && !paper.wire) addPublisher(found, paper.name, "photoCredit", at);
    }
    found.anchors.add(at);
  };

  for (const [at, original] of lines.entries()) {
    let line = original;
    if (authorParts !== undefined) {
      if (authorParts.length < 4 && /^\p{Lu}[\p{L}\p{M}'’-]+$/u.test(line.trim()) && !AUTHOR_ROLES.test(line.trim())) {
        authorParts.push(line.trim());
        continue;
      }
      if (authorParts.length > 0 && isPersonName(authorParts.join(" "))) found.author ??= authorParts.join(" ");
      authorParts = undefined;
    }
    if (isAuthorLabel(line)) {
      authorParts = [];
      continue;
    }
    if (isCaptionPlaceholder(line)) {
      captionFollows = true;
      continue;
    }
    const altless = altTextSuffix(line);
    if (altless !== undefined) {
      const caption = parseCaptionLine(altless);
      if (caption && caption.credits.length > 0) {
        takeCaption(caption.text, caption.credits, at, line);
        captionFollows = false;
        previousWasBody = false;
        continue;
      }
      // The alt text: the caption, if any, is the next line.
      captionFollows = true;
      continue;
    }
    // `© EPA-EFE/HARISH TYAGI`, `© Sputnik / Alexander Kazakov`: a picture's credit, not the site's copyright.
    const copyrightCredit = /^\s*©/u.test(line) && line.includes("/") ? parseCaptionLine(line) : undefined;
    if (copyrightCredit && copyrightCredit.text === "") {
      const previous = body.at(-1);
      if (previousWasBody && previous !== undefined && isUncreditedCaption(previous.text)) {
        body.pop();
        takeCaption(previous.text, [], previous.at, previous.text);
      }
      takeCaption("", copyrightCredit.credits, at, line);
      previousWasBody = false;
      continue;
    }
    const imageCredit = imageAgencyCredit(line);
    if (imageCredit) {
      found.photoCredits.push(...imageCredit);
      found.anchors.add(at);
      captionFollows = true;
      continue;
    }
    if (isCreditLabel(line)) {
      // `Photo:` / `Gavriil Grigorov / AFP`: the short line before is the caption.
      const previous = body.at(-1);
      if (previousWasBody && previous !== undefined && isUncreditedCaption(previous.text) && !endsLikeSentence(previous.text)) {
        body.pop();
        takeCaption(previous.text, [], previous.at, previous.text);
      }
      creditFollows = true;
      found.anchors.add(at);
      continue;
    }
    if (creditFollows) {
      creditFollows = false;
      if (isCreditNames(line)) {
        for (const credit of splitCredits(line)) found.photoCredits.push(capitaliseAllCapsName(credit));
        found.anchors.add(at);
        continue;
      }
    }
    const afterPlaceholder = captionFollows;
    const afterBodyLine = previousWasBody;
    const afterStamp = previousWasStamp;
    const afterCaption = previousWasCaption;
    captionFollows = false;
    previousWasBody = false;
    previousWasStamp = false;
    previousWasCaption = false;
    if (afterCaption && isCaptionCredit(line)) {
      // `WHITE HOUSE`, `Gavriil Grigorov`: the photo's credit on the line under its caption.
      found.photoCredits.push(capitaliseAllCapsName(line.trim()));
      continue;
    }
    if (isInterfaceLine(line)) {
      // `Follow RT on Telegram` names the outlet.
      const outlet = promptingOutlet(line);
      addPublisher(found, outlet === undefined ? undefined : publisherByName(outlet)?.name, "masthead", at);
      readCopyright(line, found, at);
      continue;
    }
    if (isReadMoreLink(line) || isTailMarker(line) || isContributorCredit(line)) continue;
    const staff = parseStaffCredit(line);
    if (staff) {
      const credited = publisherByName(staff.credited.replace(/\s+(?:reporters?|staff|desk|team)$/iu, ""));
      addPublisher(found, credited?.name, "byline", at);
      found.anchors.add(at);
      continue;
    }
    if (isTimeLine(line)) {
      previousWasStamp = true;
      found.anchors.add(at);
      continue;
    }
    if (afterStamp && isPlaceLabel(line)) continue;
    const reportedFrom = parseReportingFrom(line);
    if (reportedFrom) {
      found.reportedFrom ??= reportedFrom;
      continue;
    }

    // A line that is only a paper's or agency's name (`VNA`, `Tuoi Tre News`) names
    // the site above the text and signs it off below (told apart once the lede is found).
    const named = line.length <= 40 ? publisherByName(line) : undefined;
    if (named) {
      addPublisher(found, named.name, named.aggregator ? "aggregator" : "masthead", at);
      continue;
    }
    const outlets = creditedOutlets(line);
    if (outlets) {
      for (const name of outlets) addPublisher(found, name, "signOff", at);
      continue;
    }

    const source = parseSourceLine(line);
    if (source) {
      if (source.url) found.originalUrl ??= source.url;
      const outlet = source.name === undefined ? undefined : sourcePublisher(source.name);
      addPublisher(found, outlet, "sourceLine", at);
      continue;
    }

    const caption =
      parseCaptionLine(line) ?? (afterPlaceholder && isUncreditedCaption(tableCell(line)) ? { text: tableCell(line), credits: [] } : undefined);
    if (caption) {
      // A credit on a line of its own (`Photo: VNA`) belongs to the short line just before it.
      const previous = body.at(-1);
      if (caption.text === "" && afterBodyLine && previous !== undefined && isUncreditedCaption(previous.text)) {
        body.pop();
        takeCaption(previous.text, [], previous.at, previous.text);
      }
      takeCaption(caption.text, caption.credits, at, line);
      previousWasCaption = caption.text !== "";
      continue;
    }

    const byline = parseByline(withoutAuthorNotes(line));
    if (byline) {
      found.author ??= byline.author;
      found.anchors.add(at);
      if (byline.affiliation) addPublisher(found, publisherByName(byline.affiliation)?.name, "byline", at);
      // `By Minh Anh | VietnamPlus`, `Thanh Hà | 14/01/2025 10:30`
      for (const part of byline.remainder.split(/\s*\|\s*/).filter(Boolean)) {
        const dated = parseDateLine(part);
        if (dated) found.dateLines.push({ ...dated, at });
        else addPublisher(found, publisherByName(part)?.name, "byline", at);
      }
      continue;
    }

    const bracketed = bracketedDatePrefix(line);
    if (bracketed) {
      const dated = parseDateLine(bracketed.date);
      if (dated) found.dateLines.push({ ...dated, at });
      line = bracketed.rest;
    }

    const dateLine = parseDateLine(line);
    if (dateLine) {
      found.dateLines.push({ ...dateLine, at });
      found.anchors.add(at);
      readDateLineRest(dateLine.rest, line, found, at);
      previousWasStamp = true;
      continue;
    }
    const yearless = parseYearlessDateLine(line);
    if (yearless) {
      found.yearlessDates.push({ ...yearless, at });
      found.anchors.add(at);
      previousWasStamp = true;
      continue;
    }
    if (isFurnitureLine(line)) continue;

    body.push({ text: line, at });
    previousWasBody = true;
  }
  if (authorParts !== undefined && authorParts.length > 0 && isPersonName(authorParts.join(" "))) found.author ??= authorParts.join(" ");
  return body;
}

/**
 * `© 2024 The Moscow Times`, `Copyright © VietnamPlus. All rights reserved.`,
 * `Bản quyền thuộc về Báo Thời Đại`: the owner of the site.
 */
export function readCopyright(line: string, found: Findings, at: number): void {
  const match = /^(?:©|\(c\)|copyright\b|bản quyền(?: thuộc về)?)\s*(.{2,120})$/iu.exec(line.trim());
  if (!match) return;
  const owner = match[1]!
    .replace(/^(?:©|\(c\)|copyright)\s*/iu, "")
    .replace(/\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\b/gu, " ")
    .replace(/\b(?:all rights reserved|by|thuộc về)\b\.?/giu, " ")
    .replace(/[.,|]+/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
  // A photo's credit (`© Sputnik / Alexander Kazakov`) names a picture's owner, not the site's.
  if (owner === "" || owner.includes("/") || owner.length > 60) return;
  const known = publisherByName(owner) ?? (/\.[a-z]{2,3}$/iu.test(owner) ? publisherByHost(owner) : undefined);
  if (known) addPublisher(found, known.name, "copyright", at);
  else if (/^\p{Lu}/u.test(owner) && hasAtMostWords(owner, 6)) addPublisher(found, owner, "copyright", at);
}

/**
 * What was glued to a date line: `Báo Tin TứcBáo Tin Tức` (publisher), `By Jane
 * Doe`, a doubled author name, or an author's name right before the date
 * (`Thu Hoai 12/12/2024 16:45`; with a comma, `Hà Nội, 14/01/2025`, it is a place).
 */
function readDateLineRest(rest: string, line: string, found: Findings, at: number): void {
  if (rest === "") return;
  // `by VTV4 23 November 2017`: a channel credited as the author.
  const channel = /^by\s+(\p{Lu}[\p{L}]{1,10}\d{1,2})$/iu.exec(rest);
  if (channel) {
    found.author ??= channel[1]!;
    addPublisher(found, publisherByCode(channel[1]!.replace(/\d+$/u, ""))?.name, "byline", at);
    return;
  }
  const byline = parseByline(rest);
  if (byline) {
    found.author ??= byline.author;
    return;
  }
  const doubled = undoubleName(rest);
  const name = doubled ?? rest;
  const known = publisherByName(name);
  if (known) addPublisher(found, known.name, "byline", at);
  else if (PUBLISHER_LIKE.test(name) || doubled !== undefined) addPublisher(found, name, "byline", at);
  else if (line.trim().startsWith(`${rest} `) && isPersonName(rest, { minWords: 2, maxWords: 4 })) {
    found.author ??= capitaliseAllCapsName(rest);
  }
}
