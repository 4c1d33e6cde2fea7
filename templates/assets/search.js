// @ts-check
/**
 * The search page's script (templates/search.11ty.ts has the markup and the
 * list of hooks). It loads Pagefind's bundle, searches as the reader types,
 * applies the filters and order, and lists the results: title, date, publisher
 * and an excerpt with the matches marked.
 *
 * Plain ES module, no build step, no inline script anywhere (the CSP allows
 * none). Text from the index is put into the page as text; only Pagefind's
 * `<mark>` around matches is kept, rebuilt here as an element.
 *
 * Over 300 lines: the search page's one script, served as written without a build step; its sections follow the page (query, filters, results, pager).
 */

/** Results shown at first and added by each "Show more results". */
const PAGE_SIZE = 10;
/** Typing pauses this long before a search runs (and is announced). */
const TYPING_PAUSE_MS = 200;

/**
 * Letters Pagefind cannot fold, since Unicode gives them no decomposition
 * (src/model/ascii-copies.ts explains; `foldQuery` there is the same rule and
 * tests check that both agree). Article pages carry ASCII copies of the words
 * with these letters, which a folded query matches.
 */
// biome-ignore format: a table packed by hand, several letters a line
const UNDECOMPOSABLE = /** @type {Record<string, string>} */ ({
  đ: "d", Đ: "D", ð: "d", Ð: "D", ø: "o", Ø: "O", ł: "l", Ł: "L", æ: "ae", Æ: "AE", œ: "oe", Œ: "OE",
  ß: "ss", ẞ: "SS", þ: "th", Þ: "TH", ħ: "h", Ħ: "H", ı: "i", ŀ: "l", Ŀ: "L", ŧ: "t", Ŧ: "T", ƀ: "b",
  ɨ: "i", ʉ: "u",
});
const WORD = /[\p{L}\p{M}]+/gu;
const UNDECOMPOSABLE_LETTER = new RegExp(`[${Object.keys(UNDECOMPOSABLE).join("")}]`, "u");

/** `Đặng Minh` → `Dang Minh`: words with an unfoldable letter are folded whole; others are left to Pagefind. */
export function foldQuery(/** @type {string} */ query) {
  return query.replace(WORD, (word) => {
    if (!UNDECOMPOSABLE_LETTER.test(word)) return word;
    return word
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .replace(new RegExp(UNDECOMPOSABLE_LETTER.source, "gu"), (letter) => UNDECOMPOSABLE[letter] ?? letter)
      .normalize("NFC");
  });
}

/**
 * @typedef {{ url: string, excerpt: string, meta: Record<string, string | undefined> }} ResultData
 * @typedef {{ id: string, score: number, data: () => Promise<ResultData> }} PagefindResult
 * @typedef {Record<string, Record<string, number>>} FilterCounts
 * @typedef {{ results: PagefindResult[], filters: FilterCounts, totalFilters: FilterCounts }} PagefindSearch
 * @typedef {{
 *   options: (options: Record<string, unknown>) => Promise<void>,
 *   init: () => Promise<void>,
 *   search: (term: string | null, options: Record<string, unknown>) => Promise<PagefindSearch>,
 *   filters: () => Promise<FilterCounts>,
 * }} Pagefind
 */

/** `{ a: 1 }` and `{ a: 2, b: 1 }` → `{ a: 3, b: 1 }`, per filter. */
function addCounts(/** @type {FilterCounts[]} */ counts) {
  /** @type {FilterCounts} */
  const sum = {};
  for (const filters of counts) {
    for (const [filter, values] of Object.entries(filters ?? {})) {
      sum[filter] ??= {};
      const total = sum[filter];
      for (const [value, count] of Object.entries(values)) total[value] = (total[value] ?? 0) + count;
    }
  }
  return sum;
}

/**
 * A big archive's index comes in parts (src/model/search-parts.ts): Pagefind
 * bundles over runs of consecutive days, oldest first. This makes them one,
 * with the interface of one bundle: every part is searched, filter counts are
 * added up, and results come by score, as Pagefind merges indexes itself — or,
 * sorted by date, one part after the other, since each part's days all come
 * before the next part's.
 * @param {Pagefind[]} parts
 * @returns {Pagefind}
 */
export function combineParts(parts) {
  if (parts.length === 1 && parts[0]) return parts[0];
  return {
    options: async (options) => {
      await Promise.all(parts.map((part) => part.options(options)));
    },
    init: async () => {
      await Promise.all(parts.map((part) => part.init()));
    },
    filters: async () => addCounts(await Promise.all(parts.map((part) => part.filters()))),
    search: async (term, options) => {
      const searches = await Promise.all(parts.map((part) => part.search(term, options)));
      const sort = /** @type {Record<string, string> | undefined} */ (options.sort);
      const byDate = sort !== undefined && Object.keys(sort).length === 1 ? sort.date : undefined;
      const results =
        byDate === "asc"
          ? searches.flatMap((search) => search.results)
          : byDate === "desc"
            ? [...searches].reverse().flatMap((search) => search.results)
            : searches.flatMap((search) => search.results).sort((a, b) => b.score - a.score);
      return {
        results,
        filters: addCounts(searches.map((search) => search.filters)),
        totalFilters: addCounts(searches.map((search) => search.totalFilters)),
      };
    },
  };
}

/** @param {string} selector */
function required(/** @type {ParentNode} */ parent, selector) {
  const element = parent.querySelector(selector);
  if (!element) throw new Error(`search page: ${selector} is missing`);
  return /** @type {HTMLElement} */ (element);
}

/** An excerpt from Pagefind as text nodes and `<mark>` elements; nothing else survives. */
function excerptNodes(/** @type {string} */ excerptHtml) {
  const parsed = new DOMParser().parseFromString(`<body>${excerptHtml}</body>`, "text/html");
  return [...parsed.body.childNodes].map((node) => {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? "");
  });
}

function resultItem(/** @type {ResultData} */ data) {
  const item = document.createElement("li");
  item.className = "summary";
  const heading = document.createElement("h3");
  heading.className = "summary-title";
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  item.append(heading);

  const meta = document.createElement("p");
  meta.className = "meta";
  if (data.meta.date) {
    const time = document.createElement("time");
    time.dateTime = data.meta.date;
    time.textContent = data.meta.dateText ?? data.meta.date;
    meta.append(time);
  }
  if (data.meta.publisher) {
    if (meta.childNodes.length > 0) {
      const separator = document.createElement("span");
      separator.className = "meta-sep";
      separator.setAttribute("aria-hidden", "true");
      separator.textContent = " · ";
      meta.append(separator);
    }
    const publisher = document.createElement("span");
    publisher.className = "publisher";
    publisher.textContent = data.meta.publisher;
    meta.append(publisher);
  }
  if (meta.childNodes.length > 0) item.append(meta);

  if (data.excerpt) {
    const excerpt = document.createElement("p");
    excerpt.className = "excerpt";
    excerpt.append(...excerptNodes(data.excerpt));
    item.append(excerpt);
  }
  return item;
}

const plural = (/** @type {number} */ count, /** @type {string} */ word) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** A checkbox filter shows this many values, then "Show all". */
const TOP_OPTIONS = 6;
/** Below this width (site.css's breakpoint, 45rem) the filters fold behind the "Filters" button. */
const NARROW = "(max-width: 44.99rem)";

/**
 * One filter of the page: checkboxes (a result carries every checked value) or
 * a select (one value). A list of checkboxes shows its first TOP_OPTIONS values
 * that the current results carry, every checked one, and a button for the rest.
 */
class Facet {
  constructor(/** @type {HTMLElement} */ element) {
    this.element = element;
    this.filter = element.dataset.filter ?? "";
    this.chooseOne = element.dataset.choose === "one";
    this.inputs = /** @type {HTMLInputElement[]} */ ([...element.querySelectorAll("input[type=checkbox]")]);
    this.select = /** @type {HTMLSelectElement | null} */ (element.querySelector("select"));
    /** Counts written at build time: the whole archive, shown while nothing is searched. */
    this.buildCounts = this.inputs.map((input) => this.countOf(input)?.textContent ?? "");
    this.buildLabels = this.select ? [...this.select.options].map((option) => option.text) : [];
    /** Values the current results carry (all of them while nothing is searched). */
    this.carried = this.inputs.map(() => true);
    this.expanded = false;
    /** The current results' count per value; undefined entries: the archive's order stands. @type {Array<number | undefined> | undefined} */
    this.currentCounts = undefined;
    /** @type {HTMLButtonElement | null} */
    this.more = null;
    if (this.inputs.length > TOP_OPTIONS) {
      const more = document.createElement("button");
      more.type = "button";
      more.className = "facet-more";
      more.setAttribute("aria-expanded", "false");
      more.addEventListener("click", () => {
        this.expanded = !this.expanded;
        this.layout();
        // Keep the reader's place: the next value shown, or the button itself.
        if (this.expanded) this.inputs.find((_input, index) => index >= TOP_OPTIONS && this.carried[index])?.focus();
      });
      element.append(more);
      this.more = more;
    }
    this.layout();
  }

  countOf(/** @type {HTMLInputElement} */ input) {
    return input.labels?.[0]?.querySelector(".facet-count") ?? null;
  }

  /** @returns {string[]} */
  chosen() {
    if (this.select) return this.select.value ? [this.select.value] : [];
    return this.inputs.filter((input) => input.checked).map((input) => input.value);
  }

  choose(/** @type {string[]} */ values) {
    const select = this.select;
    if (select) select.value = values.find((value) => [...select.options].some((option) => option.value === value)) ?? "";
    for (const input of this.inputs) input.checked = values.includes(input.value);
    this.layout();
  }

  /** The filter as Pagefind takes it, or undefined when nothing is chosen. */
  pagefindFilter() {
    const values = this.chosen();
    if (values.length === 0) return undefined;
    return this.chooseOne ? values[0] : { all: values };
  }

  /**
   * Which values show: those the results carry (a checked one always, so it can
   * be unchecked), the first TOP_OPTIONS of them unless the list is expanded.
   */
  layout() {
    /** @type {Array<number | undefined>} */
    const counts = this.currentCounts ?? [];
    const available = this.inputs.map((input, index) => this.carried[index] || input.checked);
    // The top values by the current results' counts (the archive's while nothing is
    // searched), shown in the page's order, so nothing jumps about as counts change.
    const ranked = this.inputs
      .map((_input, index) => index)
      .filter((index) => available[index] && !this.inputs[index]?.checked)
      // Without counts, an earlier value ranks higher (-index).
      .sort((a, b) => (counts[b] ?? -b) - (counts[a] ?? -a) || a - b)
      .slice(0, TOP_OPTIONS);
    const top = new Set(ranked);
    this.inputs.forEach((input, index) => {
      const item = input.closest("li");
      const show = available[index] && (this.expanded || input.checked || top.has(index));
      if (item) item.hidden = !show;
    });
    const carried = available.filter(Boolean).length;
    this.element.hidden = carried === 0;
    if (this.more) {
      this.more.hidden = carried <= TOP_OPTIONS;
      this.more.setAttribute("aria-expanded", String(this.expanded));
      this.more.textContent = this.expanded ? "Show fewer" : `Show all (${carried})`;
    }
  }

  /** Counts of the current results per value; `undefined` (nothing searched, or no data) restores the archive's counts. */
  showCounts(/** @type {Record<string, number> | undefined} */ counts) {
    if (this.select) {
      const chosen = this.select.value !== "";
      [...this.select.options].forEach((option, index) => {
        if (option.value === "") return;
        const label = option.dataset.label ?? option.value;
        // With a value chosen, counts for the others would all read 0: show the names only.
        option.text =
          counts === undefined ? (this.buildLabels[index] ?? label) : chosen ? label : `${label} (${counts[option.value] ?? 0})`;
      });
      return;
    }
    this.currentCounts = this.inputs.map((input, index) => {
      const count = counts === undefined ? undefined : (counts[input.value] ?? 0);
      const countElement = this.countOf(input);
      if (countElement) countElement.textContent = count === undefined ? (this.buildCounts[index] ?? "") : String(count);
      // Values no current result carries are left out.
      this.carried[index] = count !== 0;
      return count;
    });
    this.layout();
  }
}

async function start(/** @type {HTMLElement} */ root) {
  const status = required(root, "[data-search-status]");
  const needsJs = required(root, "[data-search-needs-js]");
  const ui = required(root, "[data-search-ui]");
  const form = /** @type {HTMLFormElement} */ (required(root, "form"));
  const input = /** @type {HTMLInputElement} */ (required(root, "#search-query"));
  const sort = /** @type {HTMLSelectElement} */ (required(root, "#search-sort"));
  const suggestions = root.querySelector("[data-search-suggestions]");
  const resultsColumn = required(root, "[data-search-results-column]");
  const list = required(root, "[data-search-results]");
  const more = /** @type {HTMLButtonElement} */ (required(root, "[data-search-more]"));
  const clear = /** @type {HTMLButtonElement} */ (required(root, "[data-search-clear]"));
  const toggle = /** @type {HTMLButtonElement} */ (required(root, "[data-search-filters-toggle]"));
  const toggleCount = required(root, "[data-search-filters-count]");
  const filtersPanel = required(root, "#search-filters");
  const facets = [...root.querySelectorAll("[data-search-facet][data-filter]")].map(
    (element) => new Facet(/** @type {HTMLElement} */ (element)),
  );

  needsJs.hidden = true;

  /** Bumped by every search, so that a slow answer to an old query is dropped. */
  let generation = 0;
  /** @type {PagefindResult[]} */
  let results = [];
  let shown = 0;
  /** @type {Pagefind | undefined} */
  let pagefind;
  /** What the last search was for (query, filters, order): a search for the same is not run again. */
  let searched = "";

  const sortOption = () => (sort.value === "newest" ? { date: "desc" } : sort.value === "oldest" ? { date: "asc" } : undefined);

  /** The query, the chosen values and the order, as the address writes them. */
  function stateParams() {
    const params = new URLSearchParams();
    const query = input.value.trim();
    if (query) params.set("q", query);
    for (const facet of facets) for (const value of facet.chosen()) params.append(facet.filter, value);
    if (sort.value) params.set("sort", sort.value);
    return params;
  }

  /** The state in the address, so that a search can be reloaded, shared and gone back to. */
  function writeAddress() {
    const search = stateParams().toString();
    history.replaceState(null, "", search ? `?${search}` : location.pathname);
  }

  /**
   * The filters and order from the address (`?person=Tô Lâm&person=…` from a
   * tag page). The query too, unless the box already holds one: typed before
   * the script was ready, or put back by the browser on the way back.
   */
  function readAddress() {
    const params = new URLSearchParams(location.search);
    if (!input.value.trim()) input.value = params.get("q") ?? "";
    for (const facet of facets) facet.choose(params.getAll(facet.filter));
    const order = params.get("sort") ?? "";
    sort.value = [...sort.options].some((option) => option.value === order) ? order : "";
  }

  /** "Filters (2)": how many values are chosen, on the button that opens them on a phone. */
  function countFilters() {
    const chosen = facets.reduce((sum, facet) => sum + facet.chosen().length, 0);
    toggleCount.textContent = chosen > 0 ? ` (${chosen})` : "";
    clear.disabled = chosen === 0;
  }

  function setFiltersOpen(/** @type {boolean} */ open) {
    toggle.setAttribute("aria-expanded", String(open));
    // Folded only on a narrow screen (site.css): a wide one always shows the filters.
    filtersPanel.toggleAttribute("data-folded", !open);
  }

  /** Suggestions while there is nothing to search; results otherwise. */
  function showResultsColumn(/** @type {boolean} */ searching) {
    resultsColumn.hidden = !searching;
    if (suggestions instanceof HTMLElement) suggestions.hidden = searching;
  }

  async function showMore(/** @type {boolean} */ moveFocus) {
    const batch = results.slice(shown, shown + PAGE_SIZE);
    const mine = generation;
    const data = await Promise.all(batch.map((result) => result.data()));
    if (mine !== generation) return;
    const items = data.map(resultItem);
    list.append(...items);
    shown += batch.length;
    const left = results.length - shown;
    more.hidden = left <= 0;
    more.textContent = `Show more results (${left} more)`;
    if (moveFocus) items[0]?.querySelector("a")?.focus();
  }

  async function run() {
    countFilters();
    if (!pagefind) return;
    const search = pagefind;
    generation += 1;
    const mine = generation;
    searched = stateParams().toString();
    writeAddress();
    const query = input.value.trim();
    /** @type {Record<string, unknown>} */
    const filters = {};
    for (const facet of facets) {
      const filter = facet.pagefindFilter();
      if (filter !== undefined) filters[facet.filter] = filter;
    }
    const filtered = Object.keys(filters).length > 0;
    if (!query && !filtered) {
      results = [];
      shown = 0;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = "";
      showResultsColumn(false);
      for (const facet of facets) facet.showCounts(undefined);
      return;
    }
    showResultsColumn(true);
    const order = sortOption();
    const options = { filters, ...(order ? { sort: order } : {}) };
    const folded = query ? foldQuery(query) : null;
    // The folded query finds every page (through their ASCII copies), in Pagefind's
    // order. When folding changed the query, the query as typed is run too: its
    // pages match in their text, so their excerpts mark the word the reader typed.
    const [found, asTyped] = await Promise.all([
      search.search(folded, options),
      folded !== query ? search.search(query, options) : undefined,
    ]);
    if (mine !== generation) return;
    const marked = new Map((asTyped?.results ?? []).map((result) => [result.id, result]));
    results = found.results.map((result) => marked.get(result.id) ?? result);
    shown = 0;
    list.replaceChildren();
    await showMore(false);
    if (mine !== generation) return;
    for (const facet of facets) facet.showCounts(found.filters[facet.filter]);
    const count = results.length === 0 ? "No articles" : plural(results.length, "article");
    status.textContent = `${count}${query ? ` found for “${query}”` : " found"}${filtered ? " with the chosen filters" : ""}.`;
  }

  let pause = 0;
  const runSoon = () => {
    clearTimeout(pause);
    pause = window.setTimeout(run, TYPING_PAUSE_MS);
  };

  // Listening starts before the index is loaded: what is typed meanwhile is searched once it is.
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(pause);
    void run();
  });
  input.addEventListener("input", runSoon);
  sort.addEventListener("change", () => void run());
  for (const facet of facets) facet.element.addEventListener("change", () => void run());
  more.addEventListener("click", () => void showMore(true));
  clear.addEventListener("click", () => {
    for (const facet of facets) facet.choose([]);
    void run();
  });
  toggle.addEventListener("click", () => setFiltersOpen(toggle.getAttribute("aria-expanded") !== "true"));
  // The browser may put the box and the filters back as they were when the reader
  // comes back to the page (from its cache, or by restoring the form): search
  // what they hold if that is not what the results show.
  window.addEventListener("pageshow", () => {
    if (pagefind && stateParams().toString() !== searched) void run();
  });

  readAddress();
  toggle.hidden = false;
  setFiltersOpen(!window.matchMedia(NARROW).matches);
  countFilters();
  if (input.value.trim() || facets.some((facet) => facet.chosen().length > 0)) showResultsColumn(true);

  try {
    const bundles = [root.dataset.searchBundle ?? "/pagefind/", ...(root.dataset.searchParts ?? "").split(" ").filter(Boolean)];
    const loaded = combineParts(await Promise.all(bundles.map((bundle) => import(`${bundle}pagefind.js`))));
    await loaded.options({ baseUrl: root.dataset.searchBase ?? "/" });
    await loaded.init();
    // Loads every filter's data: a search reports counts only for filters already loaded.
    await loaded.filters();
    pagefind = loaded;
  } catch {
    status.textContent = "Search is not available: its index could not be loaded. Browse by people, events, topics or date instead.";
    return;
  }
  ui.hidden = false;
  clearTimeout(pause);
  // Whatever the box holds now: the address's query, or what was typed while the index loaded.
  await run();
}

// Guarded so that tests can import `foldQuery` outside a browser.
const root = typeof document === "undefined" ? null : document.querySelector("[data-search]");
if (root && root instanceof HTMLElement) {
  start(root).catch((caught) => {
    const status = root.querySelector("[data-search-status]");
    if (status) status.textContent = "Search stopped working on this page. Reload it to try again.";
    console.error(caught);
  });
}
