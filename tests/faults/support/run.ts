/**
 * Running the real command line as a child process, each in a process group of
 * its own, so that SIGKILL reaches the whole tree at once: the CLI, its worker
 * threads (they die with it) and Pagefind's indexing process (a child of its own).
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const CLI = path.join(PROJECT_ROOT, "scripts", "news-archive.js");

export interface Folders {
  sources: string;
  taxonomy: string;
  entries: string;
  cache: string;
  out: string;
}

export interface RunResult {
  /** Exit code; null when killed. */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** From start to exit. */
  ms: number;
  pid: number;
  /** True when this harness sent the SIGKILL (the run had not finished by then). */
  killed: boolean;
}

export function cliArgs(command: "build" | "ingest", folders: Folders): string[] {
  const args = [
    command,
    "--sources",
    folders.sources,
    "--taxonomy",
    folders.taxonomy,
    "--entries",
    folders.entries,
    "--cache",
    folders.cache,
  ];
  return command === "build" ? [...args, "--out", folders.out] : args;
}

/** True while any process of the group `pgid` is alive (a zombie counts until it is reaped). */
export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (caught) {
    return (caught as NodeJS.ErrnoException).code === "EPERM";
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until no process of the group is left; false if some still are after `timeoutMs`. */
export async function groupGone(pgid: number, timeoutMs = 10_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (groupAlive(pgid)) {
    if (Date.now() > deadline) return false;
    await pause(20);
  }
  return true;
}

/** A started run of the command line. */
export interface CliRun {
  pid: number;
  /** SIGKILL to the whole process group, unless the run has ended. */
  kill(): void;
  result: Promise<RunResult>;
}

/**
 * Starts `news-archive <args>` from the project folder (it reads content/site.yaml
 * and the templates there), in a process group of its own.
 */
export function startCli(args: readonly string[]): CliRun {
  const started = performance.now();
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: PROJECT_ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    // Not a terminal: no progress display.
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error("could not start the command line");
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  let killed = false;
  let exited = false;
  const result = new Promise<RunResult>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", () => {
      exited = true;
    });
    child.once("close", (code, signal) => {
      resolve({ code, signal, stdout, stderr, ms: performance.now() - started, pid, killed });
    });
  });
  const kill = () => {
    if (exited || killed) return;
    killed = true;
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      // Gone just now.
    }
  };
  return { pid, kill, result };
}

/** Runs `news-archive <args>`; with `killAfterMs`, kills it that long after the start unless it has ended. */
export async function runCli(args: readonly string[], options: { killAfterMs?: number } = {}): Promise<RunResult> {
  const run = startCli(args);
  const timer = options.killAfterMs === undefined ? undefined : setTimeout(run.kill, options.killAfterMs);
  try {
    return await run.result;
  } finally {
    clearTimeout(timer);
  }
}

/** Fails with the run's output unless it exited with 0. */
export function expectSuccess(result: RunResult, what: string): void {
  if (result.code !== 0) {
    throw new Error(`${what} exited with ${result.code ?? result.signal}:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
  }
}
