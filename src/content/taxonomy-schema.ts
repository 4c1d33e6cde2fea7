/**
 * The editable taxonomy in `content/taxonomy/`: `people.yaml`, `events.yaml`,
 * `topics.yaml`, each a YAML list of terms. The slug may be left out; it is then
 * the folded canonical name (`Tô Lâm` → `to-lam`).
 */
import { z } from "zod";
import { IsoDateSchema, SlugSchema } from "./entry-schema.ts";

const Name = z.string().trim().min(1);

const TermBase = {
  /** Canonical name, with its diacritics: `Phạm Minh Chính`. */
  name: Name,
  slug: SlugSchema.optional(),
  /** One line: a person's role, an event's gist, a topic's scope. */
  description: z.string().trim().default(""),
  /** Other ways the text names the term; matched case- and diacritic-insensitively. */
  aliases: z.array(Name).default([]),
  /**
   * Slugs the term had before it was renamed. Their old addresses keep working
   * (a redirect page), and entries still tagged with them count for the term.
   */
  formerSlugs: z.array(SlugSchema).optional(),
};

/**
 * An office a person held: the titles a text writes before the name ("President",
 * "Chủ tịch nước", "президент Вьетнама") and its dates. A text that names the
 * person so was written while the office was held (after it, with "former"),
 * which fixes the year of a page that gives only a day.
 */
export const OfficeSchema = z
  .object({
    titles: z.array(Name).min(1),
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
  })
  .strict();

export const PersonSchema = z
  .object({
    ...TermBase,
    /**
     * Bare names ("Lâm", "Chính", "Mẫn") that count only once the person was
     * named in full (by name or alias) earlier in the same article.
     */
    shortNames: z.array(Name).default([]),
    /**
     * How the person sorts in the A–Z index. By default the last word of the
     * name: the family name of a Russian or Western name, the given name of a
     * Vietnamese one, as each is used. Set it where that is wrong: `Xi Jinping`
     * sorts as `Xi`.
     */
    sortName: Name.optional(),
    /** Offices held, with their dates: they date a text that calls the person by one. */
    offices: z.array(OfficeSchema).optional(),
  })
  .strict();

export const EventSchema = z
  .object({
    ...TermBase,
    start: IsoDateSchema,
    end: IsoDateSchema.optional(),
    /**
     * Phrases that are evidence of the event without naming it outright; they
     * count only together with `people` of the event or a date near it.
     */
    keywords: z.array(Name).default([]),
    /** People slugs whose presence supports the keywords. */
    people: z.array(SlugSchema).default([]),
    /**
     * People slugs of those who received the visitor (the leaders in office
     * then). Not evidence of the event, since they are named in reports of
     * every other visit of their time too; they only tell apart, in a text
     * that gives no date, the visits of the same people (Putin's to Việt Nam
     * in 2013 was received by Trương Tấn Sang, in 2024 by Tô Lâm).
     */
    hosts: z.array(SlugSchema).optional(),
    /**
     * Words a report of this event writes and reports of the same people's
     * other events do not: Putin came to Việt Nam in June 2024 from North
     * Korea. Like hosts, not evidence of the event; in a text that gives no
     * date, they tell it apart from the others its evidence fits.
     */
    distinctive: z.array(Name).optional(),
  })
  .strict();

export const TopicSchema = z
  .object({
    ...TermBase,
    /** Words and phrases whose hits are the evidence for the topic. */
    keywords: z.array(Name).default([]),
  })
  .strict();

/** An organisation (Rosatom, the Eurasian Economic Union) or a place (Hà Nội, Kazan): a name and its aliases, matched as people are. */
export const NamedTermSchema = z.object({ ...TermBase }).strict();

/**
 * `event-words.yaml`: the words, in every language the archive reads, for the
 * kinds of event (visit, talks, phone call…) and for the places visited
 * (Việt Nam: Hanoi, Вьетнам, Ханой…). An event's kind and destination are the
 * ones its name says, so a text evidences every event of the file by its people,
 * a kind word and a place word, without keywords written for each event.
 */
/**
 * A place may also have epithets (`Southeast Asian nation`): ways a text names
 * it a second time that count only as the place a word of a kind leads to (`a
 * visit to the Southeast Asian nation`), never on their own (`the Association of
 * Southeast Asian Nations` is no destination).
 */
const WordGroupSchema = z.object({ name: Name, words: z.array(Name).min(1), epithets: z.array(Name).optional() }).strict();
/**
 * A day kept every year and counted in years from its first (Việt Nam's
 * National Day, from 2 September 1945): `74 năm Quốc khánh 2/9` is 2019. Not
 * an event entries are tagged with; only the year an anniversary's count gives.
 */
const AnniversarySchema = z
  .object({
    name: Name,
    since: IsoDateSchema,
    words: z.array(Name).min(1),
    /**
     * Short words that name the day when its day and month are written beside
     * them (`30 января … дипломатические отношения`): the day tells apart
     * kept days that share the words (relations with China date from 18 January 1950).
     */
    dayWords: z.array(Name).optional(),
  })
  .strict();
export const EventWordsSchema = z
  .object({
    kinds: z.array(WordGroupSchema).default([]),
    places: z.array(WordGroupSchema).default([]),
    anniversaries: z.array(AnniversarySchema).default([]),
  })
  .strict();
export type Anniversary = z.infer<typeof AnniversarySchema>;
export type EventWords = z.infer<typeof EventWordsSchema>;

export type PersonInput = z.input<typeof PersonSchema>;
export type Person = z.infer<typeof PersonSchema> & { slug: string };
export type Event = z.infer<typeof EventSchema> & { slug: string };
export type Topic = z.infer<typeof TopicSchema> & { slug: string };
export type NamedTerm = z.infer<typeof NamedTermSchema> & { slug: string };

export const TAXONOMY_KINDS = ["people", "events", "topics", "organisations", "places"] as const;
export type TaxonomyKind = (typeof TAXONOMY_KINDS)[number];

/** Kinds an archive may do without: a missing file is no terms (the others are required). */
export const OPTIONAL_TAXONOMY_KINDS: ReadonlySet<TaxonomyKind> = new Set(["organisations", "places"]);

export interface Taxonomy {
  people: Person[];
  events: Event[];
  topics: Topic[];
  organisations: NamedTerm[];
  places: NamedTerm[];
  /** The kinds and places of events (`event-words.yaml`), when the folder has the file. */
  eventWords?: EventWords;
}
