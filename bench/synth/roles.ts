/**
 * Offices the synthetic people hold. The most popular people get the top
 * offices (one holder each), the rest get offices many people share (deputy
 * ministers, provincial leaders, governors). A role knows how the press writes
 * it in front of a name, in both spellings of any place it contains.
 */
import type { Random } from "./random.ts";
import { PARTNER_COUNTRIES, RUSSIAN_REGIONS, VIETNAMESE_PROVINCES, type Place } from "./places.ts";

export type Gender = "male" | "female";

export interface Role {
  /** Written before the full name in text: "Minister of Finance", "Governor of the Tula Region". */
  title: Place;
  /** Titled form with the full name, an alias: "Minister" → "Minister Nguyễn Văn Hùng". */
  formal: string;
  /** Titled form with the short name, an alias when unique: "PM" → "PM Chính". */
  abbrev: string;
  /** One line for the taxonomy. */
  description: Place;
}

const plain = (text: string): Place => ({ vi: text, en: text });

function role(title: string | Place, formal: string, abbrev: string, description?: string | Place): Role {
  const spelled = typeof title === "string" ? plain(title) : title;
  const described = description === undefined ? spelled : typeof description === "string" ? plain(description) : description;
  return { title: spelled, formal, abbrev, description: described };
}

const chair = (gender: Gender) => (gender === "female" ? "Chairwoman" : "Chairman");

/** The role as a woman holding it is titled: Chairman → Chairwoman. */
export function genderedRole(role: Role, gender: Gender): Role {
  if (gender === "male") return role;
  const swap = (text: string) => text.replace(/Chairman/g, "Chairwoman");
  return {
    title: { vi: swap(role.title.vi), en: swap(role.title.en) },
    formal: swap(role.formal),
    abbrev: swap(role.abbrev),
    description: { vi: swap(role.description.vi), en: swap(role.description.en) },
  };
}

// biome-ignore format: a word list packed by hand
const VIETNAMESE_MINISTRIES = [
  "Finance", "Industry and Trade", "Planning and Investment", "Health", "Education and Training",
  "Science and Technology", "Culture, Sports and Tourism", "Transport",
  "Agriculture and Rural Development", "Natural Resources and Environment",
  "Labour, Invalids and Social Affairs", "Information and Communications", "Justice",
  "Construction", "Home Affairs",
];

// biome-ignore format: a word list packed by hand
const RUSSIAN_MINISTRIES = [
  "Energy", "Economic Development", "Industry and Trade", "Education", "Health", "Culture",
  "Agriculture", "Transport", "Finance", "Justice", "Natural Resources", "Digital Development",
];

/** Offices with a single holder, most prominent first. */
export function topVietnameseRoles(): Role[] {
  return [
    role("Party General Secretary", "Party General Secretary", "General Secretary", {
      vi: "General Secretary of the Communist Party of Việt Nam",
      en: "General Secretary of the Communist Party of Vietnam",
    }),
    role("Prime Minister", "Prime Minister", "PM", { vi: "Prime Minister of Việt Nam", en: "Prime Minister of Vietnam" }),
    role("State President", "President", "President", { vi: "President of Việt Nam", en: "President of Vietnam" }),
    role("National Assembly Chairman", "National Assembly Chairman", "NA Chairman", "Chairman of the National Assembly"),
    role("Permanent Deputy Prime Minister", "Deputy Prime Minister", "Deputy PM"),
    role("Deputy Prime Minister", "Deputy Prime Minister", "Deputy PM"),
    role("Foreign Minister", "Foreign Minister", "Foreign Minister", "Minister of Foreign Affairs"),
    role("Deputy Prime Minister", "Deputy Prime Minister", "Deputy PM"),
    role("Defence Minister", "Defence Minister", "General", "Minister of National Defence"),
    role("Deputy Prime Minister", "Deputy Prime Minister", "Deputy PM"),
    role("Minister of Public Security", "Minister", "Minister"),
    role("NA Vice Chairman", "NA Vice Chairman", "NA Vice Chairman", "Vice Chairman of the National Assembly"),
    role({ vi: "Governor of the State Bank of Việt Nam", en: "Governor of the State Bank of Vietnam" }, "Governor", "Governor"),
    ...VIETNAMESE_MINISTRIES.map((ministry) => role(`Minister of ${ministry}`, "Minister", "Minister")),
    role("Government Inspector General", "Inspector General", "Inspector General"),
    role({ vi: "Vietnamese Ambassador to Russia", en: "Vietnamese Ambassador to Russia" }, "Ambassador", "Ambassador"),
  ];
}

export function topRussianRoles(): Role[] {
  return [
    role("Russian President", "President", "President", "President of Russia"),
    role("Russian Prime Minister", "Prime Minister", "PM", "Prime Minister of Russia"),
    role("Russian Foreign Minister", "Foreign Minister", "Foreign Minister", "Minister of Foreign Affairs of Russia"),
    role("State Duma Chairman", "State Duma Chairman", "Duma Chairman", "Chairman of the State Duma of Russia"),
    role("Deputy Chairman of the Russian Security Council", "Deputy Chairman", "Deputy Chairman"),
    role("Russian Deputy Prime Minister", "Deputy Prime Minister", "Deputy PM"),
    role("Mayor of Moscow", "Mayor", "Mayor"),
    role("Russian Deputy Prime Minister", "Deputy Prime Minister", "Deputy PM"),
    role({ vi: "Russian Ambassador to Việt Nam", en: "Russian Ambassador to Vietnam" }, "Ambassador", "Ambassador"),
    ...RUSSIAN_MINISTRIES.map((ministry) =>
      role(`Russian Minister of ${ministry}`, "Minister", "Minister", `Minister of ${ministry} of Russia`),
    ),
  ];
}

/** An office many people share, for everyone below the top. */
export function sharedVietnameseRole(random: Random, gender: Gender): Role {
  const province = random.pick(VIETNAMESE_PROVINCES);
  const kind = random.int(0, 5);
  if (kind === 0) {
    return role(`Deputy Minister of ${random.pick(VIETNAMESE_MINISTRIES)}`, "Deputy Minister", "Deputy Minister");
  }
  if (kind === 1) {
    const title = (p: string) => `Secretary of the ${p} Party Committee`;
    return role({ vi: title(province.vi), en: title(province.en) }, "Secretary", "Secretary");
  }
  if (kind === 2) {
    const title = (p: string) => `${chair(gender)} of the ${p} People's Committee`;
    return role({ vi: title(province.vi), en: title(province.en) }, chair(gender), chair(gender));
  }
  if (kind === 3) {
    const country = random.pick(PARTNER_COUNTRIES);
    return role(`Vietnamese Ambassador to ${country.en}`, "Ambassador", "Ambassador");
  }
  if (kind === 4) {
    return role("Deputy Foreign Minister", "Deputy Foreign Minister", "Deputy Minister");
  }
  const title = (p: string) => `Vice ${chair(gender)} of the ${p} People's Committee`;
  return role({ vi: title(province.vi), en: title(province.en) }, `Vice ${chair(gender)}`, `Vice ${chair(gender)}`);
}

export function sharedRussianRole(random: Random, gender: Gender): Role {
  const kind = random.int(0, 3);
  if (kind === 0) {
    const region = random.pick(RUSSIAN_REGIONS);
    return role(`Governor of the ${region}`, "Governor", "Governor");
  }
  if (kind === 1) {
    return role(`Russian Deputy Minister of ${random.pick(RUSSIAN_MINISTRIES)}`, "Deputy Minister", "Deputy Minister");
  }
  if (kind === 2) {
    return role("Russian Deputy Foreign Minister", "Deputy Foreign Minister", "Deputy Minister");
  }
  const title = `Deputy ${chair(gender)} of the State Duma`;
  return role(title, `Deputy ${chair(gender)}`, `Deputy ${chair(gender)}`);
}
