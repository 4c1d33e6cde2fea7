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

describe("Korean particles and endings written onto a phrase's last word", () => {
  it("matches the start of a Hangul word: `베트남을`, `방문했다`, `푸 쫑은` (opinionnews, blind-vnru-20, 305)", () => {
    const trie = trieOf("베트남", "방문", "응우옌 푸 쫑");
    expect(found(trie, "푸틴 대통령이 베트남을 방문했다")).toEqual(["베트남", "방문"]);
    expect(found(trie, "응우옌 푸 쫑은 회담했다")).toEqual(["응우옌 푸 쫑"]);
  });

  it("keeps two syllables of a one-word phrase, and never cuts a word inside a phrase", () => {
    // `또` ("again") is the first word of `또 럼`, not a word of its own; `푸` must stand alone inside the name.
    const trie = trieOf("또", "또 럼", "푸 쫑");
    expect(found(trie, "또한 또 럼은")).toEqual(["또 럼"]);
    expect(found(trie, "푸틴 쫑")).toEqual([]);
  });

  it("takes no ending that is not Hangul, and leaves other scripts exact", () => {
    const trie = trieOf("베트남", "putin");
    expect(found(trie, "베트남2024 putins")).toEqual([]);
  });

  it("looks at a few endings whatever the word's length", () => {
    const trie = trieOf("베트남");
    const longWord = `베트남${"가".repeat(200_000)}`;
    expect(found(trie, longWord)).toEqual([]);
    expect(found(trie, "베트남에서부터")).toEqual(["베트남"]);
  });
});
