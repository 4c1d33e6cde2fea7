import { describe, expect, it } from "vitest";
import { classifyChanges } from "../../src/site/serve-site.ts";

const options = {
  sources: "content/sources",
  entries: "content/articles",
  taxonomy: "content/taxonomy",
  cache: ".cache",
  out: "_site",
  keepGoing: false,
};
const settings = "content/site.yaml";

describe("classifyChanges", () => {
  it("re-runs ingest for a changed source, and rebuilds the model", () => {
    expect(classifyChanges(["./content/sources/000_x.txt"], options, settings)).toEqual({
      sourcesOrTaxonomy: true,
      archive: false,
      settings: false,
    });
  });

  it("rebuilds the model for an entry, without ingest", () => {
    expect(classifyChanges(["content/articles/2025/01/2025-01-14-a.md"], options, settings)).toEqual({
      sourcesOrTaxonomy: false,
      archive: true,
      settings: false,
    });
  });

  it("does both for the taxonomy, and notices the settings file", () => {
    expect(classifyChanges(["content/taxonomy/people.yaml", "./content/site.yaml"], options, settings)).toEqual({
      sourcesOrTaxonomy: true,
      archive: true,
      settings: true,
    });
  });

  it("leaves templates to Eleventy and is not fooled by a folder that merely starts alike", () => {
    expect(classifyChanges(["templates/home.11ty.ts", "content/sources-old/a.txt"], options, settings)).toEqual({
      sourcesOrTaxonomy: false,
      archive: false,
      settings: false,
    });
  });
});
