/**
 * Entry bodies rendered (src/lib/markdown.ts does the rendering), cached by the
 * body's hash: the HTML of each body in a file of its own, and every body's
 * excerpt in one index, all under `CACHE/markdown/`. A rebuild renders only the
 * bodies it has not rendered before, and reads a body's HTML only when a page
 * being rendered needs it, so that ten thousand bodies are never all in memory.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { bodyHashOf } from "../content/entries.ts";
import { hashText } from "../content/entry-file.ts";
import { readVersionedJson, writeFileAtomicallySync, writeJsonAtomically } from "../lib/atomic-file.ts";
import { markSanitised, type SafeHtml } from "../lib/html.ts";
import { renderArticleMarkdown, type MarkdownText } from "../lib/markdown.ts";
import { offerToThreads } from "../lib/worker-pool.ts";
import { minHashSignature, shingleHashes } from "../taxonomy/near-duplicates.ts";
import type { RenderedMarkdown } from "../model/archive-model.ts";

export type { RenderedMarkdown };

/** Bump when the output of `renderArticleMarkdown` changes, so that old renderings are not used. */
const RENDERER_VERSION = "2";
const INDEX_VERSION = 2;

/** What the index keeps of a body: its excerpt, and the signature of its word pairs (stories). */
interface Indexed {
  excerpt: string;
  /** Base64 of the MinHash signature; absent for a body too short to have one. */
  signature?: string;
}

/** Words per shingle of a story's signature: pairs, since reports of one happening reword each other. */
const STORY_SHINGLE_WORDS = 2;

function indexedOf(markdown: string, excerpt: string): Indexed {
  const signature = minHashSignature(shingleHashes(markdown, STORY_SHINGLE_WORDS));
  return signature === undefined
    ? { excerpt }
    : { excerpt, signature: Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength).toString("base64") };
}

function signatureOf(indexed: Indexed | undefined): Uint32Array | undefined {
  if (indexed?.signature === undefined) return undefined;
  const bytes = Buffer.from(indexed.signature, "base64");
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/** The key of a body's rendering: the renderer's version and the body's hash. */
export const renderKeyOf = (bodyHash: string): string => hashText(`${RENDERER_VERSION}:${bodyHash}`);

/** Run on each worker thread (by name, from src/lib/worker-pool.ts): renders one body. */
export function bodyRendererForThread(): (markdown: string) => MarkdownText {
  return renderArticleMarkdown;
}

offerToThreads(new URL(import.meta.url), "bodyRendererForThread", bodyRendererForThread);

/** Renders one body without any cache. */
export function renderMarkdown(markdown: string): RenderedMarkdown {
  const { html, excerpt } = renderArticleMarkdown(markdown);
  return { html: markSanitised(html), excerpt, hash: renderKeyOf(bodyHashOf(markdown)), characters: markdown.length };
}

/** A body known by its hash and length; `markdown()` reads it when it must be rendered. */
export interface KnownBody {
  bodyHash: string;
  bodyCharacters: number;
  markdown: () => string;
}

export interface MarkdownRenderer {
  /** Whether the body's rendering is cached (its excerpt known without rendering). */
  has(bodyHash: string): boolean;
  /** Renders and caches a body; `render` may do the work elsewhere (a thread). */
  add(body: KnownBody, render?: (markdown: string) => Promise<MarkdownText>): Promise<void>;
  /** The body as the site needs it: the excerpt now, the HTML read (or rendered again) when asked for. */
  rendered(body: KnownBody): RenderedMarkdown;
  /** How many bodies were rendered rather than taken from the cache. */
  readonly renderedCount: number;
  /** Saves the excerpt index (when a cache folder was given). */
  save(): Promise<void>;
}

/**
 * A renderer that keeps renderings by body hash, in `cacheDir` when given
 * (else in memory: tests, and a build without a cache).
 */
export async function createMarkdownRenderer(cacheDir?: string): Promise<MarkdownRenderer> {
  const folder = cacheDir === undefined ? undefined : join(cacheDir, "markdown");
  const indexFile = folder === undefined ? undefined : join(folder, "bodies.json");
  const saved =
    indexFile === undefined
      ? undefined
      : await readVersionedJson<{ version: number; bodies: Record<string, Indexed> }>(indexFile, INDEX_VERSION);
  const bodies = new Map(Object.entries(saved?.bodies ?? {}));
  const htmlInMemory = new Map<string, string>();
  let renderedCount = 0;
  let changed = false;
  /** Keys of this build's bodies: the index keeps only those. */
  const used = new Set<string>();
  if (folder !== undefined) mkdirSync(folder, { recursive: true });

  const keep = (key: string, text: MarkdownText, markdown: string): void => {
    bodies.set(key, indexedOf(markdown, text.excerpt));
    used.add(key);
    changed = true;
    if (folder === undefined) htmlInMemory.set(key, text.html);
    // Atomically: a build killed mid-write must not leave half a page for the next build to publish.
    else writeFileAtomicallySync(join(folder, `${key}.html`), text.html);
  };

  const htmlOf = (key: string, body: KnownBody): SafeHtml => {
    let html = htmlInMemory.get(key);
    if (html === undefined && folder !== undefined) {
      try {
        html = readFileSync(join(folder, `${key}.html`), "utf8");
      } catch {
        // Gone from the cache: rendered again below.
      }
    }
    if (html === undefined) {
      const markdown = body.markdown();
      if (bodyHashOf(markdown) !== body.bodyHash) throw new Error("an entry changed while the site was being built");
      const text = renderArticleMarkdown(markdown);
      renderedCount += 1;
      keep(key, text, markdown);
      html = text.html;
    }
    return markSanitised(html);
  };

  return {
    has: (bodyHash) => bodies.has(renderKeyOf(bodyHash)),
    async add(body, render) {
      const markdown = body.markdown();
      if (bodyHashOf(markdown) !== body.bodyHash) throw new Error("an entry changed while the site was being built");
      const text = render === undefined ? renderArticleMarkdown(markdown) : await render(markdown);
      renderedCount += 1;
      keep(renderKeyOf(body.bodyHash), text, markdown);
    },
    rendered(body) {
      const key = renderKeyOf(body.bodyHash);
      used.add(key);
      let indexed = bodies.get(key);
      if (indexed === undefined) {
        htmlOf(key, body);
        indexed = bodies.get(key);
      }
      const signature = signatureOf(indexed);
      return {
        get html() {
          return htmlOf(key, body);
        },
        excerpt: indexed?.excerpt ?? "",
        hash: key,
        characters: body.bodyCharacters,
        ...(signature === undefined ? {} : { signature }),
      };
    },
    get renderedCount() {
      return renderedCount;
    },
    async save() {
      const stale = [...bodies.keys()].some((key) => !used.has(key));
      if (indexFile === undefined || (!changed && !stale)) return;
      const kept = [...bodies].filter(([key]) => used.has(key));
      await writeJsonAtomically(indexFile, { version: INDEX_VERSION, bodies: Object.fromEntries(kept) });
    },
  };
}
