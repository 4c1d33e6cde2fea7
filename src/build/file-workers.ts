/**
 * File-system chores of a big site run on worker threads: hard-linking ten
 * thousand kept pages into the new folder while this thread renders the
 * others, and removing the old site's tens of thousands of files on both
 * cores at once. The work is system calls, so it runs beside this thread's
 * own work instead of waiting for it. The workers are plain JavaScript (no
 * TypeScript loader needed) and do nothing but the calls they are given.
 */
import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";

/** Below this many files a thread costs more than it saves. */
const WORTH_A_THREAD = 2000;

const LINK_FILES = `
const { copyFileSync, linkSync, mkdirSync } = require("node:fs");
const { dirname } = require("node:path");
const { workerData, parentPort } = require("node:worker_threads");
const made = new Set();
for (const [from, to] of workerData) {
  const folder = dirname(to);
  if (!made.has(folder)) {
    mkdirSync(folder, { recursive: true });
    made.add(folder);
  }
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}
parentPort.postMessage("done");
`;

const REMOVE_PATHS = `
const { rmSync } = require("node:fs");
const { workerData, parentPort } = require("node:worker_threads");
for (const target of workerData) rmSync(target, { recursive: true, force: true });
parentPort.postMessage("done");
`;

function runWorker(code: string, data: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData: data });
    worker.once("message", () => resolve());
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`a file worker stopped with exit code ${code}`));
    });
  });
}

/**
 * Hard-links (or, where links fail, copies) each `[from, to]`, making the
 * folders of `to`, on a worker thread when there are enough to be worth one.
 */
export async function linkFiles(pairs: ReadonlyArray<readonly [from: string, to: string]>): Promise<void> {
  if (pairs.length === 0) return;
  if (pairs.length < WORTH_A_THREAD) {
    // Small: the same work here, without starting a thread.
    const { shareFile } = await import("../lib/file-stamps.ts");
    const made = new Set<string>();
    for (const [from, to] of pairs) shareFile(from, to, made);
    return;
  }
  await runWorker(LINK_FILES, pairs);
}

/**
 * Removes `dir` and everything in it; with `files` (about how many it holds)
 * enough to be worth it, its top-level entries are split between two threads.
 */
export async function removeTree(dir: string, files = 0): Promise<void> {
  if (files < WORTH_A_THREAD) {
    rmSync(dir, { recursive: true, force: true });
    return;
  }
  let entries: string[];
  try {
    entries = readdirSync(dir).map((entry) => path.join(dir, entry));
  } catch {
    return;
  }
  if (entries.length < 2) {
    rmSync(dir, { recursive: true, force: true });
    return;
  }
  // Alternate entries: the big folders (the years) fall on both sides.
  const halves: [string[], string[]] = [[], []];
  for (const [index, entry] of entries.entries()) halves[index % 2]!.push(entry);
  await Promise.all(halves.map((half) => runWorker(REMOVE_PATHS, half)));
  rmSync(dir, { recursive: true, force: true });
}
