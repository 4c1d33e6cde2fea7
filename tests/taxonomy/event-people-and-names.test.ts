/**
 * Three readings of an event's evidence, each on the real (reworded) lines of
 * the blind pages it was written for and on lines it must not take:
 *   - a Russian co-chair named by surname alone is one of the event's people in
 *     the text (blind-vnru-35, 475), though not tagged as a person;
 *   - someone else an event's name names is found by surname, whatever the
 *     spelling of the first name (`Sergei Lavrov` for the name's `Sergey
 *     Lavrov`, blind-vnru-32, 439), and the name's month is no place to find;
 *   - a Russian report's `беседа` (talk) is a word of a visit (blind-vnru-29, 411).
 */
import { describe, expect, it } from "vitest";
import { compilePeople } from "../../src/taxonomy/match-names.ts";
import { barelyNamed } from "../../src/taxonomy/titled-surnames.ts";
import { tokenize } from "../../src/taxonomy/tokenize.ts";
import { anchorsOf, eventsOf } from "./event-tagging.ts";
import { person, realTaxonomy } from "./fixtures.ts";

const people = compilePeople(realTaxonomy().people);
const bare = (text: string, compiled = people) =>
  [...barelyNamed(tokenize([text]), compiled.surnames, () => false)].map((index) => compiled.slugs[index]);

describe("a surname alone (barelyNamed)", () => {
  it("names the one person of the taxonomy with that surname", () => {
    expect(bare("For his part, Chernyshenko said Russia regards Vietnam as its most important partner in the region.")).toEqual([
      "dmitry-chernyshenko",
    ]);
    expect(bare("По словам Шойгу, Москва готова продвигать взаимодействие")).toEqual(["sergei-shoigu"]);
  });

  it("names nobody for a Vietnamese given name, a surname glued to another name or in the possessive, or a surname of two people", () => {
    expect(bare("Speaking at the event, Ha said Vietnam values its comprehensive strategic partnership with Russia.")).toEqual([]);
    expect(bare("Tennis player Novak Djokovic won")).toEqual([]);
    expect(bare("The figures were reported as agreed during Putin's visit to Hanoi.")).toEqual([]);
    const petrovs = compilePeople([person("Igor Petrov"), person("Oleg Petrov")]);
    expect(bare("Petrov said the talks went well", petrovs)).toEqual([]);
  });
});

const SESSION_24 = "vietnam-russia-intergovernmental-committee-24th-session-2023";
const TITLE_475 = "Vietnam-Russia intergovernmental committee convenes 24th meeting";
const LEDE_475 =
  "Speaking at the event, Ha said Vietnam values its comprehensive strategic partnership with Russia and wishes to see it keep developing and yield many practical results in the time ahead.";
const CO_CHAIR_475 =
  "For his part, Chernyshenko said Russia regards Vietnam as its most important partner in the region and hopes to broaden and deepen the comprehensive strategic partnership.";

describe("an event's person named by surname alone (475)", () => {
  it("anchors the undated report on the session its headline numbers, and tags it", () => {
    expect(anchorsOf(TITLE_475, LEDE_475, CO_CHAIR_475)).toEqual(["24th session of the Việt Nam–Russia Intergovernmental Committee"]);
    expect(eventsOf("2023-04-06", TITLE_475, LEDE_475, CO_CHAIR_475)).toContain(SESSION_24);
  });

  it("is still needed: the headline's words alone anchor nothing", () => {
    expect(anchorsOf(TITLE_475, LEDE_475)).toEqual([]);
    expect(eventsOf("2023-04-06", TITLE_475, LEDE_475)).not.toContain(SESSION_24);
  });
});

const PHONE_TALKS = "pham-binh-minh-lavrov-phone-talks-2020";
const TITLE_439 = "Top diplomats of Vietnam, Russia talk strengthening bilateral cooperation";
const LEDE_439 =
  "Deputy Prime Minister and Foreign Minister Pham Binh Minh and Russian Foreign Minister Sergei Lavrov spoke by phone on May 29 about ways to reinforce bilateral cooperation and the coordination of the two countries at the UN Security Council.";

describe("the other person an event's name names, in any spelling of the first name (439)", () => {
  it("makes a report dated on the event's days that names both of them a report of it", () => {
    expect(eventsOf("2020-05-30", TITLE_439, LEDE_439)).toContain(PHONE_TALKS);
  });

  it("does not make it one on other days, or without the other person", () => {
    expect(eventsOf("2020-07-15", TITLE_439, LEDE_439)).not.toContain(PHONE_TALKS);
    const withoutLavrov = LEDE_439.replace("and Russian Foreign Minister Sergei Lavrov ", "");
    expect(eventsOf("2020-05-30", TITLE_439, withoutLavrov)).not.toContain(PHONE_TALKS);
  });
});

const SHOIGU_VISIT = "shoigu-visit-vietnam-2025";
const LEDE_411 =
  "Россия намерена развивать с Вьетнамом военное и военно-техническое сотрудничество. Такое заявление сделал секретарь Совета безопасности (СБ) РФ Сергей Шойгу в беседе с министром национальной обороны Вьетнама Фан Ван Зянгом.";

describe("`беседа` as a word of a visit (411)", () => {
  it("makes a Russian report on the visit's days, naming its visitor and destination, a report of it", () => {
    expect(eventsOf("2025-12-10", "", LEDE_411)).toContain(SHOIGU_VISIT);
  });

  it("does not on other days", () => {
    expect(eventsOf("2025-08-10", "", LEDE_411)).not.toContain(SHOIGU_VISIT);
  });
});
