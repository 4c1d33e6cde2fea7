import { describe, expect, it } from "vitest";
import { median, medianByKey, ratio } from "../../bench/measure/stats.ts";

describe("median", () => {
  it("takes the middle of an odd count, whatever the order", () => {
    expect(median([9.1, 6.2, 7.4])).toBe(7.4);
  });
  it("takes the mean of the two middle values of an even count", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it("is undefined for no values", () => {
    expect(median([])).toBeUndefined();
  });
  it("does not reorder its input", () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe("ratio", () => {
  it("divides by the reference", () => {
    expect(ratio(12_400, 6_200)).toBe(2);
  });
  it("is undefined without a usable reference", () => {
    expect(ratio(1, undefined)).toBeUndefined();
    expect(ratio(undefined, 1)).toBeUndefined();
    expect(ratio(1, 0)).toBeUndefined();
  });
});

describe("medianByKey", () => {
  it("takes each key's median over the records that have it", () => {
    expect(
      medianByKey([
        { ingest: 100, render: 900 },
        { ingest: 300, render: 700, "search-index": 50 },
        { ingest: 200, render: 800 },
      ]),
    ).toEqual({ ingest: 200, render: 800, "search-index": 50 });
  });
});
