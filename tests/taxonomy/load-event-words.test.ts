import { describe, expect, it } from "vitest";
import { parseEventWords, withEventWords } from "../../src/taxonomy/load-event-words.ts";
import { realTaxonomy } from "./fixtures.ts";

describe("event-words.yaml", () => {
  it("reads kinds and places with their words", () => {
    const { eventWords, problems } = parseEventWords("kinds:\n  - name: visit\n    words: [визит, thăm]\nplaces: []\n", "event-words.yaml");
    expect(problems).toEqual([]);
    expect(eventWords).toEqual({ kinds: [{ name: "visit", words: ["визит", "thăm"] }], places: [] });
  });

  it("reports a group without words, or an unknown key, naming the file, and reads it as none", () => {
    for (const text of ["kinds:\n  - name: visit\n    words: []\n", "kind:\n  - name: visit\n"]) {
      const { eventWords, problems } = parseEventWords(text, "content/taxonomy/event-words.yaml");
      expect(eventWords).toBeUndefined();
      expect(problems).toEqual([expect.objectContaining({ rule: "taxonomy-invalid-term", file: "content/taxonomy/event-words.yaml" })]);
    }
  });

  it("leaves the taxonomy as it is when the folder has no such file", () => {
    const { eventWords: _words, ...taxonomy } = realTaxonomy();
    expect(withEventWords(taxonomy, undefined, "event-words.yaml")).toEqual({ taxonomy, problems: [] });
  });
});
