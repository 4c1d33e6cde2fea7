/** Visible links to a page's feeds, so that a reader can follow it. */
import { html, type SafeHtml } from "../../src/lib/html.ts";

export function feedLinks(feeds: ReadonlyArray<{ label: string; path: string }>, link: (path: string) => string): SafeHtml {
  return html`<p class="feed-links"><span class="feed-label">Follow:</span> ${feeds.map(
    (feed, index) =>
      html`${index > 0 ? " · " : ""}<a href="${link(feed.path)}" type="${feed.path.endsWith(".json") ? "application/feed+json" : "application/atom+xml"}">${feed.label}</a>`,
  )}</p>`;
}
