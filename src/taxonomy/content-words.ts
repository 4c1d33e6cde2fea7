/**
 * The words that carry meaning, for matching event and topic phrases: articles,
 * "of", "and", possessive "s" are dropped and plurals reduced, so that "the 75th
 * anniversary of their diplomatic ties" meets "75th anniversary of diplomatic
 * tie", and "science - technology" meets "science and technology".
 */
import type { KeyStream } from "./phrase-trie.ts";
import { tokenize, type Token } from "./tokenize.ts";

const FILLER_WORDS = new Set(["a", "an", "the", "of", "and", "s", "its", "their", "his", "her", "our"]);

/** A crude plural reduction, applied alike to the text and to the phrases. */
export function reducePlural(key: string): string {
  if (key.length > 4 && key.endsWith("ies")) return `${key.slice(0, -3)}y`;
  if (key.length > 3 && key.endsWith("s") && !/(ss|us|is)$/.test(key)) return key.slice(0, -1);
  return key;
}

export interface ContentStream extends KeyStream {
  keys: string[];
  breakBefore: boolean[];
  /** `origin[i]`: index in the article's tokens of content word i. */
  origin: number[];
  /** `segment[i]`, `sentence[i]`: where content word i stands (see Token). */
  segment: number[];
  sentence: number[];
  /** `capitalised[i]`: content word i starts with a capital letter. */
  capitalised: boolean[];
  /** `possessive[i]`: content word i bears a possessive `'s` (`Russia's Defence Minister`). */
  possessive: boolean[];
}

export function contentStream(tokens: readonly Token[]): ContentStream {
  const stream: ContentStream = { keys: [], breakBefore: [], origin: [], segment: [], sentence: [], capitalised: [], possessive: [] };
  let pendingBreak = false;
  tokens.forEach((token, index) => {
    pendingBreak ||= token.breakBefore;
    if (FILLER_WORDS.has(token.key)) {
      // `Russia's`: an `s` one character (the apostrophe) after the word before it.
      const before = tokens[index - 1];
      const last = stream.keys.length - 1;
      if (token.key === "s" && before !== undefined && last >= 0 && stream.origin[last] === index - 1 && token.start === before.end + 1) {
        stream.possessive[last] = true;
      }
      return;
    }
    stream.keys.push(reducePlural(token.key));
    stream.breakBefore.push(pendingBreak);
    stream.origin.push(index);
    stream.segment.push(token.segment);
    stream.sentence.push(token.sentence);
    stream.capitalised.push(token.capitalised);
    stream.possessive.push(false);
    pendingBreak = false;
  });
  return stream;
}

/** The content words of a taxonomy phrase. */
export function contentPhraseKeys(phrase: string): string[] {
  return [...contentStream(tokenize([phrase])).keys];
}
