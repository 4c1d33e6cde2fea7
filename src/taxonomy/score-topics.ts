/**
 * Tags topics from weighted evidence, the way an editor reads: what the title
 * and the lede are about weighs more than the body, a subject the article comes
 * back to sentence after sentence more than one it names once, and a sentence
 * that lists the areas of cooperation ("in all fields, including economy and
 * trade, energy, defence, security, science and technology, culture, education")
 * is one piece of evidence that all of them share, not one for each.
 *
 * Each sentence counts once, with the weight of where it stands (title 3, lede
 * 2, body 1, caption ½). Its weight goes to the taxonomy's phrases in it, in
 * proportion to how specific each is — a phrase of two or more words
 * ("nuclear power") counts 2, a single word ("energy") 1, and the sentence is
 * never shared among less than 2, so one generic word gets half a sentence —
 * and each topic takes the shares of its phrases (a phrase that is evidence
 * for two topics gives its share to both). A topic is tagged when its score
 * reaches MIN_TOPIC_SCORE (a body sentence about it alone) and TOPIC_RATIO of
 * the strongest topic's, but never needs more than ENOUGH_TOPIC_SCORE (three
 * sentences about it make it a topic of however long an article); at most
 * MAX_TOPICS. One generic word in one sentence is never enough outside the
 * title, wherever it stands: its sense is open ("travel" to Hanoi, a "capital"
 * city, "visitors" to a beach). Sentences repeated word for word (a caption
 * printed twice) count once.
 */
import type { Topic } from "../content/taxonomy-schema.ts";
import type { SegmentRole } from "./article-layout.ts";
import { contentPhraseKeys, type ContentStream } from "./content-words.ts";
import { findLongestMatches, PhraseTrie } from "./phrase-trie.ts";

export const MIN_TOPIC_SCORE = 1;
/** A topic scoring under this share of the strongest one is a side remark in this article. */
export const TOPIC_RATIO = 0.2;
export const ENOUGH_TOPIC_SCORE = 3;
/** The specificity a sentence's weight is shared by at the least: one generic word gets half of it. */
const MIN_SHARED = 2;
export const MAX_TOPICS = 8;

export const ROLE_WEIGHTS: Readonly<Record<SegmentRole, number>> = { title: 3, lede: 2, body: 1, caption: 0.5 };

interface TopicPhrase {
  topic: number;
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
    for (const keys of phrases.values()) trie.add(keys, { topic: index });
  });
  return { slugs: topics.map((topic) => topic.slug), trie };
}

export interface TopicScore {
  slug: string;
  score: number;
  /** Content-word index of the first hit. */
  first: number;
  /** Evidence beyond one generic word: a phrase of two or more words, two sentences, or the title. */
  specific: boolean;
  /** Sentences with evidence (after the first, `specific` is set). */
  sentences: number;
}

interface SentenceEvidence {
  role: SegmentRole;
  /** Per phrase found: its specificity and the topics it is evidence for. */
  phrases: Array<{ specificity: number; topics: readonly number[]; at: number }>;
}

/** Every topic with some evidence, with its score. */
export function scoreTopics(
  stream: ContentStream,
  compiled: CompiledTopics,
  roleOf: (segment: number) => SegmentRole = (segment) => (segment === 0 ? "title" : "body"),
): TopicScore[] {
  const sentences = new Map<number, SentenceEvidence>();
  for (const match of findLongestMatches(compiled.trie, stream)) {
    const number = stream.sentence[match.start] as number;
    let sentence = sentences.get(number);
    if (!sentence) {
      sentence = { role: roleOf(stream.segment[match.start] as number), phrases: [] };
      sentences.set(number, sentence);
    }
    const topics = [...new Set(match.result.map((phrase) => phrase.topic))];
    sentence.phrases.push({ specificity: match.end - match.start >= 2 ? 2 : 1, topics, at: match.start });
  }
  // The words of the sentences that hold evidence, in one pass over the text.
  const words = new Map<number, string[]>();
  stream.keys.forEach((key, index) => {
    const number = stream.sentence[index] as number;
    if (!sentences.has(number)) return;
    const list = words.get(number) ?? [];
    list.push(key);
    words.set(number, list);
  });

  const scores = new Map<number, TopicScore>();
  const seenTexts = new Set<string>();
  for (const [number, sentence] of sentences) {
    const text = (words.get(number) ?? []).join(" ");
    if (seenTexts.has(text)) continue;
    seenTexts.add(text);
    const total = Math.max(
      MIN_SHARED,
      sentence.phrases.reduce((sum, phrase) => sum + phrase.specificity, 0),
    );
    const share = new Map<number, number>();
    for (const phrase of sentence.phrases) {
      for (const topic of phrase.topics) {
        share.set(topic, (share.get(topic) ?? 0) + phrase.specificity / total);
        const score = scores.get(topic) ?? {
          slug: compiled.slugs[topic] as string,
          score: 0,
          first: phrase.at,
          specific: false,
          sentences: 0,
        };
        score.specific ||= phrase.specificity > 1 || sentence.role === "title";
        scores.set(topic, score);
      }
    }
    // A topic's share of one sentence is at most the whole sentence.
    for (const [topic, part] of share) {
      const score = scores.get(topic) as TopicScore;
      score.score += ROLE_WEIGHTS[sentence.role] * Math.min(1, part);
      score.sentences += 1;
      if (score.sentences > 1) score.specific = true;
    }
  }
  return [...scores.values()];
}

/**
 * The tagged topics: evidence beyond one generic word, and a score of at least
 * MIN_TOPIC_SCORE and TOPIC_RATIO of the strongest (or ENOUGH_TOPIC_SCORE),
 * strongest first, then first mentioned, then by slug; at most MAX_TOPICS.
 */
export function pickTopics(scores: readonly TopicScore[]): string[] {
  const best = Math.max(0, ...scores.map((topic) => topic.score));
  const floor = Math.max(MIN_TOPIC_SCORE, Math.min(ENOUGH_TOPIC_SCORE, best * TOPIC_RATIO));
  // Scores are sums of fractions: a hair's difference is rounding, not evidence.
  const rounded = (score: number) => Math.round(score * 1e6);
  return scores
    .filter((topic) => topic.specific && rounded(topic.score) >= rounded(floor))
    .sort((a, b) => rounded(b.score) - rounded(a.score) || a.first - b.first || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
    .slice(0, MAX_TOPICS)
    .map((topic) => topic.slug);
}
