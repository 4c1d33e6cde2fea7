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
      node = node.next.get(stream.keys[index] as string);
      if (!node) return;
      if (node.values.length > 0) into.push({ start, end: index + 1, values: node.values });
    }
  }

  /** Every phrase that starts at word `start`, longest first. */
  matchesAt(stream: KeyStream, start: number): Array<TrieMatch<V>> {
    if (!this.root.next.has(stream.keys[start] as string)) return [];
    const found: Array<TrieMatch<V>> = [];
    let node: TrieNode<V> | undefined = this.root;
    for (let index = start; index < stream.keys.length; index += 1) {
      if (index > start && stream.breakBefore[index]) break;
      node = node.next.get(stream.keys[index] as string);
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
