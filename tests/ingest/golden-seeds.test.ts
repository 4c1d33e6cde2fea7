/**
 * Golden test: ingesting the five seeds gives exactly the committed entries in
 * content/articles, byte for byte, `generatedFrom` included (it fingerprints the
 * rules' compiled code), so that a fresh clone's first `npm start` leaves git
 * clean. When a rule change alters the entries, regenerate them with
 * `npm run ingest` and review the diff.
 */
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIngest } from "../../src/ingest/run-ingest.ts";

const COMMITTED = "content/articles";
let work = "";

async function entryFiles(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).filter((file) => file.endsWith(".md")).sort();
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "golden-"));
  await runIngest(
    { sources: "content/sources", entries: join(work, "entries"), taxonomy: "content/taxonomy", cache: join(work, "cache") },
    () => {},
  );
});

afterAll(async () => rm(work, { recursive: true, force: true }));

describe("the five seed entries", () => {
  it("are the committed ones, file for file", async () => {
    const written = await entryFiles(join(work, "entries"));
    expect(written).toEqual(await entryFiles(COMMITTED));
    for (const file of written) {
      const fresh = await readFile(join(work, "entries", file), "utf8");
      const committed = await readFile(join(COMMITTED, file), "utf8");
      expect(fresh, file).toBe(committed);
    }
  });

  it("have the dates the sources state, or the inferred one for 002", async () => {
    const dates = Object.fromEntries(
      await Promise.all(
        (await entryFiles(join(work, "entries"))).map(async (file) => {
          const text = await readFile(join(work, "entries", file), "utf8");
          const source = /^source: (.*)$/m.exec(text)![1]!;
          const inferred = /^dateInferred: true$/m.test(text);
          return [source.slice(0, 3), `${/^date: (.*)$/m.exec(text)![1]}${inferred ? " inferred" : ""}`];
        }),
      ),
    );
    expect(dates).toEqual({
      "000": "2025-01-15",
      "001": "2025-05-09",
      "002": "2025-01-14 inferred",
      "003": "2025-01-11",
      "004": "2025-01-14",
    });
  });
});
