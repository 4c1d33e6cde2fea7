/**
 * Turns an entries folder into content for the Hugo reference site in `bench/hugo/`,
 * so that Hugo builds the same page set as ours from the same articles:
 *
 * - `archive/YYYY/MM/YYYY-MM-DD-slug.md`: each article, published at `/YYYY/MM/slug/`
 *   (front matter `url`), tagged with its people, events and topics;
 * - `archive/_index.md`, `archive/YYYY/_index.md`, `archive/YYYY/MM/_index.md`: the
 *   date archives as nested sections (`/archive/2025/01/`), which Hugo lists natively;
 * - `people/SLUG/_index.md` (events, topics alike): a tag's name and description, for
 *   every tag at least one article carries (ours has pages for exactly those);
 * - `search/_index.md`: the search page (Hugo builds it; the `hugo+pagefind` scenario
 *   then indexes the article pages with Pagefind).
 *
 * The conversion is not part of the timed build.
 */
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, sep } from "node:path";
import YAML from "yaml";
import { parseEntryFile, slugOfEntryPath } from "../../src/content/entry-file.ts";
import type { Entry } from "../../src/content/entry-schema.ts";
import { TAXONOMY_KINDS, type Taxonomy, type TaxonomyKind } from "../../src/content/taxonomy-schema.ts";
import { loadTaxonomy } from "../../src/taxonomy/load-taxonomy.ts";

/** A file of Hugo content: path relative to the content folder (with `/`), and its text. */
export interface HugoFile {
  path: string;
  text: string;
}

// biome-ignore format: a word list packed by hand
const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

function markdownFile(path: string, frontMatter: Record<string, unknown>, body = ""): HugoFile {
  const yaml = YAML.stringify(frontMatter, { lineWidth: 0 });
  return { path, text: `---\n${yaml}---\n${body === "" ? "" : `\n${body.trimEnd()}\n`}` };
}

/** Only the keys with a value: Hugo treats an empty list like a missing key, ours too. */
function withoutEmpty(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)),
  );
}

/** One article as a Hugo page at the same address as ours, `/YYYY/MM/slug/`. */
export function hugoArticle(entry: Entry): HugoFile {
  const { data } = entry;
  const year = data.date.slice(0, 4);
  const month = data.date.slice(5, 7);
  const name = entry.file.split("/").at(-1) ?? `${data.date}-${entry.slug}.md`;
  return markdownFile(
    `archive/${year}/${month}/${name}`,
    withoutEmpty({
      title: data.title,
      date: data.date,
      slug: entry.slug,
      url: `/${year}/${month}/${entry.slug}/`,
      dateInferred: data.dateInferred,
      publisher: data.publisher,
      author: data.author,
      dateline: data.dateline,
      originalUrl: data.originalUrl,
      captions: data.captions,
      people: data.people,
      events: data.events,
      topics: data.topics,
    }),
    entry.body,
  );
}

/** `archive/_index.md` and one section per year and per month that has articles. */
export function hugoArchiveSections(dates: Iterable<string>): HugoFile[] {
  const months = new Set<string>();
  for (const date of dates) months.add(date.slice(0, 7));
  const years = new Set([...months].map((month) => month.slice(0, 4)));
  const files = [markdownFile("archive/_index.md", { title: "Archive", layout: "archive" })];
  for (const year of [...years].sort()) {
    files.push(markdownFile(`archive/${year}/_index.md`, { title: year, layout: "year", date: `${year}-01-01` }));
  }
  for (const month of [...months].sort()) {
    const [year = "", number = ""] = month.split("-");
    files.push(
      markdownFile(`archive/${year}/${number}/_index.md`, {
        title: `${MONTH_NAMES[Number(number) - 1] ?? number} ${year}`,
        layout: "month",
        date: `${month}-01`,
      }),
    );
  }
  return files;
}

/** Name, description (and an event's dates) of every tag the entries use. */
export function hugoTermPages(taxonomy: Taxonomy, entries: readonly Entry[]): HugoFile[] {
  const files: HugoFile[] = [];
  for (const kind of TAXONOMY_KINDS) {
    const used = new Set(entries.flatMap((entry) => entry.data[kind] ?? []));
    const known = new Map<string, Taxonomy[TaxonomyKind][number]>(taxonomy[kind].map((term) => [term.slug, term]));
    for (const slug of [...used].sort()) {
      const term = known.get(slug);
      const event = kind === "events" && term && "start" in term ? term : undefined;
      files.push(
        markdownFile(
          `${kind}/${slug}/_index.md`,
          withoutEmpty({
            title: term?.name ?? slug,
            description: term?.description || undefined,
            start: event?.start,
            end: event?.end,
          }),
        ),
      );
    }
  }
  return files;
}

/** All the Hugo content for these entries. */
export function hugoContent(entries: readonly Entry[], taxonomy: Taxonomy): HugoFile[] {
  return [
    ...entries.map(hugoArticle),
    ...hugoArchiveSections(entries.map((entry) => entry.data.date)),
    ...hugoTermPages(taxonomy, entries),
    markdownFile("search/_index.md", { title: "Search" }),
  ];
}

/** Ten thousand files opened at once would run out of file descriptors. */
async function mapInBatches<T, R>(items: readonly T[], map: (item: T) => Promise<R>, size = 64): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    results.push(...(await Promise.all(items.slice(start, start + size).map(map))));
  }
  return results;
}

/** Reads every entry of the folder; an entry that does not parse is an error (the bench needs them all). */
export async function readEntries(entriesDir: string): Promise<Entry[]> {
  const names = (await readdir(entriesDir, { recursive: true }))
    .map((name) => name.split(sep).join("/"))
    .filter((name) => name.endsWith(".md"))
    .sort();
  return mapInBatches(names, async (file): Promise<Entry> => {
    const parsed = parseEntryFile(await readFile(join(entriesDir, file), "utf8"));
    if (!parsed.ok) throw new Error(`${join(entriesDir, file)}: ${parsed.message}`);
    return { data: parsed.entry.data, body: parsed.entry.body, file, slug: slugOfEntryPath(file) };
  });
}

/** Replaces `contentDir` with the Hugo content for the entries and taxonomy folders. */
export async function writeHugoContent(
  entriesDir: string,
  taxonomyDir: string,
  contentDir: string,
): Promise<{ articles: number; files: number }> {
  const [entries, loaded] = await Promise.all([readEntries(entriesDir), loadTaxonomy(taxonomyDir)]);
  const files = hugoContent(entries, loaded.taxonomy);
  await rm(contentDir, { recursive: true, force: true });
  const folders = new Set(files.map((file) => dirname(join(contentDir, file.path))));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  await mapInBatches(files, (file) => writeFile(join(contentDir, file.path), file.text));
  return { articles: entries.length, files: files.length };
}
