/** `/404.html`: served by hosts for any address that does not exist. */
import { documentText, html } from "../src/lib/html.ts";
import { onePerPage, type PageData } from "../src/model/template-data.ts";
import { ARCHIVE_PATH, HOME_PATH, href, NOT_FOUND_PATH, tagIndexPath } from "../src/model/urls.ts";
import { layout } from "./_components/layout.ts";

export const data = onePerPage("notFound");

export function render({ site }: PageData): string {
  const link = (path: string): string => href(site.pathPrefix, path);
  const body = html`<div class="page-heading">
<h1>Page not found</h1>
<p class="lede">There is no page at this address. It may have moved, or the link may be mistyped.</p>
</div>
<p>Try one of these instead:</p>
<ul class="not-found-links">
<li><a href="${link(HOME_PATH)}">The latest articles</a></li>
<li><a href="${link(ARCHIVE_PATH)}">The archive by date</a></li>
<li><a href="${link(tagIndexPath("people"))}">People</a>, <a href="${link(tagIndexPath("events"))}">events</a> and <a href="${link(tagIndexPath("topics"))}">topics</a></li>
</ul>`;
  return documentText(layout({ site, title: "Page not found", path: NOT_FOUND_PATH, canonical: false, body }));
}
