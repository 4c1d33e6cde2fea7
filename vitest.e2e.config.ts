import { defineConfig } from "vitest/config";

/**
 * `npm run test:e2e`: the browser suite (tests/e2e/*.e2e.ts) against built
 * sites served on localhost, driving Debian's chromium. The global setup
 * builds each archive once and starts one browser; files run one after the
 * other so that timings (page weight, Lighthouse) are not skewed.
 */
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.e2e.ts"],
    globalSetup: ["tests/e2e/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
