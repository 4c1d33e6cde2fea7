import { configDefaults, defineConfig } from "vitest/config";

/**
 * `npm test`: the quick suite a developer runs while working, every test file
 * under tests/ but the slow ones. The slow ones, named `*.slow.test.ts` (whole
 * site builds, the command line as a child process, worker threads, the
 * corpus of real pages, the linear-time measurements) run with `npm run
 * test:slow` (vitest.slow.config.ts), and in CI.
 */
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: [...configDefaults.exclude, "tests/**/*.slow.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
