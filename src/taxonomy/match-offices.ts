/**
 * The offices a text gives its people: "President Lương Cường", "Thủ tướng Phạm
 * Minh Chính", "премьер-министр Михаил Мишустин". A title before a name is
 * dated: Lương Cường has been President since October 2024, so a text calling
 * him that was written since. Ingest uses it to fix the year of a page that
 * gives only a day (date-choice.ts); it tags nothing.
 *
 * Each office of `people.yaml` lists the titles a text writes before the name;
 * every title with every spelling of the name (name, aliases, short names) is
 * one phrase, matched like event phrases (case, diacritics, Russian case
 * endings aside). A title after "former" (`cựu`, `nguyên`, `бывший`) dates the
 * text after the office instead.
 */
import type { Person } from "../content/taxonomy-schema.ts";
import { contentPhraseKeys, contentStream } from "./content-words.ts";
import { findLongestMatches, PhraseTrie } from "./phrase-trie.ts";
import { tokenize } from "./tokenize.ts";

/**
 * The day from which a text naming someone by a title was written
 * (`YYYY-MM-DD`): the office's first day, or its last after "former". The end
 * of an office bounds nothing: texts recall past holders by their titles
 * ("during General Secretary Nguyễn Phú Trọng's visit in 2018").
 */
export interface Tenure {
  person: string;
  from: string;
}

/** An office as the trie holds it. */
interface OfficeDays {
  person: string;
  from?: string;
  to?: string;
}

export type CompiledOffices = PhraseTrie<OfficeDays>;

export function compileOffices(people: readonly Person[]): CompiledOffices {
  const trie = new PhraseTrie<OfficeDays>();
  for (const person of people) {
    const spellings = [person.name, ...person.aliases, ...person.shortNames];
    for (const office of person.offices ?? []) {
      const days: OfficeDays = {
        person: person.slug,
        ...(office.from === undefined ? {} : { from: office.from }),
        ...(office.to === undefined ? {} : { to: office.to }),
      };
      for (const title of office.titles) {
        for (const spelling of spellings) trie.add(contentPhraseKeys(`${title} ${spelling}`), days);
      }
    }
  }
  return trie;
}

/** Words before a title that put the office in the past: "former President", "cựu Thủ tướng", "бывший президент". */
const FORMER = new Set(["former", "late", "cuu", "nguyen", "бывший", "бывшего", "бывшему", "бывшим", "экс"]);

/**
 * Words before a title that make it a lower office: `Permanent Deputy Foreign
 * Minister Bui Thanh Son` (blind-vnru-58, 751) names the deputy's post he held
 * before he was Foreign Minister, which that title alone dates; `Vice`,
 * `заместитель` likewise.
 */
const LOWER_RANK = new Set(["deputy", "vice", "заместитель", "заместителя", "заместителем", "заместителю"]);

/** The first days of the titles the text writes before its people's names, each once. */
export function tenuresNamed(texts: readonly string[], offices: CompiledOffices): Tenure[] {
  const stream = contentStream(tokenize(texts));
  const found = new Map<string, Tenure>();
  for (const match of findLongestMatches(offices, stream)) {
    const before = match.start - 1;
    // `nguyên Thủ tướng` (former), not the family name Nguyễn.
    const former =
      before >= 0 && !stream.breakBefore[match.start] && FORMER.has(stream.keys[before] as string) && !stream.capitalised[before];
    // `Deputy Foreign Minister …`: another, lower office than the title's.
    if (before >= 0 && !stream.breakBefore[match.start] && LOWER_RANK.has(stream.keys[before] as string)) continue;
    for (const office of match.result) {
      const from = former ? office.to : office.from;
      if (from !== undefined) found.set(`${office.person} ${from}`, { person: office.person, from });
    }
  }
  return [...found.values()];
}
