/**
 * mulberry32: a tiny seeded generator, so that the kill points are the same on
 * every run (and a failing one can be run again) while still spread over the run.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` kill delays in [0, `durationMs`], seeded: one drawn at random inside
 * each of `count` equal slices of the run (stratified), so that they cover its
 * start, its middle and its end rather than bunching by chance.
 */
export function killDelays(seed: number, count: number, durationMs: number): number[] {
  const random = mulberry32(seed);
  const slice = durationMs / count;
  return Array.from({ length: count }, (_, index) => Math.round((index + random()) * slice));
}
