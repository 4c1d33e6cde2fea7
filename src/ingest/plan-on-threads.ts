/**
 * Planning entries on worker threads. Parsing and tagging a source
 * (plan-entry.ts) is pure and is most of what ingest costs — some 4 ms a
 * source, forty seconds for a cold run over ten thousand — so a big run hands
 * the sources to one thread per core, in small runs, while this thread reads
 * the next texts and writes the entries that are ready. Each thread compiles
 * the taxonomy for itself; the results are exactly `planEntry`'s, delivered in
 * the order the sources were given.
 */
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Taxonomy } from "../schema/taxonomy.ts";
import { compileTaxonomy } from "../taxonomy/tag-article.ts";
import { planEntry } from "./plan-entry.ts";

export type PlanResult = ReturnType<typeof planEntry>;

export interface PlanJob {
  file: string;
  text: () => Promise<string>;
}

export interface PlanSetup {
  taxonomy: Taxonomy;
  taxonomyHash: string;
  today: string;
}

/** Below this many sources, starting threads costs more than it saves. */
export const THREADS_FROM = 200;
/** Sources handed to a thread at a time: small enough to keep both busy to the end. */
const RUN_LENGTH = 25;

// The library is TypeScript: each thread registers the loader the command uses (tsx).
const PLAN_ON_A_THREAD = `
const { parentPort, workerData } = require("node:worker_threads");
import(workerData.loader)
  .then(({ register }) => {
    register();
    return Promise.all([import(workerData.planModule), import(workerData.tagModule)]);
  })
  .then(([{ planEntry }, { compileTaxonomy }]) => {
    const { taxonomy, taxonomyHash, today } = workerData.setup;
    const context = { matcher: compileTaxonomy(taxonomy), taxonomyHash, today };
    parentPort.on("message", ({ id, jobs }) => {
      try {
        parentPort.postMessage({ id, results: jobs.map((job) => planEntry(job.file, job.text, context)) });
      } catch (caught) {
        parentPort.postMessage({ id, error: String((caught && caught.stack) || caught) });
      }
    });
    parentPort.postMessage({ ready: true });
  });
`;

/** The address of tsx's ESM loader API, as `import` would find it from here. */
function loaderAddress(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve("tsx/package.json");
  const exported = (require(manifest) as { exports: Record<string, { import: { default: string } }> }).exports;
  return pathToFileURL(path.join(path.dirname(manifest), exported["./esm/api"]!.import.default)).href;
}

interface Deferred {
  promise: Promise<PlanResult>;
  resolve: (result: PlanResult) => void;
  reject: (reason: unknown) => void;
}

function deferred(): Deferred {
  let resolve!: Deferred["resolve"];
  let reject!: Deferred["reject"];
  const promise = new Promise<PlanResult>((settle, fail) => {
    resolve = settle;
    reject = fail;
  });
  // A failed run rejects every result still due; the caller may stop awaiting at the first.
  promise.catch(() => {});
  return { promise, resolve, reject };
}

/**
 * One promise per job, in the jobs' order, each settling with what
 * `planEntry(job.file, await job.text(), context)` gives. With fewer than
 * `threadsFrom` jobs (or one core) everything runs here, one job after another.
 */
export function planEntries(
  jobs: readonly PlanJob[],
  setup: PlanSetup,
  threadsFrom: number = THREADS_FROM,
): Array<Promise<PlanResult>> {
  const threads = Math.min(availableParallelism(), Math.ceil(jobs.length / RUN_LENGTH));
  if (jobs.length < threadsFrom || threads < 2) return planHere(jobs, setup);
  return planOnThreads(jobs, setup, threads);
}

function planHere(jobs: readonly PlanJob[], setup: PlanSetup): Array<Promise<PlanResult>> {
  const context = { matcher: compileTaxonomy(setup.taxonomy), taxonomyHash: setup.taxonomyHash, today: setup.today };
  // One job after another, in order, each reading its text only when its turn comes.
  let previous: Promise<unknown> = Promise.resolve();
  return jobs.map((job) => {
    const result = previous.then(async () => planEntry(job.file, await job.text(), context));
    previous = result.catch(() => {});
    return result;
  });
}

function planOnThreads(jobs: readonly PlanJob[], setup: PlanSetup, threads: number): Array<Promise<PlanResult>> {
  const results = jobs.map(() => deferred());
  const runs: number[][] = [];
  for (let start = 0; start < jobs.length; start += RUN_LENGTH) {
    runs.push(Array.from({ length: Math.min(RUN_LENGTH, jobs.length - start) }, (_, offset) => start + offset));
  }
  let nextRun = 0;
  const workerData = {
    loader: loaderAddress(),
    planModule: new URL("./plan-entry.ts", import.meta.url).href,
    tagModule: new URL("../taxonomy/tag-article.ts", import.meta.url).href,
    setup,
  };
  const failAll = (reason: unknown): void => {
    for (const result of results) result.reject(reason);
  };

  for (let count = 0; count < threads; count += 1) {
    const worker = new Worker(PLAN_ON_A_THREAD, { eval: true, workerData });
    let running: number[] | undefined;
    const sendNext = async (): Promise<void> => {
      const run = runs[nextRun];
      nextRun += 1;
      if (run === undefined) {
        running = undefined;
        await worker.terminate();
        return;
      }
      running = run;
      const texts = await Promise.all(run.map((index) => jobs[index]!.text()));
      worker.postMessage({ id: nextRun - 1, jobs: run.map((index, at) => ({ file: jobs[index]!.file, text: texts[at] })) });
    };
    const failed = (reason: unknown): void => {
      failAll(reason);
      void worker.terminate();
    };
    worker.on("message", (message: { ready?: true; id?: number; results?: PlanResult[]; error?: string }) => {
      if (message.ready) {
        sendNext().catch(failed);
        return;
      }
      if (message.error !== undefined) {
        failed(new Error(`planning entries on a thread failed: ${message.error}`));
        return;
      }
      const run = runs[message.id!]!;
      run.forEach((index, at) => results[index]!.resolve(message.results![at]!));
      sendNext().catch(failed);
    });
    worker.on("error", failed);
    worker.on("exit", (code) => {
      if (running !== undefined) failed(new Error(`a planning thread stopped with exit code ${code}`));
    });
  }
  return results.map((result) => result.promise);
}
