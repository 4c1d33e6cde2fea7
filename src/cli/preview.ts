/**
 * `news-archive preview`: serve a built output folder as a static host would.
 * Kept out of program.ts so that the command line file only wires options.
 */
import { readFile } from "node:fs/promises";
import { InvalidArgumentError } from "commander";
import YAML from "yaml";
import { normalisePathPrefix } from "../content/path-prefix.ts";
import { startPreviewServer, type PreviewServer } from "./preview-server.ts";
import { EXIT } from "./options.ts";

export interface PreviewCommandOptions {
  out: string;
  /** Undefined: the `pathPrefix` of the site settings file, else `/`. */
  pathPrefix?: string;
  port: number;
  host: string;
}

export const DEFAULT_PREVIEW_PORT = 8080;
export const DEFAULT_PREVIEW_HOST = "127.0.0.1";
export const SITE_SETTINGS_FILE = "content/site.yaml";

/** Commander argument parser: a TCP port, 0 meaning any free one. */
export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65_535) {
    throw new InvalidArgumentError("must be a whole number from 0 to 65535");
  }
  return port;
}

/** Commander argument parser for `--path-prefix`. */
export function parsePathPrefix(value: string): string {
  try {
    return normalisePathPrefix(value);
  } catch (caught) {
    throw new InvalidArgumentError(caught instanceof Error ? caught.message : String(caught));
  }
}

/**
 * The prefix the site was built for, when the command line does not say: only the
 * `pathPrefix` key of the settings file is read, so a preview never fails on the
 * rest of it.
 */
export async function configuredPathPrefix(settingsFile = SITE_SETTINGS_FILE): Promise<string> {
  let text: string;
  try {
    text = await readFile(settingsFile, "utf8");
  } catch {
    return "/";
  }
  const settings: unknown = YAML.parse(text);
  const prefix = settings && typeof settings === "object" ? (settings as Record<string, unknown>).pathPrefix : undefined;
  return typeof prefix === "string" ? normalisePathPrefix(prefix) : "/";
}

/**
 * Starts the server and prints its address. Returns the exit code and, on success,
 * the running server (which keeps the process alive until interrupted).
 */
export async function runPreview(
  options: PreviewCommandOptions,
  log: (line: string) => void,
  warn: (line: string) => void = log,
  settingsFile = SITE_SETTINGS_FILE,
): Promise<{ exitCode: number; server?: PreviewServer }> {
  try {
    const pathPrefix = options.pathPrefix ?? (await configuredPathPrefix(settingsFile));
    const server = await startPreviewServer({ dir: options.out, pathPrefix, port: options.port, host: options.host });
    log(`Serving ${options.out} as a static host would, at ${server.url}`);
    log("Press Ctrl+C to stop.");
    return { exitCode: EXIT.ok, server };
  } catch (caught) {
    const code = (caught as NodeJS.ErrnoException).code;
    const message =
      code === "EADDRINUSE"
        ? `port ${options.port} on ${options.host} is in use; choose another with --port (0 picks a free one)`
        : caught instanceof Error
          ? caught.message
          : String(caught);
    warn(`error: ${message}`);
    // A busy port or a folder that is not a built site: the environment, not the content.
    return { exitCode: EXIT.usage };
  }
}
