import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { homedir, tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { folderProblems, SITE_MARKER, unfitSiteFolder } from "../../src/content/folders.ts";

let project = "";
const inProject = (...parts: string[]) => path.join(project, ...parts);

beforeAll(async () => {
  project = await mkdtemp(path.join(tmpdir(), "folders-"));
  for (const folder of ["content/sources", "content/articles", "content/taxonomy", "templates", ".git"]) {
    await mkdir(inProject(folder), { recursive: true });
  }
  await writeFile(inProject("content/sources/a.txt"), "an editor's source");
  await symlink(inProject("content/sources"), inProject("link-to-sources"));
  await symlink(project, inProject("link-to-root"));
});

afterAll(() => rm(project, { recursive: true, force: true }));

/** The problems of building with the project's usual folders and this `--out` (relative to the project). */
const withOut = (out: string, extra: Record<string, string> = {}) =>
  folderProblems({
    root: project,
    sources: inProject("content/sources"),
    entries: inProject("content/articles"),
    taxonomy: inProject("content/taxonomy"),
    templates: inProject("templates"),
    cache: inProject(".cache"),
    out: path.resolve(project, out),
    ...extra,
  });

describe("folderProblems refuses an --out that would replace what it did not make", () => {
  it.each([
    [".", /is the project folder/],
    ["..", /holds it/],
    ["content/sources", /is or holds the sources/],
    ["content", /is or holds the sources/],
    ["content/articles", /is or holds the entries/],
    ["content/taxonomy", /is or holds the taxonomy/],
    ["templates", /is or holds the templates/],
    [".git", /is or holds the project's \.git/],
    ["content/sources/site", /lies inside the sources/],
    [".cache", /is or holds the cache/],
    ["link-to-sources", /is or holds the sources/],
    ["link-to-root", /is the project folder/],
    ["/", /root of the file system/],
  ])("--out %s", (out, why) => {
    const problems = withOut(out);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(why);
    expect(problems[0]).toMatch(/Choose another --out/);
  });

  it("--out ~", () => {
    expect(withOut(homedir())[0]).toMatch(/home folder|holds it/);
  });

  it("accepts the usual _site, a new folder and one outside the project", async () => {
    expect(withOut("_site")).toEqual([]);
    expect(withOut(path.join(tmpdir(), "news-archive-new-site-folder"))).toEqual([]);
  });

  it("also guards the cache and the entries", () => {
    expect(withOut("_site", { cache: inProject("content/sources") })[0]).toMatch(/^--cache .* is or holds the sources/);
    expect(withOut("_site", { entries: inProject("content/sources/entries") })[0]).toMatch(/^--entries .* lies inside the sources/);
    expect(withOut("_site", { cache: project })[0]).toMatch(/^--cache .* is the project folder/);
  });
});

describe("unfitSiteFolder", () => {
  it("takes a missing or empty folder, or one an earlier build marked", async () => {
    expect(unfitSiteFolder(inProject("nothing-here"))).toBeUndefined();
    await mkdir(inProject("empty"));
    expect(unfitSiteFolder(inProject("empty"))).toBeUndefined();
    await mkdir(inProject("built"));
    await writeFile(inProject("built", SITE_MARKER), "");
    await writeFile(inProject("built", "index.html"), "");
    expect(unfitSiteFolder(inProject("built"))).toBeUndefined();
  });

  it("refuses a folder with files of someone else's, and a file", async () => {
    await mkdir(inProject("photos"));
    await writeFile(inProject("photos", "holiday.jpg"), "");
    expect(unfitSiteFolder(inProject("photos"))).toMatch(/not empty and was not built by news-archive/);
    expect(unfitSiteFolder(inProject("content/sources/a.txt"))).toMatch(/is a file/);
  });
});
