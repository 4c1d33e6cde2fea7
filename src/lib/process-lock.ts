/**
 * A lock file that holds the process id of its owner, so that two runs that
 * write the same folders (two builds, a build and an ingest) take turns, and a
 * lock left behind by a killed run is recognised as stale and taken over.
 */
import { closeSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import path from "node:path";

/** True while a process with this id runs (or runs under another user). */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (caught) {
    // EPERM: it exists but belongs to someone else.
    return (caught as NodeJS.ErrnoException).code === "EPERM";
  }
}

export interface HeldLock {
  release(): void;
  /**
   * True when the lock was taken over from a run that is gone: killed (or its
   * machine stopped) while it held the lock, so it may have left half-written
   * temporary files. A run that ends, however it fails, releases the lock and
   * removes its own.
   */
  readonly tookOverStale: boolean;
}

export interface LockOptions {
  /** Told once, when another live process holds the lock and this one waits. */
  onWait?: (ownerPid: number) => void;
  /** How long to wait for a live owner before giving up; default ten minutes. */
  timeoutMs?: number;
  /** Between looks at the lock; default 200 ms. */
  pollMs?: number;
}

function ownerOf(file: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(file, "utf8"), 10);
    return Number.isNaN(pid) ? undefined : pid;
  } catch {
    return undefined;
  }
}

/** Creates `file` holding our pid, only if it does not exist (atomic on every local file system). */
function tryCreate(file: string): boolean {
  try {
    const fd = openSync(file, "wx");
    try {
      writeSync(fd, `${process.pid}\n`);
    } finally {
      closeSync(fd);
    }
    return true;
  } catch (caught) {
    if ((caught as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw caught;
  }
}

/**
 * Takes the lock, waiting while a live process holds it. A lock whose owner is
 * gone (killed) is removed and taken. Throws when the wait times out.
 */
export async function acquireLock(file: string, options: LockOptions = {}): Promise<HeldLock> {
  mkdirSync(path.dirname(file), { recursive: true });
  const deadline = Date.now() + (options.timeoutMs ?? 10 * 60_000);
  let told = false;
  let tookOverStale = false;
  for (;;) {
    if (tryCreate(file)) {
      return {
        release: () => {
          if (ownerOf(file) === process.pid) rmSync(file, { force: true });
        },
        tookOverStale,
      };
    }
    // An owner that died between creating the file and writing its pid leaves it empty:
    // look once more after a pause before calling it stale.
    let owner = ownerOf(file);
    if (owner === undefined) {
      await pause(options.pollMs);
      owner = ownerOf(file);
    }
    if (owner === undefined || owner === process.pid || !isProcessAlive(owner)) {
      takeAwayStale(file, owner);
      tookOverStale = true;
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(`${file} is held by process ${owner}, which is still running; try again when it has finished`);
    }
    if (!told) options.onWait?.(owner);
    told = true;
    await pause(options.pollMs);
  }
}

/**
 * Moves a stale lock out of the way. Another waiter may have replaced it with a
 * live lock of its own in the meantime: that one is put back.
 */
function takeAwayStale(file: string, staleOwner: number | undefined): void {
  const aside = `${file}.${process.pid}.stale`;
  try {
    renameSync(file, aside);
  } catch {
    return; // already gone
  }
  const moved = ownerOf(aside);
  if (moved !== undefined && moved !== staleOwner && isProcessAlive(moved)) {
    try {
      linkSync(aside, file);
    } catch {
      // A third run took the place meanwhile; the moved owner's release leaves that lock alone.
    }
  }
  rmSync(aside, { force: true });
}

const pause = (ms = 200) => new Promise((resolve) => setTimeout(resolve, ms));
