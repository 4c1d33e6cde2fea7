import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { offerToThreads, startWorkerPool } from "../../src/lib/worker-pool.ts";

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

  it("has threads load the compiled command line for a factory it offers, not the module's TypeScript", async () => {
    // A stand-in for the compiled file: loading it offers the factory, as the bundled modules do.
    const folder = await mkdtemp(path.join(tmpdir(), "pool-compiled-"));
    const compiled = path.join(folder, "cli.mjs");
    const module = new URL("file:///project/src/ingest/offered.ts");
    await writeFile(
      compiled,
      `globalThis[Symbol.for("news-archive.thread-factories")] ??= new Map();
globalThis[Symbol.for("news-archive.thread-factories")].set(${JSON.stringify(`${module.href}#adderFor`)}, (setup) => (input) => input + setup.plus + 1000);
`,
    );
    const global = globalThis as unknown as Record<symbol, string | undefined>;
    const marker = Symbol.for("news-archive.compiled-cli");
    global[marker] = pathToFileURL(compiled).href;
    offerToThreads(module, "adderFor", () => undefined);
    const pool = startWorkerPool<number, number>({ module, factory: "adderFor", setup: { plus: 2 }, threads: 1 });
    try {
      // 1,000 more than the module itself would add: the compiled file's factory ran (the TypeScript module does not exist).
      expect(await pool.run(1)).toBe(1003);
    } finally {
      await pool.close();
      delete global[marker];
      await rm(folder, { recursive: true, force: true });
    }
  });
});
