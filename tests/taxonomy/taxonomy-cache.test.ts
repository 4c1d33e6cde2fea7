/**
 * The parsed taxonomy kept between runs (src/taxonomy/taxonomy-cache.ts): a
 * kept parse is exactly a fresh one, and any edit of any file parses again.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { builtInPublishers } from "../../src/taxonomy/built-in-publishers.ts";
import { hashWithOutlets, loadTaxonomy, parseTaxonomy, TAXONOMY_FILES } from "../../src/taxonomy/load-taxonomy.ts";
import { taxonomyKey } from "../../src/taxonomy/taxonomy-cache.ts";
import { TAXONOMY_DIR } from "./fixtures.ts";

let work = "";
let dir = "";
let cache = "";

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), "taxonomy-cache-"));
  dir = path.join(work, "taxonomy");
  cache = path.join(work, "cache");
  await cp(TAXONOMY_DIR, dir, { recursive: true });
  // Without the outlets' list and the event words, the folder's parse is parseTaxonomy's with the shipped outlets in its hash (parsedAfresh).
  await rm(path.join(dir, "publishers.yaml"), { force: true });
  await rm(path.join(dir, "event-words.yaml"), { force: true });
});
afterEach(() => rm(work, { recursive: true, force: true }));

/** A fresh parse of the folder's files, through no cache; the hash counts the outlets of the list shipped with the package. */
async function parsedAfresh(): Promise<ReturnType<typeof parseTaxonomy>> {
  const texts = Object.fromEntries(
    await Promise.all(
      Object.entries(TAXONOMY_FILES).map(async ([kind, file]) => [
        kind,
        await readFile(path.join(dir, file), "utf8").catch(() => undefined),
      ]),
    ),
  );
  const parsed = parseTaxonomy(texts, dir);
  return { ...parsed, hash: hashWithOutlets(parsed.hash, builtInPublishers()) };
}

describe("loadTaxonomy with a cache folder", () => {
  it("gives the same taxonomy, problems and hash from the cache as from the YAML, in objects of its own", async () => {
    const first = await loadTaxonomy(dir, cache);
    const saved = await readFile(path.join(cache, "taxonomy", "parsed.json"), "utf8");
    expect(JSON.parse(saved).loaded).toBe(JSON.stringify(first));
    const again = await loadTaxonomy(dir, cache);
    expect(again).toStrictEqual(first);
    expect(again.taxonomy).not.toBe(first.taxonomy);
    again.taxonomy.people.pop();
    expect(await loadTaxonomy(dir, cache)).toStrictEqual(first);
  });

  it("parses again after any file is edited, added or removed", async () => {
    const before = await loadTaxonomy(dir, cache);
    const people = path.join(dir, TAXONOMY_FILES.people);
    const text = await readFile(people, "utf8");
    const person = before.taxonomy.people[0]!;
    await writeFile(people, text.replace(`name: ${person.name}`, "name: Nobody Knew Her"));
    const edited = await loadTaxonomy(dir, cache);
    expect(edited.taxonomy.people.map((term) => term.name)).toContain("Nobody Knew Her");
    expect(edited.hash).not.toBe(before.hash);

    await writeFile(people, text);
    await writeFile(path.join(dir, "publishers.yaml"), "- name: Báo Thử\n  hosts: [baothu.vn]\n");
    const withOutlets = await loadTaxonomy(dir, cache);
    expect(withOutlets.publishers?.map((outlet) => outlet.name)).toEqual(["Báo Thử"]);
    await rm(path.join(dir, "publishers.yaml"));
    expect(await loadTaxonomy(dir, cache)).toStrictEqual(before);
  });

  it("keys a parse by every file's text and by the folder the problems name", () => {
    const inputs = { "people.yaml": "[]", "events.yaml": undefined };
    expect(taxonomyKey(inputs, "a")).toBe(taxonomyKey({ ...inputs }, "a"));
    expect(taxonomyKey(inputs, "b")).not.toBe(taxonomyKey(inputs, "a"));
    expect(taxonomyKey({ ...inputs, "events.yaml": "" }, "a")).not.toBe(taxonomyKey(inputs, "a"));
    expect(taxonomyKey({ ...inputs, "people.yaml": "[ ]" }, "a")).not.toBe(taxonomyKey(inputs, "a"));
  });

  it("never reads a parse saved under another key", async () => {
    await loadTaxonomy(dir, cache);
    const file = path.join(cache, "taxonomy", "parsed.json");
    const saved = JSON.parse(await readFile(file, "utf8"));
    await writeFile(file, JSON.stringify({ ...saved, loaded: JSON.stringify({ taxonomy: {}, problems: [], hash: "stale" }) }));
    await writeFile(path.join(dir, TAXONOMY_FILES.topics), `${await readFile(path.join(dir, TAXONOMY_FILES.topics), "utf8")}\n`);
    expect((await loadTaxonomy(dir, cache)).hash).not.toBe("stale");
  });

  it("is what a folder without a cache gives", async () => {
    expect(await loadTaxonomy(dir, cache)).toStrictEqual(await parsedAfresh());
    expect(await loadTaxonomy(dir, cache)).toStrictEqual(await parsedAfresh());
  });
});
