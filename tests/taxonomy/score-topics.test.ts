import { describe, expect, it } from "vitest";
import { contentStream } from "../../src/taxonomy/content-words.ts";
import { compileTopics, MAX_TOPICS, pickTopics, scoreTopics } from "../../src/taxonomy/score-topics.ts";
import { tokenize } from "../../src/taxonomy/tokenize.ts";
import { realTaxonomy, topic } from "./fixtures.ts";

const topics = compileTopics(realTaxonomy().topics);

function topicsIn(paragraphs: string[], title = "", compiled = topics): string[] {
  const tokens = tokenize([title, ...paragraphs]);
  return pickTopics(scoreTopics(contentStream(tokens), compiled, (index) => tokens[index]?.segment === 0));
}

describe("topics", () => {
  it("are tagged from a specific phrase", () => {
    // Seed 004.
    expect(
      topicsIn(["emphasising Russia’s willingness to help build Việt Nam’s nuclear power industry with its extensive experience"]),
    ).toEqual(["energy", "nuclear-power"]); // "nuclear power" is evidence for both; a tie goes by slug
  });

  it("are not tagged from one generic word in a list", () => {
    // Seed 000 names energy and culture once each in a list.
    expect(topicsIn(["including energy, culture, and people-to-people exchange, he said."])).not.toContain("energy");
    expect(topicsIn(["including energy, culture, and people-to-people exchange, he said."])).not.toContain("culture");
  });

  it("are tagged from a word that comes back", () => {
    // Seed 001.
    expect(
      topicsIn([
        "promoting cooperation in energy - oil and gas, nuclear energy, expanding to the field of new energy, especially clean energy, renewable energy, wind power",
      ]),
    ).toEqual(["energy", "oil-gas", "nuclear-power"]);
  });

  it("are never tagged by default", () => {
    expect(topicsIn(["The two leaders met on Tuesday."])).toEqual([]);
    expect(topicsIn([])).toEqual([]);
  });

  it("match British and American spellings", () => {
    expect(topicsIn(["further deepening defense and security cooperation"])).toEqual(["defence-security"]);
    expect(topicsIn(["cooperation in national defence"])).toEqual(["defence-security"]);
    expect(topicsIn(["labour export and labor export"])).toEqual(["labour"]);
  });

  it("weigh a title hit double", () => {
    expect(topicsIn([], "Tourism")).toEqual(["tourism"]);
    expect(topicsIn(["Tourism"])).toEqual([]);
  });

  it("are at most eight, strongest first, ties by first mention then slug", () => {
    const many = Array.from({ length: 10 }, (_, index) => topic(`Topic ${index}`, [`word${index} phrase`]));
    const compiled = compileTopics(many);
    const text = [...many].reverse().map((_, index) => `word${9 - index} phrase.`).join(" ");
    const picked = topicsIn([`${text} word3 phrase.`], "", compiled);
    expect(picked).toHaveLength(MAX_TOPICS);
    expect(picked.slice(0, 3)).toEqual(["topic-3", "topic-9", "topic-8"]);

    const tied = compileTopics([topic("Beta", ["shared phrase"]), topic("Alpha", ["shared phrase"])]);
    expect(topicsIn(["a shared phrase"], "", tied)).toEqual(["alpha", "beta"]);
  });
});
