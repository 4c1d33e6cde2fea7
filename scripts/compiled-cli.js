/**
 * The command line as one compiled JavaScript file, made from `src/` with
 * esbuild the first time it is needed and kept beside the installed libraries
 * (`node_modules/.cache/news-archive/`), named by a digest of everything it is
 * made from: every file of `src/`, the lock file (the libraries bundled into
 * it) and this file. Any change to those makes a new one on the next run.
 *
 * Why: compiling the TypeScript on every start (tsx) and loading the libraries
 * module by module cost about 2.5 s of CPU before a build began; the compiled
 * file starts in about 0.6 s. Making it takes about 2 s, once per change of the
 * code. Where it cannot be made (no esbuild, a read-only installation), the
 * command runs from the TypeScript through tsx, as before.
 *
 * What stays TypeScript loaded by tsx: Eleventy's configuration and templates
 * (Eleventy imports them itself; src/build/eleventy-runner.ts registers tsx
 * for them). Worker threads load this same file (src/lib/worker-pool.ts). Each
 * module's `import.meta.url` is written into the compiled file as the address
 * of its TypeScript file, so the paths the code finds from it (templates/,
 * package.json, the modules a worker loads) are those of the project, wherever
 * the compiled file is.
 *
 * Plain JavaScript: it runs before anything can load TypeScript.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** Libraries left outside the compiled file: they load files of their own by path, or are loaders and tools. */
const EXTERNAL = ["@11ty/eleventy", "@11ty/*", "esbuild", "pagefind", "tsx", "tsx/*"];

/** The name of a compiled command line, by its digest; the pattern finds older ones to remove. */
const fileNameOf = (digest) => `cli-${digest}.mjs`;
const COMPILED_NAME = /^cli-[0-9a-f]{32}\.mjs$/;

/** Compiled files kept: the newest, for checkouts that share one installation of the libraries (git worktrees). */
const KEPT = 8;

/** Every file below `dir`, sorted; none when it does not exist. */
function filesBelow(dir) {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort();
  } catch {
    return [];
  }
}

/**
 * Hex digest of what the compiled command line is made from, below `root`:
 * the files of `src/`, `package-lock.json` and this file, each with its path,
 * and `root` itself, since the compiled file holds the addresses of its modules.
 */
export function sourceDigest(root) {
  const hash = createHash("sha256").update(`${path.resolve(root)}\0`);
  const files = [...filesBelow(path.join(root, "src")), path.join(root, "package-lock.json"), fileURLToPath(import.meta.url)];
  for (const file of files) {
    hash.update(`${path.relative(root, file).split(path.sep).join("/")}\0`);
    try {
      hash.update(readFileSync(file)).update("\0");
    } catch {
      hash.update("(missing)\0");
    }
  }
  return hash.digest("hex").slice(0, 32);
}

/** Where the compiled command lines of the project at `root` are kept. */
export const compiledDirOf = (root) => path.join(root, "node_modules", ".cache", "news-archive");

/**
 * Compiles `src/cli/program.ts` below `root` into one ES module and returns its
 * text; each module's `import.meta.url` becomes its own file's address.
 */
export async function compileCommandLine(root) {
  const { build, stop } = await import("esbuild");
  // esbuild's service process (about 100 MB) would otherwise live on beside the whole build.
  const result = await build({
    entryPoints: [path.join(root, "src", "cli", "program.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // esbuild's tables deny Node 20 the pattern syntax `\p{…}` outside a class, and so
    // turn every such pattern literal into `new RegExp(…)`, built again on each call of
    // the function it sits in (some run for every line of every source). Node 20 has it.
    supported: { "regexp-unicode-property-escapes": true },
    external: EXTERNAL,
    write: false,
    logLevel: "silent",
    legalComments: "none",
    // The libraries written in CommonJS call `require`, which an ES module lacks.
    banner: { js: 'import { createRequire as __createRequire } from "node:module";\nconst require = __createRequire(import.meta.url);' },
    plugins: [
      {
        name: "own-module-address",
        setup(build) {
          build.onLoad({ filter: /\.ts$/ }, (args) => ({
            loader: "ts",
            contents: readFileSync(args.path, "utf8").replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href)),
          }));
        },
      },
    ],
  }).finally(stop);
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error("esbuild wrote nothing");
  return output.text;
}

/** Removes all but the newest `KEPT` compiled command lines of `dir`, `current` among them (only files this module names). */
function removeOldest(dir, current) {
  const compiled = readdirSync(dir)
    .filter((name) => COMPILED_NAME.test(name) && name !== path.basename(current))
    .map((name) => ({ file: path.join(dir, name), time: statSync(path.join(dir, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { file } of compiled.slice(KEPT - 1)) rmSync(file, { force: true });
}

/**
 * The path of the compiled command line of the project at `root`, made now if
 * it does not exist yet (older ones are removed); undefined when it cannot be made.
 */
export async function compiledCommandLine(root, dir = compiledDirOf(root)) {
  const file = path.join(dir, fileNameOf(sourceDigest(root)));
  if (existsSync(file)) return file;
  try {
    const text = await compileCommandLine(root);
    mkdirSync(dir, { recursive: true });
    // Under a temporary name, renamed: two commands started at once each write a whole file.
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, text);
    renameSync(temporary, file);
    removeOldest(dir, file);
    return file;
  } catch {
    return undefined;
  }
}

/** The command line's `main`: from the compiled file, or from the TypeScript through tsx where none can be made. */
export async function loadCommandLine(root = fileURLToPath(new URL("../", import.meta.url))) {
  const compiled = await compiledCommandLine(root);
  if (compiled !== undefined) {
    // Worker threads load this same file (src/lib/worker-pool.ts), not the TypeScript through tsx.
    globalThis[Symbol.for("news-archive.compiled-cli")] = pathToFileURL(compiled).href;
    return await import(pathToFileURL(compiled).href);
  }
  const { register } = await import("tsx/esm/api");
  register();
  return await import(pathToFileURL(path.join(root, "src", "cli", "program.ts")).href);
}
