import { defineConfig } from "vitest/config";

/**
 * `npm run test:e2e`: the browser suite (tests/e2e/*.e2e.ts) against built
 * sites served on localhost, driving Debian's chromium. The global setup
 * builds each archive once and starts one browser that every file shares.
 * Lighthouse runs last and alone, so that other tests do not skew its timings.
 */
const LIGHTHOUSE = "tests/e2e/lighthouse.e2e.ts";

export default defineConfig({
  test: {
    globalSetup: ["tests/e2e/global-setup.ts"],
    projects: [
      {
        test: {
          name: "browser",
          include: ["tests/e2e/**/*.e2e.ts"],
          exclude: [LIGHTHOUSE],
          maxWorkers: 2,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: "lighthouse",
          include: [LIGHTHOUSE],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 60_000,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
