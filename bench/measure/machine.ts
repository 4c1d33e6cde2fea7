/** What the bench ran on, printed with its figures: they mean little without it. */
import { spawnSync } from "node:child_process";
import os from "node:os";

export interface Machine {
  cpu: string;
  cores: number;
  memoryBytes: number;
  os: string;
  node: string;
  /** `hugo version`'s line; undefined when Hugo is not installed. */
  hugo?: string;
}

/** The first line of `hugo version`, or undefined when there is no working `hugo` on the PATH. */
export function hugoVersion(command = "hugo"): string | undefined {
  const result = spawnSync(command, ["version"], { encoding: "utf8", timeout: 30_000 });
  if (result.error || result.status !== 0) return undefined;
  return result.stdout.split("\n")[0]?.trim() || undefined;
}

export function describeMachine(hugo: string | undefined): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() || os.arch(),
    cores: os.availableParallelism(),
    memoryBytes: os.totalmem(),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    ...(hugo === undefined ? {} : { hugo }),
  };
}

export function formatMachine(machine: Machine): string {
  return [
    `machine: ${machine.cpu}, ${machine.cores} cores, ${(machine.memoryBytes / 1024 ** 3).toFixed(1)} GiB memory, ${machine.os}`,
    `node ${machine.node}; ${machine.hugo ?? "hugo: not installed"}`,
  ].join("\n");
}

/** The commit the bench ran at, and whether the working tree had changes; undefined outside a git checkout. */
export function gitCommit(cwd: string): { hash: string; dirty: boolean } | undefined {
  const head = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd, encoding: "utf8" });
  if (head.error || head.status !== 0) return undefined;
  const status = spawnSync("git", ["status", "--porcelain", "--untracked-files=no"], { cwd, encoding: "utf8" });
  return { hash: head.stdout.trim(), dirty: status.status === 0 && status.stdout.trim() !== "" };
}

/** `load average (1 min): 1.1 at the start, 3.1 at the end, on 2 cores`: above the core count, the figures are noisy. */
export function formatLoad(start: number, end: number, cores: number): string {
  return `load average (1 min): ${start.toFixed(1)} at the start, ${end.toFixed(1)} at the end, on ${cores} cores`;
}
