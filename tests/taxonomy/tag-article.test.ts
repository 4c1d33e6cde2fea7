import { describe, expect, it } from "vitest";
import { compileTaxonomy, splitNames, tagArticle } from "../../src/taxonomy/tag-article.ts";
import { paragraph, person, readSeedArticle, realTaxonomy } from "./fixtures.ts";

const matcher = compileTaxonomy(realTaxonomy());

/**
 * What a careful human tagger gives each seed. An event counts when the article
 * is about it or names it explicitly (seed 000 names Putin's state visit and the
 * Victory Day celebrations it was invited to).
 */
const SEEDS = [
  {
    file: "000_371a887026197f3c.txt",
    date: "2025-01-15",
    excluded: ["SGGP"],
    people: ["to-lam", "vladimir-putin", "mikhail-mishustin", "pham-minh-chinh"],
    events: [
      "mishustin-visit-vietnam-2025",
      "vietnam-russia-relations-75th-anniversary",
      "putin-state-visit-vietnam-2024",
      "to-lam-russia-visit-victory-day-2025",
    ],
  },
  {
    file: "001_7323d1b9344210f5.txt",
    date: "2025-05-09",
    excluded: ["Nguyen Hong Diep", "Thong Nhat", "VNA"],
    people: ["to-lam", "mikhail-mishustin", "luong-cuong", "pham-minh-chinh", "tran-thanh-man", "vladimir-putin"],
    events: ["to-lam-russia-visit-victory-day-2025", "mishustin-visit-vietnam-2025", "putin-state-visit-vietnam-2024"],
  },
  {
    file: "002_4f481d523fa9e829.txt",
    date: "2025-01-14",
    excluded: ["Thanh Hà"],
    people: ["mikhail-mishustin", "to-lam", "vladimir-putin", "dmitry-medvedev", "pham-minh-chinh"],
    events: [
      "to-lam-russia-visit-victory-day-2025",
      "mishustin-visit-vietnam-2025",
      "vietnam-russia-relations-75th-anniversary",
      "putin-state-visit-vietnam-2024",
    ],
  },
  {
    file: "003_e89575649a14062e.txt",
    date: "2025-01-11",
    excluded: [],
    people: ["mikhail-mishustin", "pham-minh-chinh", "dang-minh-khoi", "vladimir-putin", "tran-thanh-man", "to-lam"],
    events: [
      "mishustin-visit-vietnam-2025",
      "brics-summit-kazan-2024",
      "vietnam-russia-relations-75th-anniversary",
      "putin-state-visit-vietnam-2024",
    ],
  },
  {
    file: "004_e5feb39fc4d21994.txt",
    date: "2025-01-14",
    excluded: [],
    people: ["pham-minh-chinh", "mikhail-mishustin", "vladimir-putin", "to-lam", "tran-thanh-man"],
    events: ["mishustin-visit-vietnam-2025", "vietnam-russia-relations-75th-anniversary"],
  },
];

describe("tagArticle on the seeds", () => {
  for (const seed of SEEDS) {
    it(`tags ${seed.file} with its people and events`, () => {
      const tags = tagArticle(readSeedArticle(seed.file, seed.date, seed.excluded), matcher);
      expect(tags.people).toEqual(seed.people);
      expect(tags.events).toEqual(seed.events);
      expect(tags.unknownNames).toEqual([]);
      expect(tags.topics[0]).toBe("diplomacy");
      expect(tags.topics.length).toBeLessThanOrEqual(8);
    });
  }

  it("gives the seeds' specific topics", () => {
    const topicsOf = (index: number) => {
      const seed = SEEDS[index] as (typeof SEEDS)[number];
      return tagArticle(readSeedArticle(seed.file, seed.date, seed.excluded), matcher).topics;
    };
    // 001 dwells on energy, oil and gas, nuclear energy; 004 on trade, education, healthcare.
    expect(topicsOf(1)).toEqual(expect.arrayContaining(["energy", "economy-trade", "education-training"]));
    expect(topicsOf(4)).toEqual(expect.arrayContaining(["economy-trade", "education-training", "healthcare"]));
    // 000 only lists energy and culture once among cooperation areas.
    expect(topicsOf(0)).not.toContain("energy");
    expect(topicsOf(0)).not.toContain("culture");
  });

  it("is deterministic", () => {
    const seed = SEEDS[1] as (typeof SEEDS)[number];
    const article = readSeedArticle(seed.file, seed.date, seed.excluded);
    expect(tagArticle(article, compileTaxonomy(realTaxonomy()))).toEqual(tagArticle(article, matcher));
  });
});

describe("tagArticle", () => {
  it("looks at the title, the paragraphs and the captions", () => {
    expect(tagArticle(paragraph("", { title: "PM Mishustin arrives" }), matcher).people).toEqual(["mikhail-mishustin"]);
    const captioned = { ...paragraph("The leaders met."), captions: ["Prime Minister Pham Minh Chinh. Photo: VNA"] };
    expect(tagArticle(captioned, matcher).people).toEqual(["pham-minh-chinh"]);
  });

  it("does not tag an author or photographer, even one the taxonomy knows", () => {
    const withAuthor = compileTaxonomy({ ...realTaxonomy(), people: [person("Thanh Hà"), ...realTaxonomy().people] });
    const article = { ...paragraph("General Secretary To Lam had a cordial reception."), captions: ["Photo: Thanh Hà"] };
    expect(tagArticle({ ...article, excludedNames: ["Thanh Hà"] }, withAuthor).people).toEqual(["to-lam"]);
    expect(tagArticle(article, withAuthor).people).toEqual(["to-lam", "thanh-ha"]);
  });

  it("never tags any of several authors of one byline", () => {
    const withAuthors = compileTaxonomy({ ...realTaxonomy(), people: [person("Thanh Hà"), ...realTaxonomy().people] });
    const article = { ...paragraph("Tô Lâm met the press."), captions: ["Photo: Thanh Hà"] };
    expect(tagArticle({ ...article, excludedNames: ["Minh Anh and Thanh Hà"] }, withAuthors).people).toEqual(["to-lam"]);
    expect(splitNames("Phạm Hải - Ngọc Anh")).toEqual(["Phạm Hải", "Ngọc Anh"]);
    expect(splitNames("Guy Faulconbridge and Francesco Guarascio")).toEqual(["Guy Faulconbridge", "Francesco Guarascio"]);
  });

  it("tags nothing in text that names nothing", () => {
    expect(tagArticle(paragraph("Many beaches are covered with kites, impressing visitors."), matcher)).toEqual({
      people: [],
      events: [],
      topics: [],
      unknownNames: [],
    });
  });

  it("works with an empty taxonomy", () => {
    const empty = compileTaxonomy({ people: [], events: [], topics: [] });
    expect(tagArticle(paragraph("Foreign Minister Oleg Smirnovich met To Lam."), empty)).toEqual({
      people: [],
      events: [],
      topics: [],
      unknownNames: ["Oleg Smirnovich"],
    });
  });
});
