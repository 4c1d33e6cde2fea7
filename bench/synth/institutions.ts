/**
 * The organisations and places the synthetic articles name, written to the
 * taxonomy as `organisations.yaml` and `places.yaml` so that ingest tags them
 * as it tags people. Real names, as the seeds use them: an archive of
 * Việt Nam–Russia reporting names Rosatom and Vietsovpetro, Kazan and the
 * East Sea. Each has the spelling Viet Nam News uses (`vi`) and the one other
 * sites use (`en`); the taxonomy lists both.
 *
 * An organisation goes with the topics it is news for (Rosatom with nuclear
 * power), so an article about oil names an oil company more often than a bank.
 * No name here contains a topic keyword, an event's phrase or a person's name
 * (tests/synth checks it), so naming one never adds a tag of another kind.
 */
import { slugOf } from "./phrase.ts";
import type { Place } from "./places.ts";

export interface SynthInstitution extends Place {
  slug: string;
  description: string;
  /** Other names the taxonomy knows, never written by the articles (the text keeps to `vi`/`en`). */
  aliases: string[];
  /** Takes "the" in running text: "the State Duma". */
  definite: boolean;
}

export interface SynthOrganisation extends SynthInstitution {
  /** Topic slugs whose articles are likely to name it. */
  topics: string[];
}

type Spelling = string | { vi: string; en: string };

function institution(name: Spelling, description: string, aliases: string[] = [], definite = false): SynthInstitution {
  const { vi, en } = typeof name === "string" ? { vi: name, en: name } : name;
  return { vi, en, slug: slugOf(vi), description, aliases: [...new Set([en, ...aliases])].filter((alias) => alias !== vi), definite };
}

function organisation(name: Spelling, description: string, topics: string[], aliases: string[] = [], definite = false): SynthOrganisation {
  return { ...institution(name, description, aliases, definite), topics };
}

/** Most often named first: the order is the popularity the plan draws them by. */
export const ORGANISATIONS: readonly SynthOrganisation[] = [
  organisation("State Duma", "Lower house of Russia's Federal Assembly", [], ["Russian State Duma"], true),
  organisation(
    { vi: "National Assembly of Việt Nam", en: "National Assembly of Vietnam" },
    "Việt Nam's legislature",
    [],
    ["Vietnamese National Assembly"],
    true,
  ),
  organisation(
    "Rosatom",
    "Russia's state nuclear energy corporation",
    ["nuclear-power", "energy", "science-and-technology"],
    ["Rosatom State Atomic Energy Corporation"],
  ),
  organisation(
    "Eurasian Economic Union",
    "Economic union of Russia, Belarus, Kazakhstan, Armenia and Kyrgyzstan",
    ["economy-and-trade", "diplomacy"],
    ["EAEU"],
    true,
  ),
  organisation(
    "Vietsovpetro",
    "Việt Nam–Russia joint venture in oil and gas exploration and production",
    ["oil-and-gas", "energy"],
    ["Vietsovpetro Joint Venture"],
  ),
  organisation("PetroVietnam", "Vietnam Oil and Gas Group", ["oil-and-gas", "energy"], ["Petrovietnam", "PVN"]),
  organisation("BRICS", "Grouping of emerging economies founded by Brazil, Russia, India, China and South Africa", [
    "diplomacy",
    "economy-and-trade",
  ]),
  organisation("Gazprom", "Russian state energy company", ["oil-and-gas", "energy"]),
  organisation("Zarubezhneft", "Russian state oil company, a partner in Vietsovpetro", ["oil-and-gas"]),
  organisation("Federation Council", "Upper house of Russia's Federal Assembly", [], [], true),
  organisation("Association of Southeast Asian Nations", "Regional grouping of ten Southeast Asian states", ["diplomacy"], [], true),
  organisation(
    "Russian Academy of Sciences",
    "Russia's national academy of sciences",
    ["science-and-technology", "education-and-training"],
    [],
    true,
  ),
  organisation(
    { vi: "Việt Nam Academy of Science and Technology", en: "Vietnam Academy of Science and Technology" },
    "Việt Nam's national research academy",
    ["science-and-technology"],
    ["VAST"],
    true,
  ),
  organisation("Vietjet", "Vietnamese low-cost carrier", ["aviation", "tourism"], ["Vietjet Air"]),
  organisation("Aeroflot", "Russia's national airline", ["aviation", "tourism"]),
  organisation("Russian Railways", "Russia's state railway company", ["transport-and-infrastructure"], [], false),
  organisation("Sberbank", "Russia's largest bank", ["finance-and-banking"]),
  organisation("Vietcombank", "Joint Stock Commercial Bank for Foreign Trade of Vietnam", ["finance-and-banking"]),
  organisation(
    { vi: "Việt Nam–Russia Friendship Association", en: "Vietnam–Russia Friendship Association" },
    "Association promoting ties between the peoples of the two countries",
    ["culture", "diplomacy"],
    [],
    true,
  ),
  organisation("United Nations", "The United Nations", ["diplomacy"], ["UN"], true),
];

/** Cities, a delta and a sea: the places an article says something happened in or was about. */
export const TAGGED_PLACES: readonly SynthInstitution[] = [
  institution({ vi: "Hà Nội", en: "Hanoi" }, "Capital of Việt Nam", ["Ha Noi"]),
  institution("Moscow", "Capital of Russia"),
  institution("HCM City", "Việt Nam's largest city", ["Ho Chi Minh City", "Hồ Chí Minh City", "Saigon"]),
  institution("Saint Petersburg", "Russia's second city", ["St Petersburg", "St. Petersburg"]),
  institution("Vladivostok", "Russia's port on the Pacific, host of the Eastern Economic Forum"),
  institution({ vi: "Đà Nẵng", en: "Da Nang" }, "City on Việt Nam's central coast"),
  institution("Kazan", "Capital of Tatarstan"),
  institution(
    "East Sea",
    "The sea Việt Nam calls the East Sea, known elsewhere as the South China Sea",
    ["South China Sea", "Biển Đông"],
    true,
  ),
  institution({ vi: "Hải Phòng", en: "Hai Phong" }, "Port city in northern Việt Nam"),
  institution("Sochi", "Russian resort city on the Black Sea"),
  institution("Mekong Delta", "Việt Nam's southern rice bowl", [], true),
  institution("Novosibirsk", "Largest city of Siberia"),
];

/** The taxonomy's lines for them: name, slug, description, aliases. */
export function institutionTerms(terms: readonly SynthInstitution[]) {
  return terms.map((term) => ({
    name: term.vi,
    slug: term.slug,
    description: term.description,
    ...(term.aliases.length > 0 ? { aliases: term.aliases } : {}),
  }));
}

/** Every spelling of the places and organisations: names no person may take. */
export function institutionNames(): string[] {
  return [...ORGANISATIONS, ...TAGGED_PLACES].flatMap((term) => [term.vi, term.en, ...term.aliases]);
}
