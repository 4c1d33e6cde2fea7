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
      const total = (sum[filter] ??= {});
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

/**
 * One filter of the page: checkboxes (a result carries every checked value) or
 * a select (one value).
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
  }

  /** The filter as Pagefind takes it, or undefined when nothing is chosen. */
  pagefindFilter() {
    const values = this.chosen();
    if (values.length === 0) return undefined;
    return this.chooseOne ? values[0] : { all: values };
  }

  /** Counts of the current results per value; `undefined` (nothing searched, or no data) restores the archive's counts. */
  showCounts(/** @type {Record<string, number> | undefined} */ counts) {
    if (this.select) {
      const chosen = this.select.value !== "";
      [...this.select.options].forEach((option, index) => {
        if (option.value === "") return;
        const label = option.dataset.label ?? option.value;
        // With a value chosen, counts for the others would all read 0: show the names only.
        option.text = counts === undefined ? (this.buildLabels[index] ?? label) : chosen ? label : `${label} (${counts[option.value] ?? 0})`;
      });
      return;
    }
    let visible = 0;
    this.inputs.forEach((input, index) => {
      const count = counts === undefined ? undefined : (counts[input.value] ?? 0);
      const countElement = this.countOf(input);
      if (countElement) countElement.textContent = count === undefined ? (this.buildCounts[index] ?? "") : String(count);
      const item = input.closest("li");
      // Values no current result carries are hidden, unless checked (so they can be unchecked).
      const hide = count === 0 && !input.checked;
      if (item) item.hidden = hide;
      if (!hide) visible += 1;
    });
    this.element.hidden = visible === 0;
  }
}

async function start(/** @type {HTMLElement} */ root) {
  const status = required(root, "[data-search-status]");
  const needsJs = required(root, "[data-search-needs-js]");
  const ui = required(root, "[data-search-ui]");
  const form = /** @type {HTMLFormElement} */ (required(root, "form"));
  const input = /** @type {HTMLInputElement} */ (required(root, "#search-query"));
  const sort = /** @type {HTMLSelectElement} */ (required(root, "#search-sort"));
  const list = required(root, "[data-search-results]");
  const more = /** @type {HTMLButtonElement} */ (required(root, "[data-search-more]"));
  const clear = /** @type {HTMLButtonElement} */ (required(root, "[data-search-clear]"));
  const facets = [...root.querySelectorAll("[data-search-facet][data-filter]")].map(
    (element) => new Facet(/** @type {HTMLElement} */ (element)),
  );

  needsJs.hidden = true;
  /** @type {Pagefind} */
  let pagefind;
  try {
    const bundles = [root.dataset.searchBundle ?? "/pagefind/", ...(root.dataset.searchParts ?? "").split(" ").filter(Boolean)];
    pagefind = combineParts(await Promise.all(bundles.map((bundle) => import(`${bundle}pagefind.js`))));
    await pagefind.options({ baseUrl: root.dataset.searchBase ?? "/" });
    await pagefind.init();
    // Loads every filter's data: a search reports counts only for filters already loaded.
    await pagefind.filters();
  } catch {
    status.textContent = "Search is not available: its index could not be loaded. Browse by people, events, topics or date instead.";
    return;
  }
  ui.hidden = false;

  /** Bumped by every search, so that a slow answer to an old query is dropped. */
  let generation = 0;
  /** @type {PagefindResult[]} */
  let results = [];
  let shown = 0;

  const sortOption = () =>
    sort.value === "newest" ? { date: "desc" } : sort.value === "oldest" ? { date: "asc" } : undefined;

  /** The state in the address, so that a search can be reloaded, shared and gone back to. */
  function writeAddress() {
    const params = new URLSearchParams();
    const query = input.value.trim();
    if (query) params.set("q", query);
    for (const facet of facets) for (const value of facet.chosen()) params.append(facet.filter, value);
    if (sort.value) params.set("sort", sort.value);
    const search = params.toString();
    history.replaceState(null, "", search ? `?${search}` : location.pathname);
  }

  function readAddress() {
    const params = new URLSearchParams(location.search);
    input.value = params.get("q") ?? "";
    for (const facet of facets) facet.choose(params.getAll(facet.filter));
    const order = params.get("sort") ?? "";
    sort.value = [...sort.options].some((option) => option.value === order) ? order : "";
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
    generation += 1;
    const mine = generation;
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
      for (const facet of facets) facet.showCounts(undefined);
      return;
    }
    const order = sortOption();
    const options = { filters, ...(order ? { sort: order } : {}) };
    const folded = query ? foldQuery(query) : null;
    // The folded query finds every page (through their ASCII copies), in Pagefind's
    // order. When folding changed the query, the query as typed is run too: its
    // pages match in their text, so their excerpts mark the word the reader typed.
    const [search, asTyped] = await Promise.all([
      pagefind.search(folded, options),
      folded !== query ? pagefind.search(query, options) : undefined,
    ]);
    if (mine !== generation) return;
    const marked = new Map((asTyped?.results ?? []).map((result) => [result.id, result]));
    results = search.results.map((result) => marked.get(result.id) ?? result);
    shown = 0;
    list.replaceChildren();
    await showMore(false);
    if (mine !== generation) return;
    for (const facet of facets) facet.showCounts(search.filters[facet.filter]);
    const found = results.length === 0 ? "No articles" : plural(results.length, "article");
    status.textContent = `${found}${query ? ` found for “${query}”` : " found"}${filtered ? " with the chosen filters" : ""}.`;
  }

  let pause = 0;
  const runSoon = () => {
    clearTimeout(pause);
    pause = window.setTimeout(run, TYPING_PAUSE_MS);
  };

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

  readAddress();
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
