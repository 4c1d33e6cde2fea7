/**
 * The archive model's types: articles, the tags they carry (the taxonomy's
 * kinds, and publishers), the stories several sources tell, and the lists and
 * archives made of them (archive-model.ts builds them). Article fields come
 * from the entry schema, the single source of truth.
 */
import type { Entry, EntryFrontMatter } from "../content/entry-schema.ts";
import type { Problem } from "../content/problems.ts";
import { TAXONOMY_KINDS, type TaxonomyKind } from "../content/taxonomy-schema.ts";
import type { SafeHtml } from "../lib/html.ts";

/** The facets an article is found by: the taxonomy's kinds, and the publisher. */
export type TagKind = TaxonomyKind | "publishers";
export const TAG_KINDS: readonly TagKind[] = [...TAXONOMY_KINDS, "publishers"];

/** The kinds the "often alongside" counts cover (a publisher is no company). */
export type CompanyKind = Exclude<TagKind, "publishers">;
export const COMPANY_KINDS: readonly CompanyKind[] = TAXONOMY_KINDS;

export interface Tag {
  kind: TagKind;
  slug: string;
  name: string;
  description: string;
  /** What the A–Z index sorts by: the taxonomy's `sortName`, else the name's last word. */
  sortName: string;
  /** Events only: first and last day. */
  start?: string;
  end?: string;
  /** The tag's page; undefined when no article carries the tag (it gets no page). */
  path?: string;
  /** Newest first. */
  articles: Article[];
  /** The tags most often seen in this tag's articles, by kind, most frequent first. */
  alongside: Record<CompanyKind, TagCount[]>;
  /** Events only: the other events sharing the most people, nearest in time first on ties. */
  relatedEvents: Tag[];
}

export interface TagCount {
  tag: Tag;
  count: number;
}

/** What an article shows of its entry, field for field as the entry schema has it. */
type ArticleFields = Pick<
  EntryFrontMatter,
  "title" | "date" | "publisher" | "agency" | "author" | "dateline" | "originalUrl" | "captions" | "source"
>;

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
  /** The entry's tags as the taxonomy's terms, and its publisher as a tag. */
  tags: Record<TagKind, Tag[]>;
  /** The story it is part of, when other sources report the same happening. */
  story?: Story;
  /** The article published just before this one (older). */
  previous?: Article;
  /** The article published just after this one (newer). */
  next?: Article;
  related: Article[];
}

/** Several sources reporting one happening on nearby days (stories.ts). */
export interface Story {
  slug: string;
  path: string;
  /** The headline of its first report. */
  title: string;
  /** Oldest first. */
  articles: Article[];
  /** The people and events its reports share, most shared first. */
  people: Tag[];
  events: Tag[];
}

/** An entry in a list: an article, and the other reports of its story that the same list holds. */
export interface ListItem {
  article: Article;
  /** Newest first; shown with the article, not again in the list. */
  alsoReported: Article[];
}

/** One page of a paginated list: `/`, `/page/2/`, `/people/to-lam/page/3/`. */
export interface ListPage {
  /** First page of the list; other pages are `basePath + "page/N/"`. */
  basePath: string;
  path: string;
  /** 0 on the list's first page (the newest items); numbered pages count from the oldest, from 1. */
  number: number;
  pageCount: number;
  /** Items on all pages together. */
  total: number;
  /**
   * The numbered page the first page's "Older" leads to; the numbered pages above
   * it hold only items the first page shows. 0 in an event's list, which has no such pages.
   */
  olderOfFirst: number;
  /** Newest first. */
  items: ListItem[];
  /** The page showing the next older items, and the next newer ones. */
  older?: { path: string; number: number };
  newer?: { path: string; number: number };
}

export interface TagPage extends ListPage {
  tag: Tag;
}

export interface TagIndex {
  kind: TagKind;
  path: string;
  /** Every tag of the kind with articles: by name (people by sort name), events by date. */
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
  /** The home page and the numbered pages of all articles. */
  homePages: ListPage[];
  tagIndexes: TagIndex[];
  tagPages: TagPage[];
  tags: Record<TagKind, Map<string, Tag>>;
  stories: Story[];
  /** The most covered tags per kind, for the home page. */
  mostCovered: Record<CompanyKind, TagCount[]>;
  /** Newest first. */
  years: ArchiveYear[];
  /** Newest first. */
  months: ArchiveMonth[];
  /** Old addresses of renamed tags (taxonomy `formerSlugs`) and where they now lead. */
  redirects: Redirect[];
  /** Warnings found while building (clashing addresses). */
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
  /** MinHash signature of the body's word pairs (stories.ts), when the body has enough words. */
  signature?: Uint32Array;
}

/** An entry with its body rendered; the Markdown itself is not needed once it is (and a cached entry has none). */
export interface RenderedEntry extends Omit<Entry, "body"> {
  body?: string;
  rendered: RenderedMarkdown;
}
