/**
 * The compiled command line is a cache: it is made again whenever anything it is
 * made from changes (a module of src/, the lock file, the project's place), and
 * its modules find their files where the TypeScript is.
 */
import { mkdtemp, readdir, rm, stat, writeFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { compiledCommandLine, sourceDigest } from "../../scripts/compiled-cli.js";

let root = "";
let cache = "";

const PROGRAM = `
import { where } from "../lib/where.ts";
export async function main(argv: string[]): Promise<number> {
  return argv.length;
}
export const places = { program: import.meta.url, lib: where };
`;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "compiled-cli-"));
  cache = path.join(root, "compiled");
  await mkdir(path.join(root, "src", "cli"), { recursive: true });
  await mkdir(path.join(root, "src", "lib"), { recursive: true });
  await writeFile(path.join(root, "src", "cli", "program.ts"), PROGRAM);
  await writeFile(path.join(root, "src", "lib", "where.ts"), "export const where: string = import.meta.url;\n");
  await writeFile(path.join(root, "package-lock.json"), "{}\n");
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe("sourceDigest", () => {
  it("changes with any module of src/, the lock file and the project's folder, and only then", async () => {
    const first = sourceDigest(root);
    expect(sourceDigest(root)).toBe(first);
    await writeFile(path.join(root, "src", "lib", "where.ts"), "export const where: string = import.meta.url; // why\n");
    const edited = sourceDigest(root);
    expect(edited).not.toBe(first);
    await writeFile(path.join(root, "package-lock.json"), '{"lockfileVersion":3}\n');
    expect(sourceDigest(root)).not.toBe(edited);
    await writeFile(path.join(root, "src", "lib", "new.ts"), "export {};\n");
    const added = sourceDigest(root);
    const moved = `${root}-moved`;
    await rm(moved, { recursive: true, force: true });
    await import("node:fs/promises").then(({ cp }) => cp(root, moved, { recursive: true }));
    try {
      expect(sourceDigest(moved)).not.toBe(added);
    } finally {
      await rm(moved, { recursive: true, force: true });
    }
  });
});

describe("compiledCommandLine", () => {
  it("compiles once, reuses the file while nothing changed, and compiles again after a change", async () => {
    const file = await compiledCommandLine(root, cache);
    expect(file).toBe(path.join(cache, `cli-${sourceDigest(root)}.mjs`));
    const made = (await stat(file as string)).mtimeMs;
    expect(await compiledCommandLine(root, cache)).toBe(file);
    expect((await stat(file as string)).mtimeMs).toBe(made);

    await writeFile(path.join(root, "src", "cli", "program.ts"), PROGRAM.replace("argv.length", "argv.length + 1"));
    const again = await compiledCommandLine(root, cache);
    expect(again).not.toBe(file);
    const module = (await import(pathToFileURL(again as string).href)) as { main(argv: string[]): Promise<number> };
    expect(await module.main(["a", "b"])).toBe(3);
  });

  it("gives each module the address of its own TypeScript file", async () => {
    const file = await compiledCommandLine(root, cache);
    const { places } = (await import(pathToFileURL(file as string).href)) as { places: { program: string; lib: string } };
    expect(places.program).toBe(pathToFileURL(path.join(root, "src", "cli", "program.ts")).href);
    expect(places.lib).toBe(pathToFileURL(path.join(root, "src", "lib", "where.ts")).href);
  });

  it("keeps the newest compiled files only, and leaves other files alone", async () => {
    await mkdir(cache, { recursive: true });
    await writeFile(path.join(cache, "notes.json"), "{}");
    for (let version = 0; version < 10; version += 1) {
      await writeFile(path.join(root, "src", "lib", "where.ts"), `export const where: string = "${version}";\n`);
      await compiledCommandLine(root, cache);
    }
    const names = await readdir(cache);
    expect(names.filter((name) => name.endsWith(".mjs"))).toHaveLength(8);
    expect(names).toContain("notes.json");
    expect(names).toContain(`cli-${sourceDigest(root)}.mjs`);
  });

  it("gives up, without throwing, where the project cannot be compiled", async () => {
    await writeFile(path.join(root, "src", "cli", "program.ts"), "export const = ;\n");
    expect(await compiledCommandLine(root, cache)).toBeUndefined();
  });
});
