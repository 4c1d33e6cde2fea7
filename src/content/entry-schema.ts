/**
 * The one description of an archive entry: what ingest writes into the front
 * matter of `content/articles/YYYY/MM/YYYY-MM-DD-slug.md` and what the site reads
 * back. Everything else (types, validation, serialisation order) derives from it.
 */
import { z } from "zod";

/** ASCII, lower case, words joined by single hyphens: `to-lam`, `oil-gas`. */
export const SlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be an ASCII slug (a-z, 0-9, single hyphens)");

/** A calendar date `YYYY-MM-DD` that really exists (no 2025-02-31). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD")
  .refine((value) => isRealCalendarDate(value), "is not a real calendar date");

export function isRealCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const NonEmptyText = z.string().trim().min(1);

/** Front matter of an entry. Key order here is the order written to disk. */
export const EntryFrontMatterSchema = z
  .object({
    /** The article's headline. */
    title: NonEmptyText,
    date: IsoDateSchema,
    /** True when the source states no date and the date was inferred from the text. */
    dateInferred: z.boolean().optional(),
    /** The site that published the page (its masthead, address, sign-off…). */
    publisher: NonEmptyText.optional(),
    /** A wire service the page carries (AFP, Reuters, TASS, VNA…), when it is not the publisher. */
    agency: NonEmptyText.optional(),
    /** Byline of the writer; never also a people tag. */
    author: NonEmptyText.optional(),
    /** Place the story was filed from, e.g. `Hà Nội`. */
    dateline: NonEmptyText.optional(),
    originalUrl: z.url({ protocol: /^https?$/ }).optional(),
    /** Photo captions, in order, without their placeholders. */
    captions: z.array(NonEmptyText).default([]),
    /** Taxonomy slugs of people.yaml, in order of first mention. */
    people: z.array(SlugSchema).default([]),
    /** Taxonomy slugs of events.yaml, in order of first mention. */
    events: z.array(SlugSchema).default([]),
    /** Taxonomy slugs of topics.yaml, strongest first. */
    topics: z.array(SlugSchema).max(8, "at most 8 topics").default([]),
    /** Taxonomy slugs of organisations.yaml, written only when there are some. */
    organisations: z.array(SlugSchema).optional(),
    /** Taxonomy slugs of places.yaml, written only when there are some. */
    places: z.array(SlugSchema).optional(),
    source: NonEmptyText,
    generatedFrom: z.string().regex(/^[a-f0-9]{16}(?:-(?:[a-f0-9]{8})+)?$/, "must be the stamp ingest wrote (hex, `inputs-fields`)"),
  })
  .strict();

export type EntryFrontMatter = z.infer<typeof EntryFrontMatterSchema>;

/** The fixed key order of the front matter, taken from the schema itself. */
export const ENTRY_FIELD_ORDER = Object.keys(EntryFrontMatterSchema.shape) as Array<keyof EntryFrontMatter>;

/**
 * An article body (the entry's Markdown) longer than this is most likely not
 * one news article but several pasted together, or a whole page: ingest warns
 * about it (the entry is still written), and the feeds carry its summary
 * rather than the whole text, which every feed reader would fetch again and
 * again. Long news articles run to a few tens of thousands of characters.
 */
export const LONG_BODY_CHARACTERS = 200_000;

/** An entry as the site sees it: front matter, Markdown body and where it lives. */
export interface Entry {
  data: EntryFrontMatter;
  /** Markdown body: the article's paragraphs and nothing else. */
  body: string;
  /** Path of the entry file relative to the entries folder, with `/` separators. */
  file: string;
  /** The slug part of the file name (`YYYY-MM-DD-<slug>.md`). */
  slug: string;
}
