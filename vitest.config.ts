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
    // The quick files share their workers' module cache: loading the modules
    // again for each of some 180 files took three times as long as the tests
    // themselves. They mock no module and change no global; the files pass in
    // any order (checked with --sequence.shuffle.files).
    isolate: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
