/**
 * Related articles: the others that share the most people, events and topics
 * with an article. A shared event counts most, then a shared person, then a
 * shared topic; a tag that few articles carry counts more than a common one.
 *
 * Scores are accumulated over each tag's list of articles (an inverted index),
 * so only articles that share something are ever looked at.
 */

export interface TaggedItem {
  /** Tag keys grouped by kind; the keys must be unique across kinds (`people:to-lam`). */
  people: readonly string[];
  events: readonly string[];
  topics: readonly string[];
  /** Days since the epoch: ties go to the article nearer in time. */
  day: number;
}

export const KIND_WEIGHTS = { events: 3, people: 2, topics: 1 } as const;

/**
 * For each item, the indexes of up to `limit` related items, best first.
 *
 * An item's tags are looked at heaviest first, and once `limit` items met so
 * far score higher than all the weight left, items not met yet cannot make the
 * list: the long lists of the commonest tags (which weigh least) are then not
 * walked. The candidates' scores are then summed in the item's own
 * order of tags, so the result is exactly that of summing over every list.
 */
export function rankRelated(items: readonly TaggedItem[], limit = 5): number[][] {
  const count = items.length;
  // Tags as numbers: each item's distinct tags in its own order, and each tag's items.
  const ids = new Map<string, number>();
  const kindWeights: number[] = [];
  const postings: number[][] = [];
  const tagsOf: number[][] = items.map((item, index) => {
    const own: number[] = [];
    for (const kind of ["people", "events", "topics"] as const) {
      for (const key of item[kind]) {
        let id = ids.get(key);
        if (id === undefined) {
          id = postings.length;
          ids.set(key, id);
          postings.push([]);
          kindWeights.push(KIND_WEIGHTS[kind]);
        }
        const list = postings[id]!;
        if (list[list.length - 1] !== index) list.push(index);
        if (!own.includes(id)) own.push(id);
      }
    }
    return own;
  });
  // Rarer tags say more: weight × log(1 + N / df).
  const weights = postings.map((list, id) => kindWeights[id]! * Math.log(1 + count / list.length));

  /**
   * Per tag, made the first time its list is skipped: 1 for each item that carries
   * it. Skipped lists are the long ones of common tags, and a pruned item's
   * candidates look up just those few tags here rather than go through their own.
   */
  const members: Array<Uint8Array | undefined> = [];
  const membersOf = (id: number): Uint8Array => {
    let table = members[id];
    if (table === undefined) {
      table = new Uint8Array(count);
      for (const item of postings[id]!) table[item] = 1;
      members[id] = table;
    }
    return table;
  };

  const partial = new Float64Array(count);
  /** Per item met: which of the current item's tags it shares, bit `i` for the item's `i`-th tag. */
  const sharedTags = new Uint32Array(count);
  const met = new Uint8Array(count);
  /** Position of each tag among the current item's tags, or -1. */
  const position = new Int32Array(postings.length).fill(-1);
  const score = new Float64Array(count);
  const shared = new Uint16Array(count);
  const touched: number[] = [];
  const result: number[][] = [];

  /**
   * A lower bound of the `limit`-th best final score: the lowest final score of
   * the `limit` items met so far with the best partial scores (any `limit` items
   * bound it from below; these bound it closely).
   */
  const threshold = (): number => {
    const top: number[] = [];
    for (const other of touched) {
      const value = partial[other]!;
      if (top.length === limit && value <= partial[top[limit - 1]!]!) continue;
      let at = top.length;
      while (at > 0 && value > partial[top[at - 1]!]!) at -= 1;
      top.splice(at, 0, other);
      if (top.length > limit) top.pop();
    }
    if (top.length < limit) return -Infinity;
    let lowest = Infinity;
    for (const other of top) {
      let full = 0;
      for (const id of tagsOf[other]!) if (position[id]! >= 0) full += weights[id]!;
      lowest = Math.min(lowest, full);
    }
    return lowest;
  };

  for (let index = 0; index < count; index += 1) {
    const item = items[index]!;
    const own = tagsOf[index]!;
    for (let at = 0; at < own.length; at += 1) position[own[at]!] = at;
    // Bit masks hold the tags shared; an item with more tags than bits is scored without pruning.
    const canPrune = own.length <= 32;
    const heaviestFirst = canPrune ? [...own].sort((a, b) => weights[b]! - weights[a]! || position[a]! - position[b]!) : own;
    let left = heaviestFirst.reduce((sum, id) => sum + weights[id]!, 0);
    // The best bound found so far: final scores do not change, so it only ever rises.
    let bound = -Infinity;
    let pruned = false;
    /** The tags whose lists were not walked, once pruned. */
    let unwalked: number[] = [];
    for (const [at, id] of heaviestFirst.entries()) {
      const list = postings[id]!;
      // Looked for again only while that costs less than walking the list; the margin covers rounding.
      if (canPrune && touched.length >= limit && touched.length <= list.length) bound = Math.max(bound, threshold());
      if (bound > left * (1 + 1e-9)) {
        pruned = true;
        unwalked = heaviestFirst.slice(at);
        break;
      }
      const bit = canPrune ? 1 << position[id]! : 0;
      for (const other of list) {
        if (other === index) continue;
        if (met[other] === 0) {
          met[other] = 1;
          touched.push(other);
        }
        partial[other] = partial[other]! + weights[id]!;
        sharedTags[other] = sharedTags[other]! | bit;
      }
      left -= weights[id]!;
    }

    // Exact scores of the candidates, summed in this item's own order of tags. Once
    // pruned, a candidate that cannot reach the bound even with all the weight left is out.
    let candidates = touched;
    if (pruned) {
      const needed = bound - left * (1 + 1e-9);
      candidates = touched.filter((other) => partial[other]! * (1 + 1e-9) >= needed);
    }
    for (const other of candidates) {
      if (!canPrune) {
        const at: number[] = [];
        for (const id of tagsOf[other]!) if (position[id]! >= 0) at.push(position[id]!);
        at.sort((a, b) => a - b);
        let sum = 0;
        for (const position of at) sum += weights[own[position]!]!;
        score[other] = sum;
        shared[other] = at.length;
        continue;
      }
      let mask = sharedTags[other]!;
      // The tags not walked: looked up in their lists' membership tables.
      for (const id of unwalked) if (membersOf(id)[other] === 1) mask |= 1 << position[id]!;
      let sum = 0;
      let count = 0;
      for (let at = 0; mask !== 0; at += 1, mask >>>= 1) {
        if ((mask & 1) === 0) continue;
        sum += weights[own[at]!]!;
        count += 1;
      }
      score[other] = sum;
      shared[other] = count;
    }

    const better = (a: number, b: number): boolean => {
      if (score[a] !== score[b]) return score[a]! > score[b]!;
      if (shared[a] !== shared[b]) return shared[a]! > shared[b]!;
      const distanceA = Math.abs(items[a]!.day - item.day);
      const distanceB = Math.abs(items[b]!.day - item.day);
      if (distanceA !== distanceB) return distanceA < distanceB;
      return a < b;
    };
    // Keep the best `limit` by insertion: candidate lists can be long, `limit` is small.
    const best: number[] = [];
    for (const other of candidates) {
      if (best.length === limit && !better(other, best[limit - 1]!)) continue;
      let at = best.length;
      while (at > 0 && better(other, best[at - 1]!)) at -= 1;
      best.splice(at, 0, other);
      if (best.length > limit) best.pop();
    }
    result.push(best);

    for (const other of touched) {
      partial[other] = 0;
      sharedTags[other] = 0;
      met[other] = 0;
    }
    touched.length = 0;
    for (const id of own) position[id] = -1;
  }
  return result;
}
