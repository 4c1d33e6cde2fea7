/**
 * Markdown to HTML with remark + remark-html, sanitised: raw HTML in the
 * Markdown is dropped, and hast-util-sanitize's schema removes scripts, event
 * handler attributes and `javascript:` links. Article bodies and hand-written
 * pages (content/pages/, and Markdown templates through Eleventy) all go
 * through here, the one place whose output may be marked `SafeHtml`.
 */
import type { Heading, Root, RootContent, Text } from "mdast";
import { toString as plainText } from "mdast-util-to-string";
import { remark } from "remark";
import remarkHtml from "remark-html";
import { markSanitised, type SafeHtml } from "./html.ts";

/** Characters of an excerpt: a list item's summary. */
export const EXCERPT_LENGTH = 220;

/** A body rendered: HTML (sanitised) and excerpt, as text (what the build caches). */
export interface MarkdownText {
  html: string;
  excerpt: string;
}

/**
 * The article's title is the page's only h1, so body headings start at h2 and
 * keep their relative order. Images are replaced by their alt text: the archive
 * shows no pictures and must not load anything from other hosts.
 */
function fitBodyToPage(tree: Root): void {
  const headings = tree.children.filter((node): node is Heading => node.type === "heading");
  const shallowest = Math.min(...headings.map((heading) => heading.depth));
  const shift = 2 - shallowest;
  for (const heading of headings) {
    heading.depth = Math.min(6, Math.max(2, heading.depth + shift)) as Heading["depth"];
  }
  replaceImages(tree);
}

function replaceImages(node: Root | RootContent): void {
  if (!("children" in node)) return;
  const children = node.children as RootContent[];
  for (let index = 0; index < children.length; index += 1) {
    const child = children[index]!;
    if (child.type === "image" || child.type === "imageReference") {
      const text: Text = { type: "text", value: child.alt ?? "" };
      children[index] = text;
    } else {
      replaceImages(child);
    }
  }
}

/** Plain text of the first paragraphs, cut at a word boundary near `length`. */
export function excerptOf(tree: Root, length: number = EXCERPT_LENGTH): string {
  const paragraphs = tree.children.filter((node) => node.type === "paragraph").map((node) => plainText(node));
  return excerptOfParagraphs(paragraphs, length);
}

/** The excerpt of paragraphs given as their plain text. */
function excerptOfParagraphs(paragraphs: readonly string[], length: number): string {
  const text = paragraphs.join(" ").replace(/\s+/g, " ").trim();
  if (text.length <= length) return text;
  const cut = text.slice(0, length + 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > length / 2 ? cut.slice(0, lastSpace) : cut.slice(0, length)).replace(/[\s,;:.–—-]+$/, "")}…`;
}

const processor = remark().use(remarkHtml, { sanitize: true });

/**
 * One line that Markdown reads as nothing but its own text: it starts with a letter,
 * a digit, a quote or an opening parenthesis (no list, quote, heading or code marker), and holds
 * only letters, digits and punctuation that is never syntax (none of * _ ` [ ] < > & \ #, so
 * no emphasis, link, raw HTML, character reference or escape). A line ending in a
 * space (a hard break) or starting like a numbered list item (`1.`, `1)`) is not one.
 */
const PLAIN_LINE = /^[\p{L}\p{N}“"‘'(][\p{L}\p{M}\p{N} .,;:?!'"’‘“”()%/–—-]*$/u;
const LIST_NUMBER = /^\d+[.)]/;

/**
 * The paragraphs of a body made only of one-line plain paragraphs between blank
 * lines, as ingest writes most bodies; undefined for any other body. Such a body
 * renders, through remark as anywhere, to each line in `<p>…</p>` (sanitising and
 * escaping leave these characters alone), so it can skip remark's parse, which was
 * most of the time a cold build spent rendering bodies.
 */
export function plainParagraphs(markdown: string): string[] | undefined {
  const paragraphs: string[] = [];
  let afterBlank = true;
  for (const line of markdown.split("\n")) {
    if (line === "") {
      afterBlank = true;
      continue;
    }
    if (!afterBlank || !PLAIN_LINE.test(line) || LIST_NUMBER.test(line) || line.endsWith(" ")) return undefined;
    paragraphs.push(line);
    afterBlank = false;
  }
  return paragraphs.length > 0 ? paragraphs : undefined;
}

/** An article body: headings from h2 down, pictures as their alt text, and its excerpt. */
export function renderArticleMarkdown(markdown: string): MarkdownText {
  const paragraphs = plainParagraphs(markdown);
  if (paragraphs === undefined) return renderArticleMarkdownWithRemark(markdown);
  return renderPlainParagraphs(paragraphs);
}

/** A body of plain paragraphs (what `plainParagraphs` found in it), rendered as remark would. */
export function renderPlainParagraphs(paragraphs: readonly string[]): MarkdownText {
  return {
    html: paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join("\n"),
    excerpt: excerptOfParagraphs(paragraphs, EXCERPT_LENGTH),
  };
}

/** `renderArticleMarkdown` through remark, whatever the body: the reference the shortcut must equal. */
export function renderArticleMarkdownWithRemark(markdown: string): MarkdownText {
  const tree = processor.parse(markdown);
  fitBodyToPage(tree);
  const html = processor.stringify(processor.runSync(tree) as Root);
  return { html: String(html).trim(), excerpt: excerptOf(tree) };
}

/**
 * A page written by hand (or a Markdown template): the same pipeline and
 * sanitising, the headings as written.
 */
export function renderPageMarkdown(markdown: string): SafeHtml {
  const tree = processor.parse(markdown);
  replaceImages(tree);
  return markSanitised(String(processor.stringify(processor.runSync(tree) as Root)).trim());
}
