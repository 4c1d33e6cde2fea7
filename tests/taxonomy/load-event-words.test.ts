import { describe, expect, it } from "vitest";
import { parseEventWords, withEventWords } from "../../src/taxonomy/load-event-words.ts";
import { realTaxonomy } from "./fixtures.ts";

describe("event-words.yaml", () => {
  it("reads kinds and places with their words", () => {
    const { eventWords, problems } = parseEventWords("kinds:\n  - name: visit\n    words: [визит, thăm]\nplaces: []\n", "event-words.yaml");
    expect(problems).toEqual([]);
    expect(eventWords).toEqual({ kinds: [{ name: "visit", words: ["визит", "thăm"] }], places: [], anniversaries: [] });
  });

  it("reads the days kept every year, with their first day and their words", () => {
    const text = "anniversaries:\n  - name: National Day\n    since: 1945-09-02\n    words: [Quốc khánh]\n";
    const { eventWords, problems } = parseEventWords(text, "event-words.yaml");
    expect(problems).toEqual([]);
    expect(eventWords?.anniversaries).toEqual([{ name: "National Day", since: "1945-09-02", words: ["Quốc khánh"] }]);
    expect(parseEventWords(text.replace("1945-09-02", "2 September 1945"), "event-words.yaml").eventWords).toBeUndefined();
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
