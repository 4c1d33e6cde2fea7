/**
 * The archive model's types: articles, tags and the lists and archives made of
 * them (archive-model.ts builds them). Article fields come from the entry
 * schema, the single source of truth.
 */
import type { Entry, EntryFrontMatter } from "../content/entry-schema.ts";
import type { Problem } from "../content/problems.ts";
import { TAXONOMY_KINDS, type TaxonomyKind } from "../content/taxonomy-schema.ts";
import type { SafeHtml } from "../lib/html.ts";

export type TagKind = TaxonomyKind;
export const TAG_KINDS = TAXONOMY_KINDS;

export interface Tag {
  kind: TagKind;
  slug: string;
  name: string;
  description: string;
  /** Events only: first and last day. */
  start?: string;
  end?: string;
  /** The tag's page; undefined when no article carries the tag (it gets no page). */
  path?: string;
  /** Newest first. */
  articles: Article[];
  /** The people and topics most often seen in this tag's articles, most frequent first. */
  alongside: { people: TagCount[]; topics: TagCount[] };
}

export interface TagCount {
  tag: Tag;
  count: number;
}

/** What an article shows of its entry, field for field as the entry schema has it. */
type ArticleFields = Pick<EntryFrontMatter, "title" | "date" | "publisher" | "author" | "dateline" | "originalUrl" | "captions" | "source">;

export interface Article extends ArticleFields {
  file: string;
  slug: string;
  path: string;
  year: number;
  month: number;
  /** The entry's `dateInferred`, false when absent. */
  dateInferred: boolean;
  body: SafeHtml;
  /** Identifies `body`: the hash of the Markdown it was rendered from. */
  bodyHash: string;
  /** Length of that Markdown (see LONG_BODY_CHARACTERS). */
  bodyCharacters: number;
  excerpt: string;
  /** The entry's `people`, `events` and `topics`, as the taxonomy's terms. */
  tags: Record<TagKind, Tag[]>;
  /** The article published just before this one (older). */
  previous?: Article;
  /** The article published just after this one (newer). */
  next?: Article;
  related: Article[];
}

/** One page of a paginated list: `/`, `/page/2/`, `/people/to-lam/page/3/`. */
export interface ListPage {
  /** First page of the list; other pages are `basePath + "page/N/"`. */
  basePath: string;
  path: string;
  /** 1-based. */
  number: number;
  pageCount: number;
  /** Items on all pages together. */
  total: number;
  items: Article[];
}

export interface TagPage extends ListPage {
  tag: Tag;
}

export interface TagIndex {
  kind: TagKind;
  path: string;
  /** Every tag of the kind, articles or not: people and topics by name, events by date. */
  tags: Tag[];
}

export interface ArchiveMonth {
  year: number;
  month: number;
  path: string;
  /** Newest first. */
  articles: Article[];
}

export interface ArchiveYear {
  year: number;
  path: string;
  count: number;
  /** Only months with articles, January first. */
  months: ArchiveMonth[];
}

export interface ArchiveModel {
  /** Newest first. */
  articles: Article[];
  homePages: ListPage[];
  tagIndexes: TagIndex[];
  /** Every page of every tag that has articles, flattened for Eleventy's pagination. */
  tagPages: TagPage[];
  tags: Record<TagKind, Map<string, Tag>>;
  /** Per kind, the tags with the most articles, most first (for the home page). */
  mostCovered: Record<TagKind, TagCount[]>;
  /** Newest year first. */
  years: ArchiveYear[];
  /** Every month with articles, newest first. */
  months: ArchiveMonth[];
  /** Old addresses of renamed tags (taxonomy `formerSlugs`) and where they now lead. */
  redirects: Redirect[];
  /** Warnings found while building (unknown tags, clashing addresses). */
  problems: Problem[];
}

export interface Redirect {
  /** The old address: `/people/old-slug/`. */
  from: string;
  /** The address it leads to now. */
  to: string;
  /** The name of what is now there, for the link on the redirect page. */
  name: string;
}

/** An entry's body as the build rendered it (src/build/render-markdown.ts). */
export interface RenderedMarkdown {
  /** Sanitised HTML; may be read from the cache only when a page asks for it. */
  readonly html: SafeHtml;
  /** Plain text of the opening of the body, cut at a word, for lists of articles. */
  excerpt: string;
  /** Hash of the Markdown (and the renderer's version): the same hash, the same `html` and `excerpt`. */
  hash: string;
  /** Length of the Markdown: a body over LONG_BODY_CHARACTERS is summarised in feeds. */
  characters: number;
}

/** An entry with its body rendered; the Markdown itself is not needed once it is (and a cached entry has none). */
export interface RenderedEntry extends Omit<Entry, "body"> {
  body?: string;
  rendered: RenderedMarkdown;
}
