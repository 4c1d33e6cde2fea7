/**
 * The first pass over a page's lines: each line is metadata (a caption, a
 * photo credit, a byline, a date line, a source line, the outlet's name), page
 * furniture (a placeholder, a widget, a counter, a call to act), or text. What
 * a line says about the page goes into the findings with the line's number;
 * the text lines are returned in order for the header and body rules.
 */
import { isInterfaceLine, isReadMoreLink, isTailMarker, parseSourceLine } from "./boilerplate.ts";
import {
  AUTHOR_ROLES,
  capitaliseAllCapsName,
  isAuthorLabel,
  isContributorCredit,
  isPersonName,
  parseByline,
  parseStaffCredit,
  parseWriterAndOutletCredit,
  parseWriterCredit,
  withoutAuthorNotes,
  withoutEnclosingBrackets,
} from "./byline.ts";
import {
  type Caption,
  captionCell,
  cellNamedAbove,
  isAltTextCell,
  isDoubledCaption,
  isCaptionPlaceholder,
  parseCaptionLine,
  parseSourcedCaption,
  splitCredits,
  tableCell,
} from "./captions.ts";
import { readCopyrightNotice } from "./copyright.ts";
import { parseImageAltStamp } from "./image-alt-stamps.ts";
import { findFullDates } from "./date-expressions.ts";
import { isTimeLine, parseDateLine, parseYearlessDateLine } from "./date-line.ts";
import { parseReportingFrom } from "./dateline.ts";
import { addPublisher, type Findings, type TextItem } from "./findings.ts";
import { isFurnitureLine } from "./furniture.ts";
import { endsLikeSentence, hasAtLeastWords, lineKey } from "./line-shape.ts";
import { withoutDescriptionStamp } from "./description-stamp.ts";
import { creditedOutlets, readCopyright, readDateLineRest, readFollowPrompt, sourcePublisher } from "./outlet-lines.ts";
import {
  altTextSuffix,
  galleryCaptions,
  imageAgencyCredit,
  isCaptionCredit,
  isCreditLabel,
  isCreditNames,
  isFilePhoto,
  isSilentCaption,
  isUncreditedCaption,
  reportsSpeech,
  wirePhotographerCredit,
} from "./photo-lines.ts";
import { type Publisher, publisherByName } from "../taxonomy/publishers.ts";

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

/** Two capitalised words with no comma that may be a person's name (`Thu Trang`). */
function isBylinePair(line: string): boolean {
  const trimmed = line.trim();
  return !trimmed.includes(",") && trimmed.split(/\s+/).length === 2 && isPersonName(trimmed, { minWords: 2, maxWords: 2 });
}

/** `(April 25, 2023) Vietnam's 'bamboo' foreign policy clout`: a date in brackets opening the headline line. */
function bracketedDatePrefix(line: string): { date: string; rest: string } | undefined {
  const match = /^\(([^()]{6,40})\)\s+(\S.*)$/u.exec(line.trim());
  if (!match) return undefined;
  const [only] = findFullDates(match[1]!);
  return only && only.text.length >= match[1]!.trim().length - 2 ? { date: match[1]!, rest: match[2]! } : undefined;
}

export function classifyLines(lines: readonly string[], found: Findings): TextItem[] {
  const body: TextItem[] = [];
  let captionFollows = false;
  let creditFollows = false;
  let previousWasBody = false;
  let previousWasStamp = false;
  // The stamp was a date line (`08/02/2026 06:56`), not a time of its own (`11:30`).
  let previousWasDateLine = false;
  let previousWasCaption = false;
  let previousWasByline = false;
  let authorParts: string[] | undefined;

  const takeCaption = (text: string, credits: readonly string[], at: number, line: string): void => {
    const filePhoto = isFilePhoto(line);
    if (text !== "") found.captions.push({ text, at, filePhoto });
    found.photoStamps.push({ line, filePhoto });
    // One by one: a caption's credit may name 100,000 codes, too many arguments for one call.
    // A paper credited for a photo (`(Photo: SGGP)`, `VnExpress/Giang Huy`, `VNA/VNS Photo`)
    // is most often the page's own: the weakest evidence of the publisher. An agency (`VNA`,
    // `AFP`) never is, and neither is a paper in a list of outlets (`Ảnh: Sputnik, RT`): such
    // a credit says where the pictures came from, not whose page it is.
    const outlets: { credit: string; outlet: Publisher }[] = [];
    for (const credit of credits) {
      found.photoCredits.push(credit);
      const outlet = publisherByName(credit);
      if (outlet) outlets.push({ credit, outlet });
    }
    if (
      !listsOutlets(
        line,
        outlets.map((item) => item.credit),
      )
    ) {
      for (const { outlet } of outlets) if (!outlet.wire) addPublisher(found, outlet.name, "photoCredit", at);
    }
    found.anchors.add(at);
  };

  const firstTextAt = lines.findIndex((line) => line.trim() !== "");
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
    const altStamp = parseImageAltStamp(line);
    if (altStamp) {
      found.imageAltStamps.push({ ...altStamp, at });
      found.anchors.add(at);
      continue;
    }
    // (A sentence printed twice is a caption only above the text: the text never repeats a paragraph so.)
    if (
      isCaptionPlaceholder(line) ||
      isAltTextCell(line, lines[at + 1]) ||
      (body.length === 0 && isDoubledCaption(line, lines[at + 1], lines[at + 2]))
    ) {
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
    // `© EPA-EFE/HARISH TYAGI`, `© Sputnik / Alexander Kazakov`, `© Reuters`: a picture's credit, not the site's copyright.
    const copyrightCredit =
      /^\s*©/u.test(line) && (line.includes("/") || readCopyrightNotice(line)?.photoCredit) ? parseCaptionLine(line) : undefined;
    if (copyrightCredit && copyrightCredit.text === "") {
      const previous = body.at(-1);
      // (Not the page's first line: `Nga phối hợp mở lại đường bay …` / `© Sputnik / … / Chuyển đến kho ảnh`
      // is the headline over the photo, whose caption comes after its credit, blind-vnru-25, 362.)
      // (Nor a sentence that reports speech: `Phó Thủ tướng cho rằng …` above a blank line and `© Sputnik`, blind-vnru-28, 397.)
      if (previousWasBody && previous !== undefined && previous.at > 0 && isSilentCaption(previous.text)) {
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
    // `РИА Новости/Кристина Кормилицына`: a wire and its photographer alone on a line credit a photo the
    // copy left out; the lines around it are the article's (blind-vnru-45, 602).
    const wirePhoto = wirePhotographerCredit(line);
    if (wirePhoto) {
      found.photoCredits.push(...wirePhoto);
      continue;
    }
    // `Его визит в Ханой завершился …` / `Reuters`: a wire's bare name under a short line with no
    // full stop credits that line's photo (a gallery's captions, each credited on the next line).
    const wireCredit = previousWasBody ? bareWireName(line) : undefined;
    if (wireCredit !== undefined) {
      const previous = body.at(-1);
      // (Not the page's first line: `Xi holds talks …` / `Xinhua` is the headline and the wire's byline.)
      if (previous !== undefined && previous.at > 0 && isUncreditedCaption(previous.text) && !endsLikeSentence(previous.text)) {
        body.pop();
        takeCaption(previous.text, [wireCredit], previous.at, previous.text);
        found.anchors.add(at);
        previousWasBody = false;
        previousWasCaption = true;
        continue;
      }
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
    const afterDateLine = previousWasDateLine;
    previousWasDateLine = false;
    const afterCaption = previousWasCaption;
    const afterByline = previousWasByline;
    captionFollows = false;
    previousWasBody = false;
    previousWasStamp = false;
    previousWasCaption = false;
    previousWasByline = false;
    if (afterCaption && isCaptionCredit(line)) {
      // `WHITE HOUSE`, `Gavriil Grigorov`: the photo's credit on the line under its caption.
      found.photoCredits.push(capitaliseAllCapsName(line.trim()));
      continue;
    }
    if (isInterfaceLine(line)) {
      readFollowPrompt(line, found, at);
      readCopyright(line, found, at);
      continue;
    }
    if (isContributorCredit(line)) {
      // `Reporting by Khanh Vu; Editing by Martin Petty`: a wire's sign-off names its writer first;
      // `Additional reporting by …`, `Editing by …` alone credit others.
      const credit = withoutEnclosingBrackets(line);
      if (/^(?:reporting|writing) by\s/iu.test(credit)) found.signedReporter ??= parseByline(credit)?.author;
      continue;
    }
    if (isReadMoreLink(line) || isTailMarker(line)) continue;
    const staff = parseStaffCredit(line);
    if (staff) {
      const credited = publisherByName(staff.credited.replace(/\s+(?:reporters?|staff|desk|team)$/iu, ""));
      // A desk named outright (`Редакция сайта ТАСС`) is the site's own; `By VnExpress Staff` credits a byline's outlet.
      addPublisher(found, credited?.name ?? (staff.outright ? staff.credited : undefined), staff.outright ? "deskCredit" : "byline", at);
      found.anchors.add(at);
      continue;
    }
    if (isTimeLine(line)) {
      previousWasStamp = true;
      found.anchors.add(at);
      continue;
    }
    // Two words without a comma under a date line (`08/02/2026 06:56` / `Thu Trang`, blind-vnru-16,
    // 257) are the byline; a place is printed under the time (`June 20, 2024` / `11:30` / `Hanoi`).
    if (afterStamp && isPlaceLabel(line) && !(afterDateLine && isBylinePair(line))) continue;
    const reportedFrom = parseReportingFrom(line);
    if (reportedFrom) {
      found.reportedFrom ??= reportedFrom;
      continue;
    }

    // A line that is only a paper's or agency's name (`VNA`, `Tuoi Tre News`) names
    // the site above the text and signs it off below (told apart once the lede is found).
    const named = line.length <= 40 ? publisherByName(line) : undefined;
    if (named) {
      // `By AAMER MADHANI` / `Associated Press`: the outlet under a byline is the writer's, not the site's name.
      addPublisher(found, named.name, named.aggregator ? "aggregator" : afterByline && named.wire ? "byline" : "masthead", at);
      continue;
    }
    const outlets = creditedOutlets(line);
    if (outlets) {
      for (const name of outlets) addPublisher(found, name, "signOff", at);
      continue;
    }

    // `Theo Hồ Trung Nghĩa/Infonet`: the writer, and the outlet the story is from as a source line names it.
    const writerAndOutlet = parseWriterAndOutletCredit(line);
    if (writerAndOutlet !== undefined) {
      found.author ??= writerAndOutlet.writer;
      addPublisher(found, sourcePublisher(writerAndOutlet.outlet), "sourceLine", at);
      continue;
    }

    // `Theo Thành Nam`: the writer's credit, where `Theo TTXVN` names a source.
    const writer = parseWriterCredit(line);
    if (writer !== undefined) {
      found.author ??= writer;
      continue;
    }

    const source = parseSourceLine(line);
    if (source) {
      // The first address, unless a labelled one (`Source: https://…`) comes after a bare one, which may be a link.
      if (source.url !== undefined && source.labelled) found.sourceLineUrl ??= source.url;
      if (source.url !== undefined && (found.originalUrl === undefined || (source.labelled && !found.originalUrlLabelled))) {
        found.originalUrl = source.url;
        found.originalUrlLabelled = source.labelled === true;
      }
      const dated = source.date === undefined ? undefined : parseDateLine(source.date);
      if (dated) {
        found.dateLines.push({ ...dated, at });
        found.anchors.add(at);
      }
      const outlet = source.name === undefined ? undefined : sourcePublisher(source.name);
      addPublisher(found, outlet, "sourceLine", at);
      continue;
    }

    const gallery = galleryCaptions(line);
    if (gallery) {
      // A gallery's captions, each with the same date, on one line: captions, not text.
      for (const text of gallery) takeCaption(text, [], at, line);
      previousWasCaption = true;
      continue;
    }

    const caption =
      parseCaptionLine(line) ??
      // Right under the date line, or as the page's first line (a copy that begins with the photo above its
      // headline, blind-vnru-3, 84): `… (Nguồn: Nhân Dân)` is the photo's caption (blind-vnru-45).
      (afterDateLine || at === firstTextAt ? parseSourcedCaption(line) : undefined) ??
      // (Not a sentence that reports speech: `Đại sứ … cho rằng …` under an image's alt text is the text, blind-vnru-65, 840.)
      (afterPlaceholder && isSilentCaption(tableCell(line)) ? { text: tableCell(line), credits: [] } : undefined) ??
      // A sentence closed by a table cell's bar is a photo's caption kept in its cell, with or without an image marker above.
      captionCellOf(line) ??
      // A name in a cell that the paragraph just above has written: the photo of what the text told of.
      (afterBodyLine ? namedCellOf(line, body.at(-1)?.text) : undefined);
    if (caption) {
      // A credit on a line of its own (`Photo: VNA`) belongs to the short line just before it.
      const previous = body.at(-1);
      if (caption.text === "" && afterBodyLine && previous !== undefined && isSilentCaption(previous.text)) {
        body.pop();
        takeCaption(previous.text, [], previous.at, previous.text);
      }
      // The image's alt text just above its caption, the same words (The Guardian): one goes.
      if (afterBodyLine && previous !== undefined && caption.text !== "" && lineKey(previous.text) === lineKey(caption.text)) body.pop();
      takeCaption(caption.text, caption.credits, at, line);
      previousWasCaption = caption.text !== "";
      continue;
    }

    const byline = parseByline(withoutAuthorNotes(line));
    if (byline) {
      found.author ??= byline.author;
      found.anchors.add(at);
      previousWasByline = true;
      if (byline.affiliation) addPublisher(found, publisherByName(byline.affiliation)?.name, "byline", at);
      // `By Minh Anh | VietnamPlus`, `Thanh Hà | 14/01/2025 10:30`
      for (const part of byline.remainder.split(/\s*\|\s*/).filter(Boolean)) {
        const dated = parseDateLine(part);
        if (dated) found.dateLines.push({ ...dated, at });
        else addPublisher(found, publisherByName(part)?.name, "byline", at);
      }
      continue;
    }

    const stamped = captionBeforeStamp(line);
    if (stamped !== undefined) {
      // `… на пресс-конференции в Москве. Ср, 6 июля 2022 г., 7:39`: a photo's caption with the stamp glued after it.
      takeCaption(stamped, [], at, line);
      previousWasCaption = true;
      continue;
    }

    // `… стратегическими. РИА Новости, 24.02.2026`: a description keeps its sentences, not the stamp.
    line = withoutDescriptionStamp(line);
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
      previousWasDateLine = true;
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

/** A line that is only a wire service's name (`Reuters`, `AFP`, `ТАСС`), as the publisher table lists it. */
function bareWireName(line: string): string | undefined {
  const trimmed = line.trim();
  if (trimmed.length > 40) return undefined;
  return publisherByName(trimmed)?.wire === true ? trimmed : undefined;
}

/**
 * Whether a credit line lists two of the outlets it credits one after the other,
 * joined by a comma, a semicolon, `&` or `and` (`Ảnh: Sputnik, RT`), rather than as
 * agency and paper (`VNA/VNS Photo`).
 */
export function listsOutlets(line: string, credits: readonly string[]): boolean {
  let from = 0;
  let previousEnd = -1;
  for (const credit of credits) {
    const at = line.indexOf(credit, from);
    if (at === -1) continue;
    if (previousEnd !== -1 && /^\s*(?:[,;&]|and|và|и)\s*$/iu.test(line.slice(previousEnd, at))) return true;
    previousEnd = at + credit.length;
    from = previousEnd;
  }
  return false;
}

/** How long the stamp after a caption may be: a weekday, a full date and a time. */
const MAX_GLUED_STAMP = 40;

/**
 * A one-sentence caption with a date-and-time stamp glued after it (Turan: `Министр
 * … на совместной пресс-конференции в Москве. Ср, 6 июля 2022 г., 7:39`): the
 * caption, or undefined. The stamp must end in a time, and what comes before it
 * be one sentence short enough for a caption: a paragraph that ends on a date is
 * not one.
 */
export function captionBeforeStamp(line: string): string | undefined {
  const trimmed = line.trim();
  if (trimmed.length > 300 || !/\d{1,2}:\d{2}$/u.test(trimmed)) return undefined;
  const cut = trimmed.lastIndexOf(". ", trimmed.length - 5);
  if (cut < 0 || trimmed.length - cut - 2 > MAX_GLUED_STAMP) return undefined;
  const caption = trimmed.slice(0, cut + 1);
  const dated = parseDateLine(trimmed.slice(cut + 2));
  if (dated === undefined || dated.rest.length > 3 || !hasAtLeastWords(caption, 5) || !isUncreditedCaption(caption)) return undefined;
  return caption;
}

/** A name in a table cell that the paragraph above wrote (`Nizhny Novgorod |`) as a caption without credits, or undefined. */
function namedCellOf(line: string, above: string | undefined): Caption | undefined {
  const text = cellNamedAbove(line, above);
  return text === undefined ? undefined : { text, credits: [] };
}

/** A caption kept in a table cell (`… Federation. |`) as a caption without credits, or undefined. */
function captionCellOf(line: string): Caption | undefined {
  const text = captionCell(line);
  return text === undefined || reportsSpeech(text) ? undefined : { text, credits: [] };
}
