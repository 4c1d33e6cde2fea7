/**
 * The event name of the thirty-sixth blind set (blind-vnru-36) the taxonomy now
 * holds: the 75th anniversary of diplomatic relations with Russia called by its
 * full name, `the Russian Federation` (487). On its real (reworded) line and
 * on a line it must not take.
 */
import { describe, expect, it } from "vitest";
import { compileTaxonomy, tagArticle } from "../../src/taxonomy/tag-article.ts";
import { realTaxonomy } from "./fixtures.ts";

const matcher = compileTaxonomy(realTaxonomy());

function events(date: string, title: string, ...paragraphs: string[]) {
  return tagArticle({ title, paragraphs, captions: [], excludedNames: [], date }, matcher).events;
}

describe("the 75th anniversary as the community's page in Moscow names it (487)", () => {
  it("tags the programme held to celebrate the anniversary with `the Russian Federation`", () => {
    expect(
      events(
        "2025-01-19",
        "",
        'On January 19, the Embassy of Vietnam and the Union of Vietnamese Organizations in the Russian Federation held the programme "Spring Homeland - Tet At Ty 2025" at the multifunctional complex "Hanoi-Moscow" (Incentra) in Moscow, to celebrate the 75th anniversary of the establishment of diplomatic relations between Vietnam and the Russian Federation (January 30, 1950 - January 30, 2025).',
      ),
    ).toContain("vietnam-russia-relations-75th-anniversary");
  });

  it("does not tag the anniversary of ties with another federation", () => {
    expect(
      events(
        "2025-01-19",
        "",
        "The embassy held a reception to celebrate the 75th anniversary of the establishment of diplomatic relations between Vietnam and the Federal Republic of Germany.",
      ),
    ).not.toContain("vietnam-russia-relations-75th-anniversary");
  });
});
