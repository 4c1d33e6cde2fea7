/**
 * A rule fitted to the thirty-ninth blind Việt Nam–Russia set (522–533): a
 * Russian ordinal count of the years of relations with Việt Nam (`71-й
 * годовщины установления дипломатических отношений между Россией и
 * Вьетнамом`) gives the year the text is written in. With the reworded real
 * line it was written for and lines it must not match.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { keptDaysOf } from "../../src/ingest/event-spans.ts";
import { anniversaryYears, type KeptDay } from "../../src/ingest/infer-date.ts";
import { parseSource } from "../../src/ingest/parse-source.ts";
import { loadTaxonomy } from "../../src/taxonomy/load-taxonomy.ts";

let kept: KeptDay[];

beforeAll(async () => {
  const { taxonomy } = await loadTaxonomy("content/taxonomy");
  kept = keptDaysOf(taxonomy.eventWords?.anniversaries ?? []);
});

const LEDE_532 =
  "29 января в административно-деловом комплексе «Невская Ратуша» прошла торжественная видеоконференция в честь 71-й годовщины установления дипломатических отношений между Россией и Вьетнамом.";

describe("a Russian ordinal count of the years of relations with Việt Nam (blind-vnru-39, 532)", () => {
  it("counts 71 years from 1950 after `71-й годовщины` and the relations named", () => {
    expect(anniversaryYears(LEDE_532, kept)).toEqual([2021]);
    expect(
      anniversaryYears("Стороны отметили 70-ю годовщину установления дипломатических отношений между Россией и Вьетнамом.", kept),
    ).toEqual([2020]);
  });

  it("counts nothing for relations with another country, another anniversary, or an ordinal without `годовщина`", () => {
    expect(anniversaryYears("в честь 71-й годовщины установления дипломатических отношений между Россией и Индией.", kept)).toEqual([]);
    expect(anniversaryYears("Университет отметил 71-ю годовщину со дня основания.", kept)).toEqual([]);
    expect(anniversaryYears("на 71-й странице доклада об установлении дипломатических отношений между Россией и Вьетнамом", kept)).toEqual(
      [],
    );
  });

  it("dates the page 29 January 2021", () => {
    const page = [
      LEDE_532,
      "Выступая, Юлия Александровна рассказала об истории связей Герценовского университета с образовательными учреждениями республики Вьетнам.",
    ].join("\n");
    expect(parseSource(page, { today: "2026-12-06", keptDays: kept }).date).toBe("2021-01-29");
  });
});
