import { cp, mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import {
  addSources,
  aliasLinesFor,
  describeEntry,
  eventLinesFor,
  nameForStandardInput,
  taxonomyLinesFor,
  type IncomingSource,
} from "../../src/ingest/add-sources.ts";
import type { IngestOptions } from "../../src/ingest/run-ingest.ts";
import { parseTaxonomy } from "../../src/taxonomy/load-taxonomy.ts";

let root: string;
let options: IngestOptions;
const quiet = () => {};

const NEW_ARTICLE = `Russian envoy meets Vietnamese Deputy Foreign Minister

By Hoang Phong   March 4, 2025 | 09:30 am GMT+7

Deputy Foreign Minister Nguyen Minh Vu received Russian Ambassador Gennady Bezdetko in Hanoi on Tuesday to discuss energy cooperation and the oil and gas projects of both countries.

Prime Minister Pham Minh Chinh had asked ministries to speed up the projects, Vu said.
`;

const incoming = (name: string, text: string): IncomingSource => ({ label: name, name, bytes: Buffer.from(text) });

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "add-"));
  await cp("content/sources", join(root, "sources"), { recursive: true });
  await cp("content/taxonomy", join(root, "taxonomy"), { recursive: true });
  options = {
    sources: join(root, "sources"),
    entries: join(root, "entries"),
    taxonomy: join(root, "taxonomy"),
    cache: join(root, "cache"),
    today: "2026-01-01",
  };
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("addSources", () => {
  it("copies a new article under its own name, ingests it and reports what it found", async () => {
    const result = await addSources([incoming("envoy.txt", NEW_ARTICLE)], options, quiet);
    expect(result.outcomes).toEqual([{ status: "added", name: "envoy.txt" }]);
    expect(await readFile(join(options.sources, "envoy.txt"), "utf8")).toBe(NEW_ARTICLE);
    const [, data] = [...result.ingest.entries].find(([, entry]) => entry.source === "envoy.txt")!;
    expect(data.date).toBe("2025-03-04");
    expect(data.people).toContain("pham-minh-chinh");
    expect(result.ingest.written).toBe(6);
    expect(result.ingest.unknownNames.get("envoy.txt")!.people).toContain("Nguyen Minh Vu");
    // "meets": a meeting no event of the taxonomy covers.
    expect(result.ingest.unknownNames.get("envoy.txt")!.event).toEqual({
      name: "Russian envoy meets Vietnamese Deputy Foreign Minister",
      start: "2025-03-04",
      people: ["gennady-bezdetko", "pham-minh-chinh"],
    });
    expect(result.problems).toContainEqual(expect.objectContaining({ rule: "source-unknown-event", severity: "warning" }));
  });

  it("reports a duplicate of an existing source and does not add it twice", async () => {
    const seed = await readFile(join(options.sources, "004_e5feb39fc4d21994.txt"), "utf8");
    const result = await addSources([incoming("copy-of-004.txt", seed.replace(/\n/g, "\r\n"))], options, quiet);
    expect(result.outcomes).toEqual([{ status: "duplicate", name: "copy-of-004.txt", of: "004_e5feb39fc4d21994.txt" }]);
    expect(await readdir(options.sources)).not.toContain("copy-of-004.txt");

    const again = await addSources([incoming("004_e5feb39fc4d21994.txt", seed)], options, quiet);
    expect(again.outcomes[0]?.status).toBe("duplicate");
  });

  it("refuses to overwrite a different file of the same name", async () => {
    const result = await addSources([incoming("004_e5feb39fc4d21994.txt", NEW_ARTICLE)], options, quiet);
    expect(result.outcomes[0]).toMatchObject({ status: "refused" });
    expect(result.problems).toContainEqual(expect.objectContaining({ severity: "error", file: "004_e5feb39fc4d21994.txt" }));
    expect(await readFile(join(options.sources, "004_e5feb39fc4d21994.txt"), "utf8")).not.toBe(NEW_ARTICLE);
  });

  it("dates a source that states none with --date: the copy starts with the ` date` marker line", async () => {
    const undated = NEW_ARTICLE.replace("By Hoang Phong   March 4, 2025 | 09:30 am GMT+7\n", "").replace(" on Tuesday", "");
    const refused = await addSources([incoming("undated.txt", undated)], options, quiet);
    expect(refused.problems).toContainEqual(expect.objectContaining({ rule: "source-no-date", severity: "error" }));
    const message = refused.problems.find((found) => found.rule === "source-no-date")!.message;
    expect(message).toContain("news-archive add --date YYYY-MM-DD");

    // The same file again, dated: the refused copy is dated in place, not refused as a name taken.
    const dated = await addSources([incoming("undated.txt", undated)], options, quiet, { date: "2025-03-04" });
    expect(dated.outcomes).toEqual([{ status: "added", name: "undated.txt" }]);
    expect(await readFile(join(options.sources, "undated.txt"), "utf8")).toBe(` date 2025-03-04\n${undated}`);
    const [, data] = [...dated.ingest.entries].find(([, entry]) => entry.source === "undated.txt")!;
    expect(data.date).toBe("2025-03-04");
    expect(data.dateInferred).toBeUndefined();
    expect(dated.problems.filter((found) => found.severity === "error")).toEqual([]);
  });

  it("replaces a marker the source has, and keeps a BOM and CRLF line ends as they were", async () => {
    const marked = `\uFEFF date 2020-01-01 First line.\r\n${NEW_ARTICLE.replace(/\n/g, "\r\n")}`;
    await addSources([incoming("marked.txt", marked)], options, quiet, { date: "2025-03-04" });
    const written = await readFile(join(options.sources, "marked.txt"), "utf8");
    expect(written).toBe(marked.replace("2020-01-01", "2025-03-04"));
    const plain = `Title\r\n\r\nText.\r\n`;
    await addSources([incoming("crlf.txt", plain)], options, quiet, { date: "2025-03-04" });
    expect(await readFile(join(options.sources, "crlf.txt"), "utf8")).toBe(` date 2025-03-04\r\n${plain}`);
  });

  it("addresses a source with --url: the ` url` marker line beside the date's sets originalUrl and the publisher by its host", async () => {
    const address = "https://en.vietnamplus.vn/russian-envoy-meets-vietnamese-deputy-foreign-minister-post312345.vnp";
    const result = await addSources([incoming("envoy.txt", NEW_ARTICLE)], options, quiet, { date: "2025-03-04", url: address });
    expect(await readFile(join(options.sources, "envoy.txt"), "utf8")).toBe(` url ${address}\n date 2025-03-04\n${NEW_ARTICLE}`);
    const [, data] = [...result.ingest.entries].find(([, entry]) => entry.source === "envoy.txt")!;
    expect(data).toMatchObject({ originalUrl: address, publisher: "VietnamPlus", date: "2025-03-04" });
    // The same file again with another address: addressed in place, its date kept.
    const again = await addSources([incoming("envoy.txt", NEW_ARTICLE)], options, quiet, { url: "https://vietnamplus.vn/a-post1.vnp" });
    expect(again.outcomes).toEqual([{ status: "added", name: "envoy.txt" }]);
    expect(await readFile(join(options.sources, "envoy.txt"), "utf8")).toBe(
      ` url https://vietnamplus.vn/a-post1.vnp\n date 2025-03-04\n${NEW_ARTICLE}`,
    );
  });

  it("names standard input after its content", () => {
    expect(nameForStandardInput(Buffer.from("abc"))).toBe(nameForStandardInput(Buffer.from("abc")));
    expect(nameForStandardInput(Buffer.from("abc"))).toMatch(/^stdin-[0-9a-f]{16}\.txt$/);
  });
});

describe("describeEntry", () => {
  it("prints tags by name and the taxonomy lines for unknown names", () => {
    const text = describeEntry(
      "content/articles/2025/03/2025-03-04-envoy.md",
      {
        title: "Russian envoy meets Vietnamese Deputy Foreign Minister",
        date: "2025-03-04",
        dateInferred: true,
        captions: [],
        people: ["pham-minh-chinh"],
        events: [],
        topics: ["energy"],
        source: "envoy.txt",
        generatedFrom: "0123456789abcdef-0123456789abcdef",
      },
      ["Nguyen Minh Vu"],
      { people: new Map([["pham-minh-chinh", "Phạm Minh Chính"]]), events: new Map(), topics: new Map([["energy", "Energy"]]) },
    );
    expect(text).toContain("date:      2025-03-04 (inferred");
    expect(text).toContain("people:    Phạm Minh Chính");
    expect(text).toContain("events:    none");
    expect(text).toContain('- name: "Nguyen Minh Vu"');
  });

  it("suggests lines that the taxonomy loader accepts", () => {
    const loaded = parseTaxonomy({ people: taxonomyLinesFor(["Nguyen Minh Vu", "Đỗ Hùng Việt"]), events: "[]", topics: "[]" }, "taxonomy");
    expect(loaded.problems.filter((problem) => problem.severity === "error")).toEqual([]);
    expect(loaded.taxonomy.people.map((person) => person.slug)).toEqual(["nguyen-minh-vu", "do-hung-viet"]);
  });

  it("proposes another spelling of a known person as an alias of that person, not as a new person", () => {
    const text = describeEntry(
      "content/articles/2025/03/2025-03-04-duma.md",
      {
        title: "Duma Chairman Volodin meets Prime Minister Chinh",
        date: "2025-03-04",
        captions: [],
        people: ["vyacheslav-volodin", "pham-minh-chinh"],
        events: [],
        topics: [],
        source: "duma.txt",
        generatedFrom: "0123456789abcdef-0123456789abcdef",
      },
      {
        people: [],
        spellings: [
          { name: "Vyacheslav Victorovich Volodin", slug: "vyacheslav-volodin", typo: false },
          { name: "Pham Miinh Chinh", slug: "pham-minh-chinh", typo: true },
        ],
        event: {
          name: "Duma Chairman Volodin meets Prime Minister Chinh",
          start: "2025-03-03",
          people: ["vyacheslav-volodin", "pham-minh-chinh"],
        },
      },
      {
        people: new Map([
          ["vyacheslav-volodin", "Vyacheslav Volodin"],
          ["pham-minh-chinh", "Phạm Minh Chính"],
        ]),
        events: new Map(),
        topics: new Map(),
      },
    );
    expect(text).not.toContain("add to people.yaml");
    expect(text).toContain("Vyacheslav Victorovich Volodin (Vyacheslav Volodin)");
    expect(text).toContain('- name: "Vyacheslav Volodin"   # already in people.yaml: add to its aliases');
    expect(text).toContain('      - "Vyacheslav Victorovich Volodin"\n');
    expect(text).toContain('      - "Pham Miinh Chinh"   # one letter off');
    expect(text).toContain("event not in the taxonomy: Duma Chairman Volodin meets Prime Minister Chinh");
    expect(text).toContain("      start: 2025-03-03");
    expect(text).toContain("      people: [vyacheslav-volodin, pham-minh-chinh]");
  });

  it("suggests an event item that the taxonomy loader accepts", () => {
    const people = readFileSync("content/taxonomy/people.yaml", "utf8");
    const events = eventLinesFor({ name: "Xi holds phone talks with To Lam", start: "2026-01-26", end: "2026-01-27", people: ["to-lam"] });
    const loaded = parseTaxonomy({ people, events, topics: "[]" }, "taxonomy");
    expect(loaded.problems.filter((problem) => problem.severity === "error")).toEqual([]);
    expect(loaded.taxonomy.events).toEqual([
      expect.objectContaining({ slug: "xi-holds-phone-talks-with-to-lam", start: "2026-01-26", end: "2026-01-27", people: ["to-lam"] }),
    ]);
    // The alias lines name the person's item and list the spellings under `aliases:`.
    expect(
      aliasLinesFor([{ name: "Dmitri Peskov", slug: "dmitry-peskov", typo: false }], new Map([["dmitry-peskov", "Dmitry Peskov"]])),
    ).toBe('- name: "Dmitry Peskov"   # already in people.yaml: add to its aliases\n  aliases:\n    - "Dmitri Peskov"');
  });
});
