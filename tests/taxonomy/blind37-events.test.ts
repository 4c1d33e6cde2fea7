/**
 * The Russian names of the 75th anniversary of relations the taxonomy now
 * holds for the thirty-seventh blind set (blind-vnru-37, 508): a headline that
 * names the anniversary of `России и Вьетнама` and a lede that names it between
 * `Вьетнамом и Российской Федерацией`, with none of the event's people. On its
 * real (reworded) lines and on one it must not take.
 */
import { describe, expect, it } from "vitest";
import { compileTaxonomy, tagArticle } from "../../src/taxonomy/tag-article.ts";
import { realTaxonomy } from "./fixtures.ts";

const matcher = compileTaxonomy(realTaxonomy());

function events(title: string, date: string, ...paragraphs: string[]) {
  return tagArticle({ title, paragraphs, captions: [], excludedNames: [], date }, matcher).events;
}

describe("the 75th anniversary as a Russian page in Hồ Chí Minh City names it", () => {
  it("tags the anniversary from the headline and the lede", () => {
    expect(
      events(
        "В Хошимине отметили 75-летие дипломатических отношений России и Вьетнама",
        "2025-02-25",
        "Торжественная церемония в честь 75-летия установления дипломатических отношений между Вьетнамом и Российской Федерацией прошла 25 февраля в Большом театре Хошимина, сообщает портал «Русский мир».",
      ),
    ).toContain("vietnam-russia-relations-75th-anniversary");
  });

  it("does not take another country's anniversary of relations", () => {
    expect(
      events(
        "В Ханое отметили 75-летие дипломатических отношений Индии и Вьетнама",
        "2025-02-25",
        "Торжественная церемония прошла 25 февраля в Ханое.",
      ),
    ).not.toContain("vietnam-russia-relations-75th-anniversary");
  });
});
