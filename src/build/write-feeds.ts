/**
 * Finishing step: writes the archive's feeds (archive-feeds.ts) into the rendered
 * site, beside the pages they follow: `/feed.xml`, `/feed.json`,
 * `/people/SLUG/feed.xml` and the same for events and topics. A feed made from
 * the same input as the published one (same code, same entries and bodies) is
 * taken over from the published site instead of being rendered again.
 */
import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { archiveFeeds, feedKey, renderArchiveFeed } from "../model/archive-feeds.ts";
import { codeFingerprint } from "./code-fingerprint.ts";
import { KeptFiles } from "./kept-files.ts";
import type { RenderedSite } from "./render-site.ts";
import { outputFileOf } from "../model/urls.ts";

export async function writeFeeds(rendered: RenderedSite, log: (line: string) => void): Promise<void> {
  const { dir, site, archive } = rendered;
  const kept = await KeptFiles.open("feeds", dir, rendered.reuse);
  const code = codeFingerprint();
  const made = new Set<string>();
  let count = 0;
  let reused = 0;
  for (const feed of archiveFeeds(archive, site)) {
    count += 1;
    const relative = outputFileOf(feed.path);
    const key = createHash("sha256").update(code).update("\0").update(feedKey(feed)).digest("base64url");
    if (kept.keep(relative, key, made)) {
      reused += 1;
      continue;
    }
    const file = path.join(dir, ...relative.split("/"));
    const folder = path.dirname(file);
    if (!made.has(folder)) {
      await mkdir(folder, { recursive: true });
      made.add(folder);
    }
    await writeFile(file, renderArchiveFeed(feed));
    kept.wrote(relative, key);
  }
  rendered.afterPublish?.(() => kept.save());
  log(
    `wrote ${count} feeds (the archive's Atom and JSON feeds, an Atom feed for each tag)` +
      (reused > 0 ? `, ${reused} of them unchanged` : ""),
  );
}
