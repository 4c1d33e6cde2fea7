/**
 * `news-archive add --date`: a malformed or impossible date is wrong usage (exit
 * 2) and nothing is copied; a good one dates the copy (see add-sources.test.ts).
 */
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/program.ts";

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "add-date-"));
  await writeFile(join(root, "article.txt"), "A title line for the article\n\nThe text of the article, one sentence long.\n");
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("news-archive add --date", () => {
  for (const value of ["2024-6-20", "20/06/2024", "2024-02-30", "tomorrow", ""]) {
    it(`refuses --date ${JSON.stringify(value)} as wrong usage, copying nothing`, async () => {
      const sources = join(root, "sources");
      const code = await main(["node", "news-archive", "add", "--date", value, "--sources", sources, join(root, "article.txt")]);
      expect(code).toBe(2);
      expect(await readdir(sources).catch(() => [])).toEqual([]);
    });
  }
});
