import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plainParagraphs, renderArticleMarkdown, renderArticleMarkdownWithRemark } from "../../src/lib/markdown.ts";

/** Characters of plain text and of Markdown syntax, so that bodies fall on both sides of the shortcut. */
const CHARACTERS = [..."aZđưễ Ấ09 .,;:?!'\"’‘“”()%/–—-", ..."*_`[]<>&\\#+=~|\t\r", "1.", "1)", "  ", "\n"];
const line = fc.array(fc.constantFrom(...CHARACTERS), { maxLength: 40 }).map((parts) => parts.join(""));
const body = fc.array(fc.oneof(line, fc.constant("")), { maxLength: 12 }).map((lines) => lines.join("\n"));

describe("plain paragraphs", () => {
  it("render as remark renders them, HTML and excerpt", () => {
    fc.assert(
      fc.property(body, (markdown) => {
        expect(renderArticleMarkdown(markdown)).toEqual(renderArticleMarkdownWithRemark(markdown));
      }),
      { numRuns: 3000 },
    );
  });

  it("take the shortcut for bodies as ingest writes them, long ones cut into an excerpt", () => {
    const markdown = [
      "State President Nguyễn Đình Mẫn on Tuesday received Hoàng Bích Thế Huyền, saying “agencies should report” (monthly).",
      "Trade rose 12.5% to 3 billion dollars – the highest since 2019; both sides agreed.",
      "He said: 'it is a good start!' Is it? 1.5 million people/year.",
    ].join("\n\n");
    expect(plainParagraphs(markdown)).toHaveLength(3);
    expect(renderArticleMarkdown(markdown)).toEqual(renderArticleMarkdownWithRemark(markdown));
  });

  it("leave any other body to remark", () => {
    for (const markdown of ["", "## Heading", "- item", "1. item", "Two\nlines", "A *word*", "A & B", "Ends in a break  ", " Indented"]) {
      expect(plainParagraphs(markdown)).toBeUndefined();
    }
  });
});
