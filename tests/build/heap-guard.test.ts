import { describe, expect, it } from "vitest";
import { isWorthCollecting } from "../../src/build/heap-guard.ts";

const MB = 1024 * 1024;

describe("isWorthCollecting", () => {
  it("leaves a small heap to V8", () => {
    expect(isWorthCollecting(200 * MB, 50 * MB)).toBe(false);
  });

  it("collects a heap grown to 1.75 times what was alive, when that is the smaller growth", () => {
    expect(isWorthCollecting(340 * MB, 200 * MB)).toBe(false);
    expect(isWorthCollecting(350 * MB, 200 * MB)).toBe(true);
  });

  it("collects a big heap once it has grown by 256 MB, well before 1.75 times", () => {
    expect(isWorthCollecting(850 * MB, 600 * MB)).toBe(false);
    expect(isWorthCollecting(856 * MB, 600 * MB)).toBe(true);
    expect(isWorthCollecting(1000 * MB, 600 * MB)).toBe(true);
  });
});
