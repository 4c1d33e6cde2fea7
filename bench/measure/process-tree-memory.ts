/**
 * Memory of a whole process tree on Linux: the resident set (VmRSS) of a process
 * and all its descendants, summed. A build is several processes (Node, workers,
 * the Pagefind binary); `/usr/bin/time` reports only the largest single one.
 *
 * Descendants are found through the parent pid in `/proc/PID/stat`, which every
 * Linux kernel has (`/proc/PID/task/TID/children` needs a kernel option). Memory
 * shared between processes is counted once per process, as RSS sums always do.
 */
import { readdirSync, readFileSync } from "node:fs";

/** `VmRSS:   123456 kB` from the text of `/proc/PID/status`, in bytes; undefined for a zombie. */
export function parseVmRss(statusText: string): number | undefined {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(statusText);
  return match ? Number(match[1]) * 1024 : undefined;
}

/** The parent pid from the text of `/proc/PID/stat` (the command name in parentheses may hold spaces). */
export function parseParentPid(statText: string): number | undefined {
  const afterName = statText.slice(statText.lastIndexOf(")") + 2);
  const parent = Number(afterName.split(" ")[1]);
  return Number.isInteger(parent) ? parent : undefined;
}

/** `root` and every process below it, given each process's parent. */
export function descendantsOf(root: number, parents: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parents) {
    const list = children.get(parent);
    if (list) list.push(pid);
    else children.set(parent, [pid]);
  }
  const tree = [root];
  for (let index = 0; index < tree.length; index += 1) {
    tree.push(...(children.get(tree[index]!) ?? []));
  }
  return tree;
}

/** A file of `/proc` that may vanish while it is read: the process ended. */
function readProcFile(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

function parentsOfAllProcesses(proc: string): Map<number, number> {
  const parents = new Map<number, number>();
  let names: string[];
  try {
    names = readdirSync(proc);
  } catch {
    return parents; // no /proc: nothing to measure (see canSampleProcessMemory)
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readProcFile(`${proc}/${name}/stat`);
    const parent = stat === undefined ? undefined : parseParentPid(stat);
    if (parent !== undefined) parents.set(Number(name), parent);
  }
  return parents;
}

function rssOf(pid: number, proc: string): number {
  const status = readProcFile(`${proc}/${pid}/status`);
  return (status === undefined ? undefined : parseVmRss(status)) ?? 0;
}

/** Bytes resident now in `root` and its descendants; 0 once they have all ended. */
export function treeRss(root: number, proc = "/proc"): number {
  return descendantsOf(root, parentsOfAllProcesses(proc)).reduce((total, pid) => total + rssOf(pid, proc), 0);
}

export interface PeakSampler {
  /** Stops sampling (after a last sample) and returns the peak seen, in bytes. */
  stop(): number;
}

/**
 * Samples the tree under `root` every `intervalMs` and keeps the largest sum.
 * Finding the tree reads every process's stat file (several ms on a busy system),
 * which would steal CPU from the build being measured: it is done every
 * `rescanEvery` samples, and the samples between read only the known members.
 */
export function samplePeakTreeRss(root: number, intervalMs = 50, proc = "/proc", rescanEvery = 10): PeakSampler {
  let peak = 0;
  let members = [root];
  let tick = 0;
  const sample = (rescan: boolean) => {
    if (rescan) members = descendantsOf(root, parentsOfAllProcesses(proc));
    peak = Math.max(
      peak,
      members.reduce((total, pid) => total + rssOf(pid, proc), 0),
    );
  };
  sample(true);
  const timer = setInterval(() => {
    tick += 1;
    sample(tick % rescanEvery === 0);
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

/** Whether this system has `/proc` with the fields the sampler reads. */
export function canSampleProcessMemory(proc = "/proc"): boolean {
  const status = readProcFile(`${proc}/self/status`);
  return status !== undefined && parseVmRss(status) !== undefined;
}
