/**
 * What every source format shares: where the meeting happens, the headline in
 * the sites' style, a photo caption, and the verbs of meeting.
 */
import type { ArticlePlan } from "./article-plan.ts";
import { pickAlias, type Writer } from "./article-writer.ts";
import { STOCK_TITLES } from "./boilerplate.ts";
import type { SynthPerson } from "./people.ts";
import { RUSSIA, VIETNAM, type Place } from "./places.ts";
import type { Random } from "./random.ts";
import { keywordInText } from "./topics.ts";

export interface Scene {
  place: Place;
  venue: string;
}

/** Where the lede's meeting happens: the visited capital, else Hà Nội or Moscow. */
export function sceneOf(random: Random, plan: ArticlePlan, writer: Writer): Scene {
  const main = plan.events[0];
  const inRussia = main?.name.includes("visit to Russia") || (!main?.name.includes("visit to") && random.chance(0.2));
  if (inRussia) {
    return {
      place: RUSSIA.capital,
      venue: random.pick(["the Kremlin", "the Russian Government Headquarters in Moscow", "the State Duma building in Moscow"]),
    };
  }
  const capital = writer.spell(VIETNAM.capital);
  return {
    place: VIETNAM.capital,
    venue: random.pick([
      "the Party Central Committee Headquarters",
      "the Government Headquarters",
      "the Presidential Palace",
      "the National Assembly House",
      `the Government Guest House in ${capital}`,
    ]),
  };
}

export const MEETS = ["receives", "holds talks with", "meets", "welcomes"];
export const MET = ["received", "held talks with", "met", "welcomed"];

export function people2(plan: ArticlePlan): [SynthPerson, SynthPerson] {
  return [plan.people[0] as SynthPerson, plan.people[1] as SynthPerson];
}

/**
 * A headline in the sites' style. Titles are mostly unique, as people, verbs,
 * topics and events combine; a few stock titles recur, as they do on real desks
 * (and give the ingest its slug collisions).
 */
export function headline(random: Random, writer: Writer, plan: ArticlePlan): string {
  if (random.chance(0.012)) return random.pick(STOCK_TITLES);
  const [first, second] = people2(plan);
  const topic = random.pick(plan.topics);
  const keyword = keywordInText(random.pick(topic.keywords));
  const other = keywordInText(random.pick(random.pick(plan.topics).keywords));
  const main = plan.events[0];
  const roll = random.float();
  const angle = random.pick([
    "new momentum for",
    "practical steps on",
    "a roadmap for",
    "closer coordination on",
    "fresh impetus to",
    "priorities in",
  ]);
  if (main && roll < 0.35) {
    const event = writer.event(pickAlias(random, main));
    return random.pick([
      `${writer.formal(first)} highlights ${keyword} at ${event}`,
      `${writer.formal(first)} and ${writer.formal(second)} discuss ${keyword} ahead of ${event}`,
      `${event[0]?.toUpperCase()}${event.slice(1)}: ${writer.formal(first)} seeks ${angle} ${keyword}`,
      `${writer.formal(first)} links ${keyword} and ${other} to ${event}`,
    ]);
  }
  if (roll < 0.55) {
    return random.pick([
      `${writer.formal(first)} calls for stronger cooperation in ${keyword}`,
      `${writer.formal(first)} urges ${angle} ${keyword}`,
      `${writer.formal(first)} puts ${keyword} and ${other} at the top of the agenda`,
    ]);
  }
  const meets = random.pick(["meets with", "receives", "holds talks with", "welcomes", "hosts"]);
  const purpose = random.pick([
    ` to discuss ${keyword}`,
    ` on ${keyword} and ${other}`,
    `, discusses ${keyword}`,
    `, seeks ${angle} ${keyword}`,
    ` in ${writer.spell(sceneOf(random, plan, writer).place)}`,
  ]);
  return `${writer.formal(first)} ${meets} ${writer.titled(second)}${purpose}`;
}

export function captionOf(random: Random, writer: Writer, plan: ArticlePlan): string {
  const [first, second] = random.shuffled(plan.people);
  return random.pick([
    `${writer.titled(first as SynthPerson)} ${random.pick(MEETS)} ${writer.titled(second as SynthPerson)}`,
    `${writer.formal(first as SynthPerson)} and the delegation at the meeting with ${writer.titled(second as SynthPerson)}`,
    "Delegates at the meeting",
    "An overview of the talks",
  ]);
}
