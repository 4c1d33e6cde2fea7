/**
 * The search box in every page's header: a plain GET form, so it works without
 * script and opens `/search/?q=…`, where the search page fills in the query.
 */
import { html, type SafeHtml } from "../../src/lib/html.ts";
import { SEARCH_PATH } from "../../src/model/urls.ts";

export function siteSearchForm(link: (path: string) => string): SafeHtml {
  return html`<form class="site-search" action="${link(SEARCH_PATH)}" method="get" role="search" aria-label="Site">
<label class="visually-hidden" for="site-search-query">Search the archive</label>
<input type="search" id="site-search-query" name="q" placeholder="Search" autocomplete="off">
<button type="submit">Search</button>
</form>`;
}
