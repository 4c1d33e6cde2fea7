/** The `phase NAME N ms` lines that `news-archive build` prints, one per phase. */

const PHASE_LINE = /^phase ([a-z][a-z0-9-]*) (\d+(?:\.\d+)?) ms$/gm;

/** Milliseconds per phase found in a build's output; a phase printed twice adds up. */
export function parsePhaseTimings(output: string): Record<string, number> {
  const phases: Record<string, number> = {};
  for (const match of output.matchAll(PHASE_LINE)) {
    const name = match[1]!;
    phases[name] = (phases[name] ?? 0) + Number(match[2]);
  }
  return phases;
}
