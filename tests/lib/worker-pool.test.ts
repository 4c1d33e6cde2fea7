import { describe, expect, it } from "vitest";
import { startWorkerPool } from "../../src/lib/worker-pool.ts";

const functions = new URL("../fixtures/pool-functions.ts", import.meta.url);

describe("startWorkerPool", () => {
  it("gives each input's result to its own promise, whatever thread ran it", async () => {
    const pool = startWorkerPool<number, number>({ module: functions, factory: "multiplierFor", setup: { by: 3 }, threads: 2 });
    try {
      const inputs = Array.from({ length: 50 }, (_, index) => index);
      expect(await Promise.all(inputs.map((input) => pool.run(input)))).toEqual(inputs.map((input) => input * 3));
    } finally {
      await pool.close();
    }
  });

  it("rejects only the input whose function threw, with its message", async () => {
    const pool = startWorkerPool<number, number>({ module: functions, factory: "multiplierFor", setup: { by: 2 }, threads: 2 });
    try {
      const [good, bad, after] = await Promise.allSettled([pool.run(1), pool.run(-1), pool.run(5)]);
      expect(good).toEqual({ status: "fulfilled", value: 2 });
      expect(bad.status).toBe("rejected");
      expect(String((bad as PromiseRejectedResult).reason)).toContain("cannot take a negative number: -1");
      expect(after).toEqual({ status: "fulfilled", value: 10 });
    } finally {
      await pool.close();
    }
  });

  it("fails what is still due when a thread stops, instead of waiting for ever", async () => {
    const pool = startWorkerPool<number, number>({ module: functions, factory: "exiterFor", threads: 1 });
    try {
      await expect(pool.run(3)).rejects.toThrow(/exit code 3/);
      await expect(pool.run(4)).rejects.toThrow(/exit code 3/);
    } finally {
      await pool.close();
    }
  });

  it("rejects what was queued when it is closed", async () => {
    const pool = startWorkerPool<number, number>({ module: functions, factory: "multiplierFor", setup: { by: 1 }, threads: 1 });
    const queued = Promise.allSettled(Array.from({ length: 20 }, (_, index) => pool.run(index)));
    await pool.close();
    const settled = await queued;
    expect(settled.filter((result) => result.status === "rejected").length).toBeGreaterThan(0);
    for (const result of settled) {
      if (result.status === "rejected") expect(String(result.reason)).toMatch(/closed|exit code/);
    }
  });
});
