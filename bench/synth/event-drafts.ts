/**
 * An event before it is named for good (a draft: events.ts keeps those whose
 * names and phrases are still free), the helpers that write one, and the
 * drafts of Việt Nam's relations abroad: visits, ASEAN and BRICS summits, and
 * anniversaries of diplomatic relations. calendar-drafts.ts has the rest of
 * the calendar.
 */
import type { Random } from "./random.ts";
import { dateRange, dayOf, monthDaySpan, monthYear } from "./dates.ts";
import type { EventPhrase } from "./events.ts";
import { PARTNER_COUNTRIES, RUSSIA, VIETNAM, type Country, type Place } from "./places.ts";
import type { SynthPerson } from "./people.ts";

export interface Draft {
  name: Place;
  definite: boolean;
  description: string;
  startDay: number;
  endDay: number;
  aliases: EventPhrase[];
  /**
   * Keyword candidates, most natural first; the first free one is kept. A
   * fallback must not contain the first form, or it would clash with it too.
   */
  keywords: EventPhrase[][];
  people: SynthPerson[];
  namedPeople: SynthPerson[];
  topics?: string[];
}

export const phrase = (vi: string, en = vi, definite = false): EventPhrase => ({ vi, en, definite });
export const both = (make: (place: (p: Place) => string) => string, definite = false): EventPhrase => ({
  vi: make((p) => p.vi),
  en: make((p) => p.en),
  definite,
});

export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const suffix = ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
  return `${n}${suffix}`;
}

export const day = (year: number, month: number, date: number) =>
  dayOf(`${year}-${String(month).padStart(2, "0")}-${String(date).padStart(2, "0")}`);

export function randomDayIn(random: Random, year: number, months: readonly number[]): number {
  const month = random.pick(months);
  return day(year, month, random.int(1, 26));
}

export const YEARS = Array.from({ length: 10 }, (_, i) => 2016 + i);

/** The `count` most popular people of one nationality. */
export function leaders(people: readonly SynthPerson[], nationality: SynthPerson["nationality"], count: number): SynthPerson[] {
  return people.filter((person) => person.nationality === nationality).slice(0, count);
}

export function visitDrafts(random: Random, people: readonly SynthPerson[], count: number): Draft[] {
  const drafts: Draft[] = [];
  const used = new Set<string>();
  const vietnameseLeaders = leaders(people, "vietnamese", 30);
  const russianLeaders = leaders(people, "russian", 30);
  for (let attempt = 0; drafts.length < count && attempt < count * 20; attempt++) {
    const russianVisitor = random.chance(0.45);
    const visitor = random.pick(russianVisitor ? russianLeaders.slice(0, 8) : vietnameseLeaders.slice(0, 10));
    const destination: Country = russianVisitor ? VIETNAM : random.chance(0.5) ? RUSSIA : random.pick(PARTNER_COUNTRIES);
    const key = `${visitor.slug}>${destination.en}`;
    if (used.has(key)) continue;
    used.add(key);
    const host = russianVisitor
      ? random.pick(vietnameseLeaders.slice(0, 4))
      : destination === RUSSIA
        ? random.pick(russianLeaders.slice(0, 4))
        : undefined;
    const kind = /President|General Secretary/.test(visitor.role.formal) ? "state" : random.pick(["official", "official", "working"]);
    const year = random.pick(YEARS);
    const length = random.int(1, 3);
    // Days 1–26 plus at most three: a visit never spans two months.
    const start = randomDayIn(random, year, [1, 3, 4, 5, 6, 9, 10, 11, 12]);
    const end = start + length;
    const span = monthDaySpan(start, end);
    const owner = (p: (place: Place) => string) => p(visitor.name);
    drafts.push({
      name: both((p) => `${owner(p)}'s ${kind} visit to ${p(destination)} (${year})`),
      definite: false,
      description: `${kind[0]?.toUpperCase()}${kind.slice(1)} visit by ${visitor.role.title.vi} ${visitor.name.vi} to ${destination.vi}, ${dateRange(start, end)}.`,
      startDay: start,
      endDay: end,
      aliases: [
        both((p) => `${owner(p)}'s ${kind} visit to ${p(destination)}`),
        ...(visitor.titledShort ? [both((p) => `${p(visitor.titledShort as Place)}'s visit to ${p(destination)}`)] : []),
      ],
      keywords: [
        [
          both((p) => `${kind} visit to ${p(destination)} from ${span}`),
          both((p) => `${kind} visit to ${p(destination)} in ${monthYear(start)}`),
        ],
      ],
      people: host ? [visitor, host] : [visitor],
      namedPeople: [visitor],
    });
  }
  return drafts;
}

// biome-ignore format: a table packed by hand, several rows a line
const ASEAN_HOSTS: Record<number, Place> = {
  2016: { vi: "Vientiane", en: "Vientiane" }, 2017: { vi: "Manila", en: "Manila" },
  2018: { vi: "Singapore", en: "Singapore" }, 2019: { vi: "Bangkok", en: "Bangkok" },
  2020: { vi: "Hà Nội", en: "Hanoi" }, 2021: { vi: "Bandar Seri Begawan", en: "Bandar Seri Begawan" },
  2022: { vi: "Phnom Penh", en: "Phnom Penh" }, 2023: { vi: "Jakarta", en: "Jakarta" },
  2024: { vi: "Vientiane", en: "Vientiane" }, 2025: { vi: "Kuala Lumpur", en: "Kuala Lumpur" },
};

// biome-ignore format: a table packed by hand, several rows a line
const BRICS_HOSTS: Record<number, string> = {
  2016: "Goa", 2017: "Xiamen", 2018: "Johannesburg", 2019: "Brasília", 2020: "Moscow",
  2021: "New Delhi", 2022: "Beijing", 2023: "Johannesburg", 2024: "Kazan", 2025: "Rio de Janeiro",
};

export function summitDrafts(random: Random, people: readonly SynthPerson[]): Draft[] {
  const drafts: Draft[] = [];
  const vietnamese = leaders(people, "vietnamese", 12);
  const russian = leaders(people, "russian", 12);
  for (const year of YEARS) {
    const aseanCity = ASEAN_HOSTS[year] as Place;
    const aseanStart = randomDayIn(random, year, [10, 11]);
    const aseanNumber = 29 + (year - 2016) * 2;
    drafts.push({
      name: both(() => `${ordinal(aseanNumber)} ASEAN Summit`),
      definite: true,
      description: `${ordinal(aseanNumber)} ASEAN Summit, held in ${aseanCity.vi}, ${dateRange(aseanStart, aseanStart + 2)}.`,
      startDay: aseanStart,
      endDay: aseanStart + 2,
      aliases: [phrase(`${year} ASEAN Summit`, `${year} ASEAN Summit`, true), both((p) => `ASEAN Summit in ${p(aseanCity)}`, true)],
      keywords: [[both((p) => `ASEAN leaders in ${p(aseanCity)}`), both((p) => `ASEAN gathering in ${p(aseanCity)} in ${year}`)]],
      people: [random.pick(vietnamese.slice(0, 3))],
      namedPeople: [],
    });
    const bricsCity = BRICS_HOSTS[year] as string;
    const bricsStart = randomDayIn(random, year, [6, 7, 8, 9, 10]);
    drafts.push({
      name: both(() => `${ordinal(8 + year - 2016)} BRICS Summit`),
      definite: true,
      description: `${ordinal(8 + year - 2016)} BRICS Summit, held in ${bricsCity}, ${dateRange(bricsStart, bricsStart + 2)}.`,
      startDay: bricsStart,
      endDay: bricsStart + 2,
      aliases: [
        phrase(`${year} BRICS Summit`, `${year} BRICS Summit`, true),
        phrase(`BRICS Summit in ${bricsCity}`, `BRICS Summit in ${bricsCity}`, true),
      ],
      keywords: [[phrase(`BRICS leaders in ${bricsCity}`), phrase(`BRICS gathering in ${bricsCity} in ${year}`)]],
      people: [random.pick(russian.slice(0, 2)), random.pick(vietnamese.slice(0, 3))],
      namedPeople: [],
    });
    const forumStart = day(year, 9, random.int(2, 7));
    drafts.push({
      name: both(() => `${ordinal(2 + year - 2016)} Eastern Economic Forum`),
      definite: true,
      description: `${ordinal(2 + year - 2016)} Eastern Economic Forum in Vladivostok, ${dateRange(forumStart, forumStart + 3)}.`,
      startDay: forumStart,
      endDay: forumStart + 3,
      aliases: [phrase(`${year} Eastern Economic Forum`, `${year} Eastern Economic Forum`, true)],
      keywords: [[phrase(`forum in Vladivostok in ${year}`)]],
      people: [random.pick(russian.slice(0, 3)), random.pick(vietnamese.slice(0, 8))],
      namedPeople: [],
    });
    const committeeStart = randomDayIn(random, year, [3, 4, 10, 11]);
    const committeeCity = year % 2 === 0 ? { vi: "Hà Nội", en: "Hanoi" } : { vi: "Moscow", en: "Moscow" };
    drafts.push({
      name: both((p) => `${ordinal(20 + year - 2016)} meeting of the ${p(VIETNAM)}–Russia Intergovernmental Committee`),
      definite: true,
      description: `Annual meeting of the intergovernmental committee in ${committeeCity.vi}, ${dateRange(committeeStart, committeeStart + 1)}.`,
      startDay: committeeStart,
      endDay: committeeStart + 1,
      aliases: [both((p) => `${year} ${p(VIETNAM)}–Russia Intergovernmental Committee meeting`, true)],
      keywords: [[both((p) => `intergovernmental committee session in ${p(committeeCity)} in ${year}`)]],
      people: [random.pick(vietnamese.slice(4, 12)), random.pick(russian.slice(4, 12))],
      namedPeople: [],
    });
  }
  return drafts;
}

// biome-ignore format: a table packed by hand, several rows a line
const RELATIONS: ReadonlyArray<readonly [Country, string]> = [
  [RUSSIA, "1950-01-30"],
  ...(
    [
      ["Laos", "1962-09-05"], ["Cambodia", "1967-06-24"], ["Japan", "1973-09-21"], ["India", "1972-01-07"],
      ["Cuba", "1960-12-02"], ["France", "1973-04-12"], ["Germany", "1975-09-23"], ["South Korea", "1992-12-22"],
      ["Singapore", "1973-08-01"], ["Australia", "1973-02-26"], ["Indonesia", "1955-08-15"], ["Mongolia", "1954-11-17"],
    ] as const
  ).map(([name, date]) => [PARTNER_COUNTRIES.find((c) => c.en === name) as Country, date] as const),
];

export function anniversaryDrafts(people: readonly SynthPerson[]): Draft[] {
  const drafts: Draft[] = [];
  const vietnamese = leaders(people, "vietnamese", 10);
  const russian = leaders(people, "russian", 10);
  for (const [country, established] of RELATIONS) {
    const founded = Number(established.slice(0, 4));
    for (const year of YEARS) {
      const years = year - founded;
      if (years % 5 !== 0) continue;
      const start = dayOf(`${year}${established.slice(4)}`);
      drafts.push({
        name: both((p) => `${ordinal(years)} anniversary of ${p(VIETNAM)}–${p(country)} diplomatic relations`),
        definite: true,
        description: `${ordinal(years)} anniversary of diplomatic relations between ${VIETNAM.vi} and ${country.vi}, ${dateRange(start, start)}.`,
        startDay: start,
        endDay: start,
        aliases: [both((p) => `${ordinal(years)} anniversary of diplomatic ties between ${p(VIETNAM)} and ${p(country)}`, true)],
        keywords: [[both((p) => `${year} anniversary celebrations with ${p(country)}`)]],
        people:
          country === RUSSIA ? [vietnamese[0] as SynthPerson, russian[0] as SynthPerson] : [vietnamese[(years / 5) % 3] as SynthPerson],
        namedPeople: [],
      });
    }
  }
  return drafts;
}
