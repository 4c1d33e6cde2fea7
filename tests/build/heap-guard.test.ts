import { describe, expect, it } from "vitest";
import { HeapGuard, isWorthCollecting } from "../../src/build/heap-guard.ts";

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

describe("HeapGuard", () => {
  /** A heap whose size the test sets, and a count of the collections asked for. */
  function fakeHeap(start: number) {
    const heap = { size: start, collections: 0 };
    const guard = new HeapGuard(
      () => heap.size,
      () => () => {
        heap.collections += 1;
        heap.size = 300 * MB;
      },
    );
    return { heap, guard };
  }

  it("takes a drop V8 made on its own as the new measure of what is alive", () => {
    // Made in a heap full of garbage (800 MB), which V8 then collected down to 265 MB.
    const { heap, guard } = fakeHeap(800 * MB);
    heap.size = 265 * MB;
    guard.check();
    heap.size = 484 * MB;
    guard.check();
    expect(heap.collections).toBe(1);
  });

  it("does not collect a heap that grows less than it may", () => {
    const { heap, guard } = fakeHeap(400 * MB);
    heap.size = 600 * MB;
    guard.check();
    expect(heap.collections).toBe(0);
    heap.size = 660 * MB;
    guard.check();
    expect(heap.collections).toBe(1);
  });

  it("collects before the next step only once the heap holds that much more than was alive after the last collection", () => {
    const { heap, guard } = fakeHeap(600 * MB);
    guard.collectNow();
    expect(heap.collections).toBe(1);
    // Between two search parts: a few megabytes of documents read. Marking 300 MB alive for them is not worth it.
    heap.size = 320 * MB;
    guard.collectIfGrownBy(48 * MB);
    expect(heap.collections).toBe(1);
    heap.size = 349 * MB;
    guard.collectIfGrownBy(48 * MB);
    expect(heap.collections).toBe(2);
    expect(heap.size).toBe(300 * MB);
  });
});
