/**
 * Running Eleventy 3 from code. Eleventy imports `.eleventy.ts` and the
 * `*.11ty.ts` templates with Node's own `import()`, so TypeScript must be
 * loadable by Node itself: the tsx loader is registered once per process (the
 * command line registers it too; a second registration is harmless).
 */
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";
import { TEMPLATES_DIR, type EleventyConfig } from "../../.eleventy.ts";

const REGISTERED = Symbol.for("news-archive.tsx-registered");

function ensureTypeScriptLoader(): void {
  const flags = globalThis as Record<symbol, unknown>;
  if (flags[REGISTERED]) return;
  register();
  flags[REGISTERED] = true;
}

export const CONFIG_PATH = fileURLToPath(new URL("../../.eleventy.ts", import.meta.url));

export type EleventyInstance = InstanceType<typeof import("@11ty/eleventy").default>;

export interface EleventyRun {
  outDir: string;
  pathPrefix: string;
  runMode?: "build" | "watch" | "serve";
  quiet?: boolean;
  /** Adds what this run hands over (global data, watch targets, events). */
  configure(eleventyConfig: EleventyConfig): void;
}

export async function createEleventy(run: EleventyRun): Promise<EleventyInstance> {
  ensureTypeScriptLoader();
  const { default: Eleventy } = await import("@11ty/eleventy");
  const eleventy = new Eleventy(TEMPLATES_DIR, run.outDir, {
    configPath: CONFIG_PATH,
    pathPrefix: run.pathPrefix,
    quietMode: true,
    runMode: run.runMode ?? "build",
    config: (eleventyConfig: never) => run.configure(eleventyConfig as EleventyConfig),
  });
  if (run.quiet !== false) eleventy.disableLogger();
  return eleventy;
}
