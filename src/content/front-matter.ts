/**
 * Front matter read the one way the archive reads it, for entries and hand-written
 * pages alike: gray-matter with the `yaml` package as its YAML engine.
 */
import matter from "gray-matter";
import type { z } from "zod";
import { readYaml } from "./read-yaml.ts";

export type FrontMatterRead = { ok: true; data: unknown; body: string } | { ok: false; message: string };

/** Splits a Markdown file into its front matter (not yet checked against a schema) and its body. */
export function readFrontMatter(text: string): FrontMatterRead {
  try {
    // The `yaml` package reads YAML 1.2, where `2025-02-31` stays the string the
    // editor wrote instead of silently becoming 3 March. gray-matter hands over the
    // text after the opening `---`, which starts on the file's first line.
    // A fresh options object keeps gray-matter from caching by content.
    const parsed = matter(text, {
      engines: {
        yaml: (source: string) => {
          const read = readYaml(source);
          if (!read.ok) throw new Error(read.messages.join("; "));
          return read.value ?? {};
        },
      },
    });
    return { ok: true, data: parsed.data, body: parsed.content };
  } catch (caught) {
    return { ok: false, message: `front matter: ${(caught as Error).message.split("\n")[0]}` };
  }
}

/** A schema's complaints in one line, each led by the field it is about. */
export function describeSchemaIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "front matter"} ${issue.message}`).join("; ");
}
