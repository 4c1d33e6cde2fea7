import { defineConfig } from "vitest/config";

/**
 * `npm run test:slow`: the test files named `*.slow.test.ts`, which take seconds each:
 * whole site builds with Eleventy and Pagefind, the command line run as a child
 * process, worker threads, the corpus of real pages against its answer keys, and
 * the measurements that ingest takes time in proportion to its input.
 */
export default defineConfig({
  test: {
    include: ["tests/**/*.slow.test.ts"],
    // Site builds run Eleventy and Pagefind: give them room on a slow machine.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
