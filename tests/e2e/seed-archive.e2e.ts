/**
 * The seed archive (content/sources, five real pages) as the build wrote it,
 * checked against what its entries say: the three reports of Tô Lâm receiving
 * Mishustin on 14 January 2025 (sources 000, 002 and 004) are one story and the
 * May report (001) is not in it; the events' time line names every event in
 * order, newest first, with the number of articles tagged with it; Tô Lâm's
 * page names Mishustin among the people he appears with most, with the number
 * of articles they share.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import matter from "gray-matter";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { parse } from "yaml";

interface SeedEntry {
  /** The raw source it was made from: `000_371a887026197f3c.txt`. */
  source: string;
  date: string;
  /** The article's page, site-relative: `/2025/01/party-general-secretary-…/`. */
  page: string;
  people: string[];
  events: string[];
}

const site = () => inject("sites").seed["/"];
/** The entries the build wrote next to the site (global-setup: FOLDER/articles and FOLDER/site). */
const entriesDir = () => path.join(path.dirname(site().outDir), "articles");

async function readEntries(): Promise<SeedEntry[]> {
  const files = (await readdir(entriesDir(), { recursive: true })).filter((file) => file.endsWith(".md"));
  return Promise.all(
    files.map(async (file) => {
      const { data } = matter(await readFile(path.join(entriesDir(), file), "utf8"));
      const date = data.date instanceof Date ? data.date.toISOString().slice(0, 10) : String(data.date);
      const slug = path.basename(file, ".md").replace(/^\d{4}-\d{2}-\d{2}-/, "");
      return {
        source: String(data.source),
        date,
        page: `/${date.slice(0, 4)}/${date.slice(5, 7)}/${slug}/`,
        people: (data.people as string[] | undefined) ?? [],
        events: (data.events as string[] | undefined) ?? [],
      };
    }),
  );
}

async function pageHtml(pagePath: string): Promise<string> {
  return readFile(path.join(site().outDir, pagePath.slice(1), "index.html"), "utf8");
}

/** The part of a page from `start` to the end of its <main>. */
function mainOf(html: string, start = "<main"): string {
  return html.slice(html.indexOf(start), html.indexOf("</main>"));
}

const decoded = (text: string): string => text.replaceAll("&#39;", "'").replaceAll("&amp;", "&");

let entries: SeedEntry[] = [];
const bySource = (prefix: string): SeedEntry => {
  const found = entries.find((entry) => entry.source.startsWith(`${prefix}_`));
  if (!found) throw new Error(`no seed entry from source ${prefix}`);
  return found;
};

beforeAll(async () => {
  entries = await readEntries();
});

describe("the seed archive", () => {
  it("has one story: the reports of 000, 002 and 004, about 14 January 2025; 001 is not in it", async () => {
    expect(entries).toHaveLength(5);
    for (const entry of entries) expect(site().pages, entry.source).toContain(entry.page);
    const stories = site().pages.filter((page) => /^\/stories\/[^/]+\/$/.test(page));
    expect(stories).toHaveLength(1);
    const story = mainOf(await pageHtml(stories[0]!));
    const reports = [...story.matchAll(/<h3 class="summary-title"><a href="([^"]+)">/g)].map((match) => match[1]!);
    const expected = ["000", "002", "004"].map((source) => bySource(source).page);
    expect([...reports].sort()).toEqual([...expected].sort());
    expect(reports).not.toContain(bySource("001").page);
    // The story's days: the first report's day is the meeting's.
    expect(story).toMatch(/<time datetime="2025-01-14">14<\/time>–<time datetime="2025-01-15">15 January 2025<\/time>/);
    expect(stories[0]).toMatch(/^\/stories\/2025-01-14-/);
    // Each report names the story; 001's page does not.
    for (const source of ["000", "002", "004"]) expect(await pageHtml(bySource(source).page)).toContain(`href="${stories[0]}"`);
    expect(await pageHtml(bySource("001").page)).not.toContain('href="/stories/');
  });

  it("shows the events on the time line and in the list newest first, each with the number of its articles", async () => {
    const taxonomy = parse(await readFile("content/taxonomy/events.yaml", "utf8")) as Array<{ slug?: string; start?: string | Date }>;
    const startOf = (slug: string): string => {
      const start = taxonomy.find((event) => event.slug === slug)?.start;
      if (start === undefined) throw new Error(`no start for event ${slug} in content/taxonomy/events.yaml`);
      return start instanceof Date ? start.toISOString().slice(0, 10) : String(start);
    };
    const counts = new Map<string, number>();
    for (const entry of entries) for (const event of entry.events) counts.set(event, (counts.get(event) ?? 0) + 1);
    const expected = [...counts.entries()]
      .map(([slug, count]) => ({ slug, count, start: startOf(slug) }))
      .sort((a, b) => b.start.localeCompare(a.start));
    expect(expected.length).toBeGreaterThan(1);

    const html = await pageHtml("/events/");
    const list = mainOf(html, 'id="event-list-heading"');
    const listed = [
      ...list.matchAll(/<p class="event-name"><a href="\/events\/([^/]+)\/">[^<]+<\/a> <span class="count">(\d+) articles?<\/span>/g),
    ].map((match) => ({ slug: match[1]!, count: Number(match[2]) }));
    expect(listed).toEqual(expected.map(({ slug, count }) => ({ slug, count })));
    // The picture: one mark per event, its text alternative with the same count.
    const wide = html.slice(html.indexOf('<svg class="timeline-wide"'), html.indexOf("</svg>", html.indexOf('<svg class="timeline-wide"')));
    const marks = [...wide.matchAll(/<a href="\/events\/([^/]+)\/"[^>]*><circle [^>]*><title>([^<]+): (\d+) articles?<\/title>/g)].map(
      (match) => ({
        slug: match[1]!,
        count: Number(match[3]),
      }),
    );
    expect([...marks].sort((a, b) => a.slug.localeCompare(b.slug))).toEqual(
      expected.map(({ slug, count }) => ({ slug, count })).sort((a, b) => a.slug.localeCompare(b.slug)),
    );
  });

  it("shows Mishustin among the people Tô Lâm appears with most, with the articles they share", async () => {
    const html = await pageHtml("/people/to-lam/");
    const sidebar = html.slice(html.indexOf('id="alongside-heading"'));
    const together = sidebar.slice(
      sidebar.indexOf("<h3>Most often with</h3>"),
      sidebar.indexOf("</ul>", sidebar.indexOf("<h3>Most often with</h3>")),
    );
    const companions = [...together.matchAll(/<a href="\/people\/([^/]+)\/">([^<]+)<\/a>/g)].map((match) => ({
      slug: match[1]!,
      name: decoded(match[2]!),
    }));
    const rank = companions.findIndex((companion) => companion.slug === "mikhail-mishustin");
    expect(rank, `Mishustin among ${companions.map((companion) => companion.name).join(", ")}`).toBeGreaterThanOrEqual(0);
    expect(rank).toBeLessThan(3);
    const shared = entries.filter((entry) => entry.people.includes("to-lam") && entry.people.includes("mikhail-mishustin")).length;
    expect(shared).toBeGreaterThan(1);
    const item = together.slice(together.indexOf('href="/people/mikhail-mishustin/"'));
    expect(item).toMatch(new RegExp(`^[^]*?<a class="count"[^>]*>(?:<[^>]+>)*${shared}<`));
  });
});
