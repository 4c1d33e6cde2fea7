/**
 * Finishing step: writes the archive's feeds (archive-feeds.ts) into the rendered
 * site, beside the pages they follow: `/feed.xml`, `/feed.json`,
 * `/people/SLUG/feed.xml` and the same for events and topics.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { archiveFeedFiles } from "./archive-feeds.ts";
import type { RenderedSite } from "./render-site.ts";
import { outputFileOf } from "./urls.ts";

export async function writeFeeds({ dir, site, archive }: RenderedSite, log: (line: string) => void): Promise<void> {
  const made = new Set<string>();
  let count = 0;
  for (const feed of archiveFeedFiles(archive, site)) {
    const file = path.join(dir, ...outputFileOf(feed.path).split("/"));
    const folder = path.dirname(file);
    if (!made.has(folder)) {
      await mkdir(folder, { recursive: true });
      made.add(folder);
    }
    await writeFile(file, feed.text);
    count += 1;
  }
  log(`wrote ${count} feeds (the archive's Atom and JSON feeds, an Atom feed for each tag)`);
}
