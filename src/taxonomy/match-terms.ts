/**
 * Finds the taxonomy's organisations and places in an article: by their names
 * and aliases, as people are found, longest match first ("the State Duma", not
 * "Duma" inside it), the capitalised words of a name capitalised in the text too
 * ("Kazan" the city, not "kazan" the pot). A name in a photo caption only does
 * not count: the caption describes a picture, the article another thing.
 */
import type { NamedTerm } from "../content/taxonomy-schema.ts";
import type { SegmentRole } from "./article-layout.ts";
import { findLongestMatches, PhraseTrie } from "./phrase-trie.ts";
import { tokenize, type Token } from "./tokenize.ts";

interface TermPhrase {
  term: number;
  /** Per word of the phrase: must the text's word be capitalised (the phrase capitalises it)? */
  mustBeCapitalised: boolean[];
}

export interface CompiledTerms {
  slugs: string[];
  trie: PhraseTrie<TermPhrase>;
}

export function compileTerms(terms: readonly NamedTerm[]): CompiledTerms {
  const trie = new PhraseTrie<TermPhrase>();
  terms.forEach((term, index) => {
    for (const phrase of [term.name, ...term.aliases]) {
      const tokens = tokenize([phrase]);
      trie.add(
        tokens.map((token) => token.key),
        { term: index, mustBeCapitalised: tokens.map((token) => token.capitalised) },
      );
    }
  });
  return { slugs: terms.map((term) => term.slug), trie };
}

/** The slugs of the terms the article names, in order of first mention. */
export function findTerms(tokens: readonly Token[], compiled: CompiledTerms, roleOf: (segment: number) => SegmentRole): string[] {
  if (compiled.slugs.length === 0) return [];
  const stream = { keys: tokens.map((token) => token.key), breakBefore: tokens.map((token) => token.breakBefore) };
  const found: string[] = [];
  for (const match of findLongestMatches(compiled.trie, stream)) {
    if (roleOf((tokens[match.start] as Token).segment) === "caption") continue;
    const fitting = match.result.find((phrase) =>
      phrase.mustBeCapitalised.every((must, offset) => !must || (tokens[match.start + offset] as Token).capitalised),
    );
    if (!fitting) continue;
    const slug = compiled.slugs[fitting.term] as string;
    if (!found.includes(slug)) found.push(slug);
  }
  return found;
}
