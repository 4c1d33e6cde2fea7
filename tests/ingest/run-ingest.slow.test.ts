/**
 * runIngest on temporary folders: the seeds, corrections kept per field, bad input, the folders and the cache.
 *
 * Over 300 lines: one scenario per test, each with its own folders.
 */
import { cp, mkdtemp, readFile, rm, writeFile, readdir, appendFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runIngest, type IngestOptions } from "../../src/ingest/run-ingest.ts";

const SEEDS = "content/sources";
const TAXONOMY = "content/taxonomy";
const TODAY = "2026-01-01";

let root: string;
let options: IngestOptions;
const log: string[] = [];

async function entryFiles(dir: string): Promise<string[]> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((dirent) => dirent.isFile())
    .map((dirent) => relative(dir, join(dirent.parentPath, dirent.name)));
  return files.sort();
}

async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = await entryFiles(dir);
  return new Map(await Promise.all(files.map(async (file) => [file, await readFile(join(dir, file), "utf8")] as const)));
}

const ingest = () => runIngest(options, (line) => log.push(line));

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "ingest-"));
  await cp(SEEDS, join(root, "sources"), { recursive: true });
  await cp(TAXONOMY, join(root, "taxonomy"), { recursive: true });
  options = {
    sources: join(root, "sources"),
    entries: join(root, "entries"),
    taxonomy: join(root, "taxonomy"),
    cache: join(root, "cache"),
    today: TODAY,
  };
  log.length = 0;
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("runIngest on the five seeds", () => {
  it("writes one dated entry per seed", async () => {
    const summary = await ingest();
    expect(summary.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(summary.sourcesRead).toBe(5);
    expect(summary.written).toBe(5);
    const files = await entryFiles(options.entries);
    expect(files.map((file) => file.slice(0, 19))).toEqual([
      "2025/01/2025-01-11-",
      "2025/01/2025-01-14-",
      "2025/01/2025-01-14-",
      "2025/01/2025-01-15-",
      "2025/05/2025-05-09-",
    ]);
    const bySource = new Map([...summary.entries.values()].map((data) => [data.source, data]));
    expect(bySource.get("002_4f481d523fa9e829.txt")?.dateInferred).toBe(true);
    expect(bySource.get("000_371a887026197f3c.txt")?.dateInferred).toBeUndefined();
    expect(log.filter((line) => line.startsWith("wrote "))).toHaveLength(5);
  });

  it("changes no byte on a second run", async () => {
    await ingest();
    const before = await snapshot(options.entries);
    log.length = 0;
    const summary = await ingest();
    expect(summary.written).toBe(0);
    expect(summary.unchanged).toBe(5);
    expect(log).toEqual([]);
    expect(await snapshot(options.entries)).toEqual(before);
  });

  it("keeps the fields an editor changed, and says so once per change", async () => {
    await ingest();
    const [first] = await entryFiles(options.entries);
    const file = join(options.entries, first!);
    const edited = (await readFile(file, "utf8")).replace(/^title: .*$/m, "title: A corrected title");
    await writeFile(file, edited);

    const again = await ingest();
    expect(again.kept).toBe(1);
    expect(await readFile(file, "utf8")).toBe(edited);
    const told = again.problems.filter((p) => p.file.endsWith(first!));
    expect(told).toEqual([
      expect.objectContaining({
        rule: "entry-corrected",
        severity: "warning",
        message: expect.stringMatching(/corrections to title as you wrote them/),
      }),
    ]);
    // Nothing changed since: nothing to say.
    expect((await ingest()).problems.filter((p) => p.file.endsWith(first!))).toEqual([]);

    await appendFile(join(options.taxonomy, "topics.yaml"), "\n- name: Weather\n  keywords: [storm, typhoon]\n");
    const retagged = await ingest();
    expect(retagged.kept).toBe(1);
    expect(await readFile(file, "utf8")).toMatch(/^title: A corrected title$/m);
    expect(retagged.problems.filter((p) => p.file.endsWith(first!)).map((p) => p.rule)).toEqual(["entry-corrected"]);
    expect((await ingest()).problems.filter((p) => p.file.endsWith(first!))).toEqual([]);
  });

  it("follows the editor's workflow: a corrected title, then a new person in the taxonomy, gives both", async () => {
    await writeFile(
      join(options.sources, "100_visit.txt"),
      " date 2025-03-02 HÀ NỘI — Deputy Minister Nguyễn Minh Vũ received Ambassador Gennady Bezdetko in Hà Nội on Sunday.\n\nNguyễn Minh Vũ said the two ministries would deepen cooperation in education and culture. — VNS",
    );
    const first = await ingest();
    const [path] = [...first.entries].find(([, data]) => data.source === "100_visit.txt")!;
    const file = join(options.entries, path);
    await writeFile(file, (await readFile(file, "utf8")).replace(/^title: .*$/m, "title: Deputy Minister receives Ukrainian ambassador"));
    await appendFile(
      join(options.taxonomy, "people.yaml"),
      '\n- name: "Nguyễn Minh Vũ"\n  description: Deputy Minister of Foreign Affairs\n',
    );

    const after = await ingest();
    const entry = after.entries.get(path)!;
    expect(entry.title).toBe("Deputy Minister receives Ukrainian ambassador");
    expect(entry.people).toContain("nguyen-minh-vu");
    expect(await readFile(file, "utf8")).toMatch(/^ {2}- nguyen-minh-vu$/m);
  });

  it("does not re-tag a corrected list of people, but does re-tag the untouched lists", async () => {
    await ingest();
    const [first] = await entryFiles(options.entries);
    const file = join(options.entries, first!);
    const text = await readFile(file, "utf8");
    const edited = text.replace(/^people:\n( {2}- .*\n)*/m, "people:\n  - to-lam\n");
    await writeFile(file, edited);
    await appendFile(
      join(options.taxonomy, "topics.yaml"),
      "\n- name: Partnerships\n  keywords: [comprehensive strategic partnership, strategic partnership, partnership]\n",
    );
    const summary = await ingest();
    const data = summary.entries.get(first!)!;
    expect(data.people).toEqual(["to-lam"]);
    expect(data.topics).toContain("partnerships");
  });

  it("writes a deleted entry afresh", async () => {
    await ingest();
    const before = await snapshot(options.entries);
    const [first] = [...before.keys()];
    await rm(join(options.entries, first!));
    const summary = await ingest();
    expect(summary.written).toBe(1);
    expect(await snapshot(options.entries)).toEqual(before);
  });

  it("reports an identical source as a duplicate and writes one entry", async () => {
    await cp(join(options.sources, "003_e89575649a14062e.txt"), join(options.sources, "900_copy.txt"));
    const summary = await ingest();
    expect(summary.duplicates).toBe(1);
    expect(await entryFiles(options.entries)).toHaveLength(5);
    const duplicate = summary.problems.find((p) => p.file.endsWith("900_copy.txt"));
    expect(duplicate).toMatchObject({ severity: "warning" });
    expect(duplicate?.message).toMatch(/duplicate of .*003_e89575649a14062e\.txt/);
  });

  it("gives two articles of one month with the same title different slugs", async () => {
    const text = (day: string) =>
      ` date 2025-03-${day} HÀ NỘI — Prime Minister Phạm Minh Chính chaired a meeting on energy security.\n\nThe meeting reviewed oil and gas projects. — VNS`;
    await writeFile(join(options.sources, "a.txt"), text("02"));
    await writeFile(join(options.sources, "b.txt"), text("20"));
    const summary = await ingest();
    const paths = [...summary.entries.entries()]
      .filter(([, data]) => data.source === "a.txt" || data.source === "b.txt")
      .map(([path]) => path.replace(/^.*\/\d{4}-\d{2}-\d{2}-/, ""));
    expect(paths).toHaveLength(2);
    expect(new Set(paths).size).toBe(2);
    expect(paths[1]).toBe(paths[0]!.replace(/\.md$/, "-2.md"));
  });

  it("never overwrites an entry that fails the schema, and names it", async () => {
    await ingest();
    const [first] = await entryFiles(options.entries);
    const file = join(options.entries, first!);
    const broken = (await readFile(file, "utf8")).replace(/^date: .*$/m, "date: 2025-02-31");
    await writeFile(file, broken);
    const summary = await ingest();
    expect(await readFile(file, "utf8")).toBe(broken);
    expect(summary.problems).toContainEqual(expect.objectContaining({ severity: "error", file: expect.stringContaining(first!) }));
  });
});

describe("runIngest on bad input", () => {
  const bad: Array<[string, string | Uint8Array, RegExp]> = [
    ["empty.txt", "", /empty/],
    ["blank.txt", "  \n\n\t \n", /empty|whitespace/],
    ["binary.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3, 0, 0]), /binary/],
    [
      "latin1.txt",
      new Uint8Array([...Buffer.from(" date 2025-01-14 H"), 0xe0, ...Buffer.from(" N\u00f4i text here.")].map((b) => b & 0xff)),
      /UTF-8/,
    ],
    [
      "impossible.txt",
      " date 2025-02-31 Prime Minister Pham Minh Chinh met the delegation in Hanoi.\n\nMore text follows here.",
      /2025-02-31/,
    ],
  ];

  it("rejects each bad source, naming it, and still writes the good ones", async () => {
    for (const [name, content] of bad) await writeFile(join(options.sources, name), content);
    await writeFile(join(options.sources, "huge.txt"), Buffer.alloc(5 * 1024 * 1024 + 1, "a"));
    const summary = await ingest();
    const errors = summary.problems.filter((p) => p.severity === "error");
    for (const [name, , message] of bad) {
      const problem = errors.find((p) => p.file.endsWith(name));
      expect(problem, name).toBeDefined();
      expect(problem!.message, name).toMatch(message);
    }
    expect(errors.find((p) => p.file.endsWith("huge.txt"))?.message).toMatch(/MB/);
    expect(errors).toHaveLength(bad.length + 1);
    expect(await entryFiles(options.entries)).toHaveLength(5);
  });

  it("accepts a BOM, CRLF line endings and decomposed Unicode as the same article", async () => {
    const seed = await readFile(join(options.sources, "004_e5feb39fc4d21994.txt"), "utf8");
    const summary = await ingest();
    const reference = [...summary.entries.values()].find((d) => d.source === "004_e5feb39fc4d21994.txt")!;
    await rm(options.entries, { recursive: true });
    await rm(join(options.sources, "004_e5feb39fc4d21994.txt"));
    const mangled = `\uFEFF${seed.normalize("NFD").replace(/\n/g, "\r\n")}`;
    await writeFile(join(options.sources, "004_e5feb39fc4d21994.txt"), mangled);
    const again = await ingest();
    const entry = [...again.entries.values()].find((d) => d.source === "004_e5feb39fc4d21994.txt")!;
    expect(entry.title).toBe(reference.title);
    expect(entry.people).toEqual(reference.people);
    expect(entry.dateline).toBe(reference.dateline);
  });

  it("keeps markup, script and front matter inside a source as text", async () => {
    await writeFile(
      join(options.sources, "markup.txt"),
      " date 2025-03-02 HÀ NỘI — The ministry published <script>alert('x')</script> and {{ 7*7 }} on its site.\n\n---\ntitle: not front matter\n---\n\nPrime Minister Phạm Minh Chính said <b>bold</b> words. — VNS",
    );
    const summary = await ingest();
    const [path] = [...summary.entries.entries()].find(([, d]) => d.source === "markup.txt")!;
    const text = await readFile(join(options.entries, path), "utf8");
    const body = text.slice(text.indexOf("\n---\n", 4) + 5);
    expect(body).not.toMatch(/(?<!\\)<script>/);
    expect(body).toContain("alert('x')");
    expect(body).toContain("{{ 7\\*7 }}");
    expect(body).toContain("title: not front matter");
  });
});

describe("runIngest and the folders", () => {
  it("tells sources apart by their path inside the sources folder, and reports what it skips", async () => {
    const { mkdir, symlink } = await import("node:fs/promises");
    const seed = await readFile(join(options.sources, "003_e89575649a14062e.txt"), "utf8");
    // The same file name in two folders, two different articles (here: two seeds moved in).
    for (const [folder, seedFile] of [
      ["a", "003_e89575649a14062e.txt"],
      ["b", "004_e5feb39fc4d21994.txt"],
    ] as const) {
      await mkdir(join(options.sources, folder));
      await cp(join(options.sources, seedFile), join(options.sources, folder, "same.txt"));
      await rm(join(options.sources, seedFile));
    }
    await symlink(join(options.sources, "003_e89575649a14062e.txt"), join(options.sources, "link.txt"));
    await writeFile(join(options.sources, ".hidden.txt"), seed);
    const summary = await ingest();
    const sources = [...summary.entries.values()].map((data) => data.source);
    expect(sources).toEqual(expect.arrayContaining(["a/same.txt", "b/same.txt"]));
    expect(summary.problems).toContainEqual(
      expect.objectContaining({
        rule: "source-skipped",
        file: join(options.sources, "link.txt"),
        message: expect.stringMatching(/symbolic link/),
      }),
    );
    expect(summary.problems).toContainEqual(
      expect.objectContaining({ rule: "source-skipped", file: join(options.sources, ".hidden.txt") }),
    );
  });

  it("removes the temporary files of a killed run, and only those", async () => {
    await ingest();
    const [first] = await entryFiles(options.entries);
    const stale = join(options.entries, `${first}.news-archive-999999999.tmp`);
    const mine = join(options.entries, `${first}.news-archive-${process.pid}.tmp`);
    const editors = join(options.entries, `${first}.123.tmp`);
    for (const file of [stale, mine, editors]) await writeFile(file, "half");
    const summary = await ingest();
    const left = await entryFiles(options.entries);
    expect(left).not.toContain(relative(options.entries, stale));
    expect(left).toContain(relative(options.entries, mine));
    expect(left).toContain(relative(options.entries, editors));
    expect(summary.problems.filter((p) => p.file === stale)).toEqual([]);
  });

  it("writes nothing while the taxonomy has errors, so no entry loses its tags", async () => {
    await ingest();
    const before = await snapshot(options.entries);
    await writeFile(join(options.taxonomy, "people.yaml"), "");
    const summary = await ingest();
    expect(summary.stopped).toBe(true);
    expect(summary.problems).toContainEqual(expect.objectContaining({ rule: "taxonomy-empty", severity: "error" }));
    expect(await snapshot(options.entries)).toEqual(before);
  });
});

describe("runIngest with its cache", () => {
  it("skips parsing unchanged sources and still notices an edit", async () => {
    await ingest();
    const before = await snapshot(options.entries);
    const warm = await ingest();
    expect(warm.unchanged).toBe(5);
    expect(await snapshot(options.entries)).toEqual(before);

    const [first] = [...before.keys()];
    const file = join(options.entries, first!);
    const edited = before.get(first!)!.replace(/^title: .*$/m, "title: Corrected");
    await writeFile(file, edited);
    const afterEdit = await ingest();
    expect(afterEdit.kept).toBe(1);
    expect(await readFile(file, "utf8")).toBe(edited);
    expect(afterEdit.problems.map((p) => p.rule)).toContain("entry-corrected");
  });

  it("gives the same entries when the cache is deleted", async () => {
    await ingest();
    const before = await snapshot(options.entries);
    await rm(options.cache, { recursive: true, force: true });
    const cold = await ingest();
    expect(cold.unchanged).toBe(5);
    expect(await snapshot(options.entries)).toEqual(before);
  });

  it("re-tags unedited entries when the taxonomy changes", async () => {
    await ingest();
    await appendFile(
      join(options.taxonomy, "topics.yaml"),
      "\n- name: Victory celebrations\n  keywords: [Great Patriotic War, Victory Day]\n",
    );
    const summary = await ingest();
    expect(summary.written).toBe(5);
    const tagged = [...summary.entries.values()].filter((data) => data.topics.includes("victory-celebrations"));
    // Seed 002's title names the Victory Day celebrations.
    expect(tagged.map((data) => data.source).sort()).toContain("002_4f481d523fa9e829.txt");
  });
});
