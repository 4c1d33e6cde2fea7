import { describe, expect, it } from "vitest";
import { compilePeople, matchNames } from "../../src/taxonomy/match-names.ts";
import { tokenize } from "../../src/taxonomy/tokenize.ts";
import { person, realTaxonomy } from "./fixtures.ts";

const people = compilePeople(realTaxonomy().people);
const named = (text: string, compiled = people) => matchNames(tokenize([text]), compiled, []).mentions.map((mention) => mention.slug);

describe("a surname after a title", () => {
  it("names the one Russian person with that surname, in English, Russian and Vietnamese text", () => {
    expect(named("Security Council Deputy Chairman Medvedev warned on Tuesday")).toEqual(["dmitry-medvedev"]);
    expect(named("Federation Council Speaker Matviyenko received the delegation")).toEqual(["valentina-matviyenko"]);
    expect(named("Deputy Prime Minister Novak chaired the intergovernmental commission")).toEqual(["alexander-novak"]);
    expect(named("Встреча прошла с участием председателя Матвиенко.")).toEqual(["valentina-matviyenko"]);
    expect(named("По словам министра Белоусова, учения прошли")).toEqual(["andrei-belousov"]);
    expect(named("министр Шойгу")).toEqual(["sergei-shoigu"]);
    expect(named("Chủ tịch Medvedev tiếp đoàn đại biểu Việt Nam")).toEqual(["dmitry-medvedev"]);
  });

  it("counts as a full mention that a bare surname may refer back to", () => {
    expect(named("Chairman Medvedev met the delegation. Medvedev said")).toEqual(["dmitry-medvedev", "dmitry-medvedev"]);
  });

  it("lets a bare surname the taxonomy lists no short name for refer back to a full mention", () => {
    expect(named("Валентина Матвиенко прибыла в Ханой. Матвиенко отметила")).toEqual(["valentina-matviyenko", "valentina-matviyenko"]);
    expect(named("Сергей Шойгу прибыл. По словам Шойгу, визит важен")).toEqual(["sergei-shoigu", "sergei-shoigu"]);
    // Not before the full mention, not glued to another given name, not for the other person sharing it.
    expect(named("Матвиенко отметила. Валентина Матвиенко прибыла")).toEqual(["valentina-matviyenko"]);
    expect(named("Maria Zakharova said. Lyudmila Zakharova added")).toEqual(["maria-zakharova"]);
    const petrovs = compilePeople([person("Igor Petrov"), person("Oleg Petrov")]);
    expect(named("Igor Petrov and Oleg Petrov met. Petrov said", petrovs)).toEqual(["igor-petrov", "oleg-petrov"]);
    expect(named("Igor Petrov met the press. Petrov said", petrovs)).toEqual(["igor-petrov", "igor-petrov"]);
  });

  it("names nobody without a title, for a Vietnamese given name, or for a surname of two people", () => {
    expect(named("Medvedev said on Tuesday")).toEqual([]);
    expect(named("President Lâm and Chủ tịch Cường")).toEqual([]);
    expect(named("Tennis player Novak Djokovic won")).toEqual([]);
    expect(named("Minister Zakharov said")).toEqual([]); // not Maria Zakharova
    const two = compilePeople([person("Igor Novak"), ...realTaxonomy().people]);
    expect(named("Deputy Prime Minister Novak said", two)).toEqual([]);
  });
});
