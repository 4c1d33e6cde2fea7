import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { EventSchema, NamedTermSchema, PersonSchema, TopicSchema } from "../../src/content/taxonomy-schema.ts";
import { parseTaxonomy } from "../../src/taxonomy/load-taxonomy.ts";
import { slugify } from "../../src/taxonomy/slugify.ts";
import { generateWorld, taxonomyFiles, WORLD_SIZES } from "../../bench/synth/world.ts";
import { countPhrase, foldPhrase } from "../../bench/synth/phrase.ts";
import { ARCHIVE_FIRST_DAY, ARCHIVE_LAST_DAY } from "../../bench/synth/events.ts";
import { dayOf } from "../../bench/synth/dates.ts";
import { NEUTRAL_TEXT_FOR_CHECKS } from "../../bench/synth/sentences.ts";
import { VIETNAMESE_GIVEN_FEMALE, VIETNAMESE_GIVEN_MALE, VIETNAMESE_SURNAMES } from "../../bench/synth/name-lists.ts";

const SEED = "world-test";
const world = generateWorld(SEED);
const files = taxonomyFiles(world, SEED);
const yamlOf = (name: string) => parse(files[name] as string) as unknown[];

describe("synthetic taxonomy", () => {
  it("has 400 people, 120 events and 30 topics that the taxonomy schemas accept", () => {
    const people = yamlOf("people.yaml").map((term) => PersonSchema.parse(term));
    const events = yamlOf("events.yaml").map((term) => EventSchema.parse(term));
    const topics = yamlOf("topics.yaml").map((term) => TopicSchema.parse(term));
    expect([people.length, events.length, topics.length]).toEqual([400, 120, 30]);
    expect(WORLD_SIZES).toMatchObject({ people: 400, events: 120, topics: 30 });
  });

  it("loads through the ingest's own taxonomy loader without a single problem", () => {
    const loaded = parseTaxonomy(
      {
        people: files["people.yaml"],
        events: files["events.yaml"],
        topics: files["topics.yaml"],
        organisations: files["organisations.yaml"],
        places: files["places.yaml"],
      },
      "synth",
    );
    expect(loaded.problems).toEqual([]);
    expect(loaded.taxonomy.people).toHaveLength(400);
    expect(loaded.taxonomy.organisations).toHaveLength(20);
    expect(loaded.taxonomy.places).toHaveLength(12);
  });

  it("has real organisations and places, each name in the taxonomy in both spellings", () => {
    const organisations = yamlOf("organisations.yaml").map((term) => NamedTermSchema.parse(term));
    const places = yamlOf("places.yaml").map((term) => NamedTermSchema.parse(term));
    expect(organisations.map((term) => term.name)).toEqual(
      expect.arrayContaining(["Rosatom", "Eurasian Economic Union", "BRICS", "Vietsovpetro", "State Duma", "PetroVietnam"]),
    );
    expect(places.map((term) => term.name)).toEqual(expect.arrayContaining(["Hà Nội", "Moscow", "Kazan", "Vladivostok", "East Sea"]));
    for (const term of [...world.organisations, ...world.places]) {
      const names = [term.vi, term.en];
      const listed = [...organisations, ...places].find((each) => each.slug === term.slug);
      expect(listed, term.slug).toBeDefined();
      for (const name of names) expect([listed!.name, ...listed!.aliases]).toContain(name);
    }
  });

  it("names no organisation or place with a topic keyword, an event's phrase or a person's name in it", () => {
    const names = [...world.organisations, ...world.places].flatMap((term) => [term.vi, term.en]).map(foldPhrase);
    const others = [
      ...world.topics.flatMap((topic) => topic.keywords),
      ...world.events.flatMap((event) => [...event.aliases, ...event.keywords].flatMap((phrase) => [phrase.vi, phrase.en])),
      ...world.people.flatMap((person) => [person.name.vi, ...person.aliases]),
    ].map(foldPhrase);
    const clashes = names.flatMap((name) =>
      others.filter((other) => countPhrase(name, other) > 0).map((other) => `"${other}" in "${name}"`),
    );
    expect(clashes).toEqual([]);
  });

  it("gives every term a unique slug, and a person's slug is the folded canonical name", () => {
    for (const kind of ["people", "events", "topics"] as const) {
      const slugs = (yamlOf(`${kind}.yaml`) as Array<{ slug: string }>).map((term) => term.slug);
      expect(new Set(slugs).size, kind).toBe(slugs.length);
    }
    for (const person of world.people) expect(person.slug).toBe(slugify(person.name.vi));
  });

  it("writes Vietnamese names with diacritics and an undiacritised alias, Russian names with a patronymic alias", () => {
    const vietnamese = world.people.filter((person) => person.nationality === "vietnamese");
    const russian = world.people.filter((person) => person.nationality === "russian");
    expect(vietnamese.length).toBeGreaterThan(200);
    expect(russian.length).toBeGreaterThan(80);
    expect(vietnamese.filter((person) => /[^\x00-\x7f]/.test(person.name.vi)).length).toBeGreaterThan(vietnamese.length * 0.9);
    for (const person of vietnamese) {
      if (person.name.vi !== person.name.en) expect(person.aliases).toContain(person.name.en);
      expect(person.name.vi.split(" ").at(-1)).toBe(person.shortName.vi);
    }
    for (const person of russian) {
      expect(person.aliases).toContain(person.patronymicName);
      expect(person.name.vi.split(" ").at(-1)).toBe(person.shortName.vi);
    }
    // Titled forms: "Minister X Y" with the full name, "PM Chính" with the short name
    // (each kept only when no one else's alias overlaps it).
    expect(world.people.filter((person) => person.formalName && person.aliases.includes(person.formalName)).length).toBeGreaterThan(390);
    expect(world.people.filter((person) => person.titledShort).length).toBeGreaterThan(200);
  });

  it("never lets one person's name or alias be found inside another's, even after folding", () => {
    const phrases = world.people.flatMap((person) =>
      [person.name.vi, ...person.aliases].map((phrase) => ({ owner: person.slug, folded: foldPhrase(phrase) })),
    );
    const byFolded = new Map<string, string>();
    for (const { owner, folded } of phrases) {
      expect(byFolded.get(folded) ?? owner, folded).toBe(owner);
      byFolded.set(folded, owner);
    }
    const clashes: string[] = [];
    for (const a of phrases) {
      for (const b of phrases) if (a.owner !== b.owner && countPhrase(a.folded, b.folded) > 0) clashes.push(`${a.folded} ⊃ ${b.folded}`);
    }
    expect(clashes).toEqual([]);
  });

  it("keeps authors, photographers and outsiders apart from the taxonomy's names", () => {
    const taken = world.people.flatMap((person) => [person.name.vi, ...person.aliases].map(foldPhrase));
    const others = [...world.authors, ...world.photographers, ...world.outsiders].map((each) => foldPhrase(each.name.vi));
    const clashes = others.flatMap((other) =>
      taken.filter((phrase) => countPhrase(phrase, other) + countPhrase(other, phrase) > 0).map((phrase) => `${other} / ${phrase}`),
    );
    expect(clashes).toEqual([]);
  });

  it("spreads events over 2016–2025 with their date in the description, aliases, keywords and known people", () => {
    const slugs = new Set(world.people.map((person) => person.slug));
    const years = new Set<number>();
    for (const event of yamlOf("events.yaml").map((term) => EventSchema.parse(term))) {
      const start = dayOf(event.start);
      expect(start).toBeGreaterThanOrEqual(ARCHIVE_FIRST_DAY);
      expect(dayOf(event.end ?? event.start)).toBeLessThanOrEqual(ARCHIVE_LAST_DAY);
      expect(event.description).toContain(event.start.slice(0, 4));
      expect(event.aliases.length, event.name).toBeGreaterThan(0);
      expect(event.keywords.length, event.name).toBeGreaterThan(0);
      expect(event.people.length, event.name).toBeGreaterThan(0);
      for (const slug of event.people) expect(slugs.has(slug)).toBe(true);
      years.add(Number(event.start.slice(0, 4)));
    }
    expect([...years].sort()).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
  });

  it("gives topics keywords that no other topic, role, event or neutral sentence contains", () => {
    const keywords = world.topics.flatMap((topic) => topic.keywords.map((keyword) => ({ topic: topic.slug, folded: foldPhrase(keyword) })));
    const clashes: string[] = [];
    for (const a of keywords) {
      for (const b of keywords) if (a.topic !== b.topic && countPhrase(a.folded, b.folded) > 0) clashes.push(`${a.folded} ⊃ ${b.folded}`);
    }
    const elsewhere = [
      ...NEUTRAL_TEXT_FOR_CHECKS,
      ...world.people.flatMap((person) => [person.role.title.vi, person.role.title.en]),
      ...world.events.flatMap((event) => [...event.aliases, ...event.keywords].flatMap((phrase) => [phrase.vi, phrase.en])),
    ].map(foldPhrase);
    for (const { folded } of keywords) {
      for (const text of elsewhere) if (countPhrase(text, folded) > 0) clashes.push(`"${folded}" in "${text}"`);
    }
    expect(clashes).toEqual([]);
  });

  it("uses no given name that folds to a surname, so a title before a surname never reads as a titled short name", () => {
    const surnames = new Set(VIETNAMESE_SURNAMES.map(([surname]) => foldPhrase(surname)));
    const given = [...VIETNAMESE_GIVEN_MALE, ...VIETNAMESE_GIVEN_FEMALE].filter((name) => surnames.has(foldPhrase(name)));
    expect(given).toEqual([]);
    // The rule matters: "Vượng" would fold to the surname "Vương".
    expect(surnames.has(foldPhrase("Vượng"))).toBe(true);
  });

  it("is the same world for the same seed and another for another seed", () => {
    expect(taxonomyFiles(generateWorld(SEED), SEED)).toEqual(files);
    const other = generateWorld("another seed");
    expect(other.people.map((person) => person.slug)).not.toEqual(world.people.map((person) => person.slug));
  });
});
