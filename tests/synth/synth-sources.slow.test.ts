import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateWorld } from "../../bench/synth/world.ts";
import { synthesizeSources, type SynthSource } from "../../bench/synth/synth-archive.ts";
import { countPhrase, foldPhrase } from "../../bench/synth/phrase.ts";
import { dayFirst, dayOf, monthDay } from "../../bench/synth/dates.ts";
import type { SynthPerson } from "../../bench/synth/people.ts";
import { allPlaceNames } from "../../bench/synth/places.ts";
import { AGGREGATOR_BANNER, CAPTION_CREDITS, SCRAPED_PUBLISHERS } from "../../bench/synth/boilerplate.ts";

const SEED = "sources-test";
const world = generateWorld(SEED);
const sources: SynthSource[] = [...synthesizeSources(world, SEED, 400)];
const people = new Map(world.people.map((person) => [person.slug, person]));
const events = new Map(world.events.map((event) => [event.slug, event]));

const folded = new Map(sources.map((source) => [source.fileName, foldPhrase(source.text)]));
const textOf = (source: SynthSource) => folded.get(source.fileName) as string;
const namesOf = (person: SynthPerson) => [person.name.vi, ...person.aliases].map(foldPhrase);
/** Index of the first whole-word occurrence of a folded phrase, or -1. */
const firstAt = (text: string, phrase: string) => ` ${text} `.indexOf(` ${phrase} `);

/** Word pairs of a folded text: a phrase of two words or more can only occur if its first pair does. */
const bigrams = new Map(
  [...folded].map(([file, text]) => {
    const words = text.split(" ");
    return [file, new Set(words.slice(1).map((word, i) => `${words[i]} ${word}`))];
  }),
);
const mayContain = (source: SynthSource, phrase: string) => {
  const words = phrase.split(" ");
  return words.length < 2 || (bigrams.get(source.fileName) as Set<string>).has(`${words[0]} ${words[1]}`);
};
const contains = (source: SynthSource, phrase: string) => mayContain(source, phrase) && countPhrase(textOf(source), phrase) > 0;

/**
 * Words that may hold a short name without naming anyone: bylines ("Trọng Tuấn |"),
 * publishers ("Báo Chính Phủ"), places ("Quảng Ninh"). Longest first, so that
 * "Hồ Chí Minh City" goes before "Hà Nội" could split it.
 */
const notMentions = [
  ...[...world.authors, ...world.photographers].flatMap((each) => [each.name.vi, each.name.en]),
  ...SCRAPED_PUBLISHERS.map((publisher) => publisher.name),
  ...CAPTION_CREDITS,
  AGGREGATOR_BANNER,
  ...allPlaceNames(),
].sort((a, b) => b.length - a.length);

describe("synthetic sources", () => {
  it("are named NNNNN_<16 hex of their content's hash>.txt", () => {
    for (const [index, source] of sources.entries()) {
      const hash = createHash("sha256").update(source.text).digest("hex").slice(0, 16);
      expect(source.fileName).toBe(`${String(index).padStart(5, "0")}_${hash}.txt`);
      expect(source.manifest.file).toBe(source.fileName);
    }
  });

  it("are the same for the same seed, and article i does not depend on N", () => {
    const again = [...synthesizeSources(world, SEED, 25)];
    expect(again.map((source) => source.text)).toEqual(sources.slice(0, 25).map((source) => source.text));
    const otherSeed = [...synthesizeSources(world, "another", 5)];
    expect(otherSeed.map((source) => source.text)).not.toEqual(sources.slice(0, 5).map((source) => source.text));
  });

  it("have 600–900 words of body, 2–5 people, 0–2 events and 2–4 topics, all distinct", () => {
    for (const { manifest } of sources) {
      expect(manifest.words, manifest.file).toBeGreaterThanOrEqual(600);
      expect(manifest.words, manifest.file).toBeLessThanOrEqual(900);
      expect(manifest.people.length).toBeGreaterThanOrEqual(2);
      expect(manifest.people.length).toBeLessThanOrEqual(5);
      expect(manifest.events.length).toBeLessThanOrEqual(2);
      expect(manifest.topics.length).toBeGreaterThanOrEqual(2);
      expect(manifest.topics.length).toBeLessThanOrEqual(4);
      for (const list of [manifest.people, manifest.events, manifest.topics]) expect(new Set(list).size).toBe(list.length);
    }
    // The file holds the body and then some: captions, bylines, page furniture.
    for (const source of sources) {
      const fileWords = source.text.split(/\s+/).filter(Boolean).length;
      expect(fileWords).toBeGreaterThanOrEqual(source.manifest.words - 3); // glued sentences join two words
    }
  });

  it("name every intended person in full (name or alias) before any bare short name", () => {
    const problems: string[] = [];
    for (const source of sources) {
      const text = foldPhrase(notMentions.reduce((rest, name) => rest.replaceAll(name, " "), source.text));
      for (const slug of source.manifest.people) {
        const person = people.get(slug) as SynthPerson;
        const full = Math.min(
          ...namesOf(person)
            .map((name) => firstAt(text, name))
            .filter((at) => at >= 0),
        );
        const short = firstAt(text, foldPhrase(person.shortName.vi));
        if (!Number.isFinite(full)) problems.push(`${source.fileName}: ${slug} never named in full`);
        else if (short >= 0 && short < full) problems.push(`${source.fileName}: ${slug} short name first`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("name no person, event or topic keyword that the manifest does not list", () => {
    const problems: string[] = [];
    for (const source of sources) {
      const text = textOf(source);
      for (const person of world.people) {
        if (source.manifest.people.includes(person.slug)) continue;
        for (const name of namesOf(person)) if (contains(source, name)) problems.push(`${source.fileName}: person ${name}`);
      }
      for (const event of world.events) {
        const phrases = [...event.aliases, ...event.keywords].flatMap((phrase) => [phrase.vi, phrase.en]).map(foldPhrase);
        const found = phrases.filter((phrase) => contains(source, phrase));
        if (source.manifest.events.includes(event.slug)) {
          if (found.length === 0) problems.push(`${source.fileName}: event ${event.slug} not named`);
        } else if (found.length > 0) problems.push(`${source.fileName}: event ${found[0]}`);
      }
      for (const topic of world.topics) {
        const hits = topic.keywords.reduce((sum, keyword) => sum + countPhrase(text, foldPhrase(keyword)), 0);
        if (source.manifest.topics.includes(topic.slug)) {
          if (hits < 3) problems.push(`${source.fileName}: topic ${topic.slug} has ${hits} hits`);
        } else if (hits > 0) problems.push(`${source.fileName}: topic ${topic.slug} has stray hits`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("mention the names the taxonomy lacks that the manifest lists", () => {
    const withUnknown = sources.filter((source) => source.manifest.unknownNames.length > 0);
    expect(withUnknown.length).toBeGreaterThan(10);
    for (const source of withUnknown) {
      for (const name of source.manifest.unknownNames) expect(source.text).toContain(name);
    }
  });

  it("state the intended date the way their format does", () => {
    for (const { text, manifest } of sources) {
      const day = dayOf(manifest.date);
      expect(manifest.date >= "2016-01-01" && manifest.date <= "2025-12-31").toBe(true);
      if (manifest.format === "caption-lede" || manifest.format === "dateline-signoff") {
        expect(text.startsWith(` date ${manifest.date} `)).toBe(true);
      } else if (manifest.format === "scraped-page") {
        expect(text).toContain(`${manifest.publisher}${manifest.publisher}${dayFirst(day)}`);
      } else {
        // No date at all: the lede dates the meeting, the text gives the year.
        expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b|\d{2}\/\d{2}\/\d{4}/);
        expect(text).toMatch(new RegExp(`On the (morning|afternoon|evening) of ${monthDay(day)},`));
        expect(text).toContain(manifest.date.slice(0, 4));
        expect(manifest.dateInferred).toBe(true);
      }
    }
  });

  it("show every feature of the seeds within the first 50", () => {
    const sample = sources.slice(0, 50).map((source) => source.text);
    const features: Record<string, RegExp> = {
      "leading date marker then caption (000)": /^ date \d{4}-\d{2}-\d{2} [^\n]+\(Photo: [^)]+\)\n/,
      "leading date marker then dateline (003, 004)": /^ date \d{4}-\d{2}-\d{2} [A-ZÀ-Ỹ ]+ — \S/u,
      "HÀ NỘI dateline": /^ date \d{4}-\d{2}-\d{2} HÀ NỘI — /,
      "VNS sign-off": / — VNS$/,
      "sentences glued across paragraphs": /[a-z]\.[A-Z][a-z]/,
      "site banner": /^Vietnam\.vn - Nền tảng quảng bá Việt Nam\n\n/,
      "glued byline and day-first date": /^(.+)\1\d{2}\/\d{2}\/\d{4}$/mu,
      "Photo caption placeholder": /^Photo caption$/m,
      "doubled placeholder": /^Photo caption\n\nPhoto caption$/m,
      "caption credited to a VNA photographer": /^.+\. Photo: [^/\n]+\/VNA$/m,
      "author line": /^.+ \(Vietnam News Agency\)$/m,
      "source URL": /^Source: https:\/\/\S+$/m,
      "navigation tail": /Comment \(0\)\n\nNo data\nNo data\n\nSame tag\n\nSame category/,
      "Author | line": /^[^\n|]+ \|$/m,
      "undated lede": /^On the (morning|afternoon|evening) of [A-Z][a-z]+ \d{1,2}, /m,
      "related-news tail": /\nTIN LIÊN QUAN\n\n.+\n\n\|\n\n/,
    };
    const missing = Object.entries(features)
      .filter(([, pattern]) => !sample.some((text) => pattern.test(text)))
      .map(([name]) => name);
    expect(missing).toEqual([]);
  });

  it("make a few tags very common and most rare (Zipf-like)", () => {
    const counts = new Map<string, number>(world.people.map((person) => [person.slug, 0]));
    for (const { manifest } of sources) for (const slug of manifest.people) counts.set(slug, (counts.get(slug) ?? 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    const median = sorted[Math.floor(sorted.length / 2)] as number;
    expect(sorted[0]).toBeGreaterThan(20 * Math.max(1, median));
    expect(sorted.filter((count) => count === 0).length).toBeGreaterThan(100);
    const topicCounts = new Map<string, number>();
    for (const { manifest } of sources) for (const slug of manifest.topics) topicCounts.set(slug, (topicCounts.get(slug) ?? 0) + 1);
    const topicSorted = [...topicCounts.values()].sort((a, b) => b - a);
    expect(topicSorted[0]).toBeGreaterThan(5 * (topicSorted[topicSorted.length - 1] as number));
  });

  it("spread their dates over the ten years and mix the four formats", () => {
    const years = new Set(sources.map((source) => source.manifest.date.slice(0, 4)));
    expect(years.size).toBe(10);
    const formats = new Map<string, number>();
    for (const { manifest } of sources) formats.set(manifest.format, (formats.get(manifest.format) ?? 0) + 1);
    expect(formats.size).toBe(4);
    for (const count of formats.values()) expect(count).toBeGreaterThan(sources.length * 0.1);
  });

  it("reuse a title now and then, as real desks do, but rarely", () => {
    const titles = [...synthesizeSources(world, SEED, 2000)]
      .map((source) => source.manifest.title)
      .filter((title): title is string => title !== null);
    const repeats = titles.length - new Set(titles).size;
    expect(repeats).toBeGreaterThan(0);
    expect(repeats).toBeLessThan(titles.length * 0.05);
  });

  it("name the organisations and places the manifest lists, in the body", () => {
    const terms = new Map([...world.organisations, ...world.places].map((term) => [term.slug, term]));
    const named = sources.filter((source) => source.manifest.organisations.length + source.manifest.places.length > 0);
    expect(named.length).toBeGreaterThan(sources.length * 0.4);
    const problems: string[] = [];
    for (const source of named) {
      for (const slug of [...source.manifest.organisations, ...source.manifest.places]) {
        const term = terms.get(slug);
        if (!term) problems.push(`${source.fileName}: ${slug} is in no taxonomy file`);
        else if (!contains(source, foldPhrase(term.vi)) && !contains(source, foldPhrase(term.en)))
          problems.push(`${source.fileName}: ${slug} not named`);
      }
    }
    expect(problems).toEqual([]);
    // An article about oil names an oil company far more often than the others do.
    const oilCompany = (source: SynthSource) =>
      source.manifest.organisations.some((slug) => ["vietsovpetro", "petrovietnam", "gazprom", "zarubezhneft"].includes(slug));
    const share = (list: SynthSource[]) => list.filter(oilCompany).length / Math.max(1, list.length);
    const [oil, other] = [
      sources.filter((source) => source.manifest.topics.includes("oil-and-gas")),
      sources.filter((source) => !source.manifest.topics.includes("oil-and-gas")),
    ];
    expect(share(oil)).toBeGreaterThan(3 * share(other));
  });

  it("report some meetings more than once: another outlet, the same day or the next, the same event, people and topics", () => {
    const reports = sources.filter((source) => source.manifest.storyOf !== null);
    expect(reports.length).toBeGreaterThan(sources.length * 0.05);
    for (const report of reports) {
      const firstSource = sources[report.manifest.storyOf as number]!;
      const first = firstSource.manifest;
      expect(first.storyOf, report.fileName).toBeNull();
      expect(report.manifest.events[0]).toBe(first.events[0]);
      expect(report.manifest.people).toEqual(first.people);
      expect(report.manifest.topics).toEqual(first.topics);
      expect(Math.abs(dayOf(report.manifest.date) - dayOf(first.date)), report.fileName).toBeLessThanOrEqual(1);
      expect(report.manifest.format).not.toBe("author-undated");
      expect(report.text).not.toBe(firstSource.text);
    }
  });

  it("recall earlier events only, and date the main event's articles near it", () => {
    for (const { manifest } of sources) {
      const day = dayOf(manifest.date);
      const [main, earlier] = manifest.events.map((slug) => events.get(slug));
      if (main) {
        expect(day).toBeGreaterThanOrEqual(main.startDay - 4);
        expect(day).toBeLessThanOrEqual(main.endDay + 8);
      }
      if (earlier) expect(earlier.endDay).toBeLessThan(day);
    }
  });
});
