/**
 * Planning entries on worker threads. Parsing and tagging a source
 * (plan-entry.ts) is pure and is most of what ingest costs — some 4 ms a
 * source, forty seconds for a cold run over ten thousand — so a big run hands
 * the sources to a pool of threads, one per core (src/lib/worker-pool.ts), while
 * this thread reads the texts and writes the entries that are ready. Each
 * thread compiles the taxonomy for itself; the results are exactly
 * `planEntry`'s, one promise per source in the order given.
 */
import type { Taxonomy } from "../content/taxonomy-schema.ts";
import { compileTaxonomy } from "../taxonomy/tag-article.ts";
import { offerToThreads, startWorkerPool, threadsWorthStarting, type WorkerPool } from "../lib/worker-pool.ts";
import { planEntry, type PlanContext } from "./plan-entry.ts";
import { PublisherTable, type Publisher } from "../taxonomy/publishers.ts";
import { adoptRulesFingerprint, rulesFingerprint } from "./rules-fingerprint.ts";

export type PlanResult = ReturnType<typeof planEntry>;

export interface PlanJob {
  file: string;
  /** The source's path inside the sources folder. */
  name: string;
  text: () => Promise<string>;
}

export interface PlanSetup {
  taxonomy: Taxonomy;
  taxonomyHash: string;
  today: string;
  /** The outlets of the taxonomy folder's `publishers.yaml`, when it has one. */
  publishers?: Publisher[];
  /** The rules' fingerprint (rules-fingerprint.ts) as this thread computed it, for the threads to take. */
  rulesFingerprint?: string;
}

/** Below this many sources, starting threads costs more than it saves. */
export const THREADS_FROM = 200;
/** Texts read ahead of the threads: enough to keep them busy, few enough to hold little. */
const READ_AHEAD = 64;

function contextOf(setup: PlanSetup): PlanContext {
  return {
    matcher: compileTaxonomy(setup.taxonomy),
    taxonomyHash: setup.taxonomyHash,
    today: setup.today,
    ...(setup.publishers ? { publishers: new PublisherTable(setup.publishers) } : {}),
  };
}

/** Run on each thread (by name, from src/lib/worker-pool.ts): the planner of one source's text. */
export function plannerFor(setup: PlanSetup): (job: { file: string; name: string; text: string }) => PlanResult {
  if (setup.rulesFingerprint !== undefined) adoptRulesFingerprint(setup.rulesFingerprint);
  const context = contextOf(setup);
  return (job) => planEntry(job.file, job.text, context, job.name);
}

offerToThreads(new URL(import.meta.url), "plannerFor", plannerFor);

/** The threads that plan entries, started before the sources they will plan are known. */
export type PlanningThreads = WorkerPool<{ file: string; name: string; text: string }, PlanResult>;

/**
 * Starts the planning threads, or none on one core. Each thread takes a second
 * or more to load the rules and compile the taxonomy: a cold run starts them as
 * soon as it sees that many sources are new, so that this happens while this
 * thread still reads the sources and looks for near-duplicates, instead of after.
 * Hand them to `planEntries`, which closes them.
 */
export function startPlanningThreads(setup: PlanSetup): PlanningThreads | undefined {
  const threads = threadsWorthStarting();
  if (threads === 0) return undefined;
  return startWorkerPool({
    module: new URL(import.meta.url),
    factory: "plannerFor",
    setup: { ...setup, rulesFingerprint: setup.rulesFingerprint ?? rulesFingerprint() },
    threads,
  });
}

/**
 * One promise per job, in the jobs' order, each settling with what
 * `planEntry(job.file, await job.text(), context)` gives. With fewer than
 * `threadsFrom` jobs (or one core) everything runs here, one job after another,
 * unless threads were started already (`started`). Call `done()` once every
 * result has been taken: it stops the threads.
 */
export function planEntries(
  jobs: readonly PlanJob[],
  setup: PlanSetup,
  threadsFrom: number = THREADS_FROM,
  started?: PlanningThreads,
): { results: Array<Promise<PlanResult>>; done: () => Promise<void> } {
  const pool = started ?? (jobs.length >= threadsFrom ? startPlanningThreads(setup) : undefined);
  if (pool === undefined) return { results: planHere(jobs, setup), done: async () => {} };

  // Texts are read a little ahead of the threads, not all at once.
  const results: Array<Promise<PlanResult>> = [];
  for (const [index, job] of jobs.entries()) {
    const before = results[index - READ_AHEAD] ?? Promise.resolve();
    const result = before.catch(() => {}).then(async () => pool.run({ file: job.file, name: job.name, text: await job.text() }));
    result.catch(() => {});
    results.push(result);
  }
  return { results, done: () => pool.close() };
}

function planHere(jobs: readonly PlanJob[], setup: PlanSetup): Array<Promise<PlanResult>> {
  const context = contextOf(setup);
  // One job after another, in order, each reading its text only when its turn comes.
  let previous: Promise<unknown> = Promise.resolve();
  return jobs.map((job) => {
    const result = previous.then(async () => planEntry(job.file, await job.text(), context, job.name));
    previous = result.catch(() => {});
    return result;
  });
}
