/**
 * What one synthetic article is about: its format, dates, people, events and
 * topics, drawn with Zipf-like popularity. Each article has its own random
 * stream, so article i is the same whatever N is.
 */
import { type Random, ZipfSampler } from "./random.ts";
import { ARCHIVE_FIRST_DAY, ARCHIVE_LAST_DAY, type SynthEvent } from "./events.ts";
import { foldPhrase } from "./phrase.ts";
import type { SynthPerson } from "./people.ts";
import type { SynthTopic } from "./topics.ts";
import type { SynthWorld } from "./world.ts";
import type { SynthInstitution, SynthOrganisation } from "./institutions.ts";

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
  /** Organisations and places the body names, once each. */
  organisations: SynthOrganisation[];
  places: SynthInstitution[];
  /** A person the taxonomy lacks, named once. */
  outsider?: SynthPerson;
  /**
   * Another outlet's report of the meeting article `storyOf` reports: same day
   * (or the day after), same event, people and topics, its own format and words.
   */
  storyOf?: number;
}

/** Samplers over the world, built once per run. */
export interface Popularity {
  bySlug: ReadonlyMap<string, SynthPerson>;
  people: ZipfSampler;
  events: ZipfSampler;
  topics: ZipfSampler;
  organisations: ZipfSampler;
  places: ZipfSampler;
}

export function popularityOf(world: SynthWorld): Popularity {
  return {
    bySlug: new Map(world.people.map((person) => [person.slug, person])),
    people: new ZipfSampler(world.people.length, 1),
    events: new ZipfSampler(world.events.length, 0.9),
    topics: new ZipfSampler(world.topics.length, 1),
    organisations: new ZipfSampler(world.organisations.length, 0.8),
    places: new ZipfSampler(world.places.length, 1),
  };
}

/**
 * Of the articles, this share report a meeting an article just before them
 * reported: several outlets cover one visit, and the archive groups them as a
 * story (src/model/stories.ts).
 */
const STORY_SHARE = 0.14;
/** How far back the first report may be: articles are written in no order of date, so any recent index will do. */
const STORY_REACH = 3;
/** Formats another outlet's report takes: each has its own publisher. An undated one is left out (its year comes from the text). */
const REPORT_FORMATS: readonly SourceFormat[] = ["caption-lede", "scraped-page", "dateline-signoff"];

/**
 * The plan of article `index` when it reports article `first`'s meeting, or
 * undefined when that article reports no event (without one, two reports are
 * told apart from two meetings of the same people only by their wording).
 * `first`'s plan is replayed from its own stream, so the result depends on
 * the seed and the two indexes only.
 */
function reportOf(world: SynthWorld, popularity: Popularity, random: Random, index: number, first: number): ArticlePlan | undefined {
  const base = planArticle(world, popularity, random.sibling(`article:${first}`), first);
  if (base.events.length === 0) return undefined;
  const format = random.pick(REPORT_FORMATS.filter((each) => each !== base.format));
  const day = base.storyDay === ARCHIVE_LAST_DAY || random.chance(0.5) ? base.storyDay : base.storyDay + 1;
  return {
    index,
    format,
    day,
    storyDay: base.storyDay,
    people: base.people,
    events: base.events,
    topics: base.topics,
    // Another outlet names the companies and places it chooses to.
    organisations: random.chance(0.5) ? base.organisations : [],
    places: base.places,
    storyOf: base.storyOf ?? first,
  };
}

/** 0–2 organisations, those the article's topics make news of first; 0–2 places. */
function institutionsFor(world: SynthWorld, popularity: Popularity, random: Random, topics: readonly SynthTopic[]) {
  const organisations: SynthOrganisation[] = [];
  const touches = (each: SynthOrganisation) => each.topics.some((slug) => topics.some((topic) => topic.slug === slug));
  // Those whose main business the article is about (Rosatom for nuclear power), else any it touches.
  const primary = world.organisations.filter((each) => topics.some((topic) => topic.slug === each.topics[0]));
  const topical = primary.length > 0 ? primary : world.organisations.filter(touches);
  if (topical.length > 0 && random.chance(0.55)) organisations.push(random.pick(topical));
  if (random.chance(0.3)) {
    const drawn = world.organisations[popularity.organisations.draw(random)] as SynthOrganisation;
    if (!organisations.includes(drawn)) organisations.push(drawn);
  }
  const places: SynthInstitution[] = [];
  for (const share of [0.45, 0.12]) {
    if (!random.chance(share)) continue;
    const drawn = world.places[popularity.places.draw(random)] as SynthInstitution;
    if (!places.includes(drawn)) places.push(drawn);
  }
  return { organisations, places };
}

const clampDay = (day: number) => Math.min(ARCHIVE_LAST_DAY, Math.max(ARCHIVE_FIRST_DAY, day));

/**
 * Article `index`'s plan, drawn from `random`, its own stream (`article:INDEX`
 * of the run's seed: a report of an earlier article replays that article's
 * stream under that name).
 */
export function planArticle(world: SynthWorld, popularity: Popularity, random: Random, index: number): ArticlePlan {
  if (index > 0 && random.chance(STORY_SHARE)) {
    const report = reportOf(world, popularity, random, index, index - random.int(1, Math.min(STORY_REACH, index)));
    if (report) return report;
  }
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
  const { organisations, places } = institutionsFor(world, popularity, random, topics);

  return { index, format, day, storyDay, people: chosen, events, topics, organisations, places, ...(outsider ? { outsider } : {}) };
}
