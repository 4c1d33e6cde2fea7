/**
 * Worker threads for the pure, CPU-bound steps of a big build (parsing sources,
 * rendering Markdown): the machine's other cores do part of the work while this
 * thread does the I/O. A pool runs one function of one of the library's modules:
 * `module`'s export `factory`, called once per thread with `setup`, returns the
 * function each input is given to. Results come back as promises, one per input.
 *
 * The library is TypeScript: a thread loads the compiled command line where the
 * command runs from it (the module must `offerToThreads` its factory), else it
 * registers tsx and loads the module's TypeScript. Inputs, setup and outputs
 * cross by structured clone.
 */
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

const THREAD_SCRIPT = `
const { parentPort, workerData } = require("node:worker_threads");
const factory = workerData.compiled
  ? import(workerData.compiled).then(() => {
      const make = globalThis[Symbol.for("news-archive.thread-factories")]?.get(workerData.module + "#" + workerData.factory);
      if (!make) throw new Error("no thread factory " + workerData.factory + " in the compiled command line");
      return make;
    })
  : import(workerData.loader)
      .then(({ register }) => {
        register();
        return import(workerData.module);
      })
      .then((module) => module[workerData.factory]);
factory
  .then((make) => make(workerData.setup))
  .then((handle) => {
    parentPort.on("message", ({ id, input }) => {
      let reply;
      try {
        reply = { id, output: handle(input) };
      } catch (caught) {
        reply = { id, error: String((caught && caught.stack) || caught) };
      }
      parentPort.postMessage(reply);
    });
    parentPort.postMessage({ ready: true });
  });
`;

/** Set by the compiled command line (scripts/compiled-cli.js) to the address of its one file, which holds every module. */
const COMPILED_CLI = Symbol.for("news-archive.compiled-cli");
/** The thread factories the modules offer, by `module#factory`: what a thread finds in the compiled file. */
const THREAD_FACTORIES = Symbol.for("news-archive.thread-factories");

type FactoryRegistry = Map<string, (setup: never) => unknown>;
const registryOf = (): FactoryRegistry => {
  const global = globalThis as unknown as Record<symbol, FactoryRegistry | undefined>;
  global[THREAD_FACTORIES] ??= new Map();
  return global[THREAD_FACTORIES];
};

/**
 * Offers a module's thread factory to threads that run the compiled command
 * line: they load that one file (already compiled) instead of compiling the
 * module's TypeScript again through tsx, which cost each thread seconds of CPU.
 */
export function offerToThreads(module: URL, factory: string, make: (setup: never) => unknown): void {
  registryOf().set(`${module.href}#${factory}`, make);
}

/** The compiled file a thread may load for this factory, when the command runs compiled and the module offers it. */
function compiledFor(module: URL, factory: string): string | undefined {
  const compiled = (globalThis as unknown as Record<symbol, string | undefined>)[COMPILED_CLI];
  return compiled !== undefined && registryOf().has(`${module.href}#${factory}`) ? compiled : undefined;
}

/** The address of tsx's ESM loader API, as `import` would find it from here. */
function loaderAddress(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve("tsx/package.json");
  const exported = (require(manifest) as { exports: Record<string, { import: { default: string } }> }).exports;
  return pathToFileURL(path.join(path.dirname(manifest), exported["./esm/api"]!.import.default)).href;
}

/** How many threads are worth starting: one per core, and none on a single core. */
export function threadsWorthStarting(): number {
  const cores = availableParallelism();
  return cores < 2 ? 0 : cores;
}

export interface WorkerPool<Input, Output> {
  run(input: Input): Promise<Output>;
  /** Stops the threads (they keep the process alive until then); inputs not yet done are rejected. */
  close(): Promise<void>;
}

interface Job<Input, Output> {
  id: number;
  input: Input;
  resolve: (output: Output) => void;
  reject: (reason: unknown) => void;
}

/** Inputs sent ahead to each thread, so that none waits for this one between inputs. */
const IN_FLIGHT_PER_THREAD = 4;

export function startWorkerPool<Input, Output>(options: {
  module: URL;
  factory: string;
  setup?: unknown;
  threads: number;
}): WorkerPool<Input, Output> {
  const queue: Array<Job<Input, Output>> = [];
  const pending = new Map<number, Job<Input, Output>>();
  let nextId = 0;
  let failure: unknown;
  const compiled = compiledFor(options.module, options.factory);
  const workerData = {
    ...(compiled === undefined ? { loader: loaderAddress() } : { compiled }),
    module: options.module.href,
    factory: options.factory,
    setup: options.setup,
  };

  interface Thread {
    worker: Worker;
    ready: boolean;
    inFlight: Set<number>;
  }
  const threads: Thread[] = [];

  const fail = (reason: unknown): void => {
    failure ??= reason;
    for (const job of [...queue.splice(0), ...pending.values()]) job.reject(failure);
    pending.clear();
    for (const thread of threads) void thread.worker.terminate();
  };

  const feed = (thread: Thread): void => {
    while (thread.ready && thread.inFlight.size < IN_FLIGHT_PER_THREAD && queue.length > 0) {
      const job = queue.shift()!;
      pending.set(job.id, job);
      thread.inFlight.add(job.id);
      thread.worker.postMessage({ id: job.id, input: job.input });
    }
  };

  for (let count = 0; count < options.threads; count += 1) {
    const worker = new Worker(THREAD_SCRIPT, { eval: true, workerData });
    const thread: Thread = { worker, ready: false, inFlight: new Set() };
    threads.push(thread);
    worker.on("message", (message: { ready?: true; id?: number; output?: Output; error?: string }) => {
      if (message.ready) {
        thread.ready = true;
        feed(thread);
        return;
      }
      const job = pending.get(message.id!);
      thread.inFlight.delete(message.id!);
      pending.delete(message.id!);
      if (job === undefined) return;
      if (message.error !== undefined) job.reject(new Error(message.error));
      else job.resolve(message.output as Output);
      feed(thread);
    });
    worker.on("error", fail);
    worker.on("exit", (code) => {
      if (failure === undefined && thread.inFlight.size > 0) fail(new Error(`a worker thread stopped with exit code ${code}`));
    });
  }

  return {
    run(input: Input): Promise<Output> {
      if (failure !== undefined) return Promise.reject(failure);
      return new Promise<Output>((resolve, reject) => {
        queue.push({ id: nextId++, input, resolve, reject });
        for (const thread of threads) feed(thread);
      });
    },
    async close(): Promise<void> {
      for (const job of queue.splice(0)) job.reject(new Error("the worker pool was closed"));
      await Promise.all(threads.map((thread) => thread.worker.terminate()));
    },
  };
}
