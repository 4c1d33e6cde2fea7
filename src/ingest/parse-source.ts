/**
 * One raw source's text → a `ParsedSource`: the extraction rules of this folder
 * composed. Pure: the date of today, and the events of the taxonomy the text
 * reports, come in as parameters.
 *
 * Order matters: the editor's marker lines (` date`, ` url`) are read off the top, glued
 * sentences are split, the page tail (comments, related news) is cut, then each
 * line is classified (classify-lines.ts: placeholder, caption, byline, date
 * line, source line, furniture, or text); the text above the lede is the
 * header, where the headline is chosen (page-header.ts); the body loses its
 * dateline, repeated blocks, uncredited captions and closing furniture
 * (page-body.ts); then the date (date-choice.ts) and the publisher and agency
 * (publisher-choice.ts) are chosen among all the evidence the page gave.
 */
import { archivedAddress, siteOfAddress } from "./address-site.ts";
import { ABOUT_AUTHOR_HEADING, isPersonName } from "./byline.ts";
import { classifyLines } from "./classify-lines.ts";
import { type CalendarDay, findFullDates } from "./date-expressions.ts";
import { dateInUrl, isWidgetLine, parseDateLine } from "./date-line.ts";
import { resolveDate, type TitledSince } from "./date-choice.ts";
import { normaliseText } from "./decode-source.ts";
import { ledeCreditedWire, openingCreditedWire } from "./dateline.ts";
import { addPublisher, emptyFindings, type Findings, type TextItem } from "./findings.ts";
import { isSourceLabelled, parseSourceLine } from "./boilerplate.ts";
import { splitGluedLine, splitRepeatedHeadlineDay } from "./glued-lines.ts";
import { splitGluedSentences, splitRunOnLinks } from "./glued-sentences.ts";
import { deriveHeadline } from "./headline.ts";
import { settleImageAltStamps } from "./image-alt-stamps.ts";
import { readCopyright, readFollowPrompt, sourcePublisher } from "./outlet-lines.ts";
import { cutPageTail } from "./page-tail.ts";
import { findLede, readHeader } from "./page-header.ts";
import {
  cleanClosingItems,
  takeDateline,
  takeUncreditedCaptions,
  withoutRepeatedLines,
  withoutLinkTails,
  withoutRepeats,
  withoutTrailingFurniture,
} from "./page-body.ts";
import type { ParsedSource, ParseProblem } from "./parsed-source.ts";
import { choosePublisher } from "./publisher-choice.ts";
import {
  publisherByCode,
  publisherByHost,
  publisherByHostStem,
  publisherByName,
  usePublishers,
  type PublisherTable,
} from "../taxonomy/publishers.ts";
import type { KeptDay } from "./infer-date.ts";
import type { EventSpan } from "./relative-dates.ts";
import { splitSourceLines } from "./source-lines.ts";
import { readSourceMarkers } from "./source-markers.ts";

export { splitPageTitle } from "./page-header.ts";
export { cutPageTail } from "./page-tail.ts";

/** The text of an article as the taxonomy reads it, to tell which of its events the text reports. */
export interface ArticleForEvents {
  title: string;
  paragraphs: string[];
  captions: string[];
  /** The year the editor's month marker (` date 2024-06`) gives: it tells visits apart as a year the text names does. */
  markerYears?: number[];
}

export interface ParseOptions {
  /** `YYYY-MM-DD`: dates after it are kept with a warning; the latest year a weekday can point to. */
  today: string;
  /**
   * The events of the taxonomy the text names, with their days: they anchor
   * an undated text's relative words (`on Wednesday`). Asked only for a source
   * that states no date; none when not given.
   */
  eventSpans?: (article: ArticleForEvents) => EventSpan[];
  /**
   * The events the text fits in one sentence only: a day it writes without a
   * year within their days takes theirs. Asked only for such a day with no
   * year from anything else; none when not given.
   */
  eventAnchors?: (article: ArticleForEvents) => EventSpan[];
  /**
   * The events of the text's people, whatever it says of them: a day it writes
   * without a year that only one of them holds takes its year, when nothing
   * else gives one. Asked only for such a day; none when not given.
   */
  peopleEvents?: (article: ArticleForEvents) => EventSpan[];
  /** Days kept every year and counted from their first (`event-words.yaml`, `anniversaries`); none when not given. */
  keptDays?: readonly KeptDay[];
  /**
   * The days from which the text's titled people held the titles it gives them
   * (`President Lương Cường`: since 21 October 2024): the text was written
   * since, which fixes the year of a day it writes without one. Asked only for
   * such a source; none when not given.
   */
  tenures?: (article: ArticleForEvents) => TitledSince[];
  /** The archive's list of outlets (`content/taxonomy/publishers.yaml`); the built-in list when not given. */
  publishers?: PublisherTable;
}

export function parseSource(text: string, options: ParseOptions): ParsedSource {
  // Every rule that reads an outlet's name, code or host reads the archive's list.
  const previous = usePublishers(options.publishers);
  try {
    return parseWithPublishers(text, options);
  } finally {
    usePublishers(previous);
  }
}

function parseWithPublishers(
  text: string,
  { today, eventSpans, eventAnchors, peopleEvents, keptDays, tenures }: ParseOptions,
): ParsedSource {
  const problems: ParseProblem[] = [];
  const found = emptyFindings();

  const markers = readSourceMarkers(normaliseText(text));
  // The editor's address names the page the text was copied from: it outranks any address in the text.
  if (markers.url !== undefined) Object.assign(found, { originalUrl: markers.url, originalUrlLabelled: true });
  const lines = splitRepeatedHeadlineDay(
    splitSourceLines(markers.text).flatMap(splitGluedSentences).flatMap(splitRunOnLinks).flatMap(splitGluedLine),
  );
  const { kept, tail } = cutPageTail(lines);
  const opening = tailOpening(tail);
  readTail(tail, opening, found, kept.length);

  const items = classifyLines(kept, found);
  // After the page's own date lines: the story's stamp below the text is the last resort among them.
  readStoryStamp(tail, opening, found, kept.length);
  readPublisherFromAddress(found);

  const ledeIndex = findLede(items);
  const ledeAt = items[ledeIndex]?.at ?? kept.length;
  settleImageAltStamps(found, ledeAt);
  const header = readHeader(items.slice(0, ledeIndex), ledeAt, found, kept);
  settleNameLines(found, ledeAt, header.titleAt);
  // The writer a wire signs off with, after the text: only when no byline names an author.
  found.author ??= found.signedReporter;

  let body: TextItem[] = [...header.sentences, ...items.slice(ledeIndex)];
  const dateline = takeDateline(body);
  for (const outlet of dateline?.agency === undefined ? [] : datelineOutlets(dateline.agency)) {
    addPublisher(found, outlet, dateline?.place ? "dateline" : "leadCode", ledeAt);
  }
  // `…, сообщает ТАСС.`: the wire a rewrite credits in its lede, carried by a site the lede does not name.
  const ledeCredit = body[0] === undefined ? undefined : ledeCreditedWire(body[0].text);
  addPublisher(found, ledeCredit ?? (body[1] === undefined ? undefined : openingCreditedWire(body[1].text)), "ledeCredit", ledeAt);
  body = withoutRepeatedLines(cleanClosingItems(body, found), found.author, header.title, found);
  body = takeUncreditedCaptions(withoutRepeats(withoutLinkTails(body), found), found);
  const paragraphs = withoutTrailingFurniture(body.map((item) => item.text)).filter((paragraph) => paragraph.trim() !== "");

  if (paragraphs.length === 0) problems.push({ rule: "source-no-text", message: "has no article text" });
  const title = header.title ?? deriveHeadlineFrom(paragraphs);
  const captions = unique(found.captions.map((caption) => caption.text));

  // Each asked for by several readings of the date, made once.
  let spans: EventSpan[] | undefined;
  let anchorSpans: readonly EventSpan[] | undefined;
  let peopleSpans: readonly EventSpan[] | undefined;
  const markerYears = markers.month ? [markers.month.year] : [];
  const date = resolveDate({
    marker: markers.date,
    markerMonth: markers.month,
    urlDate: addressDate(found),
    dateLines: found.dateLines,
    yearlessDates: found.yearlessDates,
    titleAt: header.titleAt,
    ledeAt,
    dateline,
    paragraphs,
    captions: found.captions,
    photoStamps: found.photoStamps,
    headerDays: items
      .slice(0, ledeIndex)
      .filter((item) => !isWidgetLine(item.text))
      .flatMap((item) => findFullDates(item.text).map((match) => match.value)),
    today,
    events: () => (spans ??= eventSpans?.({ title, paragraphs, captions, markerYears }) ?? []),
    anchors: () => (anchorSpans ??= eventAnchors?.({ title, paragraphs, captions, markerYears }) ?? []),
    peopleEvents: () => (peopleSpans ??= peopleEvents?.({ title, paragraphs, captions, markerYears }) ?? []),
    keptDays: keptDays ?? [],
    tenures: () => tenures?.({ title, paragraphs, captions }) ?? [],
    problems,
  });
  const { publisher, agency } = choosePublisher(found.publishers);

  return {
    title,
    ...(date.iso ? { date: date.iso } : {}),
    dateInferred: date.inferred,
    ...optional("publisher", publisher),
    ...optional("agency", agency),
    ...optional("author", found.author),
    ...optional("dateline", dateline?.place ?? found.reportedFrom),
    ...optional("originalUrl", found.originalUrl),
    captions,
    photoCredits: unique(found.photoCredits),
    paragraphs,
    problems,
  };
}

/**
 * After the text, the page's tail is not read as text, but its copyright line
 * (`© 2024 The Moscow Times`) and its prompt to follow the site still name it.
 */
function readTail(tail: readonly string[], opening: TailOpening | undefined, found: Findings, firstAt: number): void {
  // `About Author` / `Rebecca Adams` / her biography: the box names the writer.
  const [heading, ...below] = tail;
  const name = below.find((line) => line.trim() !== "")?.trim();
  if (
    heading !== undefined &&
    ABOUT_AUTHOR_HEADING.test(heading.trim()) &&
    name !== undefined &&
    isPersonName(name, { minWords: 2, maxWords: 4 })
  ) {
    found.author ??= name;
  }
  for (const [offset, line] of tail.entries()) {
    readCopyright(line, found, firstAt + offset);
    readFollowPrompt(line, found, firstAt + offset);
  }
  // `Source: VNA` where the tail starts (a list of other stories' links cut with it,
  // blind-vnru-23, 339): the story's own source line, not one of the links'.
  const sourceName = opening?.source?.name;
  if (opening && sourceName !== undefined) addPublisher(found, sourcePublisher(sourceName), "sourceLine", firstAt + opening.at);
}

/** The first line of the page's tail that is not blank, and what it gives read as a source line. */
interface TailOpening {
  at: number;
  line: string;
  source: ReturnType<typeof parseSourceLine>;
}

function tailOpening(tail: readonly string[]): TailOpening | undefined {
  const at = tail.findIndex((line) => line.trim() !== "");
  if (at === -1) return undefined;
  const line = tail[at] as string;
  return { at, line, source: parseSourceLine(line) };
}

/**
 * `Источник: www.justmedia` / `14.05.2009` (blind-vnru-28, 401): a day alone on
 * the line under the story's own source line is the story's stamp, as some
 * sites print it after the text. Only the next line, and only a bare date:
 * the links of other stories below carry their own titles beside their days.
 */
function readStoryStamp(tail: readonly string[], opening: TailOpening | undefined, found: Findings, firstAt: number): void {
  if (opening === undefined) return;
  const { at, line, source } = opening;
  if (!source && !isSourceLabelled(line)) return;
  const onSourceLine = source?.date === undefined ? undefined : parseDateLine(source.date);
  const nextAt = tail.findIndex((next, index) => index > at && next.trim() !== "");
  const below = onSourceLine ? undefined : nextAt === -1 ? undefined : parseDateLine(tail[nextAt] as string);
  const stamp = onSourceLine ?? (below?.rest.trim() === "" ? below : undefined);
  if (stamp && !stamp.widget) found.dateLines.push({ ...stamp, at: firstAt + (onSourceLine ? at : nextAt) });
}

/**
 * A line that is only an outlet's name (`VNA`, `Tuoi Tre News`) names the site
 * when it stands above the lede, and signs the text off when it stands below;
 * an outlet credited with a date line names the site above the headline.
 */
function settleNameLines(found: Findings, ledeAt: number, titleAt: number | undefined): void {
  // `CTV` / `CTV` under the headline, above the date line (blind-vnru-42, 565): a short all-capital
  // code the outlet table does not know, where a byline stands, is the writer's initials or the
  // desk's (a contributor, `CTV`; a reporter, `PV`), not the site's name, which stands above the headline.
  const initials = found.publishers.filter(
    (evidence) =>
      evidence.kind === "masthead" &&
      titleAt !== undefined &&
      evidence.at > titleAt &&
      evidence.at < ledeAt &&
      BYLINE_INITIALS.test(evidence.name) &&
      publisherByName(evidence.name) === undefined &&
      publisherByCode(evidence.name) === undefined,
  );
  if (initials.length > 0 && found.author === undefined) {
    found.author = initials[0]!.name;
    found.publishers = found.publishers.filter((evidence) => !initials.includes(evidence));
  }
  for (const evidence of found.publishers) {
    if (evidence.kind === "masthead" && evidence.at > ledeAt) evidence.kind = "signOff";
    // `Xi holds talks with …` / `Xinhua` / `14:55 UTC+8, 2024-08-19`: a wire named under the
    // headline, where a byline stands, credits the story to it; the site's name stands above.
    else if (evidence.kind === "masthead" && titleAt !== undefined && evidence.at > titleAt && publisherByName(evidence.name)?.wire) {
      evidence.kind = "byline";
    }
    // `Sputnik International20.06.2024` above the headline: the site's name with the day, where the
    // masthead stands, not a credit under the headline (`04.08.2022 ТАСС`, `By AAMER MADHANI / Associated Press`).
    else if (evidence.kind === "byline" && titleAt !== undefined && evidence.at < titleAt) evidence.kind = "masthead";
  }
}

/** Two to four capital letters: `CTV`, `PV`, `TH`. */
const BYLINE_INITIALS = /^\p{Lu}{2,4}$/u;

/**
 * The outlets of a dateline or a lede's code (`Reuters`, `VTV.vn`, `VNA/WVR`),
 * as the table names them; a code the table does not know stays as written.
 */
function datelineOutlets(agency: string): string[] {
  return agency
    .split("/")
    .map(
      (part) =>
        publisherByName(part)?.name ??
        (/\.[a-z]{2,3}$/iu.test(part) ? publisherByHost(part)?.name : undefined) ??
        publisherByHostStem(part)?.name ??
        part.trim(),
    );
}

/**
 * The original article's site, from its address (an archived copy's: the
 * archived page's): a known outlet, else the site's domain (weak: its own name
 * lines come first), else none (a shortener, a social network).
 */
function readPublisherFromAddress(found: Findings): void {
  if (found.originalUrl === undefined) return;
  const address = archivedAddress(found.originalUrl) ?? found.originalUrl;
  const site = publisherByHost(address);
  // A site that republishes other outlets' articles is the site the page is on, unless the page's own
  // name lines name the outlet it reprints (inkl under Al Jazeera's masthead) and not the site's banner.
  const reprinting = site?.aggregator === true && !found.publishers.some((item) => item.name === site.name);
  if (site) addPublisher(found, site.name, reprinting ? "siteAddress" : "address", -1);
  else addPublisher(found, siteOfAddress(address), "siteAddress", -1);
}

/**
 * The day in the page's address; else, when the page carries a story whose
 * address a labelled source line gives (`Nguồn VTV: http://vtv.vn/…-20161130134110258.htm`,
 * blind-vnru-42, 564), the day in that address: the story the page copied was
 * out by then. Read from the text alone, that address is the page's
 * `originalUrl` already; the editor's marker outranks it as the page's own.
 */
function addressDate(found: Findings): CalendarDay | undefined {
  const own = found.originalUrl === undefined ? undefined : dateInUrl(found.originalUrl);
  if (own !== undefined || found.sourceLineUrl === undefined || found.sourceLineUrl === found.originalUrl) return own;
  return dateInUrl(found.sourceLineUrl);
}

/** The lede is the first paragraph with real words (not `---` or markup alone). */
function deriveHeadlineFrom(paragraphs: readonly string[]): string {
  const lede = paragraphs.find((paragraph) => (paragraph.match(/\p{L}{2,}/gu) ?? []).length >= 3) ?? paragraphs[0] ?? "";
  return deriveHeadline(lede);
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
