import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildArguments, entriesWritten } from "../../src/cli/serve.ts";

const options = {
  sources: "content/sources",
  entries: "content/articles",
  taxonomy: "content/taxonomy",
  cache: ".cache",
  out: "_site",
  keepGoing: false,
};

describe("buildArguments", () => {
  it("runs the build command with serve's folders, going on past rejected sources", () => {
    const args = buildArguments({ ...options, pathPrefix: "/news/" });
    expect(args[0]).toMatch(/scripts[\\/]news-archive\.js$/);
    expect(args.slice(1)).toEqual([
      "build",
      "--sources",
      "content/sources",
      "--entries",
      "content/articles",
      "--taxonomy",
      "content/taxonomy",
      "--cache",
      ".cache",
      "--out",
      "_site",
      "--keep-going",
      "--article-context",
      "--path-prefix",
      "/news/",
    ]);
  });
});

describe("entriesWritten", () => {
  it("reads the entries a build's ingest wrote off its output, moved ones at their new place", () => {
    const output = [
      "wrote 2025/01/2025-01-14-a.md",
      "updated 2025/01/2025-01-15-b.md",
      "moved 2025/01/2025-01-16-c.md → 2025/02/2025-02-01-c.md",
      "phase ingest 12 ms",
      "built 3 articles, 9 tag pages into _site",
    ].join("\n");
    expect(entriesWritten(output, "content/articles")).toEqual([
      path.resolve("content/articles/2025/01/2025-01-14-a.md"),
      path.resolve("content/articles/2025/01/2025-01-15-b.md"),
      path.resolve("content/articles/2025/02/2025-02-01-c.md"),
    ]);
  });

  it("takes no other line for an entry", () => {
    expect(entriesWritten("warning: content/articles/x.md: wrote 2025/01/a.md\nrewrote 2025/01/b.md", "e")).toEqual([]);
  });
});
