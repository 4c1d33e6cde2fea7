/**
 * kill -9 at seeded random points of `news-archive build` (the whole process
 * group: worker threads and Pagefind's process too), on the 1,000-article
 * archive with five sources added, one headline edited at its source and one
 * title corrected by hand since the published site was built; and a few kills
 * just after the new site was swapped in (while the old one is being removed
 * and the cache records written), which random points almost never reach.
 *
 * After each kill: the published site is the old one or the new one, byte for
 * byte; no entry is half-written and no source has two; what the stopped run
 * left is only of dead processes. Then the next build, from that state, must
 * equal a cold build of the same inputs and leave nothing behind.
 */
import { existsSync, watch } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, inject, test } from "vitest";
import { restoreArena, snapshotDigests } from "./support/arena.ts";
import { checkEntries } from "./support/entries.ts";
import { buildStepAt, formatKillTable, type KillRecord } from "./support/kill-report.ts";
import { livingWriters, siteLeftovers, temporaryFiles } from "./support/leftovers.ts";
import { killDelays, mulberry32 } from "./support/prng.ts";
import { cliArgs, expectSuccess, groupGone, runCli, startCli, type RunResult } from "./support/run.ts";
import { digestTree, treeDifferences } from "./support/tree.ts";

const SEED = 0x6b696c6c; // "kill"
const KILL_POINTS = 20;
const AFTER_SWAP_POINTS = 2;
/** The kills after the swap come within this long of it. */
const AFTER_SWAP_WITHIN_MS = 300;

const faults = inject("faults");
const { folders, arena } = faults;
const undisturbed = faults.undisturbed.build;
const delays = killDelays(SEED, KILL_POINTS, undisturbed.ms);
const afterSwapRandom = mulberry32(SEED + 1);
const afterSwapDelays = Array.from({ length: AFTER_SWAP_POINTS }, () => Math.round(afterSwapRandom() * AFTER_SWAP_WITHIN_MS));
const records: KillRecord[] = [];
const snapshotBefore = snapshotDigests(faults.states.build);

afterAll(() => {
  process.stdout.write(
    formatKillTable(
      `build: ${KILL_POINTS} kill points in ${Math.round(undisturbed.ms)} ms and ${AFTER_SWAP_POINTS} after the swap (seed ${SEED})`,
      records,
    ),
  );
});

/**
 * Starts a build and kills it `delayMs` after the new site replaced the old
 * one: the moment the finished `.site-tmp-*` folder's name is gone and `--out`
 * is there again (inotify tells at once).
 */
async function killedAfterSwap(delayMs: number): Promise<{ run: RunResult; swapped: boolean }> {
  const run = startCli(cliArgs("build", folders));
  let swapped = false;
  const watcher = watch(arena, (_event, name) => {
    if (swapped || !name?.startsWith(".site-tmp-")) return;
    if (existsSync(path.join(arena, name)) || !existsSync(folders.out)) return;
    swapped = true;
    setTimeout(run.kill, delayMs);
  });
  try {
    return { run: await run.result, swapped };
  } finally {
    watcher.close();
  }
}

/** The assertions after a kill, and the build after it. */
async function checkAfterKill(killed: RunResult, delayMs: number, where: string): Promise<void> {
  expect(await groupGone(killed.pid), "every process of the killed build is gone").toBe(true);
  if (!killed.killed) expectSuccess(killed, "the build (it finished before the kill)");

  // The published site: the old one or the new one, whole.
  const site = digestTree(folders.out);
  const state = site.digest === faults.oldSite.digest ? "old site" : site.digest === faults.newSite.digest ? "new site" : undefined;
  records.push({ delayMs, where, outcome: state ?? "NEITHER" });
  if (state === undefined) {
    throw new Error(
      `killed at ${where}: ${folders.out} is neither the old site nor the new one\n` +
        `against the old: ${treeDifferences(site, faults.oldSite).join("; ")}\n` +
        `against the new: ${treeDifferences(site, faults.newSite).join("; ")}`,
    );
  }

  // Entries: every one reads back whole, one per source; temporary files only of dead processes.
  const entries = checkEntries(folders.entries);
  expect(entries.broken).toEqual([]);
  expect(entries.unexpected).toEqual([]);
  expect(entries.sharedSources).toEqual([]);
  expect(livingWriters(entries.temporary.map((temporary) => temporary.file))).toEqual([]);
  expect(livingWriters(siteLeftovers(folders.out))).toEqual([]);
  expect(livingWriters(temporaryFiles(folders.cache))).toEqual([]);

  // The next build takes over the dead run's lock at once, and ends where a cold build does.
  const next = await runCli(cliArgs("build", folders));
  expectSuccess(next, "the build after the kill");
  expect(next.stderr).not.toMatch(/waiting for another run/);
  expect(treeDifferences(digestTree(folders.out), faults.newSite)).toEqual([]);
  expect(treeDifferences(digestTree(folders.entries), faults.newEntries)).toEqual([]);
  expect(siteLeftovers(folders.out)).toEqual([]);
  expect(temporaryFiles(folders.entries)).toEqual([]);
  expect(temporaryFiles(folders.cache)).toEqual([]);
}

describe("build", () => {
  test("the inputs changed: the old site and the new one differ", () => {
    expect(faults.oldSite.digest).not.toBe(faults.newSite.digest);
    expect(faults.startEntries.build.digest).not.toBe(faults.newEntries.digest);
    // The entry whose headline was edited moved to a new address (write new, remove old).
    const moved = (files: Record<string, string>) => Object.keys(files).filter((file) => /\/\d{4}-\d{2}-\d{2}-exclusive-/.test(file));
    expect(moved(faults.startEntries.build.files)).toEqual([]);
    expect(moved(faults.newEntries.files)).toHaveLength(1);
  });

  test("an undisturbed build over the old site equals a cold build of the same inputs", () => {
    expect(treeDifferences(undisturbed.site, faults.newSite)).toEqual([]);
    expect(treeDifferences(undisturbed.entries, faults.newEntries)).toEqual([]);
  });

  test.each(delays)("killed after %i ms: the old site or the new, and the next build equals a cold one", async (delayMs) => {
    await restoreArena("build", faults.states.build, arena);
    const killed = await runCli(cliArgs("build", folders), { killAfterMs: delayMs });
    await checkAfterKill(killed, delayMs, buildStepAt(killed));
  });

  test.each(afterSwapDelays)("killed %i ms after the swap: the new site, and the next build equals a cold one", async (delayMs) => {
    await restoreArena("build", faults.states.build, arena);
    const { run, swapped } = await killedAfterSwap(delayMs);
    expect(swapped, "the build swapped the new site in").toBe(true);
    await checkAfterKill(run, delayMs, run.killed ? `${delayMs} ms after the swap` : "finished");
  });

  test("the snapshot hard-linked into every run was never written through", () => {
    expect(snapshotDigests(faults.states.build)).toEqual(snapshotBefore);
    expect(snapshotBefore.site).toBe(faults.oldSite.digest);
  });
});
