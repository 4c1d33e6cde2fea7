/**
 * Reads `people.yaml`, `events.yaml` and `topics.yaml`, validates every term,
 * fills in default slugs and reports every problem at once, each naming the file
 * and the term. A bad term is left out; the rest of the taxonomy still works.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { z } from "zod";
import { problem, type Problem } from "../content/problems.ts";
import { readYaml } from "../content/read-yaml.ts";
import {
  EventSchema,
  NamedTermSchema,
  OPTIONAL_TAXONOMY_KINDS,
  PersonSchema,
  TAXONOMY_KINDS,
  TopicSchema,
  type Event,
  type NamedTerm,
  type Person,
  type Taxonomy,
  type TaxonomyKind,
  type Topic,
} from "../content/taxonomy-schema.ts";
import type { Publisher } from "./publishers.ts";
import { hashTaxonomy } from "./hash-taxonomy.ts";
import { builtInPublishers } from "./built-in-publishers.ts";
import { EVENT_WORDS_FILE, withEventWords } from "./load-event-words.ts";
import { parsePublishers, PUBLISHERS_FILE } from "./load-publishers.ts";
import { cachedTaxonomy, taxonomyKey } from "./taxonomy-cache.ts";
import { slugify, uniqueSlug } from "./slugify.ts";
import { phraseKeys } from "./tokenize.ts";

export const TAXONOMY_FILES: Readonly<Record<TaxonomyKind, string>> = {
  people: "people.yaml",
  events: "events.yaml",
  topics: "topics.yaml",
  organisations: "organisations.yaml",
  places: "places.yaml",
};

export type TaxonomyTexts = Partial<Record<TaxonomyKind, string>>;

export interface LoadedTaxonomy {
  taxonomy: Taxonomy;
  problems: Problem[];
  /** sha256 hex of the normalised taxonomy (and the outlets list): changes exactly when tagging may change. */
  hash: string;
  /** The outlets of `publishers.yaml`; undefined when the folder has none (ingest then uses the list shipped with the package). */
  publishers?: Publisher[];
}

const SCHEMAS = {
  people: PersonSchema,
  events: EventSchema,
  topics: TopicSchema,
  organisations: NamedTermSchema,
  places: NamedTermSchema,
} as const;

type Term = Person | Event | Topic | NamedTerm;

/** Every string NFC, so names typed or pasted decomposed behave like the others. */
function normaliseStrings(value: unknown): unknown {
  if (typeof value === "string") return value.normalize("NFC");
  if (Array.isArray(value)) return value.map(normaliseStrings);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, normaliseStrings(item)]));
  }
  return value;
}

function describeTerm(raw: unknown, position: number): string {
  const name = raw !== null && typeof raw === "object" ? (raw as { name?: unknown }).name : undefined;
  return typeof name === "string" && name.trim() ? `"${name.trim()}" (entry ${position})` : `entry ${position}`;
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues.map((issue) => (issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message)).join("; ");
}

/**
 * The YAML list of one file, or problems. An empty file is an error (a file
 * emptied by accident would untag every entry); `[]` says "none" on purpose.
 */
function readList(text: string, file: string, problems: Problem[]): unknown[] {
  const read = readYaml(text.replace(/^\uFEFF/, ""));
  if (!read.ok) {
    for (const message of read.messages) problems.push(problem("taxonomy-invalid-yaml", file, message));
    return [];
  }
  const { value } = read;
  if (value === null || value === undefined) {
    problems.push(
      problem("taxonomy-empty", file, "is empty: every entry would lose its tags of this kind (write `[]` if there are none on purpose)"),
    );
    return [];
  }
  if (!Array.isArray(value)) {
    problems.push(problem("taxonomy-not-a-list", file, "must be a YAML list of terms (each item starting with `- name:`)"));
    return [];
  }
  return value;
}

/** Validates the terms of one kind and gives each a unique slug. */
function parseTerms<K extends TaxonomyKind>(kind: K, text: string, file: string, problems: Problem[]): Array<Taxonomy[K][number]> {
  const valid: Array<{ term: Omit<Term, "slug"> & { slug?: string }; label: string }> = [];
  readList(text, file, problems).forEach((raw, index) => {
    const label = describeTerm(raw, index + 1);
    const result = SCHEMAS[kind].safeParse(normaliseStrings(raw));
    if (!result.success) {
      problems.push(problem("taxonomy-invalid-term", file, `${label}: ${describeIssues(result.error.issues)}`));
      return;
    }
    valid.push({ term: result.data, label });
  });

  // Slugs the editor chose come first; default slugs are fitted around them.
  const owners = new Map<string, string>();
  const withSlug: Array<{ term: Term; label: string } | undefined> = valid.map(({ term, label }) => {
    if (term.slug === undefined) return undefined;
    const owner = owners.get(term.slug);
    if (owner) {
      problems.push(problem("taxonomy-duplicate-slug", file, `${label}: slug "${term.slug}" is already used by ${owner}`));
      return undefined;
    }
    owners.set(term.slug, label);
    return { term: term as Term, label };
  });
  const taken = new Set(owners.keys());
  const terms: Term[] = [];
  valid.forEach(({ term, label }, index) => {
    const chosen = withSlug[index];
    if (chosen) {
      terms.push(chosen.term);
      return;
    }
    if (term.slug !== undefined) return; // a duplicate explicit slug, reported above
    const base = slugify(term.name);
    if (!base) {
      problems.push(problem("taxonomy-invalid-term", file, `${label}: no slug can be made from the name; give one with \`slug:\``));
      return;
    }
    const slug = uniqueSlug(base, taken);
    if (slug !== base) {
      problems.push(
        problem(
          "taxonomy-slug-adjusted",
          file,
          `${label}: slug "${base}" is taken by ${owners.get(base)}, so it is "${slug}"; set \`slug:\` to choose`,
        ),
      );
    }
    taken.add(slug);
    owners.set(slug, label);
    terms.push({ ...term, slug } as Term);
  });
  return terms as Array<Taxonomy[K][number]>;
}

/**
 * A name or alias that two terms share cannot tell them apart in a text, so the
 * second would never be tagged: an error. The one exception is two canonical
 * names that differ only in diacritics (Vietnamese has many): both are real,
 * and the tagger prefers the exact spelling, but text written without
 * diacritics cannot tell them apart (a warning).
 */
function reportSharedNames(terms: readonly Term[], file: string, problems: Problem[]): void {
  const owner = new Map<string, { term: Term; spelling: string; isName: boolean }>();
  const spellingOf = (phrase: string) => phrase.normalize("NFC").toLocaleLowerCase("vi");
  for (const term of terms) {
    const ownPhrases = new Set<string>();
    for (const [index, phrase] of [term.name, ...term.aliases].entries()) {
      const key = phraseKeys(phrase).join(" ");
      if (!key || ownPhrases.has(key)) continue;
      ownPhrases.add(key);
      const first = owner.get(key);
      if (!first || first.term === term) {
        owner.set(key, { term, spelling: spellingOf(phrase), isName: index === 0 });
        continue;
      }
      const which = `"${term.name}" (${term.slug}): "${phrase}" also names "${first.term.name}" (${first.term.slug})`;
      const similarNames = index === 0 && first.isName && spellingOf(phrase) !== first.spelling;
      problems.push(
        similarNames
          ? problem("taxonomy-similar-names", file, `${which}; text without diacritics cannot tell them apart`)
          : problem("taxonomy-shared-alias", file, `${which}; a name or alias may belong to one term only, or the second is never tagged`),
      );
    }
  }
}

function checkEvents(events: readonly Event[], people: readonly Person[], file: string, problems: Problem[]): Event[] {
  const personSlugs = new Set(people.map((person) => person.slug));
  const renamed = new Map(people.flatMap((person) => (person.formerSlugs ?? []).map((former) => [former, person.slug] as const)));
  return events.flatMap((event) => {
    if (event.end !== undefined && event.end < event.start) {
      problems.push(
        problem("taxonomy-event-dates", file, `"${event.name}" (${event.slug}): end ${event.end} is before start ${event.start}`),
      );
      return [];
    }
    const checkSlug = (field: "people" | "hosts") => (slug: string) => {
      const current = renamed.get(slug);
      if (current && !personSlugs.has(slug)) {
        // The person was renamed: the event still means them.
        problems.push(
          problem(
            "taxonomy-renamed-person",
            file,
            `"${event.name}" (${event.slug}): ${field}: "${slug}" was renamed "${current}"; correct it when you can`,
          ),
        );
        return current;
      }
      if (!personSlugs.has(slug)) {
        problems.push(
          problem(
            "taxonomy-unknown-person",
            file,
            `"${event.name}" (${event.slug}): ${field}: no person has the slug "${slug}" (add the person to people.yaml or correct the slug)`,
          ),
        );
      }
      return slug;
    };
    const people = event.people.map(checkSlug("people"));
    return [event.hosts ? { ...event, people, hosts: event.hosts.map(checkSlug("hosts")) } : { ...event, people }];
  });
}

/** Parses the three files' texts (`undefined`: the file is missing). `dirLabel` names the folder in problems. */
export function parseTaxonomy(texts: TaxonomyTexts, dirLabel: string): LoadedTaxonomy {
  const problems: Problem[] = [];
  const fileOf = (kind: TaxonomyKind) => `${dirLabel.replace(/[\\/]+$/, "")}/${TAXONOMY_FILES[kind]}`;
  const termsOf = <K extends TaxonomyKind>(kind: K): Array<Taxonomy[K][number]> => {
    const text = texts[kind];
    if (text === undefined) {
      if (OPTIONAL_TAXONOMY_KINDS.has(kind)) return [];
      problems.push(problem("taxonomy-empty", fileOf(kind), `is missing: create it (write \`[]\` if there are no ${kind} to tag)`));
      return [];
    }
    const terms = parseTerms(kind, text, fileOf(kind), problems);
    reportSharedNames(terms, fileOf(kind), problems);
    return terms;
  };
  const people = termsOf("people");
  const events = checkEvents(termsOf("events"), people, fileOf("events"), problems);
  const topics = termsOf("topics");
  const taxonomy: Taxonomy = { people, events, topics, organisations: termsOf("organisations"), places: termsOf("places") };
  return { taxonomy, problems, hash: hashTaxonomy(taxonomy) };
}

async function readIfPresent(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw cause;
  }
}

/**
 * Reads and parses the taxonomy folder, with its optional list of outlets
 * (`publishers.yaml`). A parse of the same texts is reused (taxonomy-cache.ts):
 * from this process, else from `cacheDir` when one is given (and then saved there).
 */
export async function loadTaxonomy(dir: string, cacheDir?: string): Promise<LoadedTaxonomy> {
  const files = [...TAXONOMY_KINDS.map((kind) => TAXONOMY_FILES[kind]), PUBLISHERS_FILE, EVENT_WORDS_FILE];
  const texts = await Promise.all(files.map((file) => readIfPresent(join(dir, file))));
  const inputs = Object.fromEntries(files.map((file, index) => [file, texts[index]]));
  return cachedTaxonomy(taxonomyKey(inputs, dir), cacheDir, () =>
    parseTaxonomyFolder(
      Object.fromEntries(TAXONOMY_KINDS.map((kind) => [kind, inputs[TAXONOMY_FILES[kind]]])),
      inputs[PUBLISHERS_FILE],
      inputs[EVENT_WORDS_FILE],
      dir,
    ),
  );
}

/** The taxonomy's texts and the outlets' (`undefined`: missing) parsed, as found in the folder `dir`. */
function parseTaxonomyFolder(
  texts: TaxonomyTexts,
  publishersText: string | undefined,
  eventWordsText: string | undefined,
  dir: string,
): LoadedTaxonomy {
  const parsed = parseTaxonomy(texts, dir);
  const folder = dir.replace(/[\\/]+$/, "");
  // The kinds and places of events change what is tagged: they are hashed with the taxonomy.
  const words = withEventWords(parsed.taxonomy, eventWordsText, `${folder}/${EVENT_WORDS_FILE}`);
  const loaded = { ...parsed, ...words, problems: [...parsed.problems, ...words.problems], hash: hashTaxonomy(words.taxonomy) };
  // The outlets decide publishers and agencies, so entries made under another list are redone;
  // without a list of its own the archive uses the shipped one, and a change to it counts too.
  if (publishersText === undefined) return { ...loaded, hash: hashWithOutlets(loaded.hash, builtInPublishers()) };
  const { publishers, problems } = parsePublishers(publishersText, `${folder}/${PUBLISHERS_FILE}`);
  return { ...loaded, problems: [...loaded.problems, ...problems], hash: hashWithOutlets(loaded.hash, publishers), publishers };
}

/** The taxonomy's hash with the outlets in use: another list redoes the entries. */
export function hashWithOutlets(hash: string, publishers: readonly Publisher[]): string {
  return createHash("sha256")
    .update(`${hash}\n${JSON.stringify(publishers)}`)
    .digest("hex");
}
