/**
 * `news-archive add --date` and `--url`: a malformed or impossible date, or an
 * address that is not http or https, is wrong usage (exit 2) and nothing is
 * copied; a good one marks the copy (see add-sources.slow.test.ts).
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
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

describe("news-archive add --url", () => {
  for (const value of ["tass.com/politics/1371335", "ftp://tass.com/a", "javascript:alert(1)", "https://", "not an address", ""]) {
    it(`refuses --url ${JSON.stringify(value)} as wrong usage, copying nothing`, async () => {
      const sources = join(root, "sources");
      const code = await main(["node", "news-archive", "add", "--url", value, "--sources", sources, join(root, "article.txt")]);
      expect(code).toBe(2);
      expect(await readdir(sources).catch(() => [])).toEqual([]);
    });
  }

  it("writes a good address as the copy's ` url` marker line", async () => {
    const sources = join(root, "sources");
    const args = ["--sources", sources, "--entries", join(root, "entries"), "--cache", join(root, "cache")];
    const code = await main([
      "node",
      "news-archive",
      "add",
      "--url",
      "https://tass.com/politics/1371335",
      ...args,
      join(root, "article.txt"),
    ]);
    expect(code).not.toBe(2);
    expect((await readFile(join(sources, "article.txt"), "utf8")).split("\n")[0]).toBe(" url https://tass.com/politics/1371335");
  });
});
