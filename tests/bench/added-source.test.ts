import { describe, expect, it } from "vitest";
import { datesToAdd, firstIndexWithDateLine, sourceDatedOn } from "../../bench/measure/added-source.ts";
import { planArticle, popularityOf } from "../../bench/synth/article-plan.ts";
import { Random } from "../../bench/synth/random.ts";
import { synthesizeSources } from "../../bench/synth/synth-archive.ts";
import { generateWorld } from "../../bench/synth/world.ts";

const SEED = "added-source-test";
const world = generateWorld(SEED);

describe("datesToAdd", () => {
  it("dates after the newest, in the middle of the range, and before the oldest within its year", () => {
    expect(datesToAdd(["2020-06-15", "2016-03-10", "2025-12-30"])).toEqual({
      "add-newest": "2025-12-31",
      "add-middle": "2021-02-03",
      "add-oldest": "2016-03-09",
    });
  });

  it("stays in the oldest year when its first article is on 1 January", () => {
    expect(datesToAdd(["2016-01-01", "2017-01-01"])["add-oldest"]).toBe("2016-01-01");
  });

  it("refuses an empty archive", () => {
    expect(() => datesToAdd([])).toThrow(/empty archive/);
  });
});

describe("sourceDatedOn", () => {
  const index = firstIndexWithDateLine(world, SEED, 50);
  const formatOf = (at: number) => planArticle(world, popularityOf(world), new Random(SEED, `article:${at}`), at).format;

  it("takes an article that states its date on a line of its own", () => {
    expect(index).toBeGreaterThanOrEqual(50);
    expect(["caption-lede", "dateline-signoff"]).toContain(formatOf(index));
    for (let at = 50; at < index; at += 1) expect(["scraped-page", "author-undated"]).toContain(formatOf(at));
  });

  it("writes the article with the wanted date on its date line, named as synth names sources", () => {
    const source = sourceDatedOn(world, SEED, index, "2019-07-04");
    expect(source.date).toBe("2019-07-04");
    expect(source.text.startsWith(" date 2019-07-04 ")).toBe(true);
    expect(source.fileName).toMatch(new RegExp(`^${String(index).padStart(5, "0")}_[0-9a-f]{16}\\.txt$`));
  });

  it("is the same article on another day: same bytes for the same day, only the dates differ otherwise", () => {
    const [a, b] = [sourceDatedOn(world, SEED, index, "2019-07-04"), sourceDatedOn(world, SEED, index, "2024-02-10")];
    expect(sourceDatedOn(world, SEED, index, "2019-07-04")).toEqual(a);
    expect(b.fileName).not.toBe(a.fileName);
    const words = (text: string) => text.split(/\s+/).filter((word) => !/\d/.test(word) && !/day$/.test(word)).length;
    expect(Math.abs(words(a.text) - words(b.text))).toBeLessThan(10);
  });

  it("left at its own day, it is synth's article byte for byte", () => {
    const original = [...synthesizeSources(world, SEED, index + 1)][index]!;
    const again = sourceDatedOn(world, SEED, index, original.manifest.date);
    expect(again.text).toBe(original.text);
    expect(again.fileName).toBe(original.fileName);
  });
});
