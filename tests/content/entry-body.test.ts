import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { entryBodyOf } from "../../src/content/entries.ts";
import { parseEntryFile, serializeEntry } from "../../src/content/entry-file.ts";

const data = {
  title: "Party chief Tô Lâm receives Russian PM Mikhail Mishustin",
  date: "2025-01-15",
  captions: ["--- not a delimiter ---"],
  people: ["to-lam"],
  events: [],
  topics: [],
  source: "000_371a887026197f3c.txt",
};

/** What the full parse gives as the body, for comparison. */
function parsedBody(text: string): string {
  const parsed = parseEntryFile(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.entry.body;
}

describe("entryBodyOf", () => {
  it("cuts the body as the full parse does, for the seed entries", () => {
    const root = path.join(import.meta.dirname, "../../content/articles");
    const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".md"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(path.join(root, file), "utf8");
      expect(entryBodyOf(text)).toBe(parsedBody(text));
    }
  });

  it("cuts the body as the full parse does, for bodies with rules, blank lines and CRLF", () => {
    const bodies = ["One.\n\n---\n\nTwo.", "\n\n\nLeading blank lines.", "---\nA rule first.", "Windows\r\nlines\r\n", "", "x"];
    for (const body of bodies) {
      const { text } = serializeEntry(data, body, "0123456789abcdef");
      expect(entryBodyOf(text)).toBe(parsedBody(text));
      const crlf = text.replace("\n---\n\n", "\n---\r\n\n");
      expect(entryBodyOf(crlf)).toBe(parsedBody(crlf));
    }
  });

  it("leaves any other file to the full parse", () => {
    expect(entryBodyOf("no front matter")).toBeUndefined();
    expect(entryBodyOf("---\ntitle: unclosed\n")).toBeUndefined();
    expect(entryBodyOf("----\n")).toBeUndefined();
  });
});
