/**
 * Rendering the site's outputs into a new folder — only those whose render
 * input changed since the build that made the current site.
 *
 * An output's render input is its view (src/model/page-views.ts) together with
 * the code and the site settings, which are one fingerprint for the whole
 * build. The output cache (output-cache.ts) remembers what each output was made
 * from; an unchanged one is hard-linked from the current site into the new
 * folder instead of being rendered, and the new folder then replaces the old
 * one as a whole.
 *
 * The others go through Eleventy in batches: Eleventy keeps every page it
 * renders in memory until its run ends, so one run over ten thousand pages
 * would hold them all. Between batches the heap guard keeps garbage from
 * piling up (heap-guard.ts). The sitemap, robots.txt and `_headers` are made
 * in every build, right after the article pages, and any page someone added to
 * templates/ (which the sitemap lists) in the first run: they cost next to nothing.
 */
import { createHash } from "node:crypto";
import path from "node:path";
import { codeFingerprint } from "./code-fingerprint.ts";
import { addedTemplates, runEleventy } from "./eleventy-runner.ts";
import { HeapGuard } from "./heap-guard.ts";
import { linkFiles } from "./file-workers.ts";
import { OutputCache, type Reuse } from "./output-cache.ts";
import { emptyPageViews, isSharedViewPart, TEMPLATE_KEYS, type PageViews, type TemplateKey } from "../model/page-views.ts";
import type { SiteView } from "../model/template-data.ts";
import { outputFileOf } from "../model/urls.ts";

/** Pages per Eleventy run: bounds the memory Eleventy holds; a run costs little more than its pages. */
export const DEFAULT_BATCH_SIZE = 500;

export interface PlannedPage {
  template: TemplateKey;
  view: PageViews[TemplateKey][number];
  /** Relative to the output folder, with `/`: `2025/01/slug/index.html`. */
  file: string;
  /** Hash of the render input: the build's fingerprint, the template and the view. */
  hash: string;
}

/** Every page of `views` with its output file and the hash of its render input. */
export function planPages(views: PageViews, fingerprint: string): PlannedPage[] {
  const pages: PlannedPage[] = [];
  const inputOf = renderInputText();
  for (const template of TEMPLATE_KEYS) {
    for (const view of views[template]) {
      const hash = createHash("sha256").update(`${fingerprint}\0${template}\0`).update(inputOf(view)).digest("base64url");
      pages.push({ template, view, file: outputFileOf(view.path), hash });
    }
  }
  return pages;
}

/**
 * A view as text to hash: its JSON, with each part shared by many pages (an
 * article's summary is on its home page, its tag pages and its month) written
 * as the hash of that part's JSON, made once. The views of ten thousand
 * articles' pages then come to some forty megabytes of JSON instead of a
 * hundred and thirty.
 */
export function renderInputText(): (view: object) => string {
  const partHashes = new WeakMap<object, string>();
  const replacer = (_key: string, value: unknown): unknown => {
    if (!isSharedViewPart(value)) return value;
    let hash = partHashes.get(value);
    if (hash === undefined) {
      // The part itself, with the parts it holds hashed in turn.
      const text = JSON.stringify(value, (key, inner: unknown) => (inner === value ? inner : replacer(key, inner)));
      hash = createHash("sha256").update(text).digest("base64url");
      partHashes.set(value, hash);
    }
    return `#${hash}`;
  };
  return (view) => JSON.stringify(view, replacer);
}

/**
 * `pages` cut into runs of at most `size`, article pages never sharing a run with
 * other pages: the search index waits only for article pages, and a rebuild has
 * few of them, so it can start after a short first run instead of a full one.
 */
export function batchesOf(pages: readonly PlannedPage[], size: number): PlannedPage[][] {
  const batches: PlannedPage[][] = [];
  for (const page of pages) {
    const last = batches.at(-1);
    const joins = last !== undefined && last.length < size && (last[0]!.template === "article") === (page.template === "article");
    if (joins) last.push(page);
    else batches.push([page]);
  }
  return batches;
}

/** Outputs made in every build (see the module's comment). */
const ALWAYS_MADE = new Set<TemplateKey>(["sitemap", "robots", "headers"]);

export interface RenderPagesOptions {
  views: PageViews;
  site: SiteView;
  /** The new, empty folder the pages go into. */
  dir: string;
  /** The published site and the cache: unchanged outputs are taken over. Without it every output is rendered. */
  reuse?: Reuse;
  batchSize?: number;
}

export interface RenderedPages {
  /** Pages rendered by Eleventy in this build (or to be, before `render`). */
  rendered: number;
  /** Pages reused from the published site. */
  reused: number;
  /** Site paths of the pages rendered in this build. */
  renderedPaths: ReadonlySet<string>;
  /** The hash of the render input of the page at a site path: equal hashes, equal files. */
  inputHashOf(path: string): string | undefined;
  /** The template of the page written to `file` (relative to the output folder, with `/`), if a page was. */
  templateOf(file: string): TemplateKey | undefined;
  /**
   * Renders the pages not rendered yet of `templates` (of every template when
   * omitted): article pages first, oldest first, then the others.
   */
  render(templates?: readonly TemplateKey[]): Promise<void>;
  /**
   * Settles once every one of `files` (relative, with `/`) can be read at
   * `readablePath`: a rendered page once it is written, a page taken over at once.
   */
  whenReadable(files: readonly string[]): Promise<void>;
  /**
   * Where the content of `file` can be read now: a page taken over from the
   * published site in its file there (the new folder gets a link to that same
   * file, perhaps later), any other in the new folder.
   */
  readablePath(file: string): string;
  /** Settles once every page is rendered (fails if the rendering does). */
  whenAllRendered(): Promise<void>;
  /** Records what was written; call once the new folder has replaced the published one. */
  remember(): Promise<void>;
}

/**
 * Plans the pages of `options.views` and takes the unchanged ones over from the
 * published site; `render` then renders the others, in as many steps as the
 * caller likes (article pages first, so that the search index can start on them).
 */
export async function planRender(options: RenderPagesOptions): Promise<RenderedPages> {
  const fingerprint = createHash("sha256").update(codeFingerprint()).update(JSON.stringify(options.site)).digest("hex");
  const pages = planPages(options.views, fingerprint);
  const templates = new Map(pages.map((page) => [page.file, page.template]));
  const hashes = new Map(pages.map((page) => [page.file, page.hash]));
  const outputs = await OutputCache.open("pages", options.dir, options.reuse);

  const toRender: PlannedPage[] = [];
  const kept: Array<[string, string]> = [];
  // A kept page's file in the published site, by its path in the new folder.
  const keptFrom = new Map<string, string>();
  for (const page of pages) {
    const pairs = ALWAYS_MADE.has(page.template) ? undefined : outputs.takeOver(page.file, page.hash);
    if (!pairs) {
      toRender.push(page);
      continue;
    }
    kept.push(...pairs);
    for (const [from, to] of pairs) keptFrom.set(path.relative(options.dir, to).split(path.sep).join("/"), from);
  }
  // Linked on a worker thread while this one renders the rest. Nothing waits for the links
  // to read a kept page (readablePath): a rebuild's search part starts on its documents as
  // soon as its few changed articles are rendered, not after some 14,000 links.
  const linked = linkFiles(kept);
  linked.catch(() => {});

  // Article pages first, oldest first: the search index, made beside the rendering, takes
  // them part by part, oldest part first (src/model/search-parts.ts), and a rebuild's few
  // changed articles then reach it after one short run. The outputs made in every build come
  // next (the first run when no article changed, so that it is never empty), then the rest.
  // The added templates render in whichever run is first.
  const articles = toRender.filter((page) => page.template === "article").reverse();
  const always = toRender.filter((page) => ALWAYS_MADE.has(page.template));
  const others = toRender.filter((page) => page.template !== "article" && !ALWAYS_MADE.has(page.template));
  toRender.splice(0, toRender.length, ...articles, ...always, ...others);
  const added = addedTemplates();
  const written = new Map<string, Settleable>();
  for (const page of toRender) written.set(page.file, settleable());

  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  // The closures below keep only these, not `options`: its views are let go once every page is rendered.
  const { dir, site } = options;
  const heap = new HeapGuard();
  const done = new Set<PlannedPage>();
  let firstRun = true;
  const everyPage = settleable();
  if (toRender.length === 0) everyPage.resolve();
  return {
    // The outputs made in every build do not count: "rendered 0 pages" means nothing changed.
    rendered: toRender.length - always.length,
    reused: pages.length - toRender.length,
    renderedPaths: new Set(toRender.map((page) => page.view.path)),
    inputHashOf: (sitePath) => hashes.get(outputFileOf(sitePath)),
    templateOf: (file) => templates.get(file),
    async render(only?: readonly TemplateKey[]) {
      const now = toRender.filter((page) => !done.has(page) && (only === undefined || only.includes(page.template)));
      for (const page of now) done.add(page);
      // Many batches to come (a cold build): the guard's measure starts from what is alive,
      // not from the garbage that ingest and the views left, which would let the first
      // batches take the process over a gigabyte before anything is collected.
      if (now.length > batchSize) heap.collectNow();
      try {
        for (const batch of batchesOf(now, batchSize)) {
          // The added templates render once, in the first run; every later run leaves them out.
          await renderBatch(batch, dir, site, firstRun ? [] : added);
          firstRun = false;
          for (const page of batch) written.get(page.file)?.resolve();
          heap.check();
          // Lets whatever runs beside (the search index) take its turn.
          await new Promise((resume) => setImmediate(resume));
        }
      } catch (caught) {
        // Whatever waits for a page that will not come fails too, rather than wait for ever.
        for (const page of now) written.get(page.file)?.reject(caught);
        everyPage.reject(caught);
        throw caught;
      } finally {
        // Once every page is asked for, nothing may still be linking into the folder.
        if (only === undefined) await linked.catch(() => {});
      }
      if (only === undefined) await linked;
      // What comes next (the search index above all) needs memory beside this process's heap.
      for (const page of now) outputs.wrote(page.file, page.hash, [page.file]);
      // Every page is written: their views (the model's text, some hundreds of megabytes at ten
      // thousand articles) are no longer needed while the search index is finished.
      if (toRender.every((page) => done.has(page))) {
        toRender.length = 0;
        done.clear();
      }
      if (now.length > batchSize) heap.collectNow();
      if (toRender.length === 0) everyPage.resolve();
    },
    whenAllRendered: () => everyPage.promise,
    async whenReadable(files: readonly string[]) {
      await Promise.all(files.map((file) => written.get(file)?.promise));
    },
    readablePath: (file) => keptFrom.get(file) ?? path.join(dir, ...file.split("/")),
    remember: () => outputs.save(),
  };
}

/** Something the search index may wait for (a page written, every page written), settled from outside. */
interface Settleable {
  promise: Promise<void>;
  resolve: () => void;
  reject: (reason: unknown) => void;
}

function settleable(): Settleable {
  let resolve = (): void => {};
  let reject = (_reason: unknown): void => {};
  const promise = new Promise<void>((settle, fail) => {
    resolve = settle;
    reject = fail;
  });
  // Nobody may be waiting: a failed build must not also warn of an unhandled rejection.
  promise.catch(() => {});
  return { promise, resolve, reject };
}

/** One Eleventy run over some pages. */
async function renderBatch(batch: readonly PlannedPage[], dir: string, site: SiteView, ignore: readonly string[]): Promise<void> {
  const pageViews = emptyPageViews();
  for (const page of batch) (pageViews[page.template] as unknown[]).push(page.view);
  await runEleventy({ outDir: dir, pathPrefix: site.pathPrefix, data: { site, pageViews }, ignore });
}
