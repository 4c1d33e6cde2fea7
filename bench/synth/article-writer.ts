/**
 * Writes an article's body from its plan: people named in full first and by
 * short name after, events by their alias phrases and keywords, topics by
 * enough keyword hits to pass a threshold, neutral sentences to fill it out to
 * 600–900 words. Spelling follows the source's style: Viet Nam News keeps the
 * diacritics ("Phạm Minh Chính", "Việt Nam"), other sites drop them.
 */
import type { Random } from "./random.ts";
import type { ArticlePlan } from "./article-plan.ts";
import type { EventPhrase, SynthEvent } from "./events.ts";
import type { SynthPerson } from "./people.ts";
import { keywordInText } from "./topics.ts";
import { spell, type Place } from "./places.ts";
import type { SynthInstitution } from "./institutions.ts";
import { monthYear, yearOf } from "./dates.ts";
import {
  attendanceSentence,
  countWords,
  eventEvidenceSentence,
  eventSentence,
  neutralSentence,
  organisationSentence,
  placeSentence,
  recallSentence,
  statement,
  topicSentence,
  yearSentence,
} from "./sentences.ts";

export const MIN_WORDS = 600;
export const MAX_WORDS = 900;

export interface WritingStyle {
  diacritics: boolean;
  /** `'`, `’`, or `mixed` (per sentence, as seed 000 does). */
  apostrophe: "'" | "’" | "mixed";
}

export class Writer {
  constructor(
    readonly random: Random,
    readonly style: WritingStyle,
  ) {}

  spell(place: Place): string {
    return spell(place, this.style.diacritics);
  }

  fullName(person: SynthPerson): string {
    return this.spell(person.name);
  }

  /** The full office and name: "Russian Prime Minister Mikhail Mishustin". */
  titled(person: SynthPerson): string {
    return `${this.spell(person.role.title)} ${this.fullName(person)}`;
  }

  /**
   * The titled alias, "Prime Minister Phạm Minh Chính", when the person has it;
   * otherwise the full office: the short title might read as someone else's
   * alias ("Chairman Vương…").
   */
  formal(person: SynthPerson): string {
    return person.formalName ? `${person.role.formal} ${this.fullName(person)}` : this.titled(person);
  }

  /** A first mention: always a form the taxonomy knows (name or alias). */
  introduce(person: SynthPerson): string {
    const roll = this.random.float();
    if (person.patronymicName && roll < 0.1) return `${this.spell(person.role.title)} ${person.patronymicName}`;
    if (roll < 0.65) return this.titled(person);
    if (roll < 0.8) return this.fullName(person);
    return this.formal(person);
  }

  /**
   * A later mention: the short name, bare or titled ("Chính", "PM Chính"). A
   * titled short form is used only when it is the person's own alias: "Minister
   * Hùng" may belong to another Hùng.
   */
  refer(person: SynthPerson): string {
    if (person.titledShort && this.random.chance(0.5)) return this.spell(person.titledShort);
    return this.spell(person.shortName);
  }

  /** An organisation or a place as running text names it: "the State Duma", "Kazan". */
  institution(term: SynthInstitution): string {
    return `${term.definite ? "the " : ""}${this.spell(term)}`;
  }

  event(phrase: EventPhrase): string {
    return `${phrase.definite ? "the " : ""}${this.spell(phrase)}`;
  }

  /** Applies the source's apostrophe to a finished sentence. */
  finish(sentence: string): string {
    const apostrophe = this.style.apostrophe === "mixed" ? this.random.pick(["'", "’"]) : this.style.apostrophe;
    return apostrophe === "'" ? sentence : sentence.replace(/'/g, apostrophe);
  }
}

export interface WrittenBody {
  /** Paragraphs after the lede, in order. */
  paragraphs: string[];
  /** Words of the lede, the paragraphs and anything else counted as body by the caller. */
  words: number;
}

/**
 * The paragraphs that follow the lede. `ledeWords` counts the words the
 * caller already wrote (sapo, lede) so the whole body lands in 600–900 words;
 * `introduced` are the people the lede already named in full.
 */
export function writeBody(writer: Writer, plan: ArticlePlan, ledeWords: number, introduced: readonly SynthPerson[]): WrittenBody {
  const { random } = writer;
  const anyone = () => random.pick(plan.people);
  const newcomers = plan.people.filter((person) => !introduced.includes(person));
  const [main, earlier] = plan.events;

  const early: string[] = [];
  if (newcomers.length > 0)
    early.push(
      attendanceSentence(
        random,
        newcomers.map((person) => writer.introduce(person)),
      ),
    );
  if (main) early.push(eventSentence(random, writer.event(pickAlias(random, main)), writer.refer(plan.people[0] as SynthPerson)));

  const late: string[] = [];
  for (const [position, person] of plan.people.entries()) {
    const times = position < 2 ? 2 : 1;
    for (let i = 0; i < times; i++) late.push(statement(random, writer.refer(person)));
  }
  for (const topic of plan.topics) {
    // Three hits on three different keywords: evidence any threshold should accept.
    const keywords = random.shuffled(topic.keywords).slice(0, 3);
    for (const keyword of keywords) late.push(topicSentence(random, keywordInText(keyword), writer.refer(anyone())));
  }
  if (main) {
    const keyword = main.keywords[0];
    if (keyword) late.push(eventEvidenceSentence(random, writer.spell(keyword)));
    if (random.chance(0.5)) late.push(eventSentence(random, writer.event(pickAlias(random, main)), writer.refer(anyone())));
  }
  if (earlier) {
    late.push(recallSentence(random, writer.event(pickAlias(random, earlier)), monthYear(earlier.startDay), writer.refer(anyone())));
  }
  if (plan.format === "author-undated" || random.chance(0.5)) {
    late.push(yearSentence(random, yearOf(plan.storyDay), writer.refer(anyone())));
  }
  for (const organisation of plan.organisations)
    late.push(organisationSentence(random, writer.institution(organisation), writer.refer(anyone())));
  for (const place of plan.places) late.push(placeSentence(random, writer.institution(place), writer.refer(anyone()), place.definite));
  if (plan.outsider) late.push(statement(random, writer.titled(plan.outsider)));

  const sentences = [...early, ...random.shuffled(late)].map((sentence) => writer.finish(sentence));
  let words = ledeWords + sentences.reduce((sum, sentence) => sum + countWords(sentence), 0);
  const target = random.int(MIN_WORDS + 40, MAX_WORDS - 40);
  for (let attempt = 0; words < target && attempt < 500; attempt++) {
    const filler = writer.finish(neutralSentence(random));
    const fillerWords = countWords(filler);
    if (words + fillerWords > MAX_WORDS) continue;
    // Anywhere after the introductions, so short names never come first.
    sentences.splice(random.int(early.length, sentences.length), 0, filler);
    words += fillerWords;
  }
  return { paragraphs: groupIntoParagraphs(random, sentences), words };
}

/** An alias of the event, or its name: both name it outright. */
export function pickAlias(random: Random, event: SynthEvent): EventPhrase {
  return random.pick(event.aliases);
}

function groupIntoParagraphs(random: Random, sentences: readonly string[]): string[] {
  const paragraphs: string[] = [];
  for (let at = 0; at < sentences.length; ) {
    const size = random.int(1, 3);
    paragraphs.push(sentences.slice(at, at + size).join(" "));
    at += size;
  }
  return paragraphs;
}
