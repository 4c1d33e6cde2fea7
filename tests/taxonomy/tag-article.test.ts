import { describe, expect, it } from "vitest";
import { compileTaxonomy, splitNames, tagArticle, tagUndatedEvents } from "../../src/taxonomy/tag-article.ts";
import { paragraph, person, readSeedArticle, realTaxonomy } from "./fixtures.ts";

const matcher = compileTaxonomy(realTaxonomy());

/**
 * What a careful human tagger gives each seed. An event counts when the article
 * reports it (title or lede, several sentences, or the event's own days), not
 * when a background sentence recalls it: 003 previews Mishustin's visit and
 * recalls Putin's 2024 visit and the BRICS Summit in passing; 001 reports Tô
 * Lâm's May visit and recalls Mishustin's January one; 000 and 004 report the
 * visit and mention the 75th anniversary once; 002's title is the invitation
 * to the Victory Day celebrations.
 */
const SEEDS = [
  {
    file: "000_371a887026197f3c.txt",
    date: "2025-01-15",
    excluded: ["SGGP"],
    people: ["to-lam", "vladimir-putin", "mikhail-mishustin", "pham-minh-chinh"],
    events: ["mishustin-visit-vietnam-2025"],
    topics: ["diplomacy"],
  },
  {
    file: "001_7323d1b9344210f5.txt",
    date: "2025-05-09",
    excluded: ["Nguyen Hong Diep", "Thong Nhat", "VNA"],
    people: ["to-lam", "mikhail-mishustin", "luong-cuong", "pham-minh-chinh", "tran-thanh-man", "vladimir-putin"],
    events: ["to-lam-russia-visit-victory-day-2025"],
    // The directions Tô Lâm proposed, one clause each: defence and security, energy, trade and investment.
    topics: ["diplomacy", "economy-trade", "defence-security", "energy"],
  },
  {
    file: "002_4f481d523fa9e829.txt",
    date: "2025-01-14",
    excluded: ["Thanh Hà"],
    people: ["mikhail-mishustin", "to-lam", "vladimir-putin", "dmitry-medvedev", "pham-minh-chinh"],
    events: ["to-lam-russia-visit-victory-day-2025", "mishustin-visit-vietnam-2025"],
    topics: ["diplomacy"],
  },
  {
    file: "003_e89575649a14062e.txt",
    date: "2025-01-11",
    excluded: [],
    people: ["mikhail-mishustin", "pham-minh-chinh", "dang-minh-khoi", "vladimir-putin", "tran-thanh-man", "to-lam"],
    events: ["mishustin-visit-vietnam-2025"],
    topics: ["diplomacy"],
  },
  {
    file: "004_e5feb39fc4d21994.txt",
    date: "2025-01-14",
    excluded: [],
    people: ["pham-minh-chinh", "mikhail-mishustin", "vladimir-putin", "to-lam", "tran-thanh-man"],
    events: ["mishustin-visit-vietnam-2025"],
    // Trade comes back in four sentences; nuclear power, education and healthcare get one each, shared.
    topics: ["diplomacy", "economy-trade"],
  },
];

describe("tagArticle on the seeds", () => {
  for (const seed of SEEDS) {
    it(`tags ${seed.file} with its people and events`, () => {
      const tags = tagArticle(readSeedArticle(seed.file, seed.date, seed.excluded), matcher);
      expect(tags.people).toEqual(seed.people);
      expect(tags.events).toEqual(seed.events);
      expect(tags.unknownNames).toEqual([]);
      expect(tags.newSpellings).toEqual([]);
    });

    it(`gives ${seed.file} the few topics it is about`, () => {
      expect(tagArticle(readSeedArticle(seed.file, seed.date, seed.excluded), matcher).topics).toEqual(seed.topics);
    });
  }

  it("is deterministic", () => {
    const seed = SEEDS[1] as (typeof SEEDS)[number];
    const article = readSeedArticle(seed.file, seed.date, seed.excluded);
    expect(tagArticle(article, compileTaxonomy(realTaxonomy()))).toEqual(tagArticle(article, matcher));
  });

  it("tags an article read just before for its events as it tags it alone, and the next article afresh", () => {
    // The words of the texts read last are kept for the next reading of the same texts.
    const [first, second] = SEEDS as [(typeof SEEDS)[number], (typeof SEEDS)[number]];
    const article = readSeedArticle(first.file, first.date, first.excluded);
    const other = readSeedArticle(second.file, second.date, second.excluded);
    const alone = tagArticle(article, matcher);
    const otherAlone = tagArticle(other, matcher);
    tagUndatedEvents({ ...article, excludedNames: [] }, matcher);
    expect(tagArticle(article, matcher)).toEqual(alone);
    expect(tagArticle(other, matcher)).toEqual(otherAlone);
    expect(tagArticle({ ...article, paragraphs: [...article.paragraphs, "Pham Minh Chinh spoke."] }, matcher).people).toContain(
      "pham-minh-chinh",
    );
  });
});

describe("tagArticle", () => {
  it("tags people named in the title and the paragraphs, not those only in a photo caption", () => {
    expect(tagArticle(paragraph("", { title: "PM Mishustin arrives" }), matcher).people).toEqual(["mikhail-mishustin"]);
    const captioned = { ...paragraph("The leaders met."), captions: ["Prime Minister Pham Minh Chinh. Photo: VNA"] };
    expect(tagArticle(captioned, matcher).people).toEqual([]);
    const named = {
      ...paragraph("Prime Minister Pham Minh Chinh met the press."),
      captions: ["Prime Minister Pham Minh Chinh. Photo: VNA"],
    };
    expect(tagArticle(named, matcher).people).toEqual(["pham-minh-chinh"]);
  });

  it("tags a known person however the text spells the name, and lists the spelling", () => {
    // The two misses: another romanisation with a patronymic, and a typo.
    const article = paragraph(
      "State Duma Chairman Vyacheslav Victorovich Volodin met Prime Minister Pham Miinh Chinh. Volodin praised the ties.",
    );
    const tags = tagArticle(article, matcher);
    expect(tags.people).toEqual(["vyacheslav-volodin", "pham-minh-chinh"]);
    expect(tags.unknownNames).toEqual([]);
    expect(tags.newSpellings).toEqual([
      { name: "Vyacheslav Victorovich Volodin", slug: "vyacheslav-volodin", typo: false },
      { name: "Pham Miinh Chinh", slug: "pham-minh-chinh", typo: true },
    ]);
  });

  it("proposes a typo in a family name and letters lost in copying as aliases, not as new people", () => {
    const article = paragraph("General Secretary Nguen Phu Trong welcomed General Ngô Xuân Lch, Defence Minister, to the talks.");
    const tags = tagArticle(article, matcher);
    expect(tags.people).toEqual(["nguyen-phu-trong", "ngo-xuan-lich"]);
    expect(tags.unknownNames).toEqual([]);
    expect(tags.newSpellings).toEqual([
      { name: "Nguen Phu Trong", slug: "nguyen-phu-trong", typo: true },
      { name: "Ngô Xuân Lch", slug: "ngo-xuan-lich", typo: true },
    ]);
  });

  it("does not count a title taken from the lede twice", () => {
    const lede = "Putin's state visit to Việt Nam was recalled by the leaders, who met on Tuesday.";
    const tags = tagArticle(
      { ...paragraph(lede), title: "Putin's state visit to Việt Nam was recalled by the leaders", date: "2025-03-01" },
      matcher,
    );
    expect(tags.events).toEqual(["putin-state-visit-vietnam-2024"]); // named in the lede
    const twice = tagArticle(
      { ...paragraph("The leaders met."), title: "Putin's state visit to Việt Nam", captions: [], date: "2025-03-01" },
      matcher,
    );
    expect(twice.events).toEqual(["putin-state-visit-vietnam-2024"]);
  });

  it("does not tag an author or photographer, even one the taxonomy knows", () => {
    const withAuthor = compileTaxonomy({ ...realTaxonomy(), people: [person("Thanh Hà"), ...realTaxonomy().people] });
    const article = { ...paragraph("General Secretary To Lam had a cordial reception, Thanh Hà reports."), captions: ["Photo: Thanh Hà"] };
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
      organisations: [],
      places: [],
      unknownNames: [],
      newSpellings: [],
    });
  });

  it("works with an empty taxonomy", () => {
    const empty = compileTaxonomy({ people: [], events: [], topics: [], organisations: [], places: [] });
    expect(tagArticle(paragraph("Foreign Minister Oleg Smirnovich met To Lam."), empty)).toEqual({
      people: [],
      events: [],
      topics: [],
      organisations: [],
      places: [],
      unknownNames: ["Oleg Smirnovich"],
      newSpellings: [],
    });
  });
});

describe("organisations and places", () => {
  const named = (name: string, slug: string, aliases: string[] = []) => ({ name, slug, description: "", aliases });
  const matcher = compileTaxonomy({
    people: [],
    events: [],
    topics: [],
    organisations: [named("Eurasian Economic Union", "eurasian-economic-union", ["EAEU"]), named("State Duma", "state-duma")],
    places: [named("Hà Nội", "ha-noi", ["Hanoi"]), named("Kazan", "kazan")],
  });
  const tagsOf = (title: string, paragraphs: string[], captions: string[] = []) =>
    tagArticle({ title, paragraphs, captions, excludedNames: [] }, matcher);

  it("tags them by name or alias, diacritics aside, in order of first mention", () => {
    // Real lines of the seeds (004) and of a TASS report.
    const tags = tagsOf("PM welcomes Russian counterpart", [
      "The two sides agreed to make good use of the Free Trade Agreement between Việt Nam and the EAEU.",
      "Chairman Volodin of the State Duma met delegates in Ha Noi on Tuesday; earlier he visited Hanoi's old quarter.",
    ]);
    expect(tags.organisations).toEqual(["eurasian-economic-union", "state-duma"]);
    expect(tags.places).toEqual(["ha-noi"]);
  });

  it("needs the capitals of a name, and leaves a photo caption's names alone", () => {
    const tags = tagsOf(
      "A kazan of pilaf",
      ["The cook stirred the kazan over the fire for an hour, as the recipe said."],
      ["Delegates at the summit in Kazan. Photo: TASS"],
    );
    expect(tags.places).toEqual([]);
  });
});
