/**
 * The drafts of the home calendar: typhoons, sessions of the National Assembly
 * and the State Duma, SEA Games and cultural weeks (event-drafts.ts has the
 * visits, summits and anniversaries).
 */
import type { Random } from "./random.ts";
import { dateRange, dayOf, yearOf } from "./dates.ts";
import { both, leaders, ordinal, phrase, randomDayIn, YEARS, type Draft } from "./event-drafts.ts";
import { VIETNAM, type Place } from "./places.ts";
import type { SynthPerson } from "./people.ts";

// biome-ignore format: a table packed by hand, several rows a line
const TYPHOONS: ReadonlyArray<readonly [string, string]> = [
  ["Sarika", "2016-10-18"], ["Damrey", "2017-11-04"], ["Doksuri", "2017-09-15"], ["Bebinca", "2018-08-16"],
  ["Podul", "2019-08-30"], ["Molave", "2020-10-28"], ["Vamco", "2020-11-15"], ["Conson", "2021-09-11"],
  ["Noru", "2022-09-28"], ["Saola", "2023-09-02"], ["Yagi", "2024-09-07"], ["Trami", "2024-10-27"],
  ["Kajiki", "2025-08-25"], ["Bualoi", "2025-09-28"],
];

export function typhoonDrafts(random: Random, people: readonly SynthPerson[]): Draft[] {
  const responders = leaders(people, "vietnamese", 25).filter((person) => /Prime Minister|Minister/.test(person.role.formal));
  return TYPHOONS.map(([storm, landfall]) => {
    const start = dayOf(landfall);
    const end = start + random.int(2, 5);
    return {
      name: phrase(`Typhoon ${storm}`),
      definite: false,
      description: `Typhoon ${storm} and the floods that followed, ${dateRange(start, end)}.`,
      startDay: start,
      endDay: end,
      aliases: [phrase(`storm ${storm}`)],
      keywords: [[phrase(`${storm} recovery`)]],
      people: [random.pick(responders)],
      namedPeople: [],
      topics: ["natural-disasters"],
    };
  });
}

export function sessionDrafts(random: Random, people: readonly SynthPerson[]): Draft[] {
  const chair = leaders(people, "vietnamese", 12).filter((person) => person.role.formal.startsWith("National Assembly"));
  const drafts: Draft[] = [];
  for (const year of YEARS) {
    for (const [season, months] of [
      ["mid-year", [5]],
      ["year-end", [10]],
    ] as const) {
      const term = year < 2021 || (year === 2021 && season === "mid-year") ? 14 : 15;
      const termStart = term === 14 ? 2016 : 2021;
      const number = (year - termStart) * 2 + (season === "mid-year" ? 1 : 2) - (term === 15 ? 1 : 0);
      if (number < 1) continue;
      const start = randomDayIn(random, year, months);
      const end = start + random.int(18, 28);
      drafts.push({
        name: phrase(`${ordinal(number)} session of the ${term}th National Assembly`),
        definite: true,
        description: `${ordinal(number)} session of the ${term}th National Assembly, ${dateRange(start, end)}.`,
        startDay: start,
        endDay: end,
        aliases: [phrase(`${year} ${season} session of the National Assembly`, undefined, true)],
        keywords: [[phrase(`legislators' ${season} sitting in ${year}`)]],
        people: chair.length > 0 ? [chair[0] as SynthPerson] : [],
        namedPeople: [],
      });
    }
  }
  return drafts;
}

const SEA_GAMES: ReadonlyArray<readonly [number, Place, string, number]> = [
  [29, { vi: "Kuala Lumpur", en: "Kuala Lumpur" }, "2017-08-19", 11],
  [30, { vi: "Manila", en: "Manila" }, "2019-11-30", 11],
  [31, { vi: "Hà Nội", en: "Hanoi" }, "2022-05-12", 11],
  [32, { vi: "Phnom Penh", en: "Phnom Penh" }, "2023-05-05", 12],
  [33, { vi: "Bangkok", en: "Bangkok" }, "2025-12-09", 11],
];

export function gamesDrafts(random: Random, people: readonly SynthPerson[]): Draft[] {
  const officials = leaders(people, "vietnamese", 40).filter((person) => person.role.title.vi.includes("Culture"));
  return SEA_GAMES.map(([number, city, opening, days]) => {
    const start = dayOf(opening);
    const year = yearOf(start);
    return {
      name: phrase(`${ordinal(number)} SEA Games`),
      definite: true,
      description: `${ordinal(number)} Southeast Asian Games in ${city.vi}, ${dateRange(start, start + days)}.`,
      startDay: start,
      endDay: start + days,
      aliases: [phrase(`SEA Games ${year}`), both((p) => `${p(city)} SEA Games`, true)],
      keywords: [[both((p) => `Games in ${p(city)}`), both((p) => `regional Games of ${year} in ${p(city)}`)]],
      people: officials.length > 0 ? [random.pick(officials)] : [],
      namedPeople: [],
      topics: ["sport"],
    };
  });
}

export function cultureDrafts(random: Random, people: readonly SynthPerson[]): Draft[] {
  const pool = people.slice(0, 60);
  return YEARS.map((year) => {
    const inVietnam = year % 2 === 0;
    const start = randomDayIn(random, year, [6, 7, 8, 9]);
    const name = inVietnam
      ? both((p) => `Russian Culture Days in ${p(VIETNAM)} ${year}`)
      : phrase(`Days of Vietnamese Culture in Russia ${year}`);
    return {
      name,
      definite: false,
      description: `${name.vi}, ${dateRange(start, start + 4)}.`,
      startDay: start,
      endDay: start + 4,
      aliases: [
        inVietnam
          ? phrase(`${year} Russian Culture Days`, undefined, true)
          : phrase(`${year} Vietnamese Culture Days in Russia`, undefined, true),
      ],
      keywords: [[phrase(`culture days programme of ${year}`)]],
      people: [random.pick(pool.filter((person) => person.nationality === (inVietnam ? "russian" : "vietnamese")))],
      namedPeople: [],
      topics: ["culture"],
    };
  });
}
