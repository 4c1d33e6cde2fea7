import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { acquireLock, isProcessAlive } from "../../src/lib/process-lock.ts";

/** A process id no process has: above the kernel's limit (pid_max is at most 2^22). */
const DEAD = 999_999_999;

const lockFile = () => path.join(mkdtempSync(path.join(tmpdir(), "lock-")), "cache", "run.lock");

describe("acquireLock", () => {
  it("takes a free lock, writes this process's id and removes the file on release", async () => {
    const file = lockFile();
    const lock = await acquireLock(file);
    expect(readFileSync(file, "utf8").trim()).toBe(String(process.pid));
    expect(lock.tookOverStale).toBe(false);
    lock.release();
    expect(existsSync(file)).toBe(false);
  });

  it("takes over the lock of a run that is gone, and says so (the cache may hold its half-written files)", async () => {
    const file = lockFile();
    await acquireLock(file).then((lock) => lock.release());
    expect(isProcessAlive(DEAD)).toBe(false);
    writeFileSync(file, `${DEAD}\n`);
    const lock = await acquireLock(file, { pollMs: 1 });
    expect(lock.tookOverStale).toBe(true);
    expect(readFileSync(file, "utf8").trim()).toBe(String(process.pid));
    lock.release();
  });

  it("waits for a live owner, tells once, and gives up at the time-out without touching its lock", async () => {
    const file = lockFile();
    await acquireLock(file).then((lock) => lock.release());
    // The test runner's parent process is alive for as long as this test runs.
    writeFileSync(file, `${process.ppid}\n`);
    const told: number[] = [];
    await expect(acquireLock(file, { timeoutMs: 30, pollMs: 5, onWait: (pid) => told.push(pid) })).rejects.toThrow(/still running/);
    expect(told).toEqual([process.ppid]);
    expect(readFileSync(file, "utf8").trim()).toBe(String(process.ppid));
  });

  it("a release by a run whose lock was taken over leaves the new owner's lock alone", async () => {
    const file = lockFile();
    const lock = await acquireLock(file);
    writeFileSync(file, `${process.ppid}\n`);
    lock.release();
    expect(readFileSync(file, "utf8").trim()).toBe(String(process.ppid));
  });
});
