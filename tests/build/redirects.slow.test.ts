import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BuildOptions } from "../../src/cli/options.ts";
import { buildSite } from "../../src/cli/build.ts";
import { checkInternalLinks, countOf, htmlValidationErrors } from "./site-checks.ts";
import { buildArchiveModel } from "../../src/model/archive-model.ts";
import { entry } from "../model/model-fixtures.ts";
import type { Taxonomy } from "../../src/content/taxonomy-schema.ts";

const taxonomy: Taxonomy = {
  people: [
    { name: "Tô Lâm", slug: "to-lam", description: "", aliases: [], shortNames: [], formerSlugs: ["lam-to"] },
    { name: "Lương Cường", slug: "luong-cuong", description: "", aliases: [], shortNames: [], formerSlugs: ["cuong"] },
  ],
  events: [],
  topics: [],
  organisations: [],
  places: [],
};

describe("renamed tags", () => {
  it("lead from their old address to the new page, or to the index when the tag has no page", () => {
    const model = buildArchiveModel([entry({ slug: "a", date: "2025-01-14", people: ["to-lam"] })], taxonomy);
    expect(model.redirects).toEqual([
      { from: "/people/cuong/", to: "/people/", name: "Lương Cường" },
      { from: "/people/lam-to/", to: "/people/to-lam/", name: "Tô Lâm" },
    ]);
  });

  it("count an entry still tagged with the old slug for the renamed tag, without a warning", () => {
    const model = buildArchiveModel([entry({ slug: "a", date: "2025-01-14", people: ["lam-to"] })], taxonomy);
    expect(model.tags.people.get("to-lam")?.articles).toHaveLength(1);
    expect(model.tags.people.has("lam-to")).toBe(false);
    expect(model.problems).toEqual([]);
  });
});

describe("renaming a person's slug in the taxonomy (a real build)", () => {
  let work = "";
  let options: BuildOptions;

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), "rename-"));
    await cp("content/taxonomy", path.join(work, "taxonomy"), { recursive: true });
    options = {
      sources: "content/sources",
      entries: path.join(work, "articles"),
      taxonomy: path.join(work, "taxonomy"),
      cache: path.join(work, "cache"),
      out: path.join(work, "_site"),
      keepGoing: false,
    };
    expect(await buildSite(options, () => {})).toBe(0);
    const file = path.join(options.taxonomy, "people.yaml");
    const people = await readFile(file, "utf8");
    await writeFile(file, people.replace("  slug: to-lam\n", "  slug: to-lam-general-secretary\n  formerSlugs: [to-lam]\n"));
    expect(await buildSite(options, () => {})).toBe(0);
  });

  afterAll(async () => rm(work, { recursive: true, force: true }));

  it("leaves a page at the old address that leads to the new one", async () => {
    const old = await readFile(path.join(options.out, "people/to-lam/index.html"), "utf8");
    expect(old).toContain('<meta http-equiv="refresh" content="0; url=/people/to-lam-general-secretary/">');
    expect(old).toContain('<a href="/people/to-lam-general-secretary/">Tô Lâm</a>');
    const renamed = await readFile(path.join(options.out, "people/to-lam-general-secretary/index.html"), "utf8");
    // The five seeds, three of them one story: three items.
    expect(countOf(renamed, '<li class="summary"')).toBe(3);
  });

  it("keeps the redirect out of the sitemap, and every page valid and linked", async () => {
    const sitemap = await readFile(path.join(options.out, "sitemap.xml"), "utf8");
    expect(sitemap).not.toContain("/people/to-lam/<");
    expect(sitemap).toContain("/people/to-lam-general-secretary/<");
    expect(await htmlValidationErrors(options.out)).toEqual([]);
    const links = await checkInternalLinks(options.out, ".", ["people/to-lam/index.html"]);
    expect(links.checked).toContain("/people/to-lam-general-secretary/");
    expect(links.broken).toEqual([]);
  });
});
