/**
 * Pages written by hand: `content/pages/NAME.md`, Markdown with front matter,
 * published at `/NAME/` through the site's layout (an About page, a colophon).
 * The Markdown goes through the same sanitising pipeline as article bodies.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { problem, type Problem } from "./problems.ts";
import { describeSchemaIssues, readFrontMatter } from "./front-matter.ts";
import { SlugSchema } from "./entry-schema.ts";
import { listFolder } from "../lib/list-folder.ts";

export const DEFAULT_PAGES_DIR = "content/pages";

/** First path segments the archive's own pages use: a hand-written page may not take them. */
const RESERVED = /^(?:\d{4}|people|events|topics|organisations|places|publishers|stories|archive|search|page|assets|pagefind|feed)$/;

export const PageFrontMatterSchema = z
  .object({
    title: z.string().trim().min(1),
    /** One line for search engines and link previews. */
    description: z.string().trim().optional(),
    /** Shown in the site's navigation when true. */
    nav: z.boolean().default(false),
    /** Position among the navigation's hand-written pages, smallest first (then by title). */
    navOrder: z.number().default(0),
    /** A list the page shows after its text: `publishers`, every source with its count and feed. */
    list: z.enum(["publishers"]).optional(),
    /** The page's address `/SLUG/`; the file name by default. */
    slug: SlugSchema.optional(),
  })
  .strict();

export type PageFrontMatter = z.infer<typeof PageFrontMatterSchema>;

export interface HandWrittenPage {
  /** The file, as the user named it. */
  file: string;
  slug: string;
  data: PageFrontMatter;
  /** Markdown. */
  body: string;
}

/** Reads one page's text; a problem when it does not fit. */
export function parsePage(file: string, text: string): HandWrittenPage | Problem {
  const parsed = readFrontMatter(text);
  if (!parsed.ok) return problem("page-invalid", file, parsed.message);
  const result = PageFrontMatterSchema.safeParse(parsed.data);
  if (!result.success) {
    return problem("page-invalid", file, `front matter does not fit the page schema: ${describeSchemaIssues(result.error)}`);
  }
  const slug = result.data.slug ?? path.basename(file, ".md");
  if (!SlugSchema.safeParse(slug).success) {
    return problem(
      "page-invalid",
      file,
      `the file name makes the address /${slug}/; name it in ASCII lower case with hyphens, or give \`slug:\``,
    );
  }
  if (RESERVED.test(slug)) {
    return problem("page-invalid", file, `the address /${slug}/ belongs to the archive's own pages; give the page another \`slug:\``);
  }
  return { file, slug, data: result.data, body: parsed.body.replace(/^\n+/, "") };
}

/** Every `.md` file of `dir` (none when it does not exist), sorted by slug. */
export async function loadPages(dir: string = DEFAULT_PAGES_DIR): Promise<{ pages: HandWrittenPage[]; problems: Problem[] }> {
  const listing = await listFolder(dir);
  const pages: HandWrittenPage[] = [];
  const problems: Problem[] = [];
  for (const file of listing.files.filter((name) => name.endsWith(".md"))) {
    const read = parsePage(file, await readFile(file, "utf8"));
    if ("severity" in read) problems.push(read);
    else pages.push(read);
  }
  const taken = new Map<string, string>();
  for (const page of pages) {
    const other = taken.get(page.slug);
    if (other) problems.push(problem("page-invalid", page.file, `has the same address /${page.slug}/ as ${other}`));
    taken.set(page.slug, page.file);
  }
  return { pages: pages.sort((a, b) => a.slug.localeCompare(b.slug)), problems };
}
