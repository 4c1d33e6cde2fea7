/**
 * Two builds of the same folders started at the same moment: the lock in the
 * cache folder makes the second wait for the first, saying so, and both end
 * well, with the site a cold build makes.
 */
import { describe, expect, inject, test } from "vitest";
import { siteLeftovers, temporaryFiles } from "./support/leftovers.ts";
import { cliArgs, expectSuccess, runCli } from "./support/run.ts";
import { restoreArena } from "./support/arena.ts";
import { digestTree, treeDifferences } from "./support/tree.ts";

const faults = inject("faults");
const { folders } = faults;

describe("two builds at once", () => {
  test("one waits for the other; both succeed; the site equals a cold build", async () => {
    await restoreArena("build", faults.states.build, faults.arena);
    const [first, second] = await Promise.all([runCli(cliArgs("build", folders)), runCli(cliArgs("build", folders))]);
    expectSuccess(first, "the first build");
    expectSuccess(second, "the second build");
    const waited = [first, second].filter((run) => /waiting for another run/.test(run.stderr));
    expect(waited).toHaveLength(1);
    const [waiter] = waited;
    const other = waiter === first ? second : first;
    expect(waiter!.stderr).toContain(`waiting for another run (process ${other.pid})`);
    expect(treeDifferences(digestTree(folders.out), faults.newSite)).toEqual([]);
    expect(treeDifferences(digestTree(folders.entries), faults.newEntries)).toEqual([]);
    expect(siteLeftovers(folders.out)).toEqual([]);
    expect(temporaryFiles(folders.entries)).toEqual([]);
    expect(temporaryFiles(folders.cache)).toEqual([]);
  });
});
