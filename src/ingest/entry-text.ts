/**
 * The text ingest writes into an entry: the body as Markdown, and the slug of
 * its file name. (The entry file's format itself is src/content/entry-file.ts.)
 */
import { createRequire } from "node:module";
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

/**
 * A paragraph remark writes as it is: it opens with a letter, a quote or a
 * bracket (no list, heading, quote or rule marker at the line's start), holds
 * no character that could open Markdown or HTML (`*`, `_`, `` ` ``, `[`, `]`,
 * `<`, `>`, `&`, `#`, `~`, `\`, `|`, tabs, line breaks) and ends with no space
 * (which remark would encode). Tested on every paragraph of the synthetic corpus
 * and on random strings of these characters (tests/ingest/entry-text.test.ts).
 */
export const PLAIN_PARAGRAPH =
  /^[\p{L}"“‘'(](?:[\p{L}\p{M}\p{N} ,.;:?!'"%/()–—’‘“”…°$€£+=@-]*[\p{L}\p{M}\p{N},.;:?!'"%/()–—’‘“”…°$€£+=@-])?$/u;

/** What PLAIN_PARAGRAPH lets a character be: the first, one inside, the last. */
const OPENS = 1;
const INSIDE = 2;
const CLOSES = 4;
const characterKinds = new Map<number, number>();

/** ASCII's kinds, looked up without hashing: most characters of most paragraphs. */
const asciiKinds = Uint8Array.from({ length: 128 }, (_, code) => kindOfCharacter(code));

function kindOf(code: number): number {
  return code < 128 ? (asciiKinds[code] as number) : kindOfCharacter(code);
}

function kindOfCharacter(code: number): number {
  let kind = characterKinds.get(code);
  if (kind === undefined) {
    const character = String.fromCodePoint(code);
    kind =
      (/^[\p{L}"“‘'(]$/u.test(character) ? OPENS : 0) |
      (/^[\p{L}\p{M}\p{N} ,.;:?!'"%/()–—’‘“”…°$€£+=@-]$/u.test(character) ? INSIDE : 0) |
      (/^[\p{L}\p{M}\p{N},.;:?!'"%/()–—’‘“”…°$€£+=@-]$/u.test(character) ? CLOSES : 0);
    characterKinds.set(code, kind);
  }
  return kind;
}

/**
 * `PLAIN_PARAGRAPH.test(text)`, character by character with each character's
 * kind worked out once: the pattern's Unicode classes cost more, and every
 * paragraph of every entry is tested.
 */
export function isPlainParagraph(text: string): boolean {
  if (text === "") return false;
  const first = text.codePointAt(0) as number;
  if ((kindOf(first) & OPENS) === 0) return false;
  const second = first > 0xffff ? 2 : 1;
  // One character: the opening one is all the pattern asks for.
  if (second >= text.length) return true;
  let code = first;
  for (let at = second; at < text.length; at += code > 0xffff ? 2 : 1) {
    code = text.codePointAt(at) as number;
    if ((kindOf(code) & INSIDE) === 0) return false;
  }
  return (kindOf(code) & CLOSES) !== 0;
}

export function paragraphsToMarkdown(paragraphs: readonly string[]): string {
  // Most paragraphs are plain sentences: only those that are not go through remark.
  if (paragraphs.length > 0 && paragraphs.every(isPlainParagraph)) return `${paragraphs.join("\n\n")}\n`;
  return remarkParagraphs(paragraphs);
}

/** Exported for the test that the shortcut above writes what remark writes. */
export function remarkParagraphs(paragraphs: readonly string[]): string {
  const tree: Root = {
    type: "root",
    children: paragraphs.map((text): Paragraph => ({ type: "paragraph", children: [{ type: "text", value: text }] })),
  };
  return markdownWriter.stringify(tree);
}

/** Longest slug an entry file name gets from its title: long enough to tell articles apart. */
const MAX_SLUG_LENGTH = 60;

/**
 * The slug of an entry: its title's, cut at a word boundary; when the title
 * gives no letter to a slug (`🇻🇳🇷🇺`, `2024`), the source file's name without
 * its extension; else `article`.
 */
export function entrySlug(title: string, sourceFile = ""): string {
  const fromTitle = cutSlug(slugify(romanised(title)));
  if (/[a-z]/.test(fromTitle)) return fromTitle;
  return cutSlug(slugify(sourceFile.replace(/\.[^./\\]*$/, ""))) || fromTitle || "article";
}

function cutSlug(slug: string): string {
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf("-");
  return lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_SLUG_LENGTH);
}

/**
 * Letters of the scripts the slug library has no Latin spelling for (Hangul,
 * Han, kana, Hebrew, Devanagari, Thai…), with their marks: it drops them, so
 * a Korean headline's slug was `7-20`, its numbers alone. Latin, Cyrillic,
 * Greek, Arabic, Georgian and Armenian it spells itself, as it always has.
 */
const UNSPELT_LETTERS =
  /(?:(?![\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Georgian}\p{Script=Armenian}])\p{L}\p{M}*)+/gu;

const requireLazily = createRequire(import.meta.url);
let transliterate: ((text: string) => string) | undefined;

/**
 * `푸틴 7년 만에 베트남 방문` → `putin 7nyeon mane beteunam bangmun`. The
 * romanising library is loaded only for such a title: its tables of every
 * script take a tenth of a second to load, more than the rest of an entry.
 */
function romanised(title: string): string {
  if (title.search(UNSPELT_LETTERS) < 0) return title;
  transliterate ??= (requireLazily("transliteration") as typeof import("transliteration")).transliterate;
  const spell = transliterate;
  return title.replace(UNSPELT_LETTERS, (run) => ` ${spell(run)} `);
}
