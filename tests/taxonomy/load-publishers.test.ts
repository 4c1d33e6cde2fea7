/**
 * The archive's list of outlets, `publishers.yaml`: read and checked like the
 * other taxonomy files (problems named by file and line), optional, and the
 * list ingest reads names, codes and hosts from.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseSource } from "../../src/ingest/parse-source.ts";
import { PublisherTable } from "../../src/taxonomy/publishers.ts";
import { parsePublishers } from "../../src/taxonomy/load-publishers.ts";
import { loadTaxonomy } from "../../src/taxonomy/load-taxonomy.ts";
import { TAXONOMY_DIR } from "./fixtures.ts";

const FILE = "content/taxonomy/publishers.yaml";
const TAXONOMY_PUBLISHERS = join(TAXONOMY_DIR, "publishers.yaml");
const messages = (text: string) =>
  parsePublishers(text, FILE).problems.map((problem) => `${problem.severity}: ${problem.file}: ${problem.message}`);

const LEDE =
  "Prime Minister Pham Minh Chinh held talks with his Russian counterpart in Hanoi, the two sides said in a joint statement on Tuesday.";
const SECOND = "The two leaders agreed to raise two-way trade and to work together in energy, education and science.";

describe("the committed publishers.yaml", () => {
  it("loads with no problems and knows the seeds' outlets and the agencies they carry", async () => {
    const loaded = await loadTaxonomy(TAXONOMY_DIR);
    expect(loaded.problems).toEqual([]);
    const table = new PublisherTable(loaded.publishers ?? []);
    expect(["VNS", "VNA", "TTXVN", "VOVWORLD", "TASS", "SGGP"].map((code) => table.code(code)?.name)).toEqual([
      "Việt Nam News",
      "Vietnam News Agency",
      "Vietnam News Agency",
      "Voice of Vietnam",
      "TASS",
      "Sài Gòn Giải Phóng",
    ]);
    expect(table.name("Sputnik International")?.wire).toBe(true);
  });
});

describe("parsePublishers", () => {
  it("reads names, aliases, codes, hosts and the wire and aggregator marks", () => {
    const { publishers, problems } = parsePublishers(
      "- name: Việt Nam News\n  aliases: [Viet Nam News]\n  codes: [VNS]\n  hosts: [vietnamnews.vn]\n- name: TASS\n  codes: [TASS]\n  wire: true\n",
      FILE,
    );
    expect(problems).toEqual([]);
    expect(publishers).toEqual([
      { name: "Việt Nam News", aliases: ["Viet Nam News"], codes: ["VNS"], hosts: ["vietnamnews.vn"] },
      { name: "TASS", aliases: [], codes: ["TASS"], hosts: [], wire: true },
    ]);
  });

  it("names the file and the outlet's line for an outlet that does not fit", () => {
    expect(messages("- name: Việt Nam News\n  codes: [VNS]\n\n- name: VnExpress\n  hosts: [https://e.vnexpress.net/]\n")).toEqual([
      'error: content/taxonomy/publishers.yaml: line 4: "VnExpress": hosts.0: a host is written like `vietnamplus.vn`: lower case, without `https://`, `www.` or a path',
    ]);
    expect(messages("- name: VnExpress\n  host: [vnexpress.net]\n")[0]).toMatch(
      /^error: content\/taxonomy\/publishers\.yaml: line 1: "VnExpress": .*host/,
    );
  });

  it("refuses a name, alias, code or host two outlets share, diacritics aside, naming both lines", () => {
    expect(messages("- name: Báo Tin Tức\n  hosts: [baotintuc.vn]\n- name: Tin Tuc Online\n  aliases: [Bao Tin Tuc]\n")).toEqual([
      'error: content/taxonomy/publishers.yaml: line 3: "Tin Tuc Online": "Bao Tin Tuc" also names "Báo Tin Tức" (line 1); a name, alias, code or host may belong to one outlet only',
    ]);
    expect(messages("- name: Vietnam News Agency\n  codes: [VNA]\n- name: Vietnam Agriculture\n  codes: [VNA]\n")).toHaveLength(1);
    expect(messages("- name: SGGP\n  hosts: [sggp.org.vn]\n- name: SGGP English\n  hosts: [sggp.org.vn]\n")).toHaveLength(1);
    // The same spelling twice in one outlet is no conflict.
    expect(messages("- name: VnExpress\n  aliases: [Vnexpress, VnExpress]\n")).toEqual([]);
  });

  it("refuses an empty file or one that is not a list; `[]` is no outlets on purpose", () => {
    expect(messages("")[0]).toMatch(/is empty/);
    expect(messages("name: VnExpress\n")[0]).toMatch(/must be a YAML list of outlets/);
    expect(parsePublishers("[]\n", FILE)).toEqual({ publishers: [], problems: [] });
  });
});

describe("the archive's list in ingest", () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it("is optional, and a broken one is a taxonomy problem named by file and line", async () => {
    const dir = await mkdtemp(join(tmpdir(), "publishers-"));
    dirs.push(dir);
    for (const kind of ["people", "events", "topics"]) await writeFile(join(dir, `${kind}.yaml`), "[]\n");
    const without = await loadTaxonomy(dir);
    expect([without.problems, without.publishers]).toEqual([[], undefined]);
    await writeFile(join(dir, "publishers.yaml"), "- name: VOV\n  codes: [VOV]\n- name: Voice of Vietnam\n  aliases: [vov]\n");
    const broken = await loadTaxonomy(dir);
    expect(broken.problems.map((problem) => [problem.severity, problem.file, problem.message.slice(0, 7)])).toEqual([
      ["error", `${dir}/publishers.yaml`, "line 3:"],
    ]);
    expect(broken.hash).not.toBe(without.hash);
  });

  it("without a list of its own, reads outlets from the list shipped with the package", async () => {
    const dir = await mkdtemp(join(tmpdir(), "publishers-"));
    dirs.push(dir);
    for (const kind of ["people", "events", "topics"]) await writeFile(join(dir, `${kind}.yaml`), "[]\n");
    const without = await loadTaxonomy(dir);
    expect(without.publishers).toBeUndefined();
    // The same outlets written as the archive's own list: the same entries, so the same hash.
    await writeFile(join(dir, "publishers.yaml"), await readFile(TAXONOMY_PUBLISHERS, "utf8"));
    expect((await loadTaxonomy(dir)).hash).toBe(without.hash);
    // `(VOVWORLD) -`, a code the shipped list knows.
    const text = ` date 2024-06-20 (VOVWORLD) - ${LEDE}\n${SECOND}`;
    expect(parseSource(text, { today: "2026-12-03" }).publisher).toBe("Voice of Vietnam");
  });

  it("reads codes and names from the archive's list, not the built-in one", () => {
    // `(VAN)`, the code opening Vietnam Agriculture's stories.
    const text = ` date 2024-06-20 (VAN) ${LEDE}\n${SECOND}`;
    const own = new PublisherTable([
      { name: "Vietnam Agriculture", codes: ["VAN"], hosts: ["vietnamagriculture.nongnghiep.vn"], aliases: [] },
    ]);
    expect(parseSource(text, { today: "2026-12-03", publishers: own }).publisher).toBe("Vietnam Agriculture");
    expect(parseSource(text, { today: "2026-12-03" }).publisher).toBe("Nông Nghiệp Việt Nam");
    // A list that does not know the code keeps it as the page gives it.
    expect(parseSource(text, { today: "2026-12-03", publishers: new PublisherTable([]) }).publisher).toBe("VAN");
  });
});
