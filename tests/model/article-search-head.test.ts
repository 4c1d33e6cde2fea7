import { describe, expect, it } from "vitest";
import { articleSearchFields, articleSearchHead } from "../../src/model/article-search-head.ts";
import { buildArchiveModel, type RenderedEntry } from "../../src/model/archive-model.ts";
import { entry, taxonomy } from "./model-fixtures.ts";

function withByline(rendered: RenderedEntry, publisher?: string, author?: string): RenderedEntry {
  return {
    ...rendered,
    data: { ...rendered.data, ...(publisher ? { publisher } : {}), ...(author ? { author } : {}) },
  };
}

const model = buildArchiveModel(
  [
    withByline(
      entry({
        slug: "khoi-interview",
        date: "2025-01-11",
        title: "Ambassador Đặng Minh Khôi on Mishustin's visit",
        people: ["dang-minh-khoi", "pham-minh-chinh"],
        events: ["mishustin-visit"],
        topics: ["diplomacy", "energy"],
        body: "Vietnamese Ambassador to Russia Đặng Minh Khôi highlighted the significance of the visit, Đặng said.",
      }),
      "Việt Nam News",
      "Nguyen Hong Diep",
    ),
    entry({ slug: "plain", date: "2024-06-20", title: "Putin in Hà Nội", people: ["to-lam"], body: "Tô Lâm welcomed him." }),
  ],
  taxonomy,
);
const [khoi, plain] = model.articles as [(typeof model.articles)[0], (typeof model.articles)[0]];

describe("articleSearchFields", () => {
  it("gives the filters by name, not slug, with year and publisher", () => {
    expect(articleSearchFields(khoi).filters).toEqual([
      ["person", "Đặng Minh Khôi"],
      ["person", "Phạm Minh Chính"],
      ["event", "Mishustin's visit"],
      ["topic", "Diplomacy"],
      ["topic", "Energy"],
      ["year", "2025"],
      ["publisher", "Việt Nam News"],
    ]);
  });

  it("gives what a result shows, the author, and the ASCII copies of the đ words", () => {
    expect(Object.fromEntries(articleSearchFields(khoi).meta)).toEqual({
      title: "Ambassador Đặng Minh Khôi on Mishustin's visit",
      date: "2025-01-11",
      dateText: "11 January 2025",
      publisher: "Việt Nam News",
      author: "Nguyen Hong Diep",
      ascii: "Dang",
    });
    expect(articleSearchFields(khoi).sort).toEqual([["date", "2025-01-11"]]);
  });

  it("leaves out what the article lacks: no publisher, no author, no word to copy", () => {
    const fields = articleSearchFields(plain);
    expect(fields.meta.map(([name]) => name)).toEqual(["title", "date", "dateText"]);
    expect(fields.filters).toEqual([
      ["person", "Tô Lâm"],
      ["year", "2024"],
    ]);
  });
});

describe("articleSearchHead", () => {
  const head = articleSearchHead(khoi).value;

  it("writes <meta> elements Pagefind reads, each with a name so that the HTML is valid", () => {
    expect(head).toContain('<meta name="pagefind-filter-person" data-pagefind-filter="person[content]" content="Đặng Minh Khôi">');
    expect(head).toContain('<meta name="pagefind-meta-ascii" data-pagefind-meta="ascii[content]" content="Dang">');
    expect(head).toContain('<meta name="pagefind-sort-date" data-pagefind-sort="date[content]" content="2025-01-11">');
    expect(head.match(/<meta /g)).toHaveLength(articleSearchFields(khoi).meta.length + articleSearchFields(khoi).filters.length + 1);
  });

  it("escapes every value", () => {
    expect(head).toContain('content="Mishustin&#39;s visit"');
    const hostile = buildArchiveModel(
      [entry({ slug: "x", date: "2025-02-03", title: '"><script>alert(1)</script>', people: ["to-lam"] })],
      taxonomy,
    ).articles[0]!;
    const markup = articleSearchHead(hostile).value;
    expect(markup).not.toContain("<script");
    expect(markup).toContain('content="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });
});
