/**
 * The synthetic people: Vietnamese and Russian officials with realistic names,
 * unique after folding, each with the aliases and short names the press uses.
 * People come out in popularity order (index 0 is the most written about) and
 * the most popular hold the top offices.
 */
import type { Random } from "./random.ts";
import { PhraseRegistry } from "./phrase-registry.ts";
import { foldPhrase, slugOf } from "./phrase.ts";
import { allPlaceNames, type Place } from "./places.ts";
import {
  genderedRole,
  sharedRussianRole,
  sharedVietnameseRole,
  topRussianRoles,
  topVietnameseRoles,
  type Gender,
  type Role,
} from "./roles.ts";
import {
  feminineSurname,
  RUSSIAN_FIRST_FEMALE,
  RUSSIAN_FIRST_MALE,
  RUSSIAN_SURNAMES,
  VIETNAMESE_GIVEN_FEMALE,
  VIETNAMESE_GIVEN_MALE,
  VIETNAMESE_MIDDLE_FEMALE,
  VIETNAMESE_MIDDLE_MALE,
  VIETNAMESE_SURNAMES,
} from "./name-lists.ts";

export type Nationality = "vietnamese" | "russian";

export interface SynthPerson {
  slug: string;
  nationality: Nationality;
  gender: Gender;
  /** Canonical name with diacritics (`vi`) and as sites without diacritics write it (`en`). */
  name: Place;
  /** The name that counts once the person was named in full: given name or surname. */
  shortName: Place;
  role: Role;
  /** Aliases as written to the taxonomy. */
  aliases: string[];
  /** The `formal title + full name` alias (`Minister Nguyễn Văn Hùng`), when it is unique. */
  formalName?: string;
  /** The `abbrev + short name` alias, when it is unique (`PM Chính`). */
  titledShort?: Place;
  /** Russian full form with patronymic (`Mikhail Vladimirovich Mishustin`). */
  patronymicName?: string;
}

/** A name outside the taxonomy: bylines, photographers, people the taxonomy lacks. */
export interface SynthName {
  name: Place;
  gender: Gender;
}

export interface Cast {
  people: SynthPerson[];
  /** People the taxonomy lacks, for `unknownNames`. */
  outsiders: SynthPerson[];
  authors: SynthName[];
  photographers: SynthName[];
}

/** Vietnamese without its diacritics, as many English-language sites print it. */
export function undiacritise(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFC");
}

const weightsOf = (pairs: ReadonlyArray<readonly [string, number]>) => pairs.map(([, weight]) => weight);

interface RawName {
  name: string;
  short: string;
  gender: Gender;
  patronymicName?: string;
}

function vietnameseName(random: Random, femaleShare: number): RawName {
  const gender: Gender = random.chance(femaleShare) ? "female" : "male";
  const surname = VIETNAMESE_SURNAMES[random.weightedIndex(weightsOf(VIETNAMESE_SURNAMES))]?.[0] as string;
  const middles = gender === "female" ? VIETNAMESE_MIDDLE_FEMALE : VIETNAMESE_MIDDLE_MALE;
  const given = random.pick(gender === "female" ? VIETNAMESE_GIVEN_FEMALE : VIETNAMESE_GIVEN_MALE);
  const shape = random.float();
  const parts = [surname];
  if (shape >= 0.05) parts.push(random.pick(middles));
  if (shape >= 0.9) {
    const second = random.pick([...VIETNAMESE_MIDDLE_FEMALE, ...VIETNAMESE_MIDDLE_MALE]);
    if (!parts.includes(second) && second !== "Thị" && second !== "Văn") parts.push(second);
  }
  parts.push(given);
  return { name: parts.join(" "), short: given, gender };
}

function russianName(random: Random, surname: string): RawName {
  const gender: Gender = random.chance(0.15) ? "female" : "male";
  const first = gender === "female" ? random.pick(RUSSIAN_FIRST_FEMALE) : random.pick(RUSSIAN_FIRST_MALE)[0];
  const fatherPatronymic = random.pick(RUSSIAN_FIRST_MALE)[1];
  const patronymic = gender === "female" ? fatherPatronymic.replace(/ich$/, "na") : fatherPatronymic;
  const last = gender === "female" ? feminineSurname(surname) : surname;
  return { name: `${first} ${last}`, short: last, gender, patronymicName: `${first} ${patronymic} ${last}` };
}

function spelled(text: string): Place {
  return { vi: text, en: undiacritise(text) };
}

/**
 * Builds a person around a fresh name, or returns undefined when the name (or
 * its slug) clashes with someone already registered.
 */
function admitPerson(
  raw: RawName,
  nationality: Nationality,
  role: Role,
  registry: PhraseRegistry,
  slugs: Set<string>,
): SynthPerson | undefined {
  const slug = slugOf(raw.name);
  if (slugs.has(slug) || !registry.isFree(raw.name, slug)) return undefined;
  slugs.add(slug);
  registry.add(raw.name, slug);

  const name = spelled(raw.name);
  const shortName = spelled(raw.short);
  const aliases: string[] = [];
  const offer = (alias: string) => {
    if (aliases.includes(alias) || alias === raw.name || !registry.isFree(alias, slug)) return false;
    registry.add(alias, slug);
    aliases.push(alias);
    return true;
  };
  if (name.en !== name.vi) offer(name.en);
  if (raw.patronymicName) offer(raw.patronymicName);
  const formalName = `${role.formal} ${raw.name}`;
  const hasFormalName = offer(formalName);
  const titledShort = { vi: `${role.abbrev} ${shortName.vi}`, en: `${role.abbrev} ${shortName.en}` };
  const hasTitledShort = offer(titledShort.vi);
  return {
    slug,
    nationality,
    gender: raw.gender,
    name,
    shortName,
    role,
    aliases,
    ...(hasFormalName ? { formalName } : {}),
    ...(hasTitledShort ? { titledShort } : {}),
    ...(raw.patronymicName ? { patronymicName: raw.patronymicName } : {}),
  };
}

export interface CastSizes {
  people: number;
  outsiders: number;
  authors: number;
  photographers: number;
}

export function generateCast(random: Random, sizes: CastSizes): Cast {
  const registry = new PhraseRegistry();
  registry.reserve(allPlaceNames());
  const slugs = new Set<string>();
  const surnames = random.shuffled(RUSSIAN_SURNAMES);
  const topVietnamese = topVietnameseRoles();
  const topRussian = topRussianRoles();
  let vietnameseCount = 0;
  let russianCount = 0;

  const nextPerson = (nationality: Nationality, pickRole: (gender: Gender) => Role): SynthPerson => {
    for (;;) {
      if (nationality === "russian") {
        const surname = surnames.pop();
        if (surname === undefined) throw new Error("ran out of Russian surnames");
        const raw = russianName(random, surname);
        const person = admitPerson(raw, nationality, genderedRole(pickRole(raw.gender), raw.gender), registry, slugs);
        if (person) return person;
      } else {
        const raw = vietnameseName(random, 0.22);
        const person = admitPerson(raw, nationality, genderedRole(pickRole(raw.gender), raw.gender), registry, slugs);
        if (person) return person;
      }
    }
  };

  const people: SynthPerson[] = [];
  for (let rank = 0; rank < sizes.people; rank++) {
    // The two most written-about people are a Vietnamese and a Russian leader; after
    // that roughly three in ten are Russian.
    const nationality: Nationality = rank === 1 || (rank > 1 && random.chance(0.3)) ? "russian" : "vietnamese";
    const person =
      nationality === "russian"
        ? nextPerson("russian", (gender) => topRussian[russianCount] ?? sharedRussianRole(random, gender))
        : nextPerson("vietnamese", (gender) => topVietnamese[vietnameseCount] ?? sharedVietnameseRole(random, gender));
    if (nationality === "russian") russianCount++;
    else vietnameseCount++;
    people.push(person);
  }

  const outsiders: SynthPerson[] = [];
  while (outsiders.length < sizes.outsiders) {
    const nationality: Nationality = random.chance(0.3) && surnames.length > 0 ? "russian" : "vietnamese";
    outsiders.push(
      nextPerson(nationality, (gender) =>
        nationality === "russian" ? sharedRussianRole(random, gender) : sharedVietnameseRole(random, gender),
      ),
    );
  }

  const bylineNames = (count: number): SynthName[] => {
    const names: SynthName[] = [];
    while (names.length < count) {
      const raw = vietnameseName(random, 0.45);
      // Journalists often sign with two syllables of their name ("Thanh Hà").
      const parts = raw.name.split(" ");
      const pen = parts.slice(-2);
      const signed = random.chance(0.5) && parts.length >= 3 && pen[0] !== "Thị" && pen[0] !== "Văn" ? pen.join(" ") : raw.name;
      const owner = `byline:${foldPhrase(signed)}`;
      if (!registry.isFree(signed, owner)) continue;
      registry.add(signed, owner);
      names.push({ name: spelled(signed), gender: raw.gender });
    }
    return names;
  };

  return {
    people,
    outsiders,
    authors: bylineNames(sizes.authors),
    photographers: bylineNames(sizes.photographers),
  };
}
