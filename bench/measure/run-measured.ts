/** Runs a command as a child process and measures its wall time and the peak memory of its process tree. */
import { spawn } from "node:child_process";
import { samplePeakTreeRss } from "./process-tree-memory.ts";

export interface MeasuredRun {
  exitCode: number;
  /** Milliseconds from spawn until the process and its output streams have closed. */
  wallMs: number;
  /** Largest sum of resident memory over the process and its descendants, in bytes. */
  peakRssBytes: number;
  /** What the command printed (stdout and stderr, interleaved as it came). */
  output: string;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Milliseconds between memory samples. */
  sampleEveryMs?: number;
}

export function runMeasured(command: string, args: readonly string[], options: RunOptions = {}): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => chunks.push(chunk));
    if (child.pid === undefined) {
      child.once("error", reject);
      return;
    }
    const sampler = samplePeakTreeRss(child.pid, options.sampleEveryMs ?? 50);
    child.once("error", (error) => {
      sampler.stop();
      reject(error);
    });
    child.once("close", (code, signal) => {
      const wallMs = performance.now() - started;
      const peakRssBytes = sampler.stop();
      resolve({
        exitCode: code ?? (signal ? 128 : 1),
        wallMs,
        peakRssBytes,
        output: Buffer.concat(chunks).toString("utf8"),
      });
    });
  });
}
