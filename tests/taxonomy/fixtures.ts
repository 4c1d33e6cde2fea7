/**
 * Test data for the taxonomy: the seeds, the committed taxonomy, small terms.
 *
 * The seeds are read crudely for the tagger's tests: paragraphs split on
 * blank lines, photo captions apart, the related-news and navigation tail cut. The
 * real parser (src/ingest) does this properly; the tagger only needs the text.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Event, Person, Taxonomy, TaxonomyKind, Topic } from "../../src/content/taxonomy-schema.ts";
import { EVENT_WORDS_FILE, withEventWords } from "../../src/taxonomy/load-event-words.ts";
import { parseTaxonomy } from "../../src/taxonomy/load-taxonomy.ts";
import { slugify } from "../../src/taxonomy/slugify.ts";
import type { ArticleText } from "../../src/taxonomy/tag-article.ts";

export const SEEDS_DIR = join(import.meta.dirname, "../../content/sources");
export const TAXONOMY_DIR = join(import.meta.dirname, "../../content/taxonomy");

const TAIL_START = /^(Source:|TIN LIÊN QUAN|Comment \(\d+\))/m;

export function readSeedArticle(file: string, date: string, excludedNames: string[]): ArticleText {
  const text = readFileSync(join(SEEDS_DIR, file), "utf8");
  const blocks = text
    .split(/\n\s*\n/)
    .map((block) => block.replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/, "").trim())
    .filter((block) => block !== "");
  const tail = blocks.findIndex((block) => TAIL_START.test(block));
  // The block that holds the tail's first line may start with the article's last words.
  const cut = tail === -1 ? blocks : [...blocks.slice(0, tail), (blocks[tail] as string).split(TAIL_START)[0] as string];
  const body = cut.map((block) => block.trim()).filter((block) => block !== "");
  const captions = body.filter((block) => /Photo:/.test(block));
  const paragraphs = body.filter((block) => !/Photo:/.test(block) && block !== "Photo caption");
  return { title: "", paragraphs, captions, date, excludedNames };
}

/** The committed taxonomy, parsed, with the kinds and places of events. */
export function realTaxonomy(): Taxonomy {
  const read = (kind: TaxonomyKind) => readFileSync(join(TAXONOMY_DIR, `${kind}.yaml`), "utf8");
  const { taxonomy } = parseTaxonomy({ people: read("people"), events: read("events"), topics: read("topics") }, "content/taxonomy");
  return withEventWords(taxonomy, readFileSync(join(TAXONOMY_DIR, EVENT_WORDS_FILE), "utf8"), EVENT_WORDS_FILE).taxonomy;
}

export function person(name: string, fields: Partial<Person> = {}): Person {
  return { name, slug: slugify(name), description: "", aliases: [], shortNames: [], ...fields };
}

export function event(name: string, start: string, fields: Partial<Event> = {}): Event {
  return { name, slug: slugify(name), description: "", start, aliases: [], keywords: [], people: [], ...fields };
}

export function topic(name: string, keywords: string[], fields: Partial<Topic> = {}): Topic {
  return { name, slug: slugify(name), description: "", aliases: [], keywords, ...fields };
}

/** An article of one paragraph. */
export function paragraph(text: string, fields: Partial<ArticleText> = {}): ArticleText {
  return { title: "", paragraphs: [text], captions: [], excludedNames: [], ...fields };
}
