import { appendFile, cp, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkContent, type CheckOptions } from "../../src/cli/check-content.ts";
import { runIngest } from "../../src/ingest/run-ingest.ts";

let root: string;
let options: CheckOptions;
let firstEntry: string;

const errorsOf = async () => (await checkContent(options)).problems.filter((p) => p.severity === "error");
const warningsOf = async () => (await checkContent(options)).problems.filter((p) => p.severity === "warning");

async function editFirstEntry(edit: (text: string) => string): Promise<void> {
  const file = join(options.entries, firstEntry);
  await writeFile(file, edit(await readFile(file, "utf8")));
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "check-"));
  await cp("content/sources", join(root, "sources"), { recursive: true });
  await cp("content/taxonomy", join(root, "taxonomy"), { recursive: true });
  options = {
    sources: join(root, "sources"),
    entries: join(root, "entries"),
    taxonomy: join(root, "taxonomy"),
    cache: join(root, "cache"),
    today: "2026-01-01",
  };
  await runIngest(options, () => {});
  firstEntry = (await readdir(options.entries, { recursive: true })).filter((f) => f.endsWith(".md")).sort()[0]!;
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("checkContent", () => {
  it("passes the seed archive and writes nothing", async () => {
    const before = await readdir(root, { recursive: true });
    const report = await checkContent(options);
    expect(report.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(report).toMatchObject({ sources: 5, entries: 5 });
    expect(await readdir(root, { recursive: true })).toEqual(before);
  });

  it("reports a tag slug the taxonomy lacks", async () => {
    await editFirstEntry((text) => text.replace("people:\n", "people:\n  - nobody-we-know\n"));
    const errors = await errorsOf();
    expect(errors).toHaveLength(1);
    expect(errors[0]!.file).toContain(firstEntry);
    expect(errors[0]!.message).toMatch(/people: "nobody-we-know" is not in the taxonomy/);
  });

  it("only warns about a tag whose slug was renamed", async () => {
    const file = join(options.taxonomy, "people.yaml");
    await writeFile(file, (await readFile(file, "utf8")).replace("  slug: to-lam\n", "  slug: to-lam-gs\n  formerSlugs: [to-lam]\n"));
    const report = await checkContent(options);
    expect(report.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(report.problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/"to-lam" was renamed "to-lam-gs"/));
  });

  it("reports an alias that points to two people", async () => {
    await appendFile(join(options.taxonomy, "people.yaml"), "\n- name: Another Person\n  aliases: [PM Mishustin]\n");
    const errors = await errorsOf();
    expect(errors).toContainEqual(
      expect.objectContaining({
        file: expect.stringContaining("people.yaml"),
        message: expect.stringMatching(/"PM Mishustin" also names "Mikhail Mishustin"/),
      }),
    );
  });

  it("warns about an entry with no tags", async () => {
    await editFirstEntry((text) =>
      text
        .replace(/^people:\n( {2}- .*\n)*/m, "people: []\n")
        .replace(/^events:\n( {2}- .*\n)*/m, "events: []\n")
        .replace(/^topics:\n( {2}- .*\n)*/m, "topics: []\n")
        .replace(/^(organisations|places):\n( {2}- .*\n)*/gm, ""),
    );
    expect(await errorsOf()).toEqual([]);
    expect((await warningsOf()).map((p) => p.message)).toContainEqual(
      expect.stringMatching(/no people, events, topics, organisations or places/),
    );
  });

  it("warns about a date in the future", async () => {
    await editFirstEntry((text) => text.replace(/^date: .*$/m, "date: 2027-03-01"));
    expect(await errorsOf()).toEqual([]);
    expect((await warningsOf()).map((p) => p.message)).toContainEqual("is dated 2027-03-01, after today (2026-01-01)");
  });

  it("reports an entry that fails the schema and a source that cannot be read", async () => {
    await editFirstEntry((text) => text.replace(/^date: .*$/m, "date: 2025-02-31"));
    await writeFile(join(options.sources, "empty.txt"), "   \n");
    const errors = await errorsOf();
    expect(errors.map((p) => p.file)).toEqual(
      expect.arrayContaining([expect.stringContaining("empty.txt"), expect.stringContaining(firstEntry)]),
    );
  });
});
