/**
 * The filters the search page offers, with every value and its number of
 * articles, taken from the archive model at build time. The values are exactly
 * what article pages declare to Pagefind (article-search-head.ts), so a box the
 * page shows always matches the index. The browser script then keeps the counts
 * in step with the current results.
 */
import type { ArchiveModel } from "./archive-model.ts";
import { SEARCH_FILTERS, type SearchFilter } from "./article-search-head.ts";

export interface FacetOption {
  value: string;
  count: number;
}

export interface SearchFacet {
  filter: SearchFilter;
  label: string;
  /**
   * `all`: check any number of values, a result carries every one (people, events,
   * topics). `one`: pick one value (an article has one year and one publisher).
   */
  choose: "all" | "one";
  options: FacetOption[];
}

const LABELS: Record<SearchFilter, string> = {
  person: "People",
  event: "Events",
  topic: "Topics",
  organisation: "Organisations",
  place: "Places",
  year: "Year",
  publisher: "Publisher",
};

const byName = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/** Most articles first, then by name: the likeliest choices lead a long list. */
function byCountThenName(a: FacetOption, b: FacetOption): number {
  return b.count - a.count || byName.compare(a.value, b.value);
}

/** Every facet with at least one value; facets without values (no publisher anywhere) are left out. */
export function searchFacets(archive: ArchiveModel): SearchFacet[] {
  const facets: SearchFacet[] = [];
  for (const [filter, kind] of Object.entries(SEARCH_FILTERS) as Array<[keyof typeof SEARCH_FILTERS, keyof typeof archive.tags]>) {
    // Keyed by name, as Pagefind keys filter values: two tags of one name are one value.
    const counts = new Map<string, number>();
    for (const tag of archive.tags[kind].values()) {
      if (tag.articles.length > 0) counts.set(tag.name, (counts.get(tag.name) ?? 0) + tag.articles.length);
    }
    const options = [...counts].map(([value, count]) => ({ value, count })).sort(byCountThenName);
    facets.push({ filter, label: LABELS[filter], choose: "all", options });
  }
  facets.push({
    filter: "year",
    label: LABELS.year,
    choose: "one",
    // Newest year first, as in the date archive.
    options: archive.years.map((year) => ({ value: String(year.year), count: year.count })),
  });
  const publishers = new Map<string, number>();
  for (const article of archive.articles) {
    if (article.publisher) publishers.set(article.publisher, (publishers.get(article.publisher) ?? 0) + 1);
  }
  facets.push({
    filter: "publisher",
    label: LABELS.publisher,
    choose: "one",
    options: [...publishers].map(([value, count]) => ({ value, count })).sort(byCountThenName),
  });
  return facets.filter((facet) => facet.options.length > 0);
}
