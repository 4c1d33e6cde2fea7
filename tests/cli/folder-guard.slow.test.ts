/**
 * The probes of a new editor's worst mistakes, run as the command line runs
 * them, in a copy of a project: a mistyped `--out` never deletes anything.
 */
import { execFile } from "node:child_process";
import { cp, mkdtemp, readdir, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const COMMAND = path.resolve("scripts/news-archive.js");
let project = "";

beforeAll(async () => {
  project = await mkdtemp(path.join(tmpdir(), "guard-project-"));
  await cp("content", path.join(project, "content"), { recursive: true });
  await symlink(path.join(project, "content/sources"), path.join(project, "sources-link"));
});
afterAll(() => rm(project, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    await run(process.execPath, [COMMAND, ...args], { cwd: project });
    return { code: 0, stderr: "" };
  } catch (caught) {
    const failed = caught as { code: number; stderr: string };
    return { code: failed.code, stderr: failed.stderr };
  }
}

const listing = async (dir: string) => (await readdir(dir, { recursive: true })).sort();

describe("a mistyped --out is refused with exit 2, and nothing is touched", () => {
  it.each([
    ["build", "."],
    ["build", "content/sources"],
    ["build", ".."],
    ["build", "sources-link"],
    ["serve", "content"],
  ])("%s --out %s", async (command, out) => {
    const before = await listing(project);
    const { code, stderr } = await cli(command, "--out", out, ...(command === "serve" ? ["--port", "0"] : []));
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error: --out .*(project folder|holds|is or holds).*Choose another --out\./m);
    expect(await listing(project)).toEqual(before);
  });

  it("build --out ~ (a home folder full of someone's files)", async () => {
    const home = await mkdtemp(path.join(tmpdir(), "guard-home-"));
    await cp(path.join(project, "content/sources"), path.join(home, "Documents"), { recursive: true });
    try {
      const before = await listing(home);
      const { code, stderr } = await cli("build", "--out", home);
      expect(code).toBe(2);
      expect(stderr).toMatch(/not empty and was not built by news-archive/);
      expect(await listing(home)).toEqual(before);
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  });
});
