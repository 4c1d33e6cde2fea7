/**
 * The search index: Pagefind's Node API run over the article pages of a built
 * site, written to `pagefind/` inside it.
 *
 * Pagefind cannot add to an index it wrote before, so the index comes in parts
 * (search-shards.ts) and a build writes again only the parts whose articles
 * changed. The pages come in as HTML strings with their addresses, not as a
 * folder to crawl, cut down to what Pagefind reads (`searchDocumentText`), and
 * always in the part's order (oldest article first): Pagefind numbers pages in
 * the order it is given them, and those numbers are in the bundle's filter and
 * metadata files. A folder crawled would give them in the order the file system
 * lists it, which on some (tmpfs) is the order the files were made, and a
 * rebuild makes them in another order than a cold build.
 *
 * Parts are indexed on up to two Pagefind processes at once (`pagefindLanes`):
 * a part's bundle depends on its own documents and their order only, so which
 * process makes it, and when, changes nothing in it.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import * as pagefind from "pagefind";
import { filesBelow, shareFile } from "../lib/file-stamps.ts";
import { searchParts } from "../model/search-parts.ts";
import { outputFileOf, SEARCH_BUNDLE_PATH } from "../model/urls.ts";
import { fileURLToPath } from "node:url";
import { fingerprintOf, memoFileOf } from "../lib/code-fingerprint.ts";
import { Lanes } from "../lib/lanes.ts";
import { HeapGuard, MAX_GROWTH_MIB } from "./heap-guard.ts";
import { OutputCache, type Reuse } from "./output-cache.ts";
import { SearchPartStore } from "./search-part-store.ts";
import type { RenderedPages } from "./render-pages.ts";

/** The bundle's folder inside the site (`pagefind`); the search page loads `pagefind.js` from it. */
export const SEARCH_BUNDLE_DIR = SEARCH_BUNDLE_PATH.replace(/^\/+|\/+$/g, "");

export interface SearchDocument {
  /** Site-relative address without the path prefix (`/2025/01/slug/`); the search page adds the prefix. */
  url: string;
  html: string;
}

export interface SearchIndexReport {
  pageCount: number;
  outputPath: string;
}

/** How many pages are handed to Pagefind's process at once. */
const IN_FLIGHT = 16;

/**
 * Garbage this process may hold beside Pagefind's before a part is indexed
 * without a collection first: a few parts' documents, a small share of the
 * 1 GiB the build keeps to.
 */
const GARBAGE_BEFORE_A_PART = 48 * 2 ** 20;

/** Pagefind's Node API: the module, or a copy of it that runs a process of its own. */
export type PagefindApi = Pick<typeof pagefind, "createIndex" | "close">;

/**
 * Pagefind's processes at most. Each indexes one part on one thread, so a
 * second one uses the other core once the rendering is over (docs/performance.md,
 * "Two Pagefind processes"); more than two would hold more parts in memory than
 * the 1 GiB the build keeps to.
 */
const PAGEFIND_PROCESSES = Math.min(2, availableParallelism());

/** What Pagefind's process holds for each article of the part it indexes: the part's whole index (docs/performance.md). */
const PAGEFIND_MIB_PER_ARTICLE = 0.28;

/** The build's whole process tree keeps under this: the 1 GiB target, less room for the file workers and the measure's error. */
const PROCESS_TREE_MIB = 960;

/**
 * How many articles Pagefind's processes may hold at once, together, beside
 * this process of `residentMiB`. A part bigger than that is still indexed,
 * alone: the build's peak is then what it was with one process.
 */
export function articlesIndexedAtOnce(residentMiB: number): number {
  return Math.max(0, Math.floor((PROCESS_TREE_MIB - residentMiB) / PAGEFIND_MIB_PER_ARTICLE));
}

/**
 * The lanes the parts are indexed on: the first uses the module imported
 * above; the second, a copy of the module loaded under another address, which
 * keeps a Pagefind process of its own (the module keeps one per copy).
 */
function pagefindLanes(processes: number, budget: number): Lanes<() => Promise<PagefindApi>> {
  let copy: Promise<PagefindApi> | undefined;
  const second = () => {
    copy ??= import(`${import.meta.resolve("pagefind")}?process=2`) as Promise<PagefindApi>;
    return copy;
  };
  const lanes = [async () => pagefind, second].slice(0, Math.max(1, processes));
  return new Lanes(lanes, budget);
}

/**
 * Over this many pages rendered, a build is a big one (a cold build): while it
 * renders, this process grows back towards its peak between full collections,
 * so Pagefind's processes get only the room left beside that peak
 * (`roomBesideRendering`), and once every page is rendered, the room beside this
 * process collected. Up to it (a rebuild), the process stays near its size, and
 * the room is measured once. Either way the parts are indexed beside the
 * rendering, on the core it leaves idle (docs/performance.md, "Smaller search
 * parts, and the search index beside the rendering").
 */
export const INDEX_BESIDE_RENDERING_UP_TO = 2000;

/**
 * The articles Pagefind's processes may hold beside a big rendering, from this
 * process's size just after a full collection: its heap grows by at most
 * `MAX_GROWTH_MIB` before the rendering's heap guard collects it again.
 */
export function roomBesideRendering(collectedMiB: number): number {
  return articlesIndexedAtOnce(collectedMiB + MAX_GROWTH_MIB);
}

function failIf(errors: readonly string[], doing: string): void {
  if (errors.length > 0) throw new Error(`search index: ${doing} failed: ${errors.join("; ")}`);
}

/**
 * Indexes `documents`, in their order, and writes the bundle to `outputPath`.
 * Only the part of a page marked `data-pagefind-body` is indexed. Throws on any
 * Pagefind error, so that the build fails and the previous site stays. The
 * same documents in the same order make the same bundle, byte for byte.
 */
export async function writeSearchIndex(
  documents: AsyncIterable<SearchDocument> | Iterable<SearchDocument>,
  outputPath: string,
  options: { language: string; pagefind?: PagefindApi },
): Promise<SearchIndexReport> {
  const api = options.pagefind ?? pagefind;
  const created = await api.createIndex({ forceLanguage: options.language });
  failIf(created.errors, "starting Pagefind");
  const index = created.index;
  if (!index) throw new Error("search index: Pagefind returned no index");
  try {
    let pageCount = 0;
    let batch: Array<Promise<void>> = [];
    const add = async (document: SearchDocument) => {
      const added = await index.addHTMLFile({ url: document.url, content: document.html });
      failIf(added.errors, `indexing ${document.url}`);
      pageCount += 1;
    };
    for await (const document of documents) {
      // Sent at once, so in this order: Pagefind's process handles its messages one by one.
      batch.push(add(document));
      if (batch.length >= IN_FLIGHT) {
        await Promise.all(batch);
        batch = [];
      }
    }
    await Promise.all(batch);
    const written = await index.writeFiles({ outputPath });
    failIf(written.errors, `writing ${outputPath}`);
    return { pageCount, outputPath };
  } finally {
    await index.deleteIndex();
    // Stops Pagefind's process, so that nothing keeps the CLI running; the next call starts it again.
    await api.close();
  }
}

/** Elements with no closing tag: a head's `<meta>` and `<link>` end with their own tag. */
const VOID_IN_HEAD = new Set(["meta", "link", "base"]);

/**
 * What Pagefind reads of a page's head: the `<title>` and every element with a
 * `data-pagefind-…` attribute (metadata, filters, sort keys), each whole; not
 * the stylesheets, scripts and social metadata, so that a change to those
 * leaves the search documents, and the index, as they were. One pass over the
 * tags, whatever the head holds.
 */
export function pagefindHead(head: string): string {
  const kept: string[] = [];
  const lower = head.toLowerCase();
  let at = head.indexOf("<");
  while (at >= 0) {
    const close = head.indexOf(">", at);
    if (close < 0) break;
    const tag = head.slice(at, close + 1);
    const name = /^<([a-z][a-z0-9-]*)/i.exec(tag)?.[1]?.toLowerCase();
    let next = close + 1;
    if (name !== undefined && (name === "title" || tag.includes(" data-pagefind-"))) {
      if (VOID_IN_HEAD.has(name)) kept.push(tag);
      else {
        const end = lower.indexOf(`</${name}`, close);
        const endClose = end < 0 ? -1 : head.indexOf(">", end);
        next = endClose < 0 ? head.length : endClose + 1;
        kept.push(head.slice(at, next));
      }
    }
    at = head.indexOf("<", next);
  }
  return kept.join("\n");
}

/**
 * The part of an article page Pagefind reads: the page's opening (the `lang`
 * of `<html>`), what it reads of the `<head>` (`pagefindHead`) and the element
 * marked `data-pagefind-body`. Pagefind makes the same bundle of it as of the
 * whole page (tests/build/search-documents.slow.test.ts), and a page whose
 * neighbours, related articles or stylesheet changed keeps the same search
 * document. A page without the mark is its own document.
 */
export function searchDocumentText(page: string): string {
  const headEnd = page.indexOf("</head>");
  const mark = headEnd < 0 ? -1 : page.indexOf("data-pagefind-body", headEnd);
  if (mark < 0) return page;
  const open = page.lastIndexOf("<", mark);
  const name = /^<([a-z][a-z0-9-]*)/i.exec(page.slice(open, mark))?.[1];
  if (name === undefined) return page;
  // The marked element ends at its own closing tag: count nested elements of its name.
  const tags = new RegExp(`<(/?)${name}[\\s>]`, "gi");
  tags.lastIndex = open;
  let depth = 0;
  for (let tag = tags.exec(page); tag; tag = tags.exec(page)) {
    depth += tag[1] === "/" ? -1 : 1;
    if (depth === 0) {
      const end = page.indexOf(">", tag.index) + 1;
      const headOpen = page.lastIndexOf("<head", headEnd);
      const headStart = headOpen < 0 ? -1 : page.indexOf(">", headOpen) + 1;
      if (headStart <= 0) return page;
      const head = pagefindHead(page.slice(headStart, headEnd));
      return `${page.slice(0, headStart)}\n${head}\n</head>\n<body>${page.slice(open, end)}</body>\n</html>\n`;
    }
  }
  return page;
}

const sha256 = (text: string): string => createHash("sha256").update(text).digest("base64url");

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Pagefind's `package.json`, wherever the package manager put it. */
function pagefindManifest(): string {
  try {
    return fileURLToPath(new URL("../package.json", import.meta.resolve("pagefind")));
  } catch {
    return path.join(ROOT, "node_modules", "pagefind", "package.json");
  }
}

let indexerFingerprintCache: string | undefined;

/**
 * What a part's bundle depends on besides its documents and language: this
 * module's code (how Pagefind is called) and Pagefind's version. Not the whole
 * rendering code: a change to a template that alters the documents changes
 * their hashes, and one that does not (a stylesheet, a feed) leaves the index
 * as it was, so it need not be made again.
 */
function indexerFingerprint(): string {
  indexerFingerprintCache ??= fingerprintOf([fileURLToPath(import.meta.url), pagefindManifest()], ROOT, memoFileOf(ROOT, "search-code"));
  return indexerFingerprintCache;
}

/** The folder of a part's bundle below the site folder. */
const partFolder = (dir: string, partPath: string): string => path.join(dir, ...partPath.split("/").filter(Boolean));

/** What the search step works on. */
export interface SearchStepInput {
  /** The new site folder, where the pages are being rendered. */
  dir: string;
  /** The site's articles, newest first, as in the archive model. */
  articles: ReadonlyArray<{ path: string; date: string }>;
  language: string;
  /** The pages: their render-input hashes, and when each is written. */
  pages: Pick<RenderedPages, "rendered" | "inputHashOf" | "whenReadable" | "readablePath" | "whenAllRendered">;
  reuse?: Reuse;
  /** Articles per part, when not the default. */
  partLimit?: number;
  /** Pagefind processes at most, when not the default (two, or one on a single core). */
  pagefindProcesses?: number;
  /** Articles they may hold at once, when not the room this process leaves under the memory target. */
  articlesIndexedAtOnce?: number;
}

/**
 * Indexes the articles of the site being rendered, in parts (search-parts.ts),
 * and says how long it took. A part whose articles and their search documents
 * are all as they were is taken over from the published site instead of being
 * indexed again. Resolves with what to call once the site is published: it
 * records the parts for the next build.
 */
export async function indexSiteForSearch(input: SearchStepInput, log: (line: string) => void): Promise<() => Promise<void>> {
  const started = performance.now();
  const { dir, pages } = input;
  // The parts depend on how Pagefind is run and the language as well as on the documents.
  const settings = sha256(`${indexerFingerprint()}\0${input.language}`);
  const outputs = await OutputCache.open("search", dir, input.reuse);

  const store = input.reuse === undefined ? undefined : new SearchPartStore(input.reuse.cacheDir);

  let indexed = 0;
  let restored = 0;
  let partCount = 0;
  // Pagefind's process holds a part's index beside this one: keep this one's garbage in check.
  const heap = new HeapGuard();
  const bigRendering = pages.rendered > INDEX_BESIDE_RENDERING_UP_TO;
  let renderingOver = false;
  pages.whenAllRendered().then(
    () => {
      renderingOver = true;
    },
    () => {},
  );
  const residentMiB = () => process.memoryUsage.rss() / 2 ** 20;
  // Made when the first part needs Pagefind.
  let lanes: Lanes<() => Promise<PagefindApi>> | undefined;
  // The parts being indexed; the first failure, kept until every one has stopped writing.
  const indexing: Array<Promise<void>> = [];
  let failure: { reason: unknown } | undefined;
  // An article's search document, read from its page as written; synchronously: this runs
  // between the rendering's steps, and a promise-based read would wait for the next one. Not
  // kept: a part's documents are read again as Pagefind takes them, so that the parts waiting
  // for a process hold none.
  const documentOf = (articlePath: string): string =>
    searchDocumentText(readFileSync(pages.readablePath(outputFileOf(articlePath)), "utf8"));
  try {
    for (const part of searchParts(input.articles, input.partLimit)) {
      if (failure) break;
      partCount += 1;
      // Made beside the rendering: the part's pages must be written first (oldest are written first).
      await pages.whenReadable(part.articles.map(outputFileOf));
      heap.check();
      // The part's key: its articles and the hashes of their documents. A document is read only
      // when its page changed since the last build: otherwise its hash is the one noted then.
      const keys: string[] = [settings];
      for (const articlePath of part.articles) {
        const pageHash = pages.inputHashOf(articlePath) ?? "";
        const [noted, documentHash] = (outputs.notesBefore[articlePath] ?? "").split(" ");
        const hash = pageHash !== "" && noted === pageHash && documentHash ? documentHash : sha256(documentOf(articlePath));
        outputs.notes[articlePath] = `${pageHash} ${hash}`;
        keys.push(`${articlePath}\0${hash}`);
      }
      const key = sha256(keys.join("\n"));
      const folder = partFolder(dir, part.path);
      // The first part's folder holds the others' (`part/N/`): they are not its files.
      const skip = new Set(part.path === SEARCH_BUNDLE_PATH ? ["part"] : []);
      const kept = outputs.takeOver(part.path, key);
      if (kept) {
        const made = new Set<string>();
        for (const [from, to] of kept) shareFile(from, to, made);
        store?.retain(key, folder, () => filesBelow(folder, skip));
        continue;
      }
      // The part's files, relative to its folder, as paths in the site.
      const inSite = (files: readonly string[]) =>
        files.map((file) => path.posix.join(path.relative(dir, folder).split(path.sep).join("/"), file));
      // Not in the published site (gone, moved, or another part then): perhaps kept in the cache.
      const fromStore = store?.restore(key, folder);
      if (fromStore) {
        restored += 1;
        outputs.wrote(part.path, key, inSite(fromStore));
        continue;
      }
      if (!lanes) {
        const fixed = input.articlesIndexedAtOnce;
        const besideRendering = bigRendering && !renderingOver && fixed === undefined;
        if (besideRendering) heap.collectNow();
        const opened = pagefindLanes(
          input.pagefindProcesses ?? PAGEFIND_PROCESSES,
          fixed ?? (besideRendering ? roomBesideRendering(residentMiB()) : articlesIndexedAtOnce(residentMiB())),
        );
        // The rendering over, its peak is gone: the room is what this process, collected, leaves.
        if (besideRendering) {
          pages.whenAllRendered().then(
            () => {
              heap.collectNow();
              opened.setBudget(articlesIndexedAtOnce(residentMiB()));
            },
            () => {},
          );
        }
        lanes = opened;
      }
      const parts = lanes;
      const indexPart = async () => {
        // Waits for a Pagefind process, and for room beside the parts being indexed.
        const lease = await parts.acquire(part.articles.length);
        try {
          // Keeps this process small beside Pagefind's, which holds the part, once every page of a
          // big rendering is rendered. Only once garbage has piled up since the last collection:
          // between two parts this thread makes little (the documents it read), while a full
          // collection marks all that is alive, which at 100,000 articles took seconds before
          // each of some 400 parts, with Pagefind idle (docs/performance.md). Not while pages are
          // rendered on this thread, which a collection would stop: the rendering's guard collects it.
          if (bigRendering && renderingOver) heap.collectIfGrownBy(GARBAGE_BEFORE_A_PART);
          const report = await writeSearchIndex(
            (function* () {
              for (const articlePath of part.articles) yield { url: articlePath, html: documentOf(articlePath) };
            })(),
            folder,
            { language: input.language, pagefind: await lease.lane() },
          );
          if (report.pageCount !== part.articles.length) {
            throw new Error(`search index: ${report.pageCount} of ${part.articles.length} articles of ${part.path} were indexed`);
          }
          indexed += 1;
          const files = filesBelow(folder, skip);
          outputs.wrote(part.path, key, inSite(files));
          store?.keep(key, folder, files);
        } finally {
          lease.release();
        }
      };
      indexing.push(
        indexPart().catch((reason: unknown) => {
          failure ??= { reason };
        }),
      );
    }
  } finally {
    // Nothing may still be writing into the folder when the build returns (or removes it).
    await Promise.all(indexing);
  }
  if (failure) throw failure.reason;

  log(
    `search index: ${partCount} part${partCount === 1 ? "" : "s"}, ${indexed} indexed, ${partCount - indexed} kept` +
      (restored > 0 ? ` (${restored} from the cache)` : "") +
      ` (${Math.round(performance.now() - started)} ms)`,
  );
  return async () => {
    await outputs.save();
    store?.prune();
  };
}
