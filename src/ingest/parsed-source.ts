/**
 * What the extraction rules make of one raw source, before tagging. Pure data:
 * `parseSource` (parse-source.ts) produces it from text; run-ingest turns it,
 * with the tags, into an entry. The fields an entry has are typed by the
 * entry schema (src/content/entry-schema.ts), not restated here.
 */
import type { EntryFrontMatter } from "../content/entry-schema.ts";
import type { RuleId } from "../content/rules.ts";

/** The entry's fields that the parser finds (the title is the source's title line, or one derived from the lede). */
type EntryFields = Pick<EntryFrontMatter, "title" | "publisher" | "agency" | "author" | "dateline" | "originalUrl" | "captions">;

export interface ParsedSource extends EntryFields {
  /** `YYYY-MM-DD`, or undefined when no date could be found or inferred (an error). */
  date?: EntryFrontMatter["date"];
  /** True when the source states no date and the date was inferred from the text. */
  dateInferred: NonNullable<EntryFrontMatter["dateInferred"]>;
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
