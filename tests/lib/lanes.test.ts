import { describe, expect, it } from "vitest";
import { Lanes } from "../../src/lib/lanes.ts";

/** Lets every settled promise's callbacks run. */
const settle = () => new Promise((resume) => setTimeout(resume, 0));

describe("Lanes", () => {
  it("runs as many tasks as there are lanes, while their weight fits the budget", async () => {
    const lanes = new Lanes(["one", "two"], 100);
    const first = await lanes.acquire(40);
    const second = await lanes.acquire(50);
    expect([first.lane, second.lane]).toEqual(["one", "two"]);
    let third = false;
    void lanes.acquire(10).then(() => {
      third = true;
    });
    await settle();
    // No lane is free, though the weight would fit.
    expect(third).toBe(false);
    first.release();
    await settle();
    expect(third).toBe(true);
  });

  it("holds a task back while the weight in flight would go over the budget", async () => {
    const lanes = new Lanes(["one", "two"], 100);
    const first = await lanes.acquire(70);
    let second = false;
    void lanes.acquire(40).then(() => {
      second = true;
    });
    await settle();
    expect(second).toBe(false);
    first.release();
    await settle();
    expect(second).toBe(true);
  });

  it("runs a task heavier than the budget alone, and lets no lighter one pass it while it waits", async () => {
    const lanes = new Lanes(["one", "two"], 100);
    const small = await lanes.acquire(10);
    const started: string[] = [];
    const heavy = lanes.acquire(500).then((lease) => {
      started.push("heavy");
      return lease;
    });
    void lanes.acquire(5).then(() => started.push("light"));
    await settle();
    expect(started).toEqual([]);
    small.release();
    await settle();
    // The heavy one alone; the light one waits behind it, in the order they asked.
    expect(started).toEqual(["heavy"]);
    (await heavy).release();
    await settle();
    expect(started).toEqual(["heavy", "light"]);
  });

  it("keeps tasks that come one at a time on the first lane, and ignores a second release", async () => {
    const lanes = new Lanes(["one", "two"], 100);
    const used: string[] = [];
    for (let round = 0; round < 3; round += 1) {
      const lease = await lanes.acquire(60);
      used.push(lease.lane);
      lease.release();
      lease.release();
    }
    expect(used).toEqual(["one", "one", "one"]);
    // The double releases gave back nothing twice: two lanes, no more.
    const a = await lanes.acquire(1);
    const b = await lanes.acquire(1);
    let c = false;
    void lanes.acquire(1).then(() => {
      c = true;
    });
    await settle();
    expect([a.lane, b.lane].sort()).toEqual(["one", "two"]);
    expect(c).toBe(false);
  });

  it("needs a lane", () => {
    expect(() => new Lanes([], 1)).toThrow(/at least one lane/);
  });
});
