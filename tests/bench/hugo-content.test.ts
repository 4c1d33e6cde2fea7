import { mkdtemp, readFile, rm, writeFile, mkdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { hugoArchiveSections, hugoArticle, hugoContent, hugoTermPages, writeHugoContent } from "../../bench/measure/hugo-content.ts";
import { entryPath, serializeEntry } from "../../src/content/entry-file.ts";
import type { Entry } from "../../src/content/entry-schema.ts";
import { parseTaxonomy } from "../../src/taxonomy/load-taxonomy.ts";

// The front matter ingest wrote for seed 001 (lists shortened).
const seedEntry: Entry = {
  data: {
    title: "General Secretary To Lam meets with Russian Prime Minister Mikhail Mishustin",
    date: "2025-05-09",
    publisher: "Báo Tin Tức",
    author: "Nguyen Hong Diep",
    originalUrl:
      "https://baotintuc.vn/chinh-tri/tong-bi-thu-to-lam-hoi-kien-thu-tuong-lien-bang-nga-mikhail-mishustin-20250509055447596.htm",
    captions: ["General Secretary To Lam meets with Russian Prime Minister Mikhail Mishustin."],
    people: ["to-lam", "mikhail-mishustin"],
    events: ["to-lam-russia-visit-victory-day-2025"],
    topics: ["diplomacy", "energy"],
    source: "001_7323d1b9344210f5.txt",
    generatedFrom: "b96e0d757ad08e54-b2bd6a13a1818480",
  },
  body: "According to VNA special correspondent, on May 8, at the Russian Government Headquarters in Moscow, General Secretary To Lam had a meeting with Russian Prime Minister Mikhail Mishustin.\n",
  file: "2025/05/2025-05-09-general-secretary-to-lam-meets-with-russian-prime-minister.md",
  slug: "general-secretary-to-lam-meets-with-russian-prime-minister",
};

function frontMatterOf(text: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error(`no front matter in:\n${text}`);
  return YAML.parse(match[1]!) as Record<string, unknown>;
}

const TAXONOMY_TEXTS = {
  people: "- name: Tô Lâm\n  slug: to-lam\n  description: General Secretary\n- name: Mikhail Mishustin\n- name: Lương Cường\n",
  events: "- name: Tô Lâm's visit to Russia\n  slug: to-lam-russia-visit-victory-day-2025\n  start: 2025-05-08\n  end: 2025-05-11\n",
  topics: "- name: Diplomacy\n  description: Foreign relations\n- name: Energy\n",
};
const { taxonomy } = parseTaxonomy(TAXONOMY_TEXTS, "taxonomy");

describe("hugoArticle", () => {
  const file = hugoArticle(seedEntry);

  it("files the article under its month's section", () => {
    expect(file.path).toBe("archive/2025/05/2025-05-09-general-secretary-to-lam-meets-with-russian-prime-minister.md");
  });

  it("publishes it at our address with its tags as Hugo taxonomies", () => {
    expect(frontMatterOf(file.text)).toEqual({
      title: "General Secretary To Lam meets with Russian Prime Minister Mikhail Mishustin",
      date: "2025-05-09",
      slug: "general-secretary-to-lam-meets-with-russian-prime-minister",
      url: "/2025/05/general-secretary-to-lam-meets-with-russian-prime-minister/",
      publisher: "Báo Tin Tức",
      author: "Nguyen Hong Diep",
      originalUrl: seedEntry.data.originalUrl,
      captions: seedEntry.data.captions,
      people: ["to-lam", "mikhail-mishustin"],
      events: ["to-lam-russia-visit-victory-day-2025"],
      topics: ["diplomacy", "energy"],
    });
  });

  it("keeps the Markdown body after the front matter", () => {
    expect(file.text.endsWith(`---\n\n${seedEntry.body}`)).toBe(true);
  });

  it("keeps a title with quotes and colons whole and leaves empty tag lists out", () => {
    const tricky = hugoArticle({
      ...seedEntry,
      data: { ...seedEntry.data, title: 'Lâm: "We will meet again" — #1 {{ .Site }}', events: [] },
    });
    const data = frontMatterOf(tricky.text);
    expect(data.title).toBe('Lâm: "We will meet again" — #1 {{ .Site }}');
    expect(data).not.toHaveProperty("events");
  });
});

describe("hugoArchiveSections", () => {
  it("makes the archive, each year and each month with articles a section", () => {
    const files = hugoArchiveSections(["2025-01-14", "2025-01-15", "2024-12-31"]);
    expect(files.map((file) => [file.path, frontMatterOf(file.text)])).toEqual([
      ["archive/_index.md", { title: "Archive", layout: "archive" }],
      ["archive/2024/_index.md", { title: "2024", layout: "year", date: "2024-01-01" }],
      ["archive/2025/_index.md", { title: "2025", layout: "year", date: "2025-01-01" }],
      ["archive/2024/12/_index.md", { title: "December 2024", layout: "month", date: "2024-12-01" }],
      ["archive/2025/01/_index.md", { title: "January 2025", layout: "month", date: "2025-01-01" }],
    ]);
  });
});

describe("hugoTermPages", () => {
  const files = hugoTermPages(taxonomy, [seedEntry]);
  const byPath = new Map(files.map((file) => [file.path, frontMatterOf(file.text)]));

  it("writes a page for each tag the entries use, and none for unused tags", () => {
    expect([...byPath.keys()]).toEqual([
      "people/mikhail-mishustin/_index.md",
      "people/to-lam/_index.md",
      "events/to-lam-russia-visit-victory-day-2025/_index.md",
      "topics/diplomacy/_index.md",
      "topics/energy/_index.md",
    ]);
  });

  it("gives the tag its name with diacritics, its description and an event's dates", () => {
    expect(byPath.get("people/to-lam/_index.md")).toEqual({ title: "Tô Lâm", description: "General Secretary" });
    expect(byPath.get("people/mikhail-mishustin/_index.md")).toEqual({ title: "Mikhail Mishustin" });
    expect(byPath.get("events/to-lam-russia-visit-victory-day-2025/_index.md")).toEqual({
      title: "Tô Lâm's visit to Russia",
      start: "2025-05-08",
      end: "2025-05-11",
    });
  });

  it("falls back to the slug for a tag the taxonomy lacks", () => {
    const unknown = hugoTermPages(taxonomy, [
      { ...seedEntry, data: { ...seedEntry.data, people: ["nobody-known"], events: [], topics: [] } },
    ]);
    expect(unknown.map((file) => [file.path, frontMatterOf(file.text)])).toEqual([
      ["people/nobody-known/_index.md", { title: "nobody-known" }],
    ]);
  });
});

describe("hugoContent", () => {
  it("holds the articles, the archive sections, the tags and the search page", () => {
    const paths = hugoContent([seedEntry], taxonomy).map((file) => file.path);
    expect(paths).toContain("archive/2025/05/2025-05-09-general-secretary-to-lam-meets-with-russian-prime-minister.md");
    expect(paths).toContain("archive/2025/05/_index.md");
    expect(paths).toContain("people/to-lam/_index.md");
    expect(paths).toContain("search/_index.md");
    expect(new Set(paths).size).toBe(paths.length);
  });
});

describe("writeHugoContent", () => {
  it("reads an entries folder and a taxonomy folder and writes the content folder afresh", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "hugo-content-"));
    try {
      const entries = path.join(dir, "entries");
      const taxonomyDir = path.join(dir, "taxonomy");
      const content = path.join(dir, "content");
      const { generatedFrom: _stamp, ...data } = seedEntry.data;
      const file = path.join(entries, entryPath(data.date, seedEntry.slug));
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, serializeEntry(data, seedEntry.body, "0123456789abcdef").text);
      await mkdir(taxonomyDir);
      for (const [kind, text] of Object.entries(TAXONOMY_TEXTS)) await writeFile(path.join(taxonomyDir, `${kind}.yaml`), text);
      await mkdir(path.join(content, "stale"), { recursive: true });

      const summary = await writeHugoContent(entries, taxonomyDir, content);

      // One article, three archive sections (archive, 2025, 2025/05), five tags, the search page.
      expect(summary).toEqual({ articles: 1, files: 1 + 3 + 5 + 1 });
      const article = await readFile(path.join(content, "archive", seedEntry.file), "utf8");
      expect(frontMatterOf(article).url).toBe(`/2025/05/${seedEntry.slug}/`);
      await expect(readFile(path.join(content, "people", "to-lam", "_index.md"), "utf8")).resolves.toContain("Tô Lâm");
      await expect(readFile(path.join(content, "stale"), "utf8")).rejects.toThrow();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
