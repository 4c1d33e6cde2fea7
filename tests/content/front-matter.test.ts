import { describe, expect, it } from "vitest";
import { z } from "zod";
import { describeSchemaIssues, readFrontMatter } from "../../src/content/front-matter.ts";

describe("readFrontMatter", () => {
  it("splits the YAML from the Markdown body", () => {
    const read = readFrontMatter("---\ntitle: A day in Hà Nội\n---\n\nThe body.\n");
    expect(read).toEqual({ ok: true, data: { title: "A day in Hà Nội" }, body: "\nThe body.\n" });
  });

  it("keeps an impossible date as the string the editor wrote (YAML 1.2, not 1.1)", () => {
    const read = readFrontMatter("---\ndate: 2025-02-31\n---\n");
    expect(read.ok && read.data).toEqual({ date: "2025-02-31" });
  });

  it("reports broken YAML in one line instead of throwing", () => {
    const read = readFrontMatter("---\ntitle: [unclosed\n---\nbody\n");
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.message).toMatch(/^front matter: /);
      expect(read.message).not.toContain("\n");
    }
  });
});

describe("describeSchemaIssues", () => {
  it("names each field the schema refused", () => {
    const result = z.object({ title: z.string(), date: z.string() }).safeParse({ title: 3 });
    expect(result.success).toBe(false);
    if (!result.success) {
      const text = describeSchemaIssues(result.error);
      expect(text).toMatch(/^title /);
      expect(text).toContain("; date ");
    }
  });
});
