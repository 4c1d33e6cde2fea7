import { describe, expect, it } from "vitest";
import {
  entryPath,
  parseEntryFile,
  readEntryStamp,
  mergeCorrections,
  STAMPED_FIELDS,
  hashText,
  serializeEntry,
  slugOfEntryPath,
} from "../../src/content/entry-file.ts";
import { entrySlug, paragraphsToMarkdown } from "../../src/ingest/entry-text.ts";
import { slugify } from "../../src/taxonomy/slugify.ts";

const data = {
  title: "Party chief Tô Lâm receives Russian PM Mikhail Mishustin",
  date: "2025-01-15",
  publisher: "Saigon Giai Phong",
  captions: ["Party General Secretary To Lam (right) gives a reception in Hanoi on January 14."],
  people: ["to-lam", "mikhail-mishustin"],
  events: ["mishustin-official-visit-to-viet-nam-2025"],
  topics: ["diplomacy"],
  source: "000_371a887026197f3c.txt",
};

describe("entry paths", () => {
  it("files an entry by year and month", () => {
    expect(entryPath("2025-01-15", "party-chief")).toBe("2025/01/2025-01-15-party-chief.md");
    expect(slugOfEntryPath("2025/01/2025-01-15-party-chief.md")).toBe("party-chief");
  });

  it("cuts a long title's slug at a word boundary", () => {
    const slug = entrySlug(
      "Russian Prime Minister Mikhail Vladimirovich Mishustin's official visit to Việt Nam strengthens the partnership",
    );
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(slug.startsWith("russian-prime-minister-mikhail-vladimirovich")).toBe(true);
  });

  it("romanises a headline in a script the slug library drops, and spells the others as before", () => {
    // Real headlines of two Korean pages and a Chinese one; the first slug was `7-20`, its numbers alone.
    expect(entrySlug('푸틴 7년 만에 베트남 방문…"경제·과학기술 합의서 20건 서명"')).toBe(
      "putin-7-nyeon-mane-beteunam-bangmun-gyeongje-gwahaggisul",
    );
    expect(entrySlug("[씬짜오! 베트남] 푸틴 러시아 대통령, 하노이 새벽 도착")).toBe(
      "ssinjjao-beteunam-putin-reosia-daetongryeong-hanoi-saebyeog",
    );
    expect(entrySlug("为推动越俄合作注入动力")).toBe("wei-tui-dong-yue-e-he-zuo-zhu-ru-dong-li");
    // Latin with Vietnamese marks (composed or not), Cyrillic and Greek keep the library's spelling.
    expect(entrySlug("Tô Lâm tiếp Đại sứ Nga")).toBe("to-lam-tiep-dai-su-nga");
    expect(entrySlug("Tô Lâm tiếp Đại sứ Nga".normalize("NFD"))).toBe("to-lam-tiep-dai-su-nga");
    expect(entrySlug("Шойгу встретился с Фан Ван Жангом")).toBe(slugify("Шойгу встретился с Фан Ван Жангом"));
    expect(entrySlug("Ρωσία Βιετνάμ")).toBe("rosia-vietnam");
  });

  it("takes the source file's name, without its extension, when the title gives a slug no letter", () => {
    expect(entrySlug("2024", "305-opinionnews-putin-arrives-hanoi.txt")).toBe("305-opinionnews-putin-arrives-hanoi");
    expect(entrySlug("🇻🇳 🇷🇺", "notes/visit.v2.txt")).toBe("notes-visit-v2");
    expect(entrySlug("2024", "")).toBe("2024");
    expect(entrySlug("—", "…")).toBe("article");
  });
});

describe("serializeEntry / parseEntryFile", () => {
  const { text } = serializeEntry(data, paragraphsToMarkdown(["First paragraph.", "Second one."]), "0123456789abcdef");

  it("writes one key per line in the schema's order and reads back the same data", () => {
    const lines = text.split("\n");
    expect(lines[0]).toBe("---");
    expect(lines[1]).toBe(`title: ${data.title}`);
    expect(lines[2]).toBe("date: 2025-01-15");
    expect(text).toContain("people:\n  - to-lam\n  - mikhail-mishustin\n");
    const parsed = parseEntryFile(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.entry.data).toMatchObject(data);
    expect(parsed.entry.body).toBe("First paragraph.\n\nSecond one.\n");
  });

  it("is deterministic", () => {
    expect(serializeEntry(data, "Body.\n", "0123456789abcdef")).toEqual(serializeEntry(data, "Body.\n", "0123456789abcdef"));
  });

  it("tells ingest's own output from a hand edit, field by field", () => {
    const stampOf = (edited: string) => {
      const parsed = parseEntryFile(edited);
      if (!parsed.ok) throw new Error(parsed.message);
      return readEntryStamp(parsed.entry, edited);
    };
    expect(stampOf(text)).toEqual({ inputsHash: "0123456789abcdef", edited: [] });
    expect(stampOf(text.replace("Second one.", "Second one, corrected.")).edited).toEqual(["body"]);
    expect(stampOf(text.replace(data.title, "A better title")).edited).toEqual(["title"]);
    // Reformatting the YAML (quotes, flow lists) changes no value: no edit.
    expect(stampOf(text.replace(/^title: (.*)$/m, (_line, title: string) => `title: "${title}"`)).edited).toEqual([]);
  });

  it("reads the whole-file stamp of entries written before fields were stamped", () => {
    const body = "Body.\n";
    const old = `---\ntitle: Old\ndate: 2025-01-14\ncaptions: []\npeople: []\nevents: []\ntopics: []\nsource: a.txt\n---\n\n${body}`;
    const stamped = old.replace("source: a.txt\n", `source: a.txt\ngeneratedFrom: 0123456789abcdef-${hashText(old)}\n`);
    const parsed = parseEntryFile(stamped);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(readEntryStamp(parsed.entry, stamped).edited).toEqual([]);
    const edited = stamped.replace("title: Old", "title: New");
    const editedParsed = parseEntryFile(edited);
    if (!editedParsed.ok) throw new Error(editedParsed.message);
    expect(readEntryStamp(editedParsed.entry, edited).edited).toEqual([...STAMPED_FIELDS]);
  });

  it("merges corrections: the edited fields as the editor wrote them, the rest as generated", () => {
    const generated = { data: { ...data, title: "New rules title", people: ["to-lam", "vladimir-putin"] }, body: "New body.\n" };
    const parsed = parseEntryFile(text.replace(data.title, "Editor's title"));
    if (!parsed.ok) throw new Error(parsed.message);
    const merged = mergeCorrections(generated, parsed.entry, ["title"]);
    expect(merged.data.title).toBe("Editor's title");
    expect(merged.data.people).toEqual(["to-lam", "vladimir-putin"]);
    expect(merged.body).toBe("New body.\n");
  });

  it("names what is wrong with a broken entry", () => {
    const broken = parseEntryFile("---\ntitle: x\ndate: 2025-02-31\n---\n\nBody\n");
    expect(broken.ok).toBe(false);
    if (broken.ok) return;
    expect(broken.message).toMatch(/date/);
    expect(broken.message).toMatch(/source/);
    expect(parseEntryFile("---\ntitle: [unclosed\n---\n").ok).toBe(false);
  });

  it("reads a date an editor wrote, quoted or not, as the calendar date", () => {
    const unquoted = parseEntryFile(text.replace("date: 2025-01-15", "date: 2025-01-16"));
    expect(unquoted.ok && unquoted.entry.data.date).toBe("2025-01-16");
    const quoted = parseEntryFile(text.replace("date: 2025-01-15", 'date: "2025-01-16"'));
    expect(quoted.ok && quoted.entry.data.date).toBe("2025-01-16");
  });

  it("keeps the source of a broken entry, so ingest leaves it alone", () => {
    const broken = parseEntryFile(text.replace("date: 2025-01-15", "date: 2025-02-31"));
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.source).toBe(data.source);
  });
});

describe("paragraphsToMarkdown", () => {
  it("keeps text that looks like markup as text", () => {
    const markdown = paragraphsToMarkdown(["<script>alert(1)</script> and *stars* and {{ 7*7 }}", "# not a heading", "---"]);
    expect(markdown).not.toMatch(/(?<!\\)<script>/);
    expect(markdown).toContain("\\<script>");
    expect(markdown).toContain("\\# not a heading");
    expect(markdown).not.toMatch(/^---$/m);
  });
});
