/**
 * The sentence bank: neutral news-agency prose with slots for people, event
 * phrases, topic keywords and dates. The neutral parts carry no topic keyword
 * and no name (a test checks it), so every hit in an article was put there on
 * purpose.
 */
import type { Random } from "./random.ts";

// biome-ignore format: a word list packed by hand
const SUBJECTS = [
  "The two sides", "Officials from both countries", "Delegates", "Participants", "The delegations",
  "Senior officials", "Representatives of the ministries", "Local leaders", "Members of the delegation",
];

// biome-ignore format: a word list packed by hand
const COMMITMENTS = [
  "agreed to", "pledged to", "discussed ways to", "called for efforts to", "decided to",
  "committed to", "expressed their readiness to", "proposed steps to",
];

// biome-ignore format: a word list packed by hand
const ACTIONS = [
  "maintain regular exchanges at all levels", "review the implementation of signed agreements",
  "remove bottlenecks in a timely manner", "share experience in public administration",
  "strengthen coordination between their agencies", "set up working groups on specific projects",
  "follow up on the commitments made at earlier meetings", "simplify administrative procedures",
  "draw up a detailed plan of action", "keep each other informed of new developments",
  "hold the next round of talks later in the year", "assign clear responsibilities to each agency",
  "make the most of existing mechanisms", "ensure that agreements are carried out on schedule",
  "improve the quality of consultations", "expand contacts between localities",
];

// biome-ignore format: a word list packed by hand
const TAILS = [
  "", "", " in the coming months", " over the next five years", " in a practical and effective manner",
  " as soon as possible", " without delay",
];

const CLAUSES = [
  "the results achieved so far had laid a solid foundation for the years ahead",
  "there was still much room for the two sides to work together",
  "the two sides shared many common views on the matters discussed",
  "regular dialogue helped both sides understand each other better",
  "the meeting had taken place in an open and friendly atmosphere",
  "the plans agreed at the meeting would be followed up closely",
  "the two countries had a long history of mutual support",
  "the coming period would bring both opportunities and challenges",
  "more needed to be done to turn agreements into concrete results",
  "both sides valued the friendship built by previous generations",
  "the working groups had made steady progress since the last meeting",
  "agencies should report regularly on the progress of each task",
  "the outcome of the talks reflected the goodwill of both sides",
  "each agency would be held responsible for the tasks assigned to it",
  "the remaining obstacles could be overcome through closer consultation",
];

const STANDALONE = [
  "The meeting took place in an open and friendly atmosphere.",
  "Both sides spoke highly of the preparations made by the organisers.",
  "The session ended with the adoption of a joint plan of action.",
  "A number of documents were signed on the sidelines of the meeting.",
  "The two delegations also held separate working sessions in the afternoon.",
  "Details of the agreements were not made public at the time.",
  "A joint statement is expected to be released in the coming days.",
  "The programme of the visit also included meetings with local authorities.",
  "Both sides said they were satisfied with the outcome of the discussions.",
  "Further consultations are scheduled to take place before the end of the year.",
];

const STATEMENTS: ReadonlyArray<(s: string, random: Random) => string> = [
  (s, r) => `${s} said that ${r.pick(CLAUSES)}.`,
  (s, r) => `${s} stressed the need to ${r.pick(ACTIONS)}${r.pick(TAILS)}.`,
  (s, r) => `According to ${s}, ${r.pick(CLAUSES)}.`,
  (s, r) => `${s} expressed confidence that ${r.pick(CLAUSES)}.`,
  (s, r) => `${s} proposed that the two sides ${r.pick(ACTIONS)}${r.pick(TAILS)}.`,
  (s, r) => `Speaking at the event, ${s} noted that ${r.pick(CLAUSES)}.`,
  (s, r) => `${s} asked the relevant agencies to ${r.pick(ACTIONS)}${r.pick(TAILS)}.`,
  (s, r) => `${s} welcomed the proposal and said that ${r.pick(CLAUSES)}.`,
  (s, r) => `${s} affirmed that ${r.pick(CLAUSES)}, and urged both sides to ${r.pick(ACTIONS)}.`,
];

/** A clause to follow "saying that": no name, keyword or date. */
export function reason(random: Random): string {
  return random.pick(CLAUSES);
}

/** A sentence with no name, keyword or date in it. */
export function neutralSentence(random: Random): string {
  const shape = random.int(0, 3);
  if (shape === 0) return random.pick(STANDALONE);
  if (shape === 1) return `${random.pick(SUBJECTS)} said that ${random.pick(CLAUSES)}.`;
  return `${random.pick(SUBJECTS)} ${random.pick(COMMITMENTS)} ${random.pick(ACTIONS)}${random.pick(TAILS)}.`;
}

/** Something a named person said; `subject` is how the person is named here. */
export function statement(random: Random, subject: string): string {
  return random.pick(STATEMENTS)(subject, random);
}

/** A sentence carrying one topic keyword (a noun phrase, never first in the sentence). */
export function topicSentence(random: Random, keyword: string, subject: string): string {
  return random.pick([
    `The talks also covered ${keyword}.`,
    `${subject} spoke about ${keyword} at length.`,
    `Both sides named ${keyword} as an area with great potential.`,
    `Figures on ${keyword} were presented at the meeting.`,
    `Officials said ${keyword} would receive more attention in the period ahead.`,
    `A report on ${keyword} was circulated before the session.`,
    `The delegations exchanged views on ${keyword}.`,
    `${subject} said that progress on ${keyword} had been encouraging.`,
  ]);
}

/** Names the article's main event; `event` is a noun phrase ("the 2024 ASEAN Summit"). */
export function eventSentence(random: Random, event: string, subject: string): string {
  return random.pick([
    `The meeting took place on the occasion of ${event}.`,
    `Much of the discussion focused on ${event}.`,
    `${subject} spoke at length about ${event}.`,
    `The agenda of the day was closely linked to ${event}.`,
    `Officials described ${event} as a milestone for both sides.`,
    `${subject} said that ${event} deserved the attention of the whole society.`,
  ]);
}

/** Evidence for the main event without naming it: `keyword` is a noun phrase. */
export function eventEvidenceSentence(random: Random, keyword: string): string {
  return random.pick([
    `Observers said the ${keyword} had drawn wide attention.`,
    `Preparations for the ${keyword} were reviewed in detail.`,
    `Many of the tasks discussed were linked to the ${keyword}.`,
  ]);
}

/** Recalls an earlier event: `when` is `June 2024`. */
export function recallSentence(random: Random, event: string, when: string, subject: string): string {
  return random.pick([
    `${subject} recalled the good results of ${event} in ${when}.`,
    `Both sides said they would build on the outcome of ${event} in ${when}.`,
    `${subject} referred to the agreements reached during ${event} in ${when}.`,
  ]);
}

/** Gives the year, which an undated source needs for its date. */
export function yearSentence(random: Random, year: number, subject: string): string {
  return random.pick([
    `Both sides agreed to make ${year} a year of concrete results.`,
    `${subject} said the tasks set for ${year} would be carried out in full.`,
    `The plan of action for ${year} was approved at the end of the meeting.`,
    `${subject} expressed the hope that ${year} would bring new progress.`,
    `${subject} said that the results achieved in ${year} showed the value of close consultation.`,
    `The two sides reviewed the exchanges held in ${year} so far.`,
  ]);
}

const ORGANISATION_SENTENCES: ReadonlyArray<(organisation: string, subject: string) => string> = [
  (o) => `Representatives of ${o} also took part in the talks.`,
  (o, s) => `${s} said that the projects involving ${o} were going well.`,
  (o) => `Both sides reviewed the work of ${o} over the past year.`,
  (o) => `A delegation from ${o} was received on the same day.`,
  (o, s) => `${s} thanked ${o} for its contribution.`,
  (o) => `Officials said ${o} would be consulted on the next steps.`,
];

const CITY_SENTENCES: ReadonlyArray<(place: string, subject: string) => string> = [
  (p) => `A follow-up meeting is planned in ${p}.`,
  (p) => `Part of the programme took place in ${p}.`,
  (p, s) => `${s} said that the delegation would travel on to ${p}.`,
  (p) => `Officials from ${p} also attended.`,
];

/** For a sea or a delta ("the East Sea"): nobody travels on to it. */
const AREA_SENTENCES: ReadonlyArray<(place: string, subject: string) => string> = [
  (p) => `The two sides also discussed the situation in ${p}.`,
  (p, s) => `${s} spoke about developments in ${p}.`,
];

/** Names an organisation (a noun phrase, "the State Duma"), never first in the sentence. */
export function organisationSentence(random: Random, organisation: string, subject: string): string {
  return random.pick(ORGANISATION_SENTENCES)(organisation, subject);
}

/** Names a place (a noun phrase, "Kazan", "the East Sea": an `area`), never first in the sentence. */
export function placeSentence(random: Random, place: string, subject: string, area: boolean): string {
  return random.pick(area ? AREA_SENTENCES : CITY_SENTENCES)(place, subject);
}

/** Introduces people named for the first time, after the lede. */
export function attendanceSentence(random: Random, introductions: readonly string[]): string {
  const list =
    introductions.length === 1
      ? (introductions[0] as string)
      : `${introductions.slice(0, -1).join(", ")} and ${introductions[introductions.length - 1]}`;
  const verb = introductions.length === 1 ? "was" : "were";
  return random.pick([`Also present at the meeting ${verb} ${list}.`, `The meeting was also attended by ${list}.`]);
}

/** Whitespace-separated words (a hand loop: this runs for every sentence of every article). */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || code === 10 || code === 9 || code === 13;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

export const NEUTRAL_TEXT_FOR_CHECKS = [
  ...SUBJECTS,
  ...COMMITMENTS,
  ...ACTIONS,
  ...TAILS,
  ...CLAUSES,
  ...STANDALONE,
  // The frames around an organisation's or a place's name, with the slots left empty.
  ...ORGANISATION_SENTENCES.map((sentence) => sentence("", "")),
  ...[...CITY_SENTENCES, ...AREA_SENTENCES].map((sentence) => sentence("", "")),
];
