/**
 * Tags topics from evidence only: every hit of a topic's name, alias or keyword
 * adds to its score, and a topic needs a score of TOPIC_THRESHOLD to be tagged. A
 * phrase of two or more words ("nuclear power", "oil and gas") is specific and
 * weighs 2 — one hit is enough; a single word ("energy", "culture") weighs 1, so a
 * topic named once in a list of cooperation areas is not tagged. Hits in the title
 * count double.
 */
import type { Topic } from "../content/taxonomy-schema.ts";
import { contentPhraseKeys, type ContentStream } from "./content-words.ts";
import { findLongestMatches, PhraseTrie } from "./phrase-trie.ts";

export const TOPIC_THRESHOLD = 2;
export const MAX_TOPICS = 8;
const TITLE_FACTOR = 2;

interface TopicPhrase {
  topic: number;
  weight: number;
}

export interface CompiledTopics {
  slugs: string[];
  trie: PhraseTrie<TopicPhrase>;
}

export function compileTopics(topics: readonly Topic[]): CompiledTopics {
  const trie = new PhraseTrie<TopicPhrase>();
  topics.forEach((topic, index) => {
    const phrases = new Map<string, string[]>();
    for (const phrase of [topic.name, ...topic.aliases, ...topic.keywords]) {
      const keys = contentPhraseKeys(phrase);
      phrases.set(keys.join(" "), keys); // a phrase listed twice counts once
    }
    for (const keys of phrases.values()) trie.add(keys, { topic: index, weight: keys.length >= 2 ? 2 : 1 });
  });
  return { slugs: topics.map((topic) => topic.slug), trie };
}

export interface TopicScore {
  slug: string;
  score: number;
  /** Token index of the first hit. */
  first: number;
}

/** Every topic with at least one hit, with its score. */
export function scoreTopics(
  stream: ContentStream,
  compiled: CompiledTopics,
  isTitleToken: (tokenIndex: number) => boolean,
): TopicScore[] {
  const scores = new Map<number, TopicScore>();
  for (const match of findLongestMatches(compiled.trie, stream)) {
    const position = stream.origin[match.start] as number;
    const factor = isTitleToken(position) ? TITLE_FACTOR : 1;
    for (const phrase of match.result) {
      const score = scores.get(phrase.topic) ?? { slug: compiled.slugs[phrase.topic] as string, score: 0, first: position };
      score.score += phrase.weight * factor;
      scores.set(phrase.topic, score);
    }
  }
  return [...scores.values()];
}

/** The tagged topics: over the threshold, strongest first, then first mentioned, then by slug; at most eight. */
export function pickTopics(scores: readonly TopicScore[]): string[] {
  return scores
    .filter((topic) => topic.score >= TOPIC_THRESHOLD)
    .sort((a, b) => b.score - a.score || a.first - b.first || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
    .slice(0, MAX_TOPICS)
    .map((topic) => topic.slug);
}
