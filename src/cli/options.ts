/** Options shared by the commands, with the defaults of the public interface. */
export interface PathOptions {
  /** Raw article files. */
  sources: string;
  /** Markdown entries; holds only entry `.md` files. */
  entries: string;
  /** `people.yaml`, `events.yaml`, `topics.yaml`. */
  taxonomy: string;
  /** Everything derived that may be thrown away. */
  cache: string;
}

export interface BuildOptions extends PathOptions {
  /** Told how many sources ingest has settled so far, for a progress display. */
  onProgress?: (done: number, total: number) => void;
  out: string;
  /** The site is served under this path: `/` or `/news/`. Undefined: from site config. */
  pathPrefix?: string;
  /** Absolute base URL for feeds, sitemap, canonical links. Undefined: from site config. */
  siteUrl?: string;
  keepGoing: boolean;
  /** Keep each article's context in the cache for `serve`'s first page (src/build/article-context.ts). */
  articleContext?: boolean;
}

export const DEFAULT_PATHS: PathOptions = {
  sources: "content/sources",
  entries: "content/articles",
  taxonomy: "content/taxonomy",
  cache: ".cache",
};

export const DEFAULT_OUT = "_site";

/** Exit codes of every command. */
export const EXIT = { ok: 0, contentProblems: 1, usage: 2 } as const;
