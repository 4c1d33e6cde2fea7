import { describe, expect, it } from "vitest";
import { rankRelated, type TaggedItem } from "../../src/site/related-articles.ts";

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
