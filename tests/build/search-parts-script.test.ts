/** The search page's script searching an index in parts (templates/assets/search.js). */
import { describe, expect, it } from "vitest";

interface FakeResult {
  id: string;
  score: number;
  data: () => Promise<never>;
}

const scriptUrl = new URL("../../templates/assets/search.js", import.meta.url).href;
const { combineParts } = (await import(scriptUrl)) as {
  combineParts: (parts: unknown[]) => {
    options: (options: Record<string, unknown>) => Promise<void>;
    init: () => Promise<void>;
    filters: () => Promise<Record<string, Record<string, number>>>;
    search: (
      term: string | null,
      options: Record<string, unknown>,
    ) => Promise<{ results: FakeResult[]; filters: Record<string, Record<string, number>> }>;
  };
};

/** A part holding results by id with a score, oldest part first; sorted by date, a part lists its own in date order. */
function part(results: Array<[id: string, score: number]>, filters: Record<string, Record<string, number>>) {
  const calls: string[] = [];
  const list = results.map(([id, score]) => ({ id, score, data: async () => Promise.reject(new Error("unused")) }));
  return {
    calls,
    options: async () => void calls.push("options"),
    init: async () => void calls.push("init"),
    filters: async () => filters,
    search: async () => ({ results: list, filters, totalFilters: filters }),
  };
}

describe("combineParts", () => {
  const older = part(
    [
      ["a", 1],
      ["b", 5],
    ],
    { person: { "Tô Lâm": 2 }, year: { "2024": 2 } },
  );
  const newer = part(
    [
      ["c", 3],
      ["d", 4],
    ],
    { person: { "Tô Lâm": 1, "Vladimir Putin": 1 }, year: { "2025": 2 } },
  );
  const combined = combineParts([older, newer]);

  it("is the bundle itself when there is one part", () => {
    expect(combineParts([older])).toBe(older);
  });

  it("passes options and start-up to every part", async () => {
    await combined.options({ baseUrl: "/" });
    await combined.init();
    expect(older.calls).toEqual(["options", "init"]);
    expect(newer.calls).toEqual(["options", "init"]);
  });

  it("orders results by score across the parts when no order is chosen", async () => {
    const search = await combined.search("word", { filters: {} });
    expect(search.results.map((result) => result.id)).toEqual(["b", "d", "c", "a"]);
  });

  it("puts the newest part first for newest first, and the oldest part first for oldest first", async () => {
    const newest = await combined.search("word", { filters: {}, sort: { date: "desc" } });
    expect(newest.results.map((result) => result.id)).toEqual(["c", "d", "a", "b"]);
    const oldest = await combined.search("word", { filters: {}, sort: { date: "asc" } });
    expect(oldest.results.map((result) => result.id)).toEqual(["a", "b", "c", "d"]);
  });

  it("adds up the filter counts of the parts", async () => {
    const expected = { person: { "Tô Lâm": 3, "Vladimir Putin": 1 }, year: { "2024": 2, "2025": 2 } };
    expect((await combined.search("word", { filters: {} })).filters).toEqual(expected);
    expect(await combined.filters()).toEqual(expected);
  });
});
