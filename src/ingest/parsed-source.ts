/**
 * What the extraction rules make of one raw source, before tagging. Pure data:
 * `parseSource` (parse-source.ts) produces it from text; run-ingest turns it,
 * with the tags, into an entry.
 */
import type { RuleId } from "../content/rules.ts";

export interface ParsedSource {
  /** The article's headline: the source's title line, or one derived from the lede. */
  title: string;
  /** `YYYY-MM-DD`, or undefined when no date could be found or inferred (an error). */
  date?: string;
  /** True when the source states no date and the date was inferred from the text. */
  dateInferred: boolean;
  /** The site that published the page (its masthead, address, sign-off…). */
  publisher?: string;
  /** A wire service the page carries (`AFP`, `Reuters`, `TASS`, `VNA`), when it is not the publisher. */
  agency?: string;
  /** Byline of the writer; never also a people tag. */
  author?: string;
  /** Place the story was filed from, e.g. `Hà Nội`. */
  dateline?: string;
  originalUrl?: string;
  /** Photo captions, in order, without their placeholders. */
  captions: string[];
  /** Photographers and agencies credited for photos (`Thong Nhat`, `SGGP`); never people tags. */
  photoCredits: string[];
  /** The article's body paragraphs, plain text, in order. */
  paragraphs: string[];
  /** Problems found while parsing: an impossible date is an error, a future date a warning. */
  problems: ParseProblem[];
}

export interface ParseProblem {
  rule: RuleId;
  message: string;
}
