/**
 * The body ingest writes (entry-text.ts): plain paragraphs skip remark, and what
 * they give is exactly what remark writes; anything that could read as Markdown
 * or HTML still goes through remark and is escaped.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPlainParagraph, PLAIN_PARAGRAPH, paragraphsToMarkdown, remarkParagraphs } from "../../src/ingest/entry-text.ts";

/** Characters a plain paragraph may hold, and some that make a paragraph Markdown. */
const PLAIN = [..."aZñÑổĐДж ,.;:?!'\"%/()–—’‘“”…°$€£+=@-0123456789", "\u0301"];
const SYNTAX = [..."*_`[]<>&#~\\|{}^\t\n\r", "\u00a0", "1. ", "- ", "&amp;", "](", "![", " "];

const paragraph = (alphabet: string[]) => fc.array(fc.constantFrom(...alphabet), { maxLength: 24 }).map((chars) => chars.join(""));

describe("paragraphsToMarkdown", () => {
  it("writes what remark writes, for plain paragraphs and for those with Markdown's characters", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(paragraph(PLAIN), paragraph([...PLAIN, ...SYNTAX])), { maxLength: 4 }), (paragraphs) => {
        expect(paragraphsToMarkdown(paragraphs)).toBe(remarkParagraphs(paragraphs));
      }),
      { numRuns: 3000 },
    );
  });

  it("tells a plain paragraph as its pattern does, character by character", () => {
    const astral = ["😀", "𝐀", "\ud800", "\udc00"];
    fc.assert(
      fc.property(paragraph([...PLAIN, ...SYNTAX, ...astral]), (text) => {
        expect(isPlainParagraph(text)).toBe(PLAIN_PARAGRAPH.test(text));
      }),
      { numRuns: 5000 },
    );
    for (const text of ["", "a", "(", " ", "a ", "𝐀", "𝐀a", "a𝐀", "😀", "\u0301", "a\u0301", "((", "( "]) {
      expect(isPlainParagraph(text), JSON.stringify(text)).toBe(PLAIN_PARAGRAPH.test(text));
    }
  });

  it.each([
    [["Hello world"], "Hello world\n"],
    [["Hello world "], "Hello world&#x20;\n"],
    [["1. Hello"], "1\\. Hello\n"],
    [["A&amp;B", "<script>x</script>"], "A\\&amp;B\n\n\\<script>x\\</script>\n"],
    [["*stars*", "{{ liquid }}"], "\\*stars\\*\n\n{{ liquid }}\n"],
  ])("%j → %j", (paragraphs, markdown) => {
    expect(paragraphsToMarkdown(paragraphs)).toBe(markdown);
  });
});
