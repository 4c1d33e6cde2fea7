import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configuredPathPrefix, parsePathPrefix, parsePort, runPreview } from "../../src/cli/preview.ts";

describe("preview option parsers", () => {
  it("accepts ports 0–65535 only", () => {
    expect(parsePort("0")).toBe(0);
    expect(parsePort("8080")).toBe(8080);
    for (const bad of ["-1", "65536", "80.5", "eighty", ""]) expect(() => parsePort(bad)).toThrow(/0 to 65535/);
  });

  it("normalises the path prefix and refuses a bad one", () => {
    expect(parsePathPrefix("news")).toBe("/news/");
    expect(() => parsePathPrefix("/../x")).toThrow(/path prefix/);
  });
});

describe("runPreview", () => {
  let tmp: string;
  const lines: string[] = [];
  const log = (line: string) => lines.push(line);

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), "preview-cli-"));
    await mkdir(path.join(tmp, "_site"));
    await writeFile(path.join(tmp, "_site", "index.html"), "<!doctype html><title>Home</title>");
    await writeFile(path.join(tmp, "site.yaml"), "title: T\nsiteUrl: https://example.org\npathPrefix: news\n");
  });
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it("takes the prefix from the settings file when none is given, else /", async () => {
    expect(await configuredPathPrefix(path.join(tmp, "site.yaml"))).toBe("/news/");
    expect(await configuredPathPrefix(path.join(tmp, "missing.yaml"))).toBe("/");
  });

  it("prints the address, prefix included, and serves the folder", async () => {
    const { exitCode, server } = await runPreview(
      { out: path.join(tmp, "_site"), port: 0, host: "127.0.0.1" },
      log,
      log,
      path.join(tmp, "site.yaml"),
    );
    try {
      expect(exitCode).toBe(0);
      expect(server?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/news\/$/);
      expect(lines.join("\n")).toContain(server?.url);
      expect((await fetch(server?.url ?? "")).status).toBe(200);
    } finally {
      await server?.close();
    }
  });

  it("fails with exit 2 and a clear message when there is nothing built", async () => {
    lines.length = 0;
    const result = await runPreview({ out: path.join(tmp, "nothing"), port: 0, host: "127.0.0.1" }, log);
    expect(result).toEqual({ exitCode: 2 });
    expect(lines).toEqual([expect.stringMatching(/^error: the output folder .*nothing does not exist/)]);
  });

  it("says when the port is taken", async () => {
    const first = await runPreview({ out: path.join(tmp, "_site"), port: 0, host: "127.0.0.1" }, log, log, "none");
    try {
      const port = Number(new URL(first.server?.url ?? "").port);
      lines.length = 0;
      const second = await runPreview({ out: path.join(tmp, "_site"), port, host: "127.0.0.1" }, log, log, "none");
      expect(second.exitCode).toBe(2);
      expect(lines[0]).toMatch(/is in use; choose another with --port/);
    } finally {
      await first.server?.close();
    }
  });
});

describe("news-archive preview on the command line", () => {
  it("exits 2 on bad usage and 0 for --help", async () => {
    const { main } = await import("../../src/cli/program.ts");
    expect(await main(["node", "news-archive", "preview", "--port", "eighty"])).toBe(2);
    expect(await main(["node", "news-archive", "preview", "--path-prefix", "/../"])).toBe(2);
    expect(await main(["node", "news-archive", "preview", "--bogus"])).toBe(2);
    expect(await main(["node", "news-archive", "preview", "--help"])).toBe(0);
  });

  it("exits 2 when the folder has no built site", async () => {
    const { main } = await import("../../src/cli/program.ts");
    const empty = await mkdtemp(path.join(os.tmpdir(), "preview-cli-empty-"));
    try {
      expect(await main(["node", "news-archive", "preview", "--out", empty, "--port", "0"])).toBe(2);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
