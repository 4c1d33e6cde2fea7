/**
 * The spelling of the thirty-fourth blind set (blind-vnru-34, 463) the taxonomy
 * now holds: Việt Nam's Ministry of Justice writes Ambassador Konstantin
 * Vnukov's names `Constantine Vasilievic Vnucop`. On its real (reworded) line and
 * on a line it must not take.
 */
import { describe, expect, it } from "vitest";
import { compileTaxonomy, tagArticle } from "../../src/taxonomy/tag-article.ts";
import { realTaxonomy } from "./fixtures.ts";

const matcher = compileTaxonomy(realTaxonomy());

function tags(date: string, title: string, ...paragraphs: string[]) {
  return tagArticle({ title, paragraphs, captions: [], excludedNames: [], date }, matcher);
}

describe("Vnukov as the Ministry of Justice spells him (463)", () => {
  it("tags `Constantine Vasilievic Vnucop`", () => {
    expect(
      tags(
        "2016-06-10",
        "Celebrating 26 years of Russia Day in Hanoi",
        "Present at the ceremony were the Extraordinary and Plenipotentiary Ambassador of Russia in Vietnam Constantine Vasilievic Vnucop and Minister of Justice Le Thanh Long.",
      ).people,
    ).toContain("konstantin-vnukov");
  });

  it("does not tag another Constantine", () => {
    expect(tags("2016-06-10", "A concert", "The pianist Constantine Vasiliev played in Hanoi.").people).not.toContain("konstantin-vnukov");
  });
});
