/**
 * The rule fitted to the seventy-first blind Việt Nam–Russia set (906–917), from
 * a Russian outlet's page (914): the description printed under the headline ends
 * with the site's name and the day in figures (`… стратегическими. РИА Новости,
 * 24.02.2026`); the name and the day are furniture, the description's sentences
 * stay. With the real line it was written for and lines it must not take.
 */
import { describe, expect, it } from "vitest";
import { withoutDescriptionStamp } from "../../src/ingest/description-stamp.ts";

describe("a description's stamp of the site's name and the day (blind-vnru-71, 914)", () => {
  it("takes the name and the day off the description, keeping its sentence and stop", () => {
    expect(
      withoutDescriptionStamp(
        "Глава МИД РФ Сергей Лавров назвал отношения России и Вьетнама по-настоящему братскими и стратегическими. РИА Новости, 24.02.2026",
      ),
    ).toBe("Глава МИД РФ Сергей Лавров назвал отношения России и Вьетнама по-настоящему братскими и стратегическими.");
    expect(withoutDescriptionStamp("Vietnam and Russia signed three agreements on Monday. Sputnik, 20.06.2024")).toBe(
      "Vietnam and Russia signed three agreements on Monday.",
    );
  });

  it("leaves lines alone that end on their own stop, or whose tail is no name and day", () => {
    const untouched = [
      // the caption with the site's name glued to a number (blind-vnru-69, 882): no bare name before the day
      "Russian President Vladimir Putin and his Vietnamese counterpart To Lam. June 20, 2024. - Sputnik International, 1920, 20.06.2024",
      // a sentence that ends with a day in figures
      "Trade grew by a fifth in the year to 20.06.2024.",
      "The agreement was signed in Moscow, 20.06.2024",
      // a name and a day alone, with no description before them
      "Hà Nội, 12.03.2020",
      "Москва. РИА Новости, 24.02.2026",
      // a lower-case word after the stop is no site's name
      "Лавров назвал отношения братскими. по данным агентства, 24.02.2026",
      // an ordinary sentence
      "Лавров назвал отношения России и Вьетнама братскими.",
    ];
    for (const line of untouched) expect(withoutDescriptionStamp(line)).toBe(line);
  });
});
