/**
 * The spelling of the thirty-fifth blind set (blind-vnru-35) the taxonomy now
 * holds: Putin's first name as a Reuters copy spells it (474). On its real
 * (reworded) line and on a line it must not take.
 */
import { describe, expect, it } from "vitest";
import { compileTaxonomy, tagArticle } from "../../src/taxonomy/tag-article.ts";
import { realTaxonomy } from "./fixtures.ts";

const matcher = compileTaxonomy(realTaxonomy());

function people(date: string, ...paragraphs: string[]) {
  return tagArticle({ title: "", paragraphs, captions: [], excludedNames: [], date }, matcher).people;
}

describe("`Vladamir Putin` as 474 prints it", () => {
  it("tags the Russian president under that spelling", () => {
    expect(
      people(
        "2018-09-08",
        "Both sides confirmed that they would keep developing their military ties, Vietnam's Communist Party said in a statement on Friday, issued after Trong met Russian President Vladamir Putin in Russia.",
      ),
    ).toContain("vladimir-putin");
  });

  it("does not take another Vladamir", () => {
    expect(people("2018-09-08", "The shop is run by Vladamir Petrov, a baker from Kazan.")).not.toContain("vladimir-putin");
  });
});
