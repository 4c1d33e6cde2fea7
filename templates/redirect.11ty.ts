/**
 * The old address of a renamed tag (taxonomy `formerSlugs`): a page that sends
 * the reader on to the new one at once, without JavaScript, and tells search
 * engines where the page now lives. No published link breaks.
 */
import type { RedirectView } from "../src/model/page-views.ts";
import { documentText, html } from "../src/lib/html.ts";
import { absoluteSiteUrl } from "../src/model/urls.ts";
import { onePerPage, type ItemPageData } from "../src/model/template-data.ts";
import { href } from "../src/model/urls.ts";
import { layout } from "./_components/layout.ts";

export const data = onePerPage("redirect");

export function render({ site, item: redirect }: ItemPageData<RedirectView>): string {
  const target = href(site.pathPrefix, redirect.to);
  const head = html`<meta http-equiv="refresh" content="0; url=${target}">
<meta name="robots" content="noindex">
<link rel="canonical" href="${absoluteSiteUrl(site.siteUrl, site.pathPrefix, redirect.to)}">`;
  const body = html`<div class="page-heading">
<h1>This page has moved</h1>
<p class="lede">It is now at <a href="${target}">${redirect.name}</a>.</p>
</div>`;
  return documentText(layout({ site, title: "This page has moved", path: redirect.from, canonical: false, head, body }));
}
