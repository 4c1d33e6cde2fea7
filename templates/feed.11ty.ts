/**
 * The feeds: `/feed.xml` (Atom) and `/feed.json` (JSON Feed 1.1) of the newest
 * articles, and an Atom feed per person, event and topic (`/people/SLUG/feed.xml`).
 * Each is one view (src/model/archive-feeds.ts); the text is escaped for its format.
 */
import { renderAtomFeed, renderJsonFeed } from "../src/model/feeds.ts";
import type { FeedView } from "../src/model/page-views.ts";
import { onePerPage, type ItemPageData } from "../src/model/template-data.ts";

export const data = onePerPage("feed");

export function render({ item: feed }: ItemPageData<FeedView>): string {
  return feed.format === "atom" ? renderAtomFeed(feed.input) : renderJsonFeed(feed.input);
}
