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

  it("runs a task heavier than the budget alone, once nothing runs, and lets a lighter one that fits start meanwhile", async () => {
    const lanes = new Lanes(["one", "two"], 100);
    const small = await lanes.acquire(10);
    const started: string[] = [];
    const heavy = lanes.acquire(500).then((lease) => {
      started.push("heavy");
      return lease;
    });
    const light = lanes.acquire(5).then((lease) => {
      started.push("light");
      return lease;
    });
    await settle();
    // The heavy one does not fit beside the small one; the light one does, and passes it.
    expect(started).toEqual(["light"]);
    small.release();
    await settle();
    expect(started).toEqual(["light"]);
    (await light).release();
    await settle();
    expect(started).toEqual(["light", "heavy"]);
    (await heavy).release();
  });

  it("starts the first waiting task that fits, in the order they asked", async () => {
    const lanes = new Lanes(["one", "two"], 100);
    const big = await lanes.acquire(60);
    const other = await lanes.acquire(30);
    const started: number[] = [];
    for (const weight of [70, 50, 40, 20]) void lanes.acquire(weight).then(() => started.push(weight));
    await settle();
    expect(started).toEqual([]);
    // 60 runs: 40 is the first that fits beside it (70 and 50 do not).
    other.release();
    await settle();
    expect(started).toEqual([40]);
    big.release();
    await settle();
    // 40 runs: 50 fits beside it now, 70 still not.
    expect(started).toEqual([40, 50]);
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

  it("starts the tasks that fit once the budget grows, and holds new ones back once it shrinks", async () => {
    const lanes = new Lanes(["one", "two"], 50);
    const first = await lanes.acquire(40);
    let second = false;
    void lanes.acquire(40).then(() => {
      second = true;
    });
    await settle();
    expect(second).toBe(false);
    lanes.setBudget(100);
    await settle();
    expect(second).toBe(true);
    first.release();
    lanes.setBudget(50);
    let third = false;
    void lanes.acquire(40).then(() => {
      third = true;
    });
    await settle();
    // The second task (40) still runs: 80 would be over the new budget.
    expect(third).toBe(false);
  });
});
