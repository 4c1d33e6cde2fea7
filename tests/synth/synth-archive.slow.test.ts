import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { manifestJson, OutputNotEmptyError, writeSynthArchive, type Manifest } from "../../bench/synth/synth-archive.ts";

const run = promisify(execFile);
const folders: string[] = [];
async function tempFolder(): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "synth-test-"));
  folders.push(folder);
  return folder;
}
afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

/** Every file under a folder, by relative path, with its bytes. */
async function snapshot(folder: string): Promise<Map<string, Buffer>> {
  const files = (await readdir(folder, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const result = new Map<string, Buffer>();
  for (const file of files) {
    const full = path.join(file.parentPath, file.name);
    result.set(path.relative(folder, full), await readFile(full));
  }
  return result;
}

describe("writeSynthArchive", () => {
  it("writes byte-identical archives for the same seed and N", async () => {
    const [a, b] = [await tempFolder(), await tempFolder()];
    await writeSynthArchive({ n: 30, seed: "same", out: a });
    await writeSynthArchive({ n: 30, seed: "same", out: b, concurrency: 3 });
    const [first, second] = [await snapshot(a), await snapshot(b)];
    expect([...first.keys()].sort()).toEqual([...second.keys()].sort());
    for (const [file, bytes] of first) expect(bytes.equals(second.get(file) as Buffer), file).toBe(true);
  });

  it("writes N sources, the five taxonomy files and a manifest that describes each source", async () => {
    const out = await tempFolder();
    const summary = await writeSynthArchive({ n: 12, seed: "count", out });
    expect(summary).toMatchObject({ sources: 12, people: 400, events: 120, topics: 30, organisations: 20, places: 12 });
    const sources = (await readdir(path.join(out, "sources"))).sort();
    expect(sources).toHaveLength(12);
    for (const file of sources) expect(file).toMatch(/^\d{5}_[0-9a-f]{16}\.txt$/);
    expect((await readdir(path.join(out, "taxonomy"))).sort()).toEqual([
      "events.yaml",
      "organisations.yaml",
      "people.yaml",
      "places.yaml",
      "topics.yaml",
    ]);
    const manifest = JSON.parse(await readFile(path.join(out, "manifest.json"), "utf8")) as Manifest;
    expect(manifest).toMatchObject({ generator: "news-archive synth", version: 1, seed: "count", n: 12 });
    expect(manifest.sources.map((source) => source.file).sort()).toEqual(sources);
  });

  it("refuses to write over files already in the output, unless forced", async () => {
    const out = await tempFolder();
    await mkdir(path.join(out, "sources"));
    await writeFile(path.join(out, "sources", "keep-me.txt"), "an editor's file");
    await expect(writeSynthArchive({ n: 2, seed: "x", out })).rejects.toBeInstanceOf(OutputNotEmptyError);
    expect(await readFile(path.join(out, "sources", "keep-me.txt"), "utf8")).toBe("an editor's file");
    await writeSynthArchive({ n: 2, seed: "x", out, force: true });
    expect(await readdir(path.join(out, "sources"))).toHaveLength(2);
  });
});

describe("manifestJson", () => {
  it("is one JSON value with one source per line", () => {
    const manifest = { generator: "news-archive synth", version: 1, seed: "s", n: 2, sources: [{ a: 1 }, { b: "x\ny" }] };
    const text = manifestJson(manifest as unknown as Manifest);
    expect(JSON.parse(text)).toEqual(manifest);
    expect(text.split("\n")).toHaveLength(5);
  });
});

describe("npm run synth (scripts/synth.ts)", () => {
  const script = path.resolve("scripts/synth.ts");
  const tsx = path.resolve("node_modules/.bin/tsx");
  const synth = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await run(tsx, [script, ...args]);
      return { code: 0, stdout, stderr };
    } catch (caught) {
      const failure = caught as { code: number; stdout: string; stderr: string };
      return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
    }
  };

  it("writes the archive and prints a one-line summary", async () => {
    const out = await tempFolder();
    const result = await synth("--n", "3", "--out", out, "--seed", "cli");
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split("\n")).toHaveLength(1);
    expect(result.stdout).toMatch(/^synth: 3 sources, 400 people, 120 events, 30 topics, 20 organisations, 12 places → /);
    expect(await readdir(path.join(out, "sources"))).toHaveLength(3);
  });

  it("exits 2 on wrong usage and 0 on --help", async () => {
    const out = await tempFolder();
    expect((await synth("--n", "many", "--out", out)).code).toBe(2);
    expect((await synth("--n", "0", "--out", out)).code).toBe(2);
    expect((await synth("--bogus")).code).toBe(2);
    const help = await synth("--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--seed");
    await mkdir(path.join(out, "sources"), { recursive: true });
    await writeFile(path.join(out, "sources", "x.txt"), "x");
    const refused = await synth("--n", "1", "--out", out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("not empty");
  });
});
