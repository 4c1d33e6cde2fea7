import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KIND_WEIGHTS, rankRelated, type TaggedItem } from "../../src/model/related-articles.ts";

/** The plain way: every list of every tag walked, scores summed as met. rankRelated must agree exactly. */
function rankRelatedByFullSums(items: readonly TaggedItem[], limit = 5): number[][] {
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

const item = (tags: Partial<TaggedItem>, day = 0): TaggedItem => ({ people: [], events: [], topics: [], day, ...tags });

describe("rankRelated", () => {
  it("ranks a shared event over a shared person over a shared topic", () => {
    const items = [
      item({ people: ["p:a"], events: ["e:x"], topics: ["t:z"] }),
      item({ topics: ["t:z"] }),
      item({ people: ["p:a"] }),
      item({ events: ["e:x"] }),
      item({ people: ["p:other"] }),
    ];
    expect(rankRelated(items)[0]).toEqual([3, 2, 1]);
  });

  it("counts a rare shared tag more than a common one", () => {
    const common = ["t:common"];
    const items = [
      item({ topics: ["t:rare", ...common] }),
      item({ topics: common }),
      item({ topics: ["t:rare"] }),
      item({ topics: common }),
      item({ topics: common }),
    ];
    expect(rankRelated(items)[0]![0]).toBe(2);
  });

  it("prefers more shared tags, then the article nearer in time", () => {
    const items = [
      item({ people: ["p:a", "p:b"] }, 100),
      item({ people: ["p:a"] }, 101),
      item({ people: ["p:a", "p:b"] }, 50),
      item({ people: ["p:a", "p:b"] }, 90),
    ];
    expect(rankRelated(items)[0]).toEqual([3, 2, 1]);
  });

  it("returns at most the limit, never the item itself, nothing for an untagged item", () => {
    const items = Array.from({ length: 12 }, () => item({ topics: ["t:all"] }));
    items.push(item({}));
    const ranked = rankRelated(items, 5);
    expect(ranked[0]).toHaveLength(5);
    expect(ranked[0]).not.toContain(0);
    expect(ranked[12]).toEqual([]);
  });
});

describe("rankRelated, which skips the lists that cannot change the result", () => {
  const tag = (prefix: string, count: number) =>
    fc.array(
      fc.integer({ min: 0, max: count - 1 }).map((n) => `${prefix}:${n}`),
      { maxLength: 4 },
    );
  const items = fc.array(
    fc.record({ people: tag("p", 12), events: tag("e", 5), topics: tag("t", 4), day: fc.integer({ min: 0, max: 60 }) }),
    { maxLength: 80 },
  );

  it("gives exactly the ranking of summing over every list", () => {
    fc.assert(
      fc.property(items, fc.integer({ min: 1, max: 6 }), (list, limit) => {
        expect(rankRelated(list, limit)).toEqual(rankRelatedByFullSums(list, limit));
      }),
      { numRuns: 300 },
    );
  });
});
