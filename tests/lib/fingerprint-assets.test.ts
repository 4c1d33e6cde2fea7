import { mkdir, mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ASSETS_SOURCE_DIR, assetPath, contentHash, fingerprintedName, listAssets } from "../../src/lib/fingerprint-assets.ts";

describe("fingerprintedName", () => {
  it("puts the content hash before the extension", () => {
    const name = fingerprintedName("site.css", "body { color: black }");
    expect(name).toMatch(/^site\.[0-9a-f]{8}\.css$/);
    expect(name).toBe(`site.${contentHash("body { color: black }")}.css`);
  });

  it("keeps inner dots and folders, and hashes a name without extension at its end", () => {
    expect(fingerprintedName("pagefind-ui.min.js", "x")).toBe(`pagefind-ui.min.${contentHash("x")}.js`);
    expect(fingerprintedName("icons/logo.svg", "x")).toBe(`icons/logo.${contentHash("x")}.svg`);
    expect(fingerprintedName("LICENSE", "x")).toBe(`LICENSE.${contentHash("x")}`);
    expect(fingerprintedName("v1.2/README", "x")).toBe(`v1.2/README.${contentHash("x")}`);
    expect(fingerprintedName(".hidden", "x")).toBe(`.hidden.${contentHash("x")}`);
  });

  it("changes with the content, and only with it", () => {
    expect(fingerprintedName("site.css", "a")).toBe(fingerprintedName("site.css", "a"));
    expect(fingerprintedName("site.css", "a")).not.toBe(fingerprintedName("site.css", "b"));
    expect(contentHash(Buffer.from("a"))).toBe(contentHash("a"));
  });
});

describe("assetPath and listAssets on a folder", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "assets-"));
    await mkdir(path.join(dir, "icons"));
    await writeFile(path.join(dir, "site.css"), "main { margin: 0 }\n");
    await writeFile(path.join(dir, "search.js"), "export {};\n");
    await writeFile(path.join(dir, "icons", "logo.svg"), "<svg/>");
    await writeFile(path.join(dir, ".DS_Store"), "junk");
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("names each file under /assets/ with its hash; dotfiles are not assets", () => {
    const assets = listAssets(dir);
    expect(assets.map((asset) => asset.name)).toEqual(["icons/logo.svg", "search.js", "site.css"]);
    expect(assets.find((asset) => asset.name === "site.css")).toEqual({
      name: "site.css",
      path: `/assets/site.${contentHash("main { margin: 0 }\n")}.css`,
      file: path.join(dir, "site.css"),
    });
    expect(assetPath("icons/logo.svg", dir)).toBe(`/assets/icons/logo.${contentHash("<svg/>")}.svg`);
  });

  it("follows an edit of the file (as serve needs)", async () => {
    const before = assetPath("search.js", dir);
    const file = path.join(dir, "search.js");
    await writeFile(file, "export const changed = true;\n");
    // Same size and a later modification time are enough to be noticed.
    await utimes(file, new Date(), new Date(Date.now() + 5_000));
    const after = assetPath("search.js", dir);
    expect(after).not.toBe(before);
    expect(after).toBe(`/assets/search.${contentHash("export const changed = true;\n")}.js`);
  });

  it("fails loudly for an asset that does not exist", () => {
    expect(() => assetPath("site.scss", dir)).toThrow(/asset "site.scss" does not exist/);
    expect(() => assetPath("icons", dir)).toThrow(/not a file/);
  });
});

describe("the site's own assets", () => {
  it("include the stylesheet and the favicon", () => {
    const names = listAssets().map((asset) => asset.name);
    expect(names).toContain("site.css");
    expect(names).toContain("favicon.svg");
    expect(ASSETS_SOURCE_DIR).toMatch(/templates[/\\]assets[/\\]$/);
  });
});
