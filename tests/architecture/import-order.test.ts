/**
 * The house rule, checked: imports point one way, down the pipeline.
 *
 *   cli → build | ingest → model → taxonomy → content → lib
 *
 * (build and ingest never import each other; model never imports taxonomy's
 * tagging, only its pure text helpers.) Templates and the Eleventy
 * configuration see only the model and lib. Nothing imports the configuration.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** The folders of src/ from the bottom up; a module may import its own folder and those below. */
const LAYERS: Record<string, number> = { lib: 0, content: 1, taxonomy: 2, model: 3, ingest: 4, build: 4, cli: 5 };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|js)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** The files a module imports (relative specifiers only), as paths from the project root. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)].map((match) => match[1]!);
  return specifiers.map((specifier) => path.normalize(path.join(path.dirname(file), specifier)));
}

const layerOf = (file: string): string | undefined => /^src\/([^/]+)\//.exec(file)?.[1];

/** The imports that break the rule, as `importer → imported`. */
function wrongImports(files: readonly string[], allowed: (from: string, to: string) => boolean): string[] {
  return files.flatMap((from) =>
    importsOf(from)
      .filter((to) => !allowed(from, to))
      .map((to) => `${from} → ${to}`),
  );
}

describe("imports point one way", () => {
  it("inside src/: each folder imports only its own and those below it", () => {
    const wrong = wrongImports(sourceFiles("src"), (from, to) => {
      const [a, b] = [layerOf(from), layerOf(to)];
      if (a === undefined || b === undefined) return false;
      if (a === b) return true;
      // Same rank, different folder (build and ingest): not allowed.
      return LAYERS[b]! < LAYERS[a]!;
    });
    expect(wrong).toEqual([]);
  });

  it("templates and the Eleventy configuration see only the model and lib", () => {
    const files = [...sourceFiles("templates"), ".eleventy.ts"];
    const wrong = wrongImports(files, (_from, to) => {
      const layer = layerOf(to);
      return layer === "model" || layer === "lib" || to.startsWith("templates/");
    });
    expect(wrong).toEqual([]);
  });

  it("nothing imports the Eleventy configuration", () => {
    const everything = [...sourceFiles("src"), ...sourceFiles("templates"), ...sourceFiles("scripts"), ...sourceFiles("bench")];
    expect(everything.filter((file) => importsOf(file).includes(".eleventy.ts"))).toEqual([]);
  });

  it("catches an import against the order", () => {
    const wrong = wrongImports(["src/cli/program.ts"], () => false);
    expect(wrong.length).toBeGreaterThan(0);
  });
});
