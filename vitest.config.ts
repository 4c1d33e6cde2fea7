import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Site builds run Eleventy and Pagefind: give them room on a slow machine.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
