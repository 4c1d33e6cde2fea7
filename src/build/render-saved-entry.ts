/**
 * `serve`'s first answer to a saved entry: that entry's own page, rendered at
 * once and put in place of the old one, before the rebuild that brings every
 * other page (lists, tag pages, search) up to date. Hugo's server does the
 * same with the pages open in the browser ("fast render").
 *
 * The page is made the way the build makes it: the entry read and its Markdown
 * rendered as the build does, its view made by the model from that entry and
 * the taxonomy, then Eleventy with the article template. What the page takes
 * from the rest of the archive (neighbours, related articles, story) is the
 * last build's (article-context.ts); the rebuild that follows corrects it if
 * the edit changed it. An entry that does not read, a new entry or one whose
 * address changed gets no first page: the rebuild makes it.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { parseEntryFile, slugOfEntryPath } from "../content/entry-file.ts";
import { writeFileAtomically } from "../lib/atomic-file.ts";
import { buildArchiveModel } from "../model/archive-model.ts";
import { pageViewsOf, emptyPageViews } from "../model/page-views.ts";
import type { SiteView } from "../model/template-data.ts";
import { outputFileOf } from "../model/urls.ts";
import type { SiteSettings } from "../content/site-settings.ts";
import type { Taxonomy } from "../content/taxonomy-schema.ts";
import { readArticleContext } from "./article-context.ts";
import { addedTemplates, runEleventy } from "./eleventy-runner.ts";
import { renderMarkdown } from "./render-markdown.ts";

export interface SavedEntry {
  entriesDir: string;
  /** The saved entry file (absolute, or relative to the working folder). */
  file: string;
  taxonomy: Taxonomy;
  settings: SiteSettings;
  site: SiteView;
  /** Where the last build kept the articles' context. */
  contextDir: string;
  /** A folder for Eleventy's output (on any file system). */
  scratchDir: string;
  /** The site being served. */
  outDir: string;
}

export type SavedEntryResult = { written: string } | { skipped: string };

export async function renderSavedEntry(saved: SavedEntry): Promise<SavedEntryResult> {
  const path = relative(saved.entriesDir, saved.file).split(sep).join("/");
  let text: string;
  try {
    text = await readFile(saved.file, "utf8");
  } catch {
    return { skipped: "the entry cannot be read" };
  }
  const parsed = parseEntryFile(text);
  if (!parsed.ok) return { skipped: "the entry does not read" };
  const entry = { data: parsed.entry.data, file: path, slug: slugOfEntryPath(path), rendered: renderMarkdown(parsed.entry.body) };
  const single = buildArchiveModel([entry], saved.taxonomy);
  const views = pageViewsOf(single, { site: saved.settings, pages: [] });
  const view = views.article[0];
  if (!view) return { skipped: "the entry is not an article of the archive" };
  const context = await readArticleContext(saved.contextDir, view.path);
  if (!context) return { skipped: "a new article, or a new address" };
  // The body is not enumerable (views leave it out of their JSON): spread would lose it.
  const page = Object.defineProperties(
    { ...view, previous: undefined, next: undefined, story: undefined, ...context },
    { body: { enumerable: false, get: () => view.body } },
  );
  for (const key of ["previous", "next", "story"] as const) if (page[key] === undefined) delete page[key];

  const pageViews = emptyPageViews();
  pageViews.article.push(page);
  const scratch = await mkdtemp(join(saved.scratchDir, "page-"));
  try {
    await runEleventy({
      outDir: scratch,
      pathPrefix: saved.site.pathPrefix,
      data: { site: saved.site, pageViews },
      ignore: addedTemplates(),
    });
    const file = outputFileOf(view.path);
    await writeFileAtomically(join(saved.outDir, file), await readFile(join(scratch, file)));
    return { written: view.path };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
