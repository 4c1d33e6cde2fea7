import { describe, expect, it } from "vitest";
import { buildArchiveModel } from "../../src/model/archive-model.ts";
import { entry, taxonomy } from "./model-fixtures.ts";

const entries = [
  entry({
    slug: "visit-begins",
    date: "2025-01-14",
    people: ["mikhail-mishustin", "pham-minh-chinh"],
    events: ["mishustin-visit"],
    topics: ["diplomacy", "energy"],
  }),
  entry({
    slug: "reception",
    date: "2025-01-15",
    people: ["to-lam", "mikhail-mishustin"],
    events: ["mishustin-visit"],
    topics: ["diplomacy"],
  }),
  entry({ slug: "ambassador", date: "2025-01-11", people: ["dang-minh-khoi", "mikhail-mishustin"], topics: ["diplomacy"] }),
  entry({ slug: "moscow", date: "2025-05-09", people: ["to-lam"], events: ["victory-day"], topics: ["energy"] }),
  entry({ slug: "old-talks", date: "2024-06-20", people: ["to-lam"], topics: ["energy"] }),
  // Same day as "visit-begins": file order decides.
  entry({ slug: "a-same-day", date: "2025-01-14", people: ["pham-minh-chinh"], topics: ["energy"] }),
];
const model = buildArchiveModel(entries, taxonomy);
const slugs = (articles: ReadonlyArray<{ slug: string }>) => articles.map((article) => article.slug);

describe("articles", () => {
  it("are newest first, same-day entries in file order", () => {
    expect(slugs(model.articles)).toEqual(["moscow", "reception", "a-same-day", "visit-begins", "ambassador", "old-talks"]);
  });

  it("live at /YYYY/MM/slug/ by their date", () => {
    expect(model.articles[0]!.path).toBe("/2025/05/moscow/");
    expect(model.articles.at(-1)!.path).toBe("/2024/06/old-talks/");
  });

  it("link to the article before (older) and after (newer) in time", () => {
    const reception = model.articles[1]!;
    expect(reception.previous?.slug).toBe("a-same-day");
    expect(reception.next?.slug).toBe("moscow");
    expect(model.articles[0]!.next).toBeUndefined();
    expect(model.articles.at(-1)!.previous).toBeUndefined();
  });

  it("carry their tags as taxonomy terms, in the entry's order", () => {
    const begins = model.articles.find((article) => article.slug === "visit-begins")!;
    expect(begins.tags.people.map((tag) => tag.name)).toEqual(["Mikhail Mishustin", "Phạm Minh Chính"]);
    expect(begins.tags.events.map((tag) => tag.slug)).toEqual(["mishustin-visit"]);
  });
});

describe("related articles", () => {
  it("rank a shared event and shared people above a shared topic", () => {
    const reception = model.articles.find((article) => article.slug === "reception")!;
    // visit-begins shares the event, Mishustin and diplomacy; ambassador shares Mishustin and diplomacy.
    expect(slugs(reception.related).slice(0, 2)).toEqual(["visit-begins", "ambassador"]);
    expect(slugs(reception.related)).not.toContain("reception");
  });

  it("leave out articles that share nothing", () => {
    const ambassador = model.articles.find((article) => article.slug === "ambassador")!;
    expect(slugs(ambassador.related)).not.toContain("old-talks");
    expect(slugs(ambassador.related)).not.toContain("moscow");
  });
});

describe("tags", () => {
  it("list their articles newest first", () => {
    expect(slugs(model.tags.people.get("to-lam")!.articles)).toEqual(["moscow", "reception", "old-talks"]);
  });

  it("have a page only when some article carries them", () => {
    expect(model.tags.people.get("to-lam")!.path).toBe("/people/to-lam/");
    const lavrov = model.tags.people.get("sergey-lavrov")!;
    expect(lavrov.articles).toHaveLength(0);
    expect(lavrov.path).toBeUndefined();
    expect(model.tagPages.some((page) => page.tag === lavrov)).toBe(false);
  });

  it("count the people and topics seen alongside them, most frequent first", () => {
    const mishustin = model.tags.people.get("mikhail-mishustin")!;
    expect(mishustin.alongside.people.map(({ tag, count }) => [tag.slug, count])).toEqual([
      ["dang-minh-khoi", 1],
      ["pham-minh-chinh", 1],
      ["to-lam", 1],
    ]);
    expect(mishustin.alongside.topics.map(({ tag, count }) => [tag.slug, count])).toEqual([
      ["diplomacy", 3],
      ["energy", 1],
    ]);
  });

  it("are indexed per kind: people by sort name, topics by name, events newest first, those without articles left out", () => {
    const [people, events, topics] = model.tagIndexes;
    expect(people!.path).toBe("/people/");
    // Sort names: the last word, Vietnamese given names and Russian family names alike.
    expect(people!.tags.map((tag) => [tag.slug, tag.sortName])).toEqual(
      [
        ["pham-minh-chinh", "Chính"],
        ["dang-minh-khoi", "Khôi"],
        ["to-lam", "Lâm"],
        ["mikhail-mishustin", "Mishustin"],
      ].filter(([slug]) => model.tags.people.get(slug!)!.articles.length > 0),
    );
    expect(events!.tags.map((tag) => tag.slug)).toEqual(["victory-day", "mishustin-visit"]);
    expect(topics!.tags.map((tag) => [tag.slug, tag.articles.length])).toEqual([
      ["diplomacy", 3],
      ["energy", 4],
    ]);
  });

  it("that the taxonomy lacks get no page (the entry rules report them before a build)", () => {
    const unknown = buildArchiveModel([entry({ slug: "x", date: "2025-02-01", people: ["nguyen-van-a"] })], taxonomy);
    expect(unknown.tags.people.get("nguyen-van-a")).toBeUndefined();
    expect(unknown.articles[0]!.tags.people).toEqual([]);
  });

  it("rank the most covered per kind for the home page", () => {
    expect(model.mostCovered.topics.map(({ tag, count }) => [tag.slug, count])).toEqual([
      ["energy", 4],
      ["diplomacy", 3],
    ]);
  });
});

describe("pagination", () => {
  const many = Array.from({ length: 45 }, (_, index) =>
    entry({
      slug: `story-${index}`,
      date: `2024-03-${String((index % 28) + 1).padStart(2, "0")}`,
      people: ["to-lam"],
      topics: index % 2 ? ["energy"] : [],
    }),
  );
  const big = buildArchiveModel(many, taxonomy);

  it("shows the newest 20 at /, and numbers the other pages from the oldest, so that an address keeps its articles", () => {
    expect(big.homePages.map((page) => [page.path, page.items.length, page.number, page.pageCount])).toEqual([
      ["/", 20, 0, 4],
      ["/page/3/", 5, 3, 4],
      ["/page/2/", 20, 2, 4],
      ["/page/1/", 20, 1, 4],
    ]);
    const [first, newest, middle, oldest] = big.homePages;
    expect(oldest!.items.at(-1)!.article).toBe(big.articles.at(-1));
    expect(newest!.items[0]!.article).toBe(big.articles[0]);
    // From the first page, "older" is the page holding the 21st newest.
    expect(first!.older).toEqual({ path: "/page/2/", number: 2 });
    expect(middle!.older).toEqual({ path: "/page/1/", number: 1 });
    expect(middle!.newer).toEqual({ path: "/page/3/", number: 3 });
    expect(newest!.newer).toEqual({ path: "/", number: 0 });
  });

  it("flattens every tag's pages into one list of (tag, page, items) chunks", () => {
    const toLam = big.tagPages.filter((page) => page.tag.slug === "to-lam");
    expect(toLam.map((page) => page.path)).toEqual([
      "/people/to-lam/",
      "/people/to-lam/page/3/",
      "/people/to-lam/page/2/",
      "/people/to-lam/page/1/",
    ]);
    expect(toLam.every((page) => page.total === 45)).toBe(true);
    const energy = big.tagPages.filter((page) => page.tag.slug === "energy");
    expect(energy.map((page) => page.items.length)).toEqual([20, 2, 20]);
    expect(new Set(big.tagPages.map((page) => page.path)).size).toBe(big.tagPages.length);
  });

  it("has one empty home page for an empty archive", () => {
    const empty = buildArchiveModel([], taxonomy);
    expect(empty.homePages).toHaveLength(1);
    expect(empty.homePages[0]!.items).toEqual([]);
    expect(empty.tagPages).toEqual([]);
  });
});

describe("date archive", () => {
  it("counts articles per year, newest year first, months in calendar order", () => {
    expect(model.years.map((year) => [year.year, year.count, year.path])).toEqual([
      [2025, 5, "/archive/2025/"],
      [2024, 1, "/archive/2024/"],
    ]);
    expect(model.years[0]!.months.map((month) => [month.month, month.articles.length, month.path])).toEqual([
      [1, 4, "/archive/2025/01/"],
      [5, 1, "/archive/2025/05/"],
    ]);
  });

  it("lists every month with articles, newest first, for the month pages", () => {
    expect(model.months.map((month) => month.path)).toEqual(["/archive/2025/05/", "/archive/2025/01/", "/archive/2024/06/"]);
    expect(slugs(model.months[1]!.articles)).toEqual(["reception", "a-same-day", "visit-begins", "ambassador"]);
  });
});

describe("addresses", () => {
  it("never collide: a second article with the same slug in a month gets a suffix and a warning", () => {
    const clash = buildArchiveModel(
      [
        entry({ slug: "daily-briefing", date: "2025-03-02" }),
        entry({ slug: "daily-briefing", date: "2025-03-01" }),
        entry({ slug: "daily-briefing", date: "2025-03-03" }),
      ],
      taxonomy,
    );
    expect(clash.articles.map((article) => article.path)).toEqual([
      "/2025/03/daily-briefing-3/",
      "/2025/03/daily-briefing-2/",
      "/2025/03/daily-briefing/",
    ]);
    expect(clash.problems.map((problem) => problem.severity)).toEqual(["warning", "warning"]);
    expect(clash.problems[0]!.message).toContain("2025/03/2025-03-01-daily-briefing.md");
  });
});
