import { describe, expect, it } from "vitest";
import { findLongestMatches, PhraseTrie, type KeyStream } from "../../src/taxonomy/phrase-trie.ts";

function stream(text: string): KeyStream {
  const words = text.split(/\s+/);
  return { keys: words.map((word) => word.replace("|", "")), breakBefore: words.map((word, index) => index === 0 || word.startsWith("|")) };
}

function trieOf(...phrases: string[]): PhraseTrie<string> {
  const trie = new PhraseTrie<string>();
  for (const phrase of phrases) trie.add(phrase.split(" "), phrase);
  return trie;
}

const found = (trie: PhraseTrie<string>, text: string) => findLongestMatches(trie, stream(text)).map((match) => match.result.join("+"));

describe("PhraseTrie and findLongestMatches", () => {
  it("prefers the longest phrase and consumes its words", () => {
    const trie = trieOf("vladimir putin", "president vladimir putin", "putin");
    expect(found(trie, "russian president vladimir putin said putin")).toEqual(["president vladimir putin", "putin"]);
  });

  it("takes the longest match even when a shorter one starts earlier", () => {
    const trie = trieOf("expanded brics", "brics summit in kazan");
    expect(found(trie, "attend the expanded brics summit in kazan")).toEqual(["brics summit in kazan"]);
  });

  it("does not match across a phrase break", () => {
    const trie = trieOf("to lam");
    expect(found(trie, "went to |lam dong")).toEqual([]);
    expect(found(trie, "secretary to lam")).toEqual(["to lam"]);
  });

  it("keeps every value of a phrase shared by two terms", () => {
    const trie = new PhraseTrie<string>();
    trie.add(["nuclear", "power"], "energy");
    trie.add(["nuclear", "power"], "nuclear-power");
    expect(findLongestMatches(trie, stream("nuclear power industry"))[0]?.result).toEqual(["energy", "nuclear-power"]);
  });

  it("ignores an empty phrase", () => {
    const trie = new PhraseTrie<string>();
    trie.add([], "nothing");
    expect(findLongestMatches(trie, stream("anything at all"))).toEqual([]);
  });
});
