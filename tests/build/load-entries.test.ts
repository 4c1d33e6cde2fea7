import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadEntries, readEntry } from "../../src/build/load-entries.ts";

const FIXTURE_ENTRIES = "tests/fixtures/entries";

const valid = `---
title: A title
date: 2025-01-14
captions: []
people:
  - to-lam
events: []
topics: []
source: a.txt
generatedFrom: 0123456789abcdef
---

Body text.
`;

describe("readEntry", () => {
  it("reads front matter through the schema and takes the slug from the file name", () => {
    const result = readEntry("2025/01/2025-01-14-a-title.md", valid, "entries/2025/01/2025-01-14-a-title.md");
    expect("severity" in result).toBe(false);
    if ("severity" in result) return;
    expect(result.slug).toBe("a-title");
    expect(result.data.date).toBe("2025-01-14");
    expect(result.data.people).toEqual(["to-lam"]);
    expect(result.body.trim()).toBe("Body text.");
  });

  it("names the file and the field when the schema rejects an entry", () => {
    const broken = valid.replace("date: 2025-01-14", 'date: "2025-02-31"');
    const result = readEntry("2025/02/2025-02-31-x.md", broken, "entries/2025/02/2025-02-31-x.md");
    expect(result).toMatchObject({ severity: "error", file: "entries/2025/02/2025-02-31-x.md" });
    expect("message" in result && result.message).toMatch(/date/);
  });

  it("rejects a field the schema does not know", () => {
    const result = readEntry("2025/01/2025-01-14-x.md", valid.replace("source: a.txt", "source: a.txt\nurl: https://x.org"), "e.md");
    expect("message" in result && result.message).toMatch(/url/);
  });

  it("rejects a file name that is not YYYY-MM-DD-slug.md", () => {
    expect(readEntry("2025/01/notes.md", valid, "e/notes.md")).toMatchObject({ severity: "error", file: "e/notes.md" });
    expect(readEntry("2025/01/2025-01-14-Bad_Slug.md", valid, "e/b.md")).toMatchObject({ severity: "error" });
  });
});

describe("loadEntries", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "entries-"));
    await mkdir(path.join(dir, "2025", "01"), { recursive: true });
    await writeFile(path.join(dir, "2025", "01", "2025-01-14-good.md"), valid);
    await writeFile(path.join(dir, "2025", "01", "2025-01-15-bad.md"), valid.replace(/title: .*\n/, ""));
    await writeFile(path.join(dir, "2025", "01", "notes.txt"), "not an entry");
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it("loads every .md file and reports each bad one", async () => {
    const { entries, problems } = await loadEntries(dir);
    expect(entries.map((entry) => entry.file)).toEqual(["2025/01/2025-01-14-good.md"]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe(path.join(dir, "2025/01/2025-01-15-bad.md"));
    expect(problems[0]!.message).toMatch(/title/);
  });

  it("treats a missing folder as an empty archive", async () => {
    expect(await loadEntries(path.join(dir, "nothing-here"))).toEqual({ entries: [], problems: [] });
  });

  it("accepts every fixture entry", async () => {
    const { entries, problems } = await loadEntries(FIXTURE_ENTRIES);
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(6);
  });
});
