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

/** For each item, the indexes of up to `limit` related items, best first. */
export function rankRelated(items: readonly TaggedItem[], limit = 5): number[][] {
  const count = items.length;
  const postings = new Map<string, number[]>();
  const weights = new Map<string, number>();
  items.forEach((item, index) => {
    for (const kind of ["people", "events", "topics"] as const) {
      for (const key of item[kind]) {
        let list = postings.get(key);
        if (!list) {
          list = [];
          postings.set(key, list);
          weights.set(key, KIND_WEIGHTS[kind]);
        }
        if (list[list.length - 1] !== index) list.push(index);
      }
    }
  });
  // Rarer tags say more: weight × log(1 + N / df).
  for (const [key, list] of postings) {
    weights.set(key, (weights.get(key) ?? 1) * Math.log(1 + count / list.length));
  }

  const score = new Float64Array(count);
  const shared = new Uint16Array(count);
  const touched: number[] = [];
  const result: number[][] = [];

  for (let index = 0; index < count; index += 1) {
    const item = items[index]!;
    for (const key of new Set([...item.people, ...item.events, ...item.topics])) {
      const weight = weights.get(key) ?? 0;
      for (const other of postings.get(key) ?? []) {
        if (other === index) continue;
        if (shared[other] === 0) touched.push(other);
        score[other] = score[other]! + weight;
        shared[other] = shared[other]! + 1;
      }
    }

    const better = (a: number, b: number): boolean => {
      if (score[a] !== score[b]) return score[a]! > score[b]!;
      if (shared[a] !== shared[b]) return shared[a]! > shared[b]!;
      const distanceA = Math.abs(items[a]!.day - item.day);
      const distanceB = Math.abs(items[b]!.day - item.day);
      if (distanceA !== distanceB) return distanceA < distanceB;
      return a < b;
    };
    // Keep the best `limit` by insertion: touched lists can be long, `limit` is small.
    const best: number[] = [];
    for (const other of touched) {
      if (best.length === limit && !better(other, best[limit - 1]!)) continue;
      let position = best.length;
      while (position > 0 && better(other, best[position - 1]!)) position -= 1;
      best.splice(position, 0, other);
      if (best.length > limit) best.pop();
    }
    result.push(best);

    for (const other of touched) {
      score[other] = 0;
      shared[other] = 0;
    }
    touched.length = 0;
  }
  return result;
}
