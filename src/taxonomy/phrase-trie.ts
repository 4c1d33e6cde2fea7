/**
 * A trie over word keys: all phrases of a kind are looked up in one walk from each
 * word, instead of one regular expression per phrase.
 */

/** The words to match against: keys plus where phrases must stop. */
export interface KeyStream {
  keys: readonly string[];
  /** `breakBefore[i]`: no phrase may run from word i-1 into word i. */
  breakBefore: readonly boolean[];
}

interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  values: V[];
}

const FIRST_HANGUL_SYLLABLE = 0xac00;
const LAST_HANGUL_SYLLABLE = 0xd7a3;
/** A Korean word's particle or ending is at most this many syllables (`에서부터`, `했습니다`). */
const MAX_HANGUL_ENDING = 4;

function isHangulSyllable(code: number): boolean {
  return code >= FIRST_HANGUL_SYLLABLE && code <= LAST_HANGUL_SYLLABLE;
}

/**
 * A word that may carry a Korean ending: two characters or more, the last a
 * Hangul syllable. Asked before `pushHangulStemEnds` in the walks below, so
 * that the callback it takes is made only for such words, not for every word
 * of every walk of every trie.
 */
function mayHaveHangulEnding(key: string): boolean {
  return key.length >= 2 && isHangulSyllable(key.charCodeAt(key.length - 1));
}

/**
 * Korean writes its particles and endings onto the word (`베트남을` is Việt Nam
 * as an object, `방문했다` "visited"), so a phrase's last word matches the
 * start of a Hangul word: `베트남` in `베트남을`, `푸 쫑` in `푸 쫑은`. The ending
 * must be Hangul too, and a one-word phrase must keep two syllables
 * (`또`, "again", is no `또 럼`). Pushes the phrase ends reached, shortest stem
 * first; at most MAX_HANGUL_ENDING lookups for a word, whatever its length.
 */
function pushHangulStemEnds<V>(node: TrieNode<V>, key: string, firstWord: boolean, found: (child: TrieNode<V>) => void): void {
  if (!mayHaveHangulEnding(key)) return;
  const shortest = Math.max(firstWord ? 2 : 1, key.length - MAX_HANGUL_ENDING);
  for (let length = shortest; length < key.length; length += 1) {
    if (!isHangulSyllable(key.charCodeAt(length)) || !isHangulSyllable(key.charCodeAt(length - 1))) continue;
    const child = node.next.get(key.slice(0, length));
    if (child && child.values.length > 0) found(child);
  }
}

export interface TrieMatch<V> {
  /** Index one past the last word of the match. */
  end: number;
  values: readonly V[];
}

export class PhraseTrie<V> {
  private readonly root: TrieNode<V> = { next: new Map(), values: [] };

  /** Adds a phrase (its word keys); an empty phrase is ignored. */
  add(keys: readonly string[], value: V): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(key, child);
      }
      node = child;
    }
    node.values.push(value);
  }

  /** Appends every phrase that starts at word `start` to `into` (shortest first). */
  collectAt<W = V>(stream: KeyStream, start: number, into: Array<SpanCandidate<V | W>>): void {
    let node: TrieNode<V> | undefined = this.root;
    for (let index = start; index < stream.keys.length; index += 1) {
      if (index > start && stream.breakBefore[index]) return;
      const key = stream.keys[index] as string;
      if (mayHaveHangulEnding(key))
        pushHangulStemEnds(node, key, index === start, (child) => into.push({ start, end: index + 1, values: child.values }));
      node = node.next.get(key);
      if (!node) return;
      if (node.values.length > 0) into.push({ start, end: index + 1, values: node.values });
    }
  }

  /** Every phrase that starts at word `start`, longest first. */
  matchesAt(stream: KeyStream, start: number): Array<TrieMatch<V>> {
    const found: Array<TrieMatch<V>> = [];
    let node: TrieNode<V> | undefined = this.root;
    for (let index = start; index < stream.keys.length; index += 1) {
      if (index > start && stream.breakBefore[index]) break;
      const key = stream.keys[index] as string;
      if (mayHaveHangulEnding(key))
        pushHangulStemEnds(node, key, index === start, (child) => found.push({ end: index + 1, values: child.values }));
      node = node.next.get(key);
      if (!node) break;
      if (node.values.length > 0) found.push({ end: index + 1, values: node.values });
    }
    return found.reverse();
  }
}

export interface SpanCandidate<V> {
  start: number;
  end: number;
  values: readonly V[];
}

/** Every phrase of the trie found anywhere in the stream (overlapping ones included). */
export function collectCandidates<V>(trie: PhraseTrie<V>, stream: KeyStream): Array<SpanCandidate<V>> {
  const candidates: Array<SpanCandidate<V>> = [];
  for (let start = 0; start < stream.keys.length; start += 1) trie.collectAt(stream, start, candidates);
  return candidates;
}

export interface SpanMatch<R> {
  start: number;
  end: number;
  result: R;
}

/**
 * Longest match first: candidates are taken longest first (then leftmost), each
 * only where no longer match was taken, so "President Vladimir Putin" is one
 * match and not also "Vladimir Putin", and "expanded BRICS Summit in Kazan" is
 * "BRICS Summit in Kazan" even though "expanded BRICS" starts earlier. `accept`
 * turns a candidate's values into a result, or refuses it (undefined). Candidates
 * that tie keep their given order. Returns the matches in text order.
 */
export function selectLongest<C extends SpanCandidate<unknown>, R>(
  candidates: readonly C[],
  length: number,
  accept: (candidate: C) => R | undefined,
): Array<SpanMatch<R>> {
  const ordered = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(length);
  const matches: Array<SpanMatch<R>> = [];
  for (const candidate of ordered) {
    let free = true;
    for (let index = candidate.start; index < candidate.end && free; index += 1) free = taken[index] === 0;
    if (!free) continue;
    const result = accept(candidate);
    if (result === undefined) continue;
    taken.fill(1, candidate.start, candidate.end);
    matches.push({ start: candidate.start, end: candidate.end, result });
  }
  return matches.sort((a, b) => a.start - b.start);
}

/** All non-overlapping phrases of the trie in the stream, longest first; every value applies. */
export function findLongestMatches<V>(trie: PhraseTrie<V>, stream: KeyStream): Array<SpanMatch<readonly V[]>> {
  return selectLongest(collectCandidates(trie, stream), stream.keys.length, (candidate) => candidate.values);
}
