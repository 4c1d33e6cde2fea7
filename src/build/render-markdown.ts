/**
 * Entry bodies rendered (src/lib/markdown.ts does the rendering) and cached.
 * Rendering is cached by a hash of the body (in memory, and on disk under the
 * cache folder), so an unchanged article is not rendered again; a body known
 * from an earlier run is not even read until a page needs it (`remembered`).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { markSanitised, type SafeHtml } from "../lib/html.ts";
import { renderArticleMarkdown, type MarkdownText } from "../lib/markdown.ts";
import type { RenderedMarkdown } from "../model/archive-model.ts";

export type { RenderedMarkdown };

/** Bump when the output of `renderArticleMarkdown` changes, so old cache files are ignored. */
const RENDERER_VERSION = "1";

/** A body rendered: HTML (sanitised) and excerpt, as kept in the cache folder. */
export type CachedMarkdown = MarkdownText;

/** Run on each worker thread (by name, from src/lib/worker-pool.ts): renders one body. */
export function bodyRendererForThread(): (markdown: string) => CachedMarkdown {
  return renderArticleMarkdown;
}

/** The key of a body's rendering: a hash of the renderer's version and the Markdown. */
export function markdownHash(markdown: string): string {
  return createHash("sha256").update(`${RENDERER_VERSION}\n${markdown}`, "utf8").digest("hex");
}

/** Renders one body without any cache. */
export function renderMarkdown(markdown: string): RenderedMarkdown {
  const rendered = renderArticleMarkdown(markdown);
  return { html: markSanitised(rendered.html), excerpt: rendered.excerpt, hash: markdownHash(markdown), characters: markdown.length };
}

export interface MarkdownRenderer {
  render(markdown: string): Promise<RenderedMarkdown>;
  /**
   * A body rendered by an earlier run, known by its hash, excerpt and length:
   * its HTML is read from the cache only when asked for, and rendered again
   * from `markdown()` if the cache no longer has it.
   */
  remembered(known: Omit<RenderedMarkdown, "html">, markdown: () => string): RenderedMarkdown;
  /** How many bodies were rendered rather than taken from the cache. */
  readonly rendered: number;
  /**
   * Where `render` renders a body it has no cache for: given a function (a pool
   * of worker threads), there; without one, on this thread.
   */
  renderElsewhere(render: ((markdown: string) => Promise<CachedMarkdown>) | undefined): void;
}

/** Bodies kept in memory when they can be read back from the cache folder. */
const RECENT_BODIES = 256;

/** A map that keeps only its `limit` most recently used entries. */
class RecentMap<K, V> extends Map<K, V> {
  constructor(private readonly limit: number) {
    super();
  }

  override get(key: K): V | undefined {
    const value = super.get(key);
    if (value !== undefined) {
      super.delete(key);
      super.set(key, value);
    }
    return value;
  }

  override set(key: K, value: V): this {
    super.delete(key);
    super.set(key, value);
    if (this.size > this.limit) this.delete(this.keys().next().value as K);
    return this;
  }
}

/**
 * A renderer that keeps results by content hash, in memory and (when given) in
 * `cacheDir`. With a cache folder only the most recent bodies stay in memory:
 * the others are read back when a page needs them, so that a big archive's
 * bodies are not all alive for the whole build.
 */
export function createMarkdownRenderer(cacheDir?: string): MarkdownRenderer {
  const memory: Map<string, CachedMarkdown> =
    cacheDir === undefined ? new Map() : new RecentMap(RECENT_BODIES);
  const folder = cacheDir === undefined ? undefined : join(cacheDir, "site-markdown");
  let rendered = 0;
  let folderReady: Promise<unknown> | undefined;
  let elsewhere: ((markdown: string) => Promise<CachedMarkdown>) | undefined;

  async function readCached(key: string): Promise<CachedMarkdown | undefined> {
    if (folder === undefined) return undefined;
    try {
      const parsed = JSON.parse(await readFile(join(folder, `${key}.json`), "utf8")) as Partial<CachedMarkdown>;
      if (typeof parsed.html === "string" && typeof parsed.excerpt === "string") {
        return { html: parsed.html, excerpt: parsed.excerpt };
      }
    } catch {
      // Missing or damaged: render again.
    }
    return undefined;
  }

  function readCachedNow(key: string): CachedMarkdown | undefined {
    if (folder === undefined) return undefined;
    try {
      const parsed = JSON.parse(readFileSync(join(folder, `${key}.json`), "utf8")) as Partial<CachedMarkdown>;
      if (typeof parsed.html === "string" && typeof parsed.excerpt === "string") {
        return { html: parsed.html, excerpt: parsed.excerpt };
      }
    } catch {
      // Missing or damaged: render again.
    }
    return undefined;
  }

  async function writeCached(key: string, value: CachedMarkdown): Promise<void> {
    if (folder === undefined) return;
    folderReady ??= mkdir(folder, { recursive: true });
    await folderReady;
    await writeFile(join(folder, `${key}.json`), JSON.stringify(value));
  }

  return {
    get rendered() {
      return rendered;
    },
    renderElsewhere(render) {
      elsewhere = render;
    },
    async render(markdown: string): Promise<RenderedMarkdown> {
      const key = markdownHash(markdown);
      let value = memory.get(key) ?? (await readCached(key));
      if (value === undefined) {
        value = elsewhere === undefined ? renderArticleMarkdown(markdown) : await elsewhere(markdown);
        rendered += 1;
        await writeCached(key, value);
      }
      memory.set(key, value);
      return { html: markSanitised(value.html), excerpt: value.excerpt, hash: key, characters: markdown.length };
    },
    remembered({ hash, excerpt, characters }, markdown: () => string): RenderedMarkdown {
      const load = (): SafeHtml => {
        let value = memory.get(hash) ?? readCachedNow(hash);
        if (value === undefined) {
          const source = markdown();
          if (markdownHash(source) !== hash) throw new Error("an entry changed while the site was being built");
          value = renderArticleMarkdown(source);
          rendered += 1;
        }
        memory.set(hash, value);
        return markSanitised(value.html);
      };
      return {
        get html() {
          return load();
        },
        excerpt,
        hash,
        characters,
      };
    },
  };
}
