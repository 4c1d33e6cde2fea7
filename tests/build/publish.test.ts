import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { removeStaleSiblings, replaceDirectory, siteMovedAside, staleSiblings } from "../../src/build/publish.ts";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The id of a process that has ended (a killed build's, as the next build finds it). */
const DEAD = spawnSync(process.execPath, ["-e", ""]).pid!;

function parentFolder(): string {
  const parent = mkdtempSync(path.join(tmpdir(), "replace-directory-"));
  made.push(parent);
  return parent;
}

function folderWith(dir: string, text: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "index.html"), text);
}

const page = (dir: string) => readFileSync(path.join(dir, "index.html"), "utf8");

describe("replaceDirectory", () => {
  it("puts the new folder in place of the old and leaves nothing beside it", async () => {
    const parent = parentFolder();
    const target = path.join(parent, "site");
    folderWith(target, "old");
    folderWith(path.join(parent, `.site-tmp-site-${process.pid}-abc123`), "new");
    await replaceDirectory(path.join(parent, `.site-tmp-site-${process.pid}-abc123`), target);
    expect(page(target)).toBe("new");
    expect(readdirSync(parent)).toEqual(["site"]);
  });
});

describe("what a killed build left beside the site", () => {
  it("names only the folders of dead processes made for this target", () => {
    const names = [
      `.site-tmp-site-${DEAD}-abc123`,
      `.site-old-site-${DEAD}-1700000000000`,
      `.site-tmp-site-${process.pid}-def456`,
      `.site-tmp-other-${DEAD}-abc123`,
      "site",
    ];
    expect(staleSiblings("/x/site", names)).toEqual([`.site-tmp-site-${DEAD}-abc123`, `.site-old-site-${DEAD}-1700000000000`]);
  });

  it("killed between its two renames: the old site, moved aside whole, is put back and the unpublished one removed", async () => {
    const parent = parentFolder();
    const target = path.join(parent, "site");
    folderWith(path.join(parent, `.site-old-site-${DEAD}-1700000000000`), "old");
    folderWith(path.join(parent, `.site-tmp-site-${DEAD}-abc123`), "new");
    expect(await removeStaleSiblings(target)).toEqual({
      restored: `.site-old-site-${DEAD}-1700000000000`,
      removed: [`.site-tmp-site-${DEAD}-abc123`],
    });
    expect(page(target)).toBe("old");
    expect(readdirSync(parent)).toEqual(["site"]);
  });

  it("killed while removing the old site: the new one stays, what is left of the old one goes", async () => {
    const parent = parentFolder();
    const target = path.join(parent, "site");
    folderWith(target, "new");
    mkdirSync(path.join(parent, `.site-old-site-${DEAD}-1700000000000`, "2025"), { recursive: true });
    expect(await removeStaleSiblings(target)).toEqual({ removed: [`.site-old-site-${DEAD}-1700000000000`] });
    expect(page(target)).toBe("new");
    expect(readdirSync(parent)).toEqual(["site"]);
  });

  it("puts nothing back without the finished new site beside it: a half-removed old site is never published", () => {
    // The site was deleted by hand after a build was killed while removing the old one.
    expect(siteMovedAside("/x/site", [`.site-old-site-${DEAD}-1700000000000`], false)).toBeUndefined();
    expect(siteMovedAside("/x/site", [`.site-old-site-${DEAD}-1700000000000`, `.site-tmp-site-${DEAD}-abc123`], true)).toBeUndefined();
    expect(siteMovedAside("/x/site", [`.site-old-site-${DEAD}-1700000000000`, `.site-tmp-site-${DEAD}-abc123`], false)).toBe(
      `.site-old-site-${DEAD}-1700000000000`,
    );
  });

  it("leaves a running build's folders alone", async () => {
    const parent = parentFolder();
    const target = path.join(parent, "site");
    folderWith(path.join(parent, `.site-old-site-${process.pid}-1700000000000`), "old");
    folderWith(path.join(parent, `.site-tmp-site-${process.pid}-abc123`), "new");
    expect(await removeStaleSiblings(target)).toEqual({ removed: [] });
    expect(readdirSync(parent).sort()).toEqual([`.site-old-site-${process.pid}-1700000000000`, `.site-tmp-site-${process.pid}-abc123`]);
  });
});
