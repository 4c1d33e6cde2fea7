/**
 * kill -9 at seeded random points of `news-archive ingest`, after an alias was
 * added to the taxonomy (so every entry is written again) besides the changes
 * of the build scenario. After each kill: no entry is half-written, temporary
 * files are only of dead processes, no source has two entries. The
 * next ingest must then leave exactly the entries a cold ingest makes.
 */
import { afterAll, describe, expect, inject, test } from "vitest";
import { restoreArena, snapshotDigests } from "./support/arena.ts";
import { checkEntries } from "./support/entries.ts";
import { entriesWrittenBefore, formatKillTable, type KillRecord } from "./support/kill-report.ts";
import { livingWriters, temporaryFiles } from "./support/leftovers.ts";
import { killDelays } from "./support/prng.ts";
import { cliArgs, expectSuccess, groupGone, runCli } from "./support/run.ts";
import { digestTree, treeDifferences } from "./support/tree.ts";

const SEED = 0x696e6773; // "ings"
const KILL_POINTS = 10;

const faults = inject("faults");
const { folders } = faults;
const undisturbed = faults.undisturbed.ingest;
const delays = killDelays(SEED, KILL_POINTS, undisturbed.ms);
const records: KillRecord[] = [];
const snapshotBefore = snapshotDigests(faults.states.ingest);

afterAll(() => {
  process.stdout.write(formatKillTable(`ingest: ${KILL_POINTS} kill points in ${Math.round(undisturbed.ms)} ms (seed ${SEED})`, records));
});

describe("ingest", () => {
  test("the inputs changed: the entries before and after differ", () => {
    expect(faults.startEntries.ingest.digest).not.toBe(faults.ingestEntries.digest);
  });

  test("an undisturbed ingest equals a cold one", () => {
    expect(treeDifferences(undisturbed.entries, faults.ingestEntries)).toEqual([]);
  });

  test.each(delays)("killed after %i ms: no half-written entry, and the next ingest equals a cold one", async (delayMs) => {
    await restoreArena("ingest", faults.states.ingest, faults.arena);
    const killed = await runCli(cliArgs("ingest", folders), { killAfterMs: delayMs });
    expect(await groupGone(killed.pid), "every process of the killed ingest is gone").toBe(true);
    if (!killed.killed) expectSuccess(killed, "the ingest (it finished before the kill)");
    const written = entriesWrittenBefore(killed);

    const entries = checkEntries(folders.entries);
    const current = digestTree(folders.entries).digest;
    records.push({
      delayMs,
      where: killed.killed ? `${written} entries written` : "finished",
      outcome:
        `${entries.broken.length} broken, ${entries.temporary.length} temporary files left` +
        (current === faults.startEntries.ingest.digest
          ? " (entries as before)"
          : current === faults.ingestEntries.digest
            ? " (entries as after)"
            : ""),
    });
    expect(entries.broken).toEqual([]);
    expect(entries.unexpected).toEqual([]);
    expect(entries.sharedSources).toEqual([]);
    expect(livingWriters(entries.temporary.map((temporary) => temporary.file))).toEqual([]);
    expect(livingWriters(temporaryFiles(folders.cache))).toEqual([]);

    const next = await runCli(cliArgs("ingest", folders));
    expectSuccess(next, "the ingest after the kill");
    expect(next.stderr).not.toMatch(/waiting for another run/);
    expect(treeDifferences(digestTree(folders.entries), faults.ingestEntries)).toEqual([]);
    expect(temporaryFiles(folders.entries)).toEqual([]);
    expect(temporaryFiles(folders.cache)).toEqual([]);
  });

  test("the snapshot hard-linked into every run was never written through", () => {
    const { site: _site, ...after } = snapshotDigests(faults.states.ingest);
    const { site: _before, ...before } = snapshotBefore;
    expect(after).toEqual(before);
    expect(before.entries).toBe(faults.startEntries.ingest.digest);
  });
});
