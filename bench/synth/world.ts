/**
 * Everything the articles are written about, made once per seed: the cast,
 * the events, the topics, and the taxonomy files that describe them.
 */
import { stringify } from "yaml";
import { Random } from "./random.ts";
import { generateCast, type Cast } from "./people.ts";
import { generateEvents, type SynthEvent } from "./events.ts";
import { generateTopics, type SynthTopic } from "./topics.ts";
import { isoOf } from "./dates.ts";
import { institutionTerms, ORGANISATIONS, TAGGED_PLACES, type SynthInstitution, type SynthOrganisation } from "./institutions.ts";

export const WORLD_SIZES = {
  people: 400,
  events: 120,
  topics: 30,
  outsiders: 60,
  authors: 30,
  photographers: 16,
} as const;

export interface SynthWorld extends Cast {
  events: SynthEvent[];
  topics: SynthTopic[];
  /** Fixed lists, the same for every seed: real names (institutions.ts). */
  organisations: readonly SynthOrganisation[];
  places: readonly SynthInstitution[];
}

export function generateWorld(seed: string): SynthWorld {
  const random = new Random(seed, "world");
  const cast = generateCast(random, WORLD_SIZES);
  const events = generateEvents(random, cast.people, WORLD_SIZES.events);
  return { ...cast, events, topics: generateTopics(), organisations: ORGANISATIONS, places: TAGGED_PLACES };
}

const unique = (values: readonly string[]) => [...new Set(values)];

/** The taxonomy as plain data, in the shape of `src/content/taxonomy-schema.ts`. */
export function taxonomyData(world: SynthWorld) {
  return {
    people: world.people.map((person) => ({
      name: person.name.vi,
      slug: person.slug,
      description: person.role.description.vi,
      aliases: person.aliases,
      shortNames: [person.shortName.vi],
    })),
    // Written in date order: the file an editor would keep.
    events: [...world.events]
      .sort((a, b) => a.startDay - b.startDay || a.slug.localeCompare(b.slug))
      .map((event) => ({
        name: event.name,
        slug: event.slug,
        description: event.description,
        start: isoOf(event.startDay),
        ...(event.endDay > event.startDay ? { end: isoOf(event.endDay) } : {}),
        aliases: unique(event.aliases.flatMap((alias) => [alias.vi, alias.en])).filter((alias) => alias !== event.name),
        keywords: unique(event.keywords.flatMap((keyword) => [keyword.vi, keyword.en])),
        people: event.people,
      })),
    topics: world.topics.map((topic) => ({
      name: topic.name,
      slug: topic.slug,
      description: topic.description,
      keywords: topic.keywords,
    })),
    organisations: institutionTerms(world.organisations),
    places: institutionTerms(world.places),
  };
}

/** `people.yaml`, `events.yaml`, `topics.yaml`, `organisations.yaml`, `places.yaml`. */
export function taxonomyFiles(world: SynthWorld, seed: string): Record<string, string> {
  const data = taxonomyData(world);
  const header = `# Synthetic taxonomy written by \`npm run synth\` (seed ${JSON.stringify(seed)}).\n`;
  const yaml = (value: unknown) => header + stringify(value, { lineWidth: 0 });
  return {
    "people.yaml": yaml(data.people),
    "events.yaml": yaml(data.events),
    "topics.yaml": yaml(data.topics),
    "organisations.yaml": yaml(data.organisations),
    "places.yaml": yaml(data.places),
  };
}
