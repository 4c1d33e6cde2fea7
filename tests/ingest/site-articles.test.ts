/**
 * End to end on other sites' layouts: each article of the fixture set is parsed
 * and tagged the way ingest does it, and compared with what an editor expects.
 */
import { RULES } from "../../src/content/rules.ts";
import { describe, expect, it } from "vitest";
import { parseSource } from "../../src/ingest/parse-source.ts";
import { compileTaxonomy, tagArticle } from "../../src/taxonomy/tag-article.ts";
import { realTaxonomy } from "../taxonomy/fixtures.ts";
import { MORE_SITE_ARTICLES } from "./fixtures/more-site-articles.ts";
import { SITE_ARTICLES } from "./fixtures/site-articles.ts";

const TODAY = "2025-06-01";
const matcher = compileTaxonomy(realTaxonomy());

function ingestArticle(text: string) {
  const parsed = parseSource(text, { today: TODAY });
  const tags = tagArticle(
    {
      title: parsed.title,
      paragraphs: parsed.paragraphs,
      captions: parsed.captions,
      ...(parsed.date ? { date: parsed.date } : {}),
      excludedNames: [...(parsed.author ? [parsed.author] : []), ...parsed.photoCredits],
    },
    matcher,
  );
  return { parsed, tags };
}

const sorted = (values: readonly string[]) => [...values].sort();

describe("ingest on other sites' articles", () => {
  const articles = [...SITE_ARTICLES, ...MORE_SITE_ARTICLES];

  it("has at least fifteen articles, each a different file", () => {
    expect(articles.length).toBeGreaterThanOrEqual(15);
    expect(new Set(articles.map((article) => article.file)).size).toBe(articles.length);
  });

  for (const { file, style, text, expected, knownGaps } of articles) {
    describe(`${file} (${style})`, () => {
      const { parsed, tags } = ingestArticle(text);

      it("dates it as the source states, or refuses it when no year can be known", () => {
        expect(parsed.date).toBe(expected.date);
        expect(parsed.dateInferred).toBe(expected.dateInferred);
        const errors = parsed.problems.filter((problem) => RULES[problem.rule].severity === "error");
        expect(errors.length > 0).toBe(expected.date === undefined);
      });

      it("gives the title, publisher, author and dateline", () => {
        expect(parsed.title).toBe(expected.title);
        expect(parsed.title.length).toBeLessThanOrEqual(200);
        expect(parsed.captions).not.toContain(parsed.title);
        expect(parsed.publisher).toBe(expected.publisher);
        expect(parsed.author).toBe(expected.author);
        expect(parsed.dateline).toBe(expected.dateline);
      });

      it("keeps page furniture out of the body", () => {
        expect(parsed.paragraphs.length).toBeGreaterThan(0);
        for (const pattern of expected.notInBody ?? []) {
          for (const paragraph of parsed.paragraphs) expect(paragraph, `${pattern} survived`).not.toMatch(pattern);
        }
        expect(parsed.paragraphs).not.toContain(parsed.title);
      });

      it("tags the people and events a careful editor would", () => {
        if (knownGaps?.people) expect(sorted(tags.people), knownGaps.people).not.toEqual(sorted(expected.people));
        else expect(sorted(tags.people)).toEqual(sorted(expected.people));
        expect(sorted(tags.events)).toEqual(sorted(expected.events));
      });

      if (expected.unknownNames) {
        it("lists the names the taxonomy lacks, and nothing else", () => {
          const want = sorted(expected.unknownNames ?? []);
          if (knownGaps?.unknownNames) expect(sorted(tags.unknownNames), knownGaps.unknownNames).not.toEqual(want);
          else expect(sorted(tags.unknownNames)).toEqual(want);
        });
      }
    });
  }
});
