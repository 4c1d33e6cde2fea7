/**
 * Every page the suite's archives hold, read as the build wrote it: the seed
 * archive (at the root and under /news/) and the synthetic one of a few hundred
 * articles, with its stories, time line, facets and long paginated lists.
 * html-validate's standard preset finds no error on any of them, and no page
 * but search runs a script (JSON-LD is data, not a script), so that every page
 * works the same without JavaScript.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { htmlValidationErrors, listHtmlFiles } from "../build/site-checks.ts";
import type { ArchiveName, PathPrefix } from "./support/sites.ts";

/** The sites of the global setup (no browser is needed here). */
const site = (archive: ArchiveName, prefix: PathPrefix = "/") => inject("sites")[archive][prefix];

/** Validating a thousand pages takes half a minute on a quiet 2-core machine; allow for a busy one. */
const TIMEOUT = 300_000;

/** A `<script>` that runs: anything but a data block. */
const RUNNING_SCRIPT = /<script(?![^>]*\stype="application\/(?:ld\+)?json")[^>]*>/g;

const CASES = [
  ["seed", "/"],
  ["seed", "/news/"],
  ["synth", "/"],
] as const;

describe.each(CASES)("every page of the %s archive served at %s", (archive, prefix) => {
  it(
    "passes html-validate's standard preset",
    async () => {
      const { outDir, pages } = site(archive, prefix);
      const errors = await htmlValidationErrors(outDir);
      process.stdout.write(`html-validate: ${pages.length} pages of the ${archive} archive at ${prefix}, ${errors.length} errors\n`);
      expect(pages.length).toBeGreaterThan(archive === "synth" ? 500 : 20);
      expect(errors).toEqual([]);
    },
    TIMEOUT,
  );

  it("runs no script outside the search page", async () => {
    const { outDir } = site(archive, prefix);
    const scripted: string[] = [];
    for (const file of await listHtmlFiles(outDir)) {
      const scripts = (await readFile(path.join(outDir, file), "utf8")).match(RUNNING_SCRIPT) ?? [];
      if (scripts.length > 0) scripted.push(file);
    }
    expect(scripted).toEqual(["search/index.html"]);
  });
});
