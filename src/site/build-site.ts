import type { BuildOptions } from "../cli/options.ts";

/** Ingest, render with Eleventy into a temporary folder, index for search, swap into `out`. */
export async function buildSite(_options: BuildOptions, _log: (line: string) => void): Promise<number> {
  throw new Error("build is not implemented yet");
}
