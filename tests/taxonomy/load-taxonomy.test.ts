import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadTaxonomy, parseTaxonomy } from "../../src/taxonomy/load-taxonomy.ts";
import { TAXONOMY_DIR } from "./fixtures.ts";

const EMPTY = { people: "[]", events: "[]", topics: "[]" };
const parse = (texts: Partial<typeof EMPTY>) => parseTaxonomy({ ...EMPTY, ...texts }, "content/taxonomy");
const messages = (texts: Partial<typeof EMPTY>) =>
  parse(texts).problems.map((problem) => `${problem.severity}: ${problem.file}: ${problem.message}`);

describe("the committed taxonomy", () => {
  it("loads with no problems and covers the seeds' people, events and topics", async () => {
    const loaded = await loadTaxonomy(TAXONOMY_DIR);
    expect(loaded.problems).toEqual([]);
    expect(loaded.taxonomy.people.map((person) => person.slug)).toEqual(
      expect.arrayContaining([
        "to-lam",
        "mikhail-mishustin",
        "vladimir-putin",
        "pham-minh-chinh",
        "tran-thanh-man",
        "luong-cuong",
        "dang-minh-khoi",
        "dmitry-medvedev",
      ]),
    );
    expect(loaded.taxonomy.events).toHaveLength(90);
    expect(loaded.taxonomy.topics.map((topic) => topic.slug)).toEqual(
      expect.arrayContaining([
        "diplomacy",
        "economy-trade",
        "energy",
        "nuclear-power",
        "oil-gas",
        "defence-security",
        "education-training",
        "science-technology",
        "culture",
        "tourism",
        "healthcare",
      ]),
    );
    expect(loaded.hash).toMatch(/^[a-f0-9]{64}$/);
  });

  it("gives every person the folded canonical name as slug", async () => {
    const { taxonomy } = await loadTaxonomy(TAXONOMY_DIR);
    const { slugify } = await import("../../src/taxonomy/slugify.ts");
    for (const person of taxonomy.people) expect(person.slug).toBe(slugify(person.name));
  });
});

describe("parseTaxonomy", () => {
  it("fills defaults and the slug from the folded name", () => {
    const { taxonomy, problems } = parse({ people: "- name: Đặng Minh Khôi\n" });
    expect(problems).toEqual([]);
    expect(taxonomy.people).toEqual([{ name: "Đặng Minh Khôi", slug: "dang-minh-khoi", description: "", aliases: [], shortNames: [] }]);
  });

  it("normalises names typed decomposed to NFC", () => {
    const { taxonomy } = parse({ people: `- name: ${"Trần Thanh Mẫn".normalize("NFD")}\n` });
    expect(taxonomy.people[0]?.name).toBe("Trần Thanh Mẫn");
  });

  it("reports invalid YAML with the file and line, and keeps the other files", () => {
    const result = parse({ people: "- name: Tô Lâm\n  aliases: [To Lam\n", topics: "- name: Energy\n" });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.severity).toBe("error");
    expect(result.problems[0]?.file).toBe("content/taxonomy/people.yaml");
    // The parser notices the open bracket where the file ends; the message names the line it was opened on.
    expect(result.problems[0]?.message).toMatch(/^invalid YAML at line 3, column \d+: .*opened on line 2 is not closed/);
    expect(result.taxonomy.topics.map((topic) => topic.slug)).toEqual(["energy"]);
  });

  it("reports a file that is not a list", () => {
    expect(messages({ topics: "name: Energy\n" })).toEqual([
      "error: content/taxonomy/topics.yaml: must be a YAML list of terms (each item starting with `- name:`)",
    ]);
  });

  it("reports schema errors naming the term, and keeps the valid terms", () => {
    const result = parse({
      people: "- name: Tô Lâm\n  alias: To Lam\n- name: Vladimir Putin\n",
      events: "- name: BRICS Summit in Kazan\n  start: 2024-02-31\n",
    });
    expect(result.problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^"Tô Lâm" \(entry 1\): .*alias/),
      expect.stringMatching(/^"BRICS Summit in Kazan" \(entry 1\): start: /),
    ]);
    expect(result.taxonomy.people.map((person) => person.slug)).toEqual(["vladimir-putin"]);
    expect(result.taxonomy.events).toEqual([]);
  });

  it("reads YAML dates as text, as the schema wants", () => {
    const { taxonomy, problems } = parse({ events: "- name: BRICS Summit in Kazan\n  start: 2024-10-22\n  end: 2024-10-24\n" });
    expect(problems).toEqual([]);
    expect(taxonomy.events[0]).toMatchObject({ start: "2024-10-22", end: "2024-10-24", slug: "brics-summit-in-kazan" });
  });

  it("reports an event that ends before it starts, and an unknown person slug", () => {
    expect(
      messages({
        events: "- name: Visit\n  start: 2025-01-15\n  end: 2025-01-14\n- name: Talks\n  start: 2025-01-14\n  people: [nobody]\n",
      }),
    ).toEqual([
      'error: content/taxonomy/events.yaml: "Visit" (visit): end 2025-01-14 is before start 2025-01-15',
      'error: content/taxonomy/events.yaml: "Talks" (talks): people: no person has the slug "nobody" (add the person to people.yaml or correct the slug)',
    ]);
  });

  it("checks an event's hosts as its people, and keeps known ones", () => {
    const texts = {
      people: "- name: Tô Lâm\n",
      events: "- name: State visit\n  start: 2024-06-19\n  hosts: [to-lam, nobody]\n",
    };
    expect(messages(texts)).toEqual([
      'error: content/taxonomy/events.yaml: "State visit" (state-visit): hosts: no person has the slug "nobody" (add the person to people.yaml or correct the slug)',
    ]);
    expect(parse(texts).taxonomy.events[0]?.hosts).toEqual(["to-lam", "nobody"]);
  });

  it("reports a duplicate slug and keeps the first term", () => {
    const result = parse({ topics: "- name: Energy\n  slug: energy\n- name: Power\n  slug: energy\n" });
    expect(result.problems.map((problem) => problem.message)).toEqual([
      '"Power" (entry 2): slug "energy" is already used by "Energy" (entry 1)',
    ]);
    expect(result.taxonomy.topics.map((topic) => topic.name)).toEqual(["Energy"]);
  });

  it("numbers a default slug that collides, deterministically, with a warning", () => {
    const result = parse({ people: "- name: Lê Minh Hưng\n- name: Lê Minh Hùng\n- name: Le Minh Hung\n  slug: le-minh-hung\n" });
    expect(result.taxonomy.people.map((person) => person.slug)).toEqual(["le-minh-hung-2", "le-minh-hung-3", "le-minh-hung"]);
    expect(result.problems.every((problem) => problem.severity === "warning")).toBe(true);
  });

  it("rejects an alias that names two terms of the same kind", () => {
    const problems = messages({
      people: "- name: Vladimir Putin\n  aliases: [President Putin]\n- name: Dmitry Medvedev\n  aliases: [President Putin]\n",
    });
    expect(problems).toEqual([
      'error: content/taxonomy/people.yaml: "Dmitry Medvedev" (dmitry-medvedev): "President Putin" also names "Vladimir Putin" (vladimir-putin); a name or alias may belong to one term only, or the second is never tagged',
    ]);
  });

  it("warns about names of two terms that differ only in diacritics", () => {
    const problems = messages({
      people: "- name: Lê Văn Thành\n- name: Lê Văn Thanh\n",
    });
    expect(problems).toContainEqual(
      expect.stringMatching(/^warning: .*"Lê Văn Thanh" .* also names "Lê Văn Thành" .*cannot tell them apart$/),
    );
    expect(problems.filter((problem) => problem.startsWith("error"))).toEqual([]);
  });

  it("does not report a term's own alias that folds to its name", () => {
    expect(messages({ people: "- name: Phạm Minh Chính\n  aliases: [Pham Minh Chinh]\n" })).toEqual([]);
  });

  it("refuses a missing or empty file, and reads `[]` as no terms on purpose", () => {
    const result = parseTaxonomy({ people: "", topics: "# nothing yet\n", events: undefined }, "tax/");
    expect(result.problems.map((problem) => `${problem.severity}: ${problem.file}: ${problem.message}`)).toEqual([
      "error: tax/people.yaml: is empty: every entry would lose its tags of this kind (write `[]` if there are none on purpose)",
      "error: tax/events.yaml: is missing: create it (write `[]` if there are no events to tag)",
      "error: tax/topics.yaml: is empty: every entry would lose its tags of this kind (write `[]` if there are none on purpose)",
    ]);
    expect(parseTaxonomy({ people: "[]\n", events: "[]", topics: "# none yet\n[]\n" }, "tax/").problems).toEqual([]);
  });

  it("refuses an alias shared with a canonical name, and an alias bomb, naming the file", () => {
    expect(messages({ people: "- name: Vladimir Putin\n- name: Dmitry Medvedev\n  aliases: [Vladimir Pútin]\n" })).toEqual([
      expect.stringMatching(/^error: content\/taxonomy\/people\.yaml: "Dmitry Medvedev" .*"Vladimir Pútin" also names "Vladimir Putin"/),
    ]);
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x]",
      ...Array.from({ length: 8 }, (_, i) => `${"bcdefghi"[i]}: &${"bcdefghi"[i]} [${Array(9).fill(`*${"abcdefgh"[i]}`).join(", ")}]`),
    ].join("\n");
    const problems = messages({ topics: `${bomb}\n` });
    expect(problems).toEqual([expect.stringMatching(/^error: content\/taxonomy\/topics\.yaml: invalid YAML: .*alias/i)]);
  });
});

describe("the taxonomy hash", () => {
  const base = "- name: Tô Lâm\n  aliases: [To Lam]\n";

  it("ignores comments, formatting, key order and defaults written out", () => {
    const same = "# people\n- aliases:\n    - To Lam\n  name: Tô Lâm   \n  slug: to-lam\n  shortNames: []\n";
    expect(parse({ people: same }).hash).toBe(parse({ people: base }).hash);
  });

  it("changes when anything the tagger uses changes", () => {
    expect(parse({ people: "- name: Tô Lâm\n  aliases: [To Lam, Lam]\n" }).hash).not.toBe(parse({ people: base }).hash);
    expect(parse({ people: base, topics: "- name: Energy\n" }).hash).not.toBe(parse({ people: base }).hash);
  });
});

describe("loadTaxonomy", () => {
  const dirs: string[] = [];
  afterAll(async () => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  it("reads the three files from a folder, a BOM and CRLF included", async () => {
    const dir = await mkdtemp(join(tmpdir(), "taxonomy-"));
    dirs.push(dir);
    await writeFile(join(dir, "people.yaml"), "\uFEFF- name: Tô Lâm\r\n  shortNames: [Lâm]\r\n");
    await writeFile(join(dir, "events.yaml"), "[]\n");
    await writeFile(join(dir, "topics.yaml"), "- name: Oil & Gas\n");
    const loaded = await loadTaxonomy(dir);
    expect(loaded.problems).toEqual([]);
    expect(loaded.taxonomy.people[0]).toMatchObject({ name: "Tô Lâm", slug: "to-lam", shortNames: ["Lâm"] });
    expect(loaded.taxonomy.topics[0]?.slug).toBe("oil-gas");
  });
});
