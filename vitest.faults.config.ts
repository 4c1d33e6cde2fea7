import { defineConfig } from "vitest/config";

/**
 * `npm run test:faults`: kill -9 at seeded random points of `build` and
 * `ingest` on a synthetic archive of 1,000 articles, and two builds at once
 * (tests/faults/*.faults.ts). The global setup synthesises and builds the
 * archive once. The files run one after another, never beside each other:
 * each kill point is drawn from a run's measured duration, which a second run
 * on the same cores would stretch, and they all use the same folders.
 */
export default defineConfig({
  test: {
    include: ["tests/faults/**/*.faults.ts"],
    globalSetup: ["tests/faults/global-setup.ts"],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
