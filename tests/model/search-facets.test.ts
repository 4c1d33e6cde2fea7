import { describe, expect, it } from "vitest";
import { searchFacets } from "../../src/model/search-facets.ts";
import { buildArchiveModel } from "../../src/model/archive-model.ts";
import { entry, taxonomy } from "./model-fixtures.ts";

const published = (rendered: ReturnType<typeof entry>, publisher: string) => ({
  ...rendered,
  data: { ...rendered.data, publisher },
});

const model = buildArchiveModel(
  [
    published(
      entry({ slug: "a", date: "2025-01-14", people: ["pham-minh-chinh", "to-lam"], events: ["mishustin-visit"] }),
      "Việt Nam News",
    ),
    published(entry({ slug: "b", date: "2025-05-09", people: ["to-lam"], topics: ["energy"] }), "Báo Tin Tức"),
    published(entry({ slug: "c", date: "2024-06-20", people: ["to-lam", "dang-minh-khoi"] }), "Việt Nam News"),
  ],
  taxonomy,
);

describe("searchFacets", () => {
  const facets = searchFacets(model);
  const facet = (filter: string) => facets.find((candidate) => candidate.filter === filter);

  it("offers people, events and topics as names with their counts, most articles first", () => {
    expect(facet("person")).toEqual({
      filter: "person",
      label: "People",
      choose: "all",
      options: [
        { value: "Tô Lâm", count: 3 },
        { value: "Đặng Minh Khôi", count: 1 },
        { value: "Phạm Minh Chính", count: 1 },
      ],
    });
    expect(facet("event")?.options).toEqual([{ value: "Mishustin's visit", count: 1 }]);
    expect(facet("topic")?.options).toEqual([{ value: "Energy", count: 1 }]);
  });

  it("leaves out tags without articles", () => {
    const names = facets.flatMap((candidate) => candidate.options.map((option) => option.value));
    expect(names).not.toContain("Sergey Lavrov");
    expect(names).not.toContain("Climate");
    expect(names).not.toContain("Victory Day parade");
  });

  it("offers one year (newest first) and one publisher to pick", () => {
    expect(facet("year")).toMatchObject({
      choose: "one",
      options: [
        { value: "2025", count: 2 },
        { value: "2024", count: 1 },
      ],
    });
    expect(facet("publisher")).toMatchObject({
      choose: "one",
      options: [
        { value: "Việt Nam News", count: 2 },
        { value: "Báo Tin Tức", count: 1 },
      ],
    });
  });

  it("drops a filter no article gives a value for", () => {
    const unpublished = buildArchiveModel([entry({ slug: "d", date: "2025-01-01", people: ["to-lam"] })], taxonomy);
    expect(searchFacets(unpublished).map((candidate) => candidate.filter)).toEqual(["person", "year"]);
  });
});
