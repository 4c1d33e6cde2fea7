import { describe, expect, it } from "vitest";
import { contentStream } from "../../src/taxonomy/content-words.ts";
import { compileEvents, dayNumber, findEvents } from "../../src/taxonomy/match-events.ts";
import { tokenize } from "../../src/taxonomy/tokenize.ts";
import { event, realTaxonomy } from "./fixtures.ts";

const events = compileEvents(realTaxonomy().events);

function eventsIn(text: string, date: string | undefined, people: string[] = [], compiled = events): string[] {
  return findEvents(contentStream(tokenize([text])), compiled, new Set(people), date);
}

describe("findEvents", () => {
  it("tags an event its alias names, whatever the article's date after it", () => {
    // Seed 000 (2025-01-15), seed 003 (2025-01-11), seed 002 (2025-01-14).
    expect(eventsIn("especially after Russian President Putin’s state visit to Vietnam in June 2024", "2025-01-15")).toEqual([
      "putin-state-visit-vietnam-2024",
    ]);
    expect(eventsIn("PM Chính visited Russia to attend the expanded BRICS Summit in Kazan in October 2024", "2025-01-11")).toEqual([
      "brics-summit-kazan-2024",
    ]);
    expect(
      eventsIn("especially after the state visit to Vietnam by Russian President Vladimir Putin in June 2024.", "2025-01-14"),
    ).toEqual(["putin-state-visit-vietnam-2024"]);
    expect(eventsIn("Russia invites General Secretary to attend 80th anniversary of Victory Day", "2025-01-14")).toEqual([
      "to-lam-russia-visit-victory-day-2025",
    ]);
  });

  it("does not take 'a state visit' for Putin's", () => {
    expect(eventsIn("The Chair will pay a state visit to Brazil next year.", "2025-01-14", ["vladimir-putin"])).toEqual([]);
    expect(eventsIn("Putin's state visit to Việt Nam", "2025-01-14")).toEqual(["putin-state-visit-vietnam-2024"]);
  });

  it("ignores an alias in an article dated long before the event", () => {
    expect(eventsIn("the BRICS Summit in Kazan", "2022-05-01")).toEqual([]);
    expect(eventsIn("the BRICS Summit in Kazan", undefined)).toEqual(["brics-summit-kazan-2024"]);
  });

  it("tags from a keyword with one of the event's people and a date near it", () => {
    // Seed 001 (2025-05-09): nothing names the Victory Day visit outright.
    const line = "on May 8, at the Russian Government Headquarters in Moscow, General Secretary To Lam had a meeting";
    expect(eventsIn(line, "2025-05-09", ["to-lam"])).toEqual(["to-lam-russia-visit-victory-day-2025"]);
    // Seed 004 (2025-01-14).
    const visit = "welcomed his Russian counterpart Mikhail Mishustin on the latter’s first official visit to Việt Nam";
    expect(eventsIn(visit, "2025-01-14", ["mikhail-mishustin"])).toEqual(["mishustin-visit-vietnam-2025"]);
  });

  it("does not tag from a keyword without the people, or far from the date", () => {
    const line = "at the Russian Government Headquarters in Moscow, General Secretary To Lam had a meeting";
    expect(eventsIn(line, "2025-05-09", [])).toEqual([]);
    expect(eventsIn(line, "2024-02-01", ["to-lam"])).toEqual([]);
    expect(eventsIn(line, undefined, ["to-lam"])).toEqual([]);
    // Seed 003: Mẫn's visit to Russia in September 2024 is not Tô Lâm's.
    const man = "National Assembly Chairman Trần Thanh Mẫn made an official visit to Russia in September 2024";
    expect(eventsIn(man, "2025-01-11", ["tran-thanh-man"])).toEqual([]);
  });

  it("keeps the 75th anniversary of other countries' relations apart", () => {
    // Seed 004: with Mishustin, close to 30 January 2025.
    const line = "The two countries are also celebrating the 75th anniversary of their diplomatic ties this year.";
    expect(eventsIn(line, "2025-01-14", ["mikhail-mishustin"])).toEqual(["vietnam-russia-relations-75th-anniversary"]);
    expect(eventsIn(line, "2025-01-14", ["to-lam"])).toEqual([]);
    expect(eventsIn("the 75th anniversary of Việt Nam–Russia diplomatic relations", "2025-06-01")).toEqual([
      "vietnam-russia-relations-75th-anniversary",
    ]);
  });

  it("lists events in order of first mention", () => {
    // Seed 003.
    const text =
      "Mikhail Vladimirovich Mishustin's official visit to Việt Nam from January 14-15. PM Chính visited Russia to attend the expanded BRICS Summit in Kazan in October 2024. It is expected to contribute, as agreed during Putin's state visit to Việt Nam in June last year.";
    expect(eventsIn(text, "2025-01-11", ["mikhail-mishustin"])).toEqual([
      "mishustin-visit-vietnam-2025",
      "brics-summit-kazan-2024",
      "putin-state-visit-vietnam-2024",
    ]);
  });

  it("lets a longer alias of one event win over a keyword of another", () => {
    const compiled = compileEvents([
      event("Putin visit", "2024-06-19", { aliases: ["Putin's state visit to Vietnam"] }),
      event("Mishustin visit", "2025-01-14", { keywords: ["visit to Vietnam"], people: ["mikhail-mishustin"] }),
    ]);
    expect(eventsIn("recalled Putin's state visit to Vietnam", "2025-01-14", ["mikhail-mishustin"], compiled)).toEqual([
      "putin-visit",
    ]);
  });

  it("counts days the calendar way", () => {
    expect(dayNumber("2025-01-30") - dayNumber("2024-12-31")).toBe(30);
    expect(dayNumber("2024-03-01") - dayNumber("2024-02-28")).toBe(2);
  });

  it("tags an event a keyword names with the event's month and year, whatever the article's date", () => {
    const line = "recalled the results of the Russian President's state visit to Vietnam in June 2024.";
    expect(eventsIn(line, "2024-10-23", [])).toEqual(["putin-state-visit-vietnam-2024"]);
    expect(eventsIn("chuyến thăm cấp Nhà nước tới Việt Nam tháng 6/2024", "2025-03-01", [])).toEqual(["putin-state-visit-vietnam-2024"]);
    // Seed 003: another month, another visit.
    const man = "National Assembly Chairman Trần Thanh Mẫn made an official visit to Russia in September 2024";
    expect(eventsIn(man, "2025-01-11", [])).toEqual([]);
  });

  it("tags an article of the event's own days that names its people and the places in its name", () => {
    const compiled = compileEvents(realTaxonomy().events, realTaxonomy().people);
    // AP, 20 June 2024: nothing says "state visit".
    const ap = "Russian President Vladimir Putin signed about a dozen agreements with Vietnam on Thursday.";
    expect(eventsIn(ap, "2024-06-20", ["vladimir-putin"], compiled)).toEqual(["putin-state-visit-vietnam-2024"]);
    expect(eventsIn(ap, "2024-07-20", ["vladimir-putin"], compiled)).toEqual([]);
    expect(eventsIn(ap, "2024-06-20", [], compiled)).toEqual([]);
    expect(eventsIn("Putin signed a defence pact in Pyongyang.", "2024-06-19", ["vladimir-putin"], compiled)).toEqual([]);
    // The summit needs the proper names in its name.
    expect(eventsIn("Putin hosted a summit of emerging economies.", "2024-10-23", ["vladimir-putin"], compiled)).toEqual([]);
  });
});
