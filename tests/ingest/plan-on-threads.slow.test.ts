import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { planEntries, type PlanJob } from "../../src/ingest/plan-on-threads.ts";
import { runIngest } from "../../src/ingest/run-ingest.ts";
import { writeSynthArchive } from "../../bench/synth/synth-archive.ts";
import { loadTaxonomy } from "../../src/taxonomy/load-taxonomy.ts";

const folders: string[] = [];
async function tempFolder(): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "plan-threads-test-"));
  folders.push(folder);
  return folder;
}
afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

async function filesBelow(folder: string): Promise<Map<string, string>> {
  const files = (await readdir(folder, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const found = new Map<string, string>();
  for (const file of files) {
    const full = path.join(file.parentPath, file.name);
    found.set(path.relative(folder, full), await readFile(full, "utf8"));
  }
  return found;
}

describe("planEntries", () => {
  it("writes the same entries and reports the same problems on threads as on this one", async () => {
    const synth = await tempFolder();
    await writeSynthArchive({ n: 60, seed: "threads", out: synth });
    // One source that fails, to see its error come back from a thread in its place.
    await writeFile(path.join(synth, "sources", "zz-empty.txt"), "   \n");
    const runs = [];
    for (const threadsFrom of [Number.POSITIVE_INFINITY, 1]) {
      const entries = await tempFolder();
      const summary = await runIngest(
        {
          sources: path.join(synth, "sources"),
          taxonomy: path.join(synth, "taxonomy"),
          entries,
          cache: path.join(entries, ".cache"),
          today: "2026-11-23",
          threadsFrom,
        },
        () => {},
      );
      runs.push({ summary, files: await filesBelow(entries) });
    }
    const [here, threaded] = runs;
    expect(here!.summary.written).toBe(60);
    expect(threaded!.summary.written).toBe(60);
    const entryFiles = (files: Map<string, string>) => [...files].filter(([file]) => file.endsWith(".md"));
    expect(entryFiles(threaded!.files)).toEqual(entryFiles(here!.files));
    expect(threaded!.summary.problems).toEqual(here!.summary.problems);
    expect(threaded!.summary.problems.some((problem) => problem.file.endsWith("zz-empty.txt"))).toBe(true);
  });

  it("fails the result of a source whose text cannot be read", async () => {
    const synth = await tempFolder();
    await writeSynthArchive({ n: 3, seed: "broken", out: synth });
    const { taxonomy, hash } = await loadTaxonomy(path.join(synth, "taxonomy"));
    const jobs: PlanJob[] = Array.from({ length: 60 }, (_, index) => ({
      file: `source-${index}.txt`,
      name: `source-${index}.txt`,
      text: async () => {
        if (index === 30) throw new Error("source-30.txt cannot be read");
        return "HANOI, January 14, 2025 — A short text.";
      },
    }));
    const { results, done } = planEntries(jobs, { taxonomy, taxonomyHash: hash, today: "2026-11-23" }, 1);
    await expect(Promise.all(results)).rejects.toThrow("source-30.txt cannot be read");
    // The sources before and after it were planned all the same.
    await expect(results[0]).resolves.toHaveProperty("problems");
    await expect(results[59]).resolves.toHaveProperty("problems");
    await done();
  });
});
