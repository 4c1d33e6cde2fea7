/**
 * What the rules read off a page besides its text, gathered line by line
 * (classify-lines.ts) and completed by the header and body rules: publisher
 * evidence, byline, captions, date lines and where they stand.
 */
import type { DateLine, YearlessDateLine } from "./date-line.ts";
import type { EvidenceKind } from "./publisher-choice.ts";
import type { ImageAltStamp } from "./image-alt-stamps.ts";

/** A line of article text (or of a header) and its place among the page's lines. */
export interface TextItem {
  text: string;
  at: number;
}

export interface CaptionFinding {
  text: string;
  at: number;
  /** An archive picture (`File Photo`, `ảnh tư liệu`): its date is not the article's. */
  filePhoto: boolean;
}

/** A line that stamps a photo (its caption with the credit, or a credit alone): its date may date the page. */
export interface PhotoStamp {
  line: string;
  filePhoto: boolean;
}

export interface Findings {
  publishers: Array<{ name: string; kind: EvidenceKind; at: number }>;
  author?: string;
  originalUrl?: string;
  /** The address came from the editor's marker or a labelled line (`Source: https://…`): a bare address line does not replace it. */
  originalUrlLabelled?: boolean;
  /**
   * The first address a labelled source line gives (`Nguồn VTV: http://…`): the
   * story the page carries. Its day dates the page when the page's own address,
   * the editor's marker, has none.
   */
  sourceLineUrl?: string;
  captions: CaptionFinding[];
  /** Caption and credit lines as printed, credits and dates included (`© Sputnik / … 20.06.2024`). */
  photoStamps: PhotoStamp[];
  photoCredits: string[];
  /** Images' alt texts with the site, width and day (`… - Sputnik Việt Nam, 1920, 30.03.2023`), settled once the lede is known. */
  imageAltStamps: Array<ImageAltStamp & { at: number }>;
  dateLines: Array<DateLine & { at: number }>;
  /** Time stamps that give a day but no year (`10 MAY, 15:47`). */
  yearlessDates: Array<YearlessDateLine & { at: number }>;
  /** Lines that close a header from below: date lines, bylines, captions and photo credits. */
  anchors: Set<number>;
  /** The place a `Reporting from …` line names. */
  reportedFrom?: string;
  /** The writer a wire's sign-off credits (`Reporting by Khanh Vu; Editing by …`): the author when no byline names one. */
  signedReporter?: string;
}

export function emptyFindings(): Findings {
  return {
    publishers: [],
    captions: [],
    photoStamps: [],
    photoCredits: [],
    imageAltStamps: [],
    dateLines: [],
    yearlessDates: [],
    anchors: new Set(),
  };
}

export function addPublisher(found: Findings, name: string | undefined, kind: EvidenceKind, at: number): void {
  if (name !== undefined && name.trim() !== "") found.publishers.push({ name: name.trim(), kind, at });
}
