/**
 * What one synthetic article is about: its format, dates, people, events and
 * topics, drawn with Zipf-like popularity. Each article has its own random
 * stream, so article i is the same whatever N is.
 */
import { Random, ZipfSampler } from "./random.ts";
import { ARCHIVE_FIRST_DAY, ARCHIVE_LAST_DAY, type SynthEvent } from "./events.ts";
import { foldPhrase } from "./phrase.ts";
import type { SynthPerson } from "./people.ts";
import type { SynthTopic } from "./topics.ts";
import type { SynthWorld } from "./world.ts";

/** The seeds' four layouts (000; 001; 002; 003 and 004). */
export const SOURCE_FORMATS = ["caption-lede", "scraped-page", "author-undated", "dateline-signoff"] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

const FORMAT_WEIGHTS: Record<SourceFormat, number> = {
  "caption-lede": 25,
  "scraped-page": 25,
  "author-undated": 20,
  "dateline-signoff": 30,
};

export interface ArticlePlan {
  index: number;
  format: SourceFormat;
  /** Publication day (what the source's date says, or the story day when it says none). */
  day: number;
  /** The day the reported meeting took place: the lede's date. */
  storyDay: number;
  /** In order of appearance: the first two meet in the lede. */
  people: SynthPerson[];
  /** The main event first, then an earlier event the article recalls. */
  events: SynthEvent[];
  topics: SynthTopic[];
  /** A person the taxonomy lacks, named once. */
  outsider?: SynthPerson;
}

/** Samplers over the world, built once per run. */
export interface Popularity {
  bySlug: ReadonlyMap<string, SynthPerson>;
  people: ZipfSampler;
  events: ZipfSampler;
  topics: ZipfSampler;
}

export function popularityOf(world: SynthWorld): Popularity {
  return {
    bySlug: new Map(world.people.map((person) => [person.slug, person])),
    people: new ZipfSampler(world.people.length, 1),
    events: new ZipfSampler(world.events.length, 0.9),
    topics: new ZipfSampler(world.topics.length, 1),
  };
}

const clampDay = (day: number) => Math.min(ARCHIVE_LAST_DAY, Math.max(ARCHIVE_FIRST_DAY, day));

export function planArticle(world: SynthWorld, popularity: Popularity, random: Random, index: number): ArticlePlan {
  const formats = Object.keys(FORMAT_WEIGHTS) as SourceFormat[];
  const format = formats[random.weightedIndex(Object.values(FORMAT_WEIGHTS))] as SourceFormat;

  const eventCount = random.weightedIndex([40, 45, 15]);
  const events: SynthEvent[] = [];
  let storyDay: number;
  if (eventCount > 0) {
    const main = world.events[popularity.events.draw(random)] as SynthEvent;
    events.push(main);
    // Previews a few days ahead, coverage during, follow-ups a week after. An
    // undated source must not straddle New Year: its year comes from the text.
    const yearEnd = Date.UTC(new Date(main.startDay * 86_400_000).getUTCFullYear(), 11, 31) / 86_400_000;
    storyDay =
      format === "author-undated"
        ? clampDay(random.int(main.startDay, Math.min(main.endDay + 7, yearEnd)))
        : clampDay(random.int(main.startDay - 4, main.endDay + 7));
  } else {
    storyDay = random.int(ARCHIVE_FIRST_DAY, ARCHIVE_LAST_DAY);
  }
  if (eventCount > 1) {
    for (let attempt = 0; attempt < 30; attempt++) {
      const earlier = world.events[popularity.events.draw(random)] as SynthEvent;
      if (earlier.endDay < storyDay - 7 && !events.includes(earlier)) {
        events.push(earlier);
        break;
      }
    }
  }
  const sameDay = format === "author-undated" || storyDay === ARCHIVE_LAST_DAY || random.chance(0.4);
  const day = sameDay ? storyDay : storyDay + 1;

  const required: SynthPerson[] = [];
  for (const slug of [...(events[0]?.people ?? []), ...(events[1]?.namedPeople ?? [])]) {
    const person = popularity.bySlug.get(slug);
    if (person && !required.includes(person)) required.push(person);
  }
  const wanted = Math.min(5, Math.max(random.int(2, 5), required.length));
  const shortNames = new Set(required.map((person) => foldPhrase(person.shortName.vi)));
  const chosen = [...required];
  const extra = popularity.people.drawDistinct(random, wanted - required.length, (candidate) => {
    const person = world.people[candidate] as SynthPerson;
    // Two people with one short name would make "Hùng said" ambiguous.
    if (chosen.includes(person) || shortNames.has(foldPhrase(person.shortName.vi))) return false;
    shortNames.add(foldPhrase(person.shortName.vi));
    chosen.push(person);
    return true;
  });
  if (chosen.length < 2) throw new Error(`article ${index}: could not find two people (${extra.length} drawn)`);

  // An article about a storm is about natural disasters, whatever else it covers.
  const implied = world.topics.filter((topic) => events[0]?.topics.includes(topic.slug));
  const drawn = popularity.topics
    .drawDistinct(random, random.int(2, 4) - implied.length, (topicIndex) => !implied.includes(world.topics[topicIndex] as SynthTopic))
    .map((topicIndex) => world.topics[topicIndex] as SynthTopic);
  const topics = [...implied, ...drawn];
  const outsider = random.chance(0.12) ? random.pick(world.outsiders) : undefined;

  return { index, format, day, storyDay, people: chosen, events, topics, ...(outsider ? { outsider } : {}) };
}
