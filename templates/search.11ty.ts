/**
 * `/search/`: full-text search of the articles, run in the browser by Pagefind.
 *
 * The page is complete without script: the search box (a plain GET form, so
 * `/search/?q=Chinh` is an address one can share), the most covered people and
 * events, and the filters are markup made here from the archive model. The
 * filters come before the results, as a column on the left of a wide screen
 * and behind a "Filters" button above the results on a phone. `assets/search.js` loads Pagefind from the
 * bundle the build writes (`/pagefind/`), reads the box and the filters, and
 * fills the results list; until it runs, the page says that search needs
 * JavaScript. No inline script: the site's CSP allows none.
 *
 * Hooks the script relies on (kept stable for it and for browser tests):
 *   [data-search]            bundle and base addresses, with the prefix; a big
 *                            archive's index has more parts (data-search-parts)
 *   #search-query            the live search box, the first input in <main>
 *   [data-search-needs-js]   hidden by the script once it runs
 *   [data-search-ui]         the filters, shown by the script once the index is loaded
 *   [data-search-status]     live region: how many results, or what went wrong
 *   [data-search-suggestions] what an empty query shows (and a page without script):
 *                            the most covered people and events; hidden by the
 *                            script while there are results
 *   [data-search-results-column] the results, shown by the script while there is a
 *                            query or a filter
 *   [data-search-filters-toggle] "Filters (n)" above the results on a narrow screen:
 *                            shows and hides #search-filters; [data-search-filters-count]
 *                            holds "(n)", the number of values chosen
 *   [data-search-facet]      one per filter: `data-filter` (Pagefind's name),
 *                            `data-choose` `all` (checkboxes, the top 6 shown and
 *                            a "Show all" the script adds) or `one` (select)
 *   #search-sort             best match, newest or oldest first
 *   [data-search-results]    the results list; [data-search-more] shows more
 */
import { documentText, html, type SafeHtml } from "../src/lib/html.ts";
import { assetPath } from "../src/lib/fingerprint-assets.ts";
import type { SearchPageView } from "../src/model/page-views.ts";
import { onePerPage, type ItemPageData } from "../src/model/template-data.ts";
import { ARCHIVE_PATH, HOME_PATH, href, SEARCH_BUNDLE_PATH, SEARCH_PATH, tagIndexPath } from "../src/model/urls.ts";
import type { SearchFacet } from "../src/model/search-facets.ts";
import { layout } from "./_components/layout.ts";

export const data = onePerPage("search");

function checkboxFacet(facet: SearchFacet): SafeHtml {
  return html`<fieldset class="search-facet" data-search-facet data-filter="${facet.filter}" data-choose="all">
<legend>${facet.label}</legend>
<ul class="facet-options">
${facet.options.map((option, index) => {
  const id = `filter-${facet.filter}-${index + 1}`;
  return html`<li><input type="checkbox" id="${id}" name="${facet.filter}" value="${option.value}"> <label for="${id}">${option.value} <span class="facet-count">${option.count}</span></label></li>
`;
})}</ul>
</fieldset>`;
}

function selectFacet(facet: SearchFacet): SafeHtml {
  const id = `filter-${facet.filter}`;
  return html`<div class="search-facet search-facet-select" data-search-facet data-filter="${facet.filter}" data-choose="one">
<label for="${id}">${facet.label}</label>
<select id="${id}" name="${facet.filter}">
<option value="">Any</option>
${facet.options.map(
  (option) => html`<option value="${option.value}" data-label="${option.value}">${option.value} (${option.count})</option>
`,
)}</select>
</div>`;
}

function suggestions(view: SearchPageView, link: (path: string) => string): SafeHtml {
  const list = (title: string, id: string, entries: SearchPageView["suggestions"]["people"]) =>
    entries.length === 0
      ? html``
      : html`<section class="suggestion-group" aria-labelledby="${id}"><h3 id="${id}">${title}</h3><ul class="suggestion-list">${entries.map(
          ({ tag, count }) =>
            html`<li>${tag.path ? html`<a href="${link(tag.path)}">${tag.name}</a>` : tag.name} <span class="count">${count}<span class="visually-hidden"> ${count === 1 ? "article" : "articles"}</span></span></li>`,
        )}</ul></section>`;
  return html`<section class="search-suggestions" aria-labelledby="suggestions-heading" data-search-suggestions>
<h2 id="suggestions-heading" class="column-heading">Most covered</h2>
<div class="suggestion-groups">
${list("People", "suggested-people", view.suggestions.people)}
${list("Events", "suggested-events", view.suggestions.events)}
</div>
</section>`;
}

export function render({ site, item: view }: ItemPageData<SearchPageView>): string {
  const { facets, parts } = view;
  const link = (path: string): string => href(site.pathPrefix, path);
  const body = html`<div class="page-heading">
<h1>Search</h1>
<p class="lede">Search the full text of every article. Names may be typed without diacritics: <kbd>Chinh</kbd> finds Chính.</p>
</div>
<div class="search" data-search data-search-bundle="${link(SEARCH_BUNDLE_PATH)}" data-search-base="${link(HOME_PATH)}"${
    parts.length > 1 ? html` data-search-parts="${parts.slice(1).map(link).join(" ")}"` : ""
  }>
<form class="search-form" action="${link(SEARCH_PATH)}" method="get" role="search" aria-label="Articles">
<label for="search-query">Words to find</label>
<div class="search-box">
<input type="search" id="search-query" name="q" autocomplete="off" spellcheck="false">
<button type="submit">Search</button>
</div>
</form>
<p class="search-needs-js" data-search-needs-js>Search runs in your browser and needs JavaScript, which is turned off or blocked here. Every article can still be found through <a href="${link(tagIndexPath("people"))}">people</a>, <a href="${link(tagIndexPath("events"))}">events</a>, <a href="${link(tagIndexPath("topics"))}">topics</a> and <a href="${link(ARCHIVE_PATH)}">the archive by date</a>.</p>
<div class="search-layout">
<section class="search-refine" aria-labelledby="search-refine-heading" data-search-ui hidden>
<h2 id="search-refine-heading" class="column-heading">Refine</h2>
<button type="button" class="search-filters-toggle" aria-expanded="false" aria-controls="search-filters" data-search-filters-toggle hidden>Filters<span class="search-filters-count" data-search-filters-count></span></button>
<div id="search-filters" class="search-filters">
<div class="search-facet search-facet-select">
<label for="search-sort">Order</label>
<select id="search-sort" name="sort">
<option value="">Best match</option>
<option value="newest">Newest first</option>
<option value="oldest">Oldest first</option>
</select>
</div>
${facets.filter((facet) => facet.choose === "one").map(selectFacet)}
${facets.filter((facet) => facet.choose === "all").map(checkboxFacet)}
<button type="button" class="search-clear" data-search-clear>Clear filters</button>
</div>
</section>
<div class="search-main">
<p class="search-status" role="status" data-search-status></p>
${suggestions(view, link)}
<section class="search-results-column" aria-labelledby="search-results-heading" data-search-results-column hidden>
<h2 id="search-results-heading" class="column-heading">Results</h2>
<ol class="summaries search-results" data-search-results></ol>
<button type="button" class="search-more" data-search-more hidden>Show more results</button>
</section>
</div>
</div>
</div>`;
  return documentText(
    layout({
      site,
      title: "Search",
      description: `Search the articles of ${site.title}.`,
      path: SEARCH_PATH,
      trail: [{ label: "Search" }],
      searchForm: false,
      head: html`<script type="module" src="${link(assetPath("search.js"))}"></script>`,
      body,
    }),
  );
}
