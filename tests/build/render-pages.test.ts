import { DEFAULT_SITE_SETTINGS } from "../../src/content/site-settings.ts";
import { describe, expect, it } from "vitest";
import { buildArchiveModel } from "../../src/model/archive-model.ts";
import { isSharedViewPart, pageViewsOf } from "../../src/model/page-views.ts";
import { batchesOf, planPages, renderInputText, type PlannedPage } from "../../src/build/render-pages.ts";
import { entry, taxonomy } from "../model/model-fixtures.ts";

const archive = () =>
  buildArchiveModel(
    [
      entry({ slug: "first", date: "2025-01-14", people: ["to-lam"], topics: ["energy"] }),
      entry({ slug: "second", date: "2025-01-15", people: ["to-lam"], body: "Second body." }),
    ],
    taxonomy,
  );

describe("planPages", () => {
  it("plans every page of the views at its output file", () => {
    const pages = planPages(pageViewsOf(archive(), { site: DEFAULT_SITE_SETTINGS }), "code");
    const files = pages.map((page) => page.file);
    expect(files).toContain("2025/01/first/index.html");
    expect(files).toContain("index.html");
    expect(files).toContain("people/to-lam/index.html");
    expect(files).toContain("404.html");
    expect(new Set(files).size).toBe(files.length);
  });

  it("gives the same hash for the same view and code, and another for other code", () => {
    const a = planPages(pageViewsOf(archive(), { site: DEFAULT_SITE_SETTINGS }), "code");
    const b = planPages(pageViewsOf(archive(), { site: DEFAULT_SITE_SETTINGS }), "code");
    const c = planPages(pageViewsOf(archive(), { site: DEFAULT_SITE_SETTINGS }), "other code");
    expect(b.map((page) => page.hash)).toEqual(a.map((page) => page.hash));
    expect(c.every((page, index) => page.hash !== a[index]!.hash)).toBe(true);
  });

  it("changes the hash of exactly the pages that show a changed article", () => {
    const before = new Map(
      planPages(pageViewsOf(archive(), { site: DEFAULT_SITE_SETTINGS }), "code").map((page) => [page.file, page.hash]),
    );
    const model = archive();
    model.articles.find((article) => article.slug === "first")!.title = "A corrected title";
    const changed = planPages(pageViewsOf(model, { site: DEFAULT_SITE_SETTINGS }), "code")
      .filter((page) => before.get(page.file) !== page.hash)
      .map((page) => page.file)
      .sort();
    // The article itself, its neighbour (previous/next link), and the lists it is in.
    expect(changed).toContain("2025/01/first/index.html");
    expect(changed).toContain("2025/01/second/index.html");
    expect(changed).toContain("index.html");
    expect(changed).toContain("people/to-lam/index.html");
    expect(changed).toContain("topics/energy/index.html");
    expect(changed).toContain("archive/2025/01/index.html");
    expect(changed).not.toContain("404.html");
    expect(changed).not.toContain("people/index.html");
  });

  it("leaves every numbered list page but the newest as it was when the newest article is added", () => {
    // 130 articles, a day apart, all of one person and one topic: the home page and both tags' first
    // pages, and seven numbered pages each (page/7/ the newest, not full).
    const entries = Array.from({ length: 130 }, (_, index) => {
      const day = new Date(Date.UTC(2024, 0, 1 + index)).toISOString().slice(0, 10);
      return entry({ slug: `article-${index}`, date: day, people: ["to-lam"], topics: ["energy"] });
    });
    const hashes = (list: typeof entries) =>
      new Map(
        planPages(pageViewsOf(buildArchiveModel(list, taxonomy), { site: DEFAULT_SITE_SETTINGS }), "code").map((page) => [
          page.file,
          page.hash,
        ]),
      );
    const before = hashes(entries);
    const after = hashes([...entries, entry({ slug: "newest", date: "2024-06-01", people: ["to-lam"], topics: ["energy"] })]);
    for (const list of ["", "people/to-lam/", "topics/energy/"]) {
      // The first page (the newest 20, the figures) and the newest numbered page (one more item) change …
      expect(after.get(`${list}index.html`), list).not.toBe(before.get(`${list}index.html`));
      expect(after.get(`${list}page/7/index.html`), list).not.toBe(before.get(`${list}page/7/index.html`));
      // … and no other numbered page: each keeps its items, its place in the pager and its bytes.
      for (let number = 1; number <= 6; number += 1) {
        const file = `${list}page/${number}/index.html`;
        expect(before.has(file), file).toBe(true);
        expect(after.get(file), file).toBe(before.get(file));
      }
    }
  });

  it("keys an article by its body's hash, and reads the body itself only to render", () => {
    let reads = 0;
    const first = entry({ slug: "first", date: "2025-01-14" });
    const { html, excerpt, hash, characters } = first.rendered;
    first.rendered = {
      get html() {
        reads += 1;
        return html;
      },
      excerpt,
      hash,
      characters,
    };
    const model = buildArchiveModel([first, entry({ slug: "second", date: "2025-01-15" })], taxonomy);
    const page = planPages(pageViewsOf(model, { site: DEFAULT_SITE_SETTINGS }), "code").find(
      (planned) => planned.file === "2025/01/first/index.html",
    )!;
    expect(reads).toBe(0);
    expect(JSON.stringify(page.view)).toContain(hash);
    expect((page.view as { body: { value: string } }).body.value).toBe(html.value);
    expect(reads).toBe(1);
  });
});

describe("renderInputText", () => {
  it("writes a part shared by many pages once, as its hash, and hides the mark from the view's JSON", () => {
    const views = pageViewsOf(archive(), { site: DEFAULT_SITE_SETTINGS });
    const home = views.home[0]!;
    const summary = home.items[0]!.article;
    expect(isSharedViewPart(summary)).toBe(true);
    // The tag page lists the very same summary object.
    expect(views.tag.some((page) => page.items.some((item) => item.article === summary))).toBe(true);
    expect(JSON.stringify(summary)).not.toContain("shared");
    expect(Object.keys({ ...summary })).toEqual(Object.keys(summary));

    const text = renderInputText()(home);
    expect(text).not.toContain(summary.title);
    expect(text).toMatch(/"items":\[\{"article":"#[\w-]{43}"/);
    expect(text.length).toBeLessThan(JSON.stringify(home).length);
  });

  it("changes when anything inside a shared part changes, down to a tag's name inside a summary", () => {
    const model = archive();
    const before = renderInputText()(pageViewsOf(model, { site: DEFAULT_SITE_SETTINGS }).home[0]!);
    expect(renderInputText()(pageViewsOf(archive(), { site: DEFAULT_SITE_SETTINGS }).home[0]!)).toBe(before);
    model.tags.people.get("to-lam")!.name = "Tô Lâm (renamed)";
    expect(renderInputText()(pageViewsOf(model, { site: DEFAULT_SITE_SETTINGS }).home[0]!)).not.toBe(before);
  });

  it("is the view's own JSON where nothing in it is shared", () => {
    const view = { path: "/x/", items: [{ title: "a" }], n: 1 };
    expect(renderInputText()(view)).toBe(JSON.stringify(view));
  });
});

describe("batchesOf", () => {
  const page = (template: PlannedPage["template"], n: number): PlannedPage =>
    ({ template, file: `${template}-${n}`, hash: "", view: { path: `/${n}/` } }) as unknown as PlannedPage;

  it("keeps article pages in runs of their own, at most `size` long, in order", () => {
    const pages = [page("article", 1), page("article", 2), page("article", 3), page("home", 4), page("tag", 5), page("tag", 6)];
    const batches = batchesOf(pages, 2).map((batch) => batch.map((each) => each.file));
    expect(batches).toEqual([["article-1", "article-2"], ["article-3"], ["home-4", "tag-5"], ["tag-6"]]);
  });

  it("gives no runs for no pages", () => {
    expect(batchesOf([], 500)).toEqual([]);
  });
});
