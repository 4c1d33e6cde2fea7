/**
 * The text ingest writes into an entry: the body as Markdown, and the slug of
 * its file name. (The entry file's format itself is src/content/entry-file.ts.)
 */
import type { Paragraph, Root } from "mdast";
import { remark } from "remark";
import { slugify } from "../taxonomy/slugify.ts";

/**
 * Paragraphs of plain text as Markdown. Each paragraph becomes a text node and
 * remark escapes whatever Markdown or HTML would read as syntax, so `<script>`,
 * `*stars*` or `{{ liquid }}` in an article stay the article's words.
 */
/** One processor for every entry: making one per call costs more than the writing. */
const markdownWriter = remark().freeze();

export function paragraphsToMarkdown(paragraphs: readonly string[]): string {
  const tree: Root = {
    type: "root",
    children: paragraphs.map(
      (text): Paragraph => ({ type: "paragraph", children: [{ type: "text", value: text }] }),
    ),
  };
  return markdownWriter.stringify(tree);
}

/** Longest slug an entry file name gets from its title: long enough to tell articles apart. */
const MAX_SLUG_LENGTH = 60;

/** The slug of an entry's title, cut at a word boundary. */
export function entrySlug(title: string): string {
  const slug = slugify(title);
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf("-");
  return lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_SLUG_LENGTH);
}
