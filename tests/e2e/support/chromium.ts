/**
 * The browser the suite drives: Debian's chromium, never a downloaded build.
 * `CHROMIUM_PATH` points elsewhere on a machine whose chromium lives elsewhere.
 */
import { existsSync } from "node:fs";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags for a quiet headless run in a container: no sandbox, no GPU, no calls home. */
export const CHROMIUM_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const MISSING_CHROMIUM_MESSAGE = `chromium not found at ${CHROMIUM_PATH} — install it (apt-get install chromium)`;

/** Throws, after saying so plainly on stderr, when the browser is absent: the suite must never pass without it. */
export function requireChromium(): string {
  if (!existsSync(CHROMIUM_PATH)) {
    process.stderr.write(`\n${MISSING_CHROMIUM_MESSAGE}\n\n`);
    throw new Error(MISSING_CHROMIUM_MESSAGE);
  }
  return CHROMIUM_PATH;
}
