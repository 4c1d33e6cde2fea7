/**
 * After a run killed while it held the cache's lock, the next run takes the lock
 * over and removes the half-written files the killed run left in the cache;
 * a live writer's files, and the cache's own records, stay.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/program.ts";

/** A process id no process has: above the kernel's limit (pid_max is at most 2^22). */
const DEAD = 999_999_999;

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "killed-run-"));
  await mkdir(join(root, "sources"), { recursive: true });
  await mkdir(join(root, "taxonomy"), { recursive: true });
  for (const kind of ["people", "events", "topics"]) await writeFile(join(root, "taxonomy", `${kind}.yaml`), "[]\n");
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("a run after a killed one", () => {
  it("takes over the killed run's lock and removes its temporary files from the cache", async () => {
    const cache = join(root, "cache");
    await mkdir(join(cache, "site"), { recursive: true });
    await writeFile(join(cache, "run.lock"), `${DEAD}\n`);
    const left = { dead: join("site", `pages.json.${DEAD}.tmp`), live: join("site", `pages.json.${process.ppid}.tmp`) };
    for (const file of Object.values(left)) await writeFile(join(cache, file), "{");
    const paths = [
      "--sources",
      join(root, "sources"),
      "--taxonomy",
      join(root, "taxonomy"),
      "--entries",
      join(root, "entries"),
      "--cache",
      cache,
    ];
    const code = await main(["node", "news-archive", "ingest", ...paths]);
    expect(code).toBe(0);
    const listed = await readdir(join(cache, "site"));
    expect(listed).not.toContain(`pages.json.${DEAD}.tmp`);
    expect(listed).toContain(`pages.json.${process.ppid}.tmp`);
    expect(await readdir(cache)).not.toContain("run.lock");
  });
});
