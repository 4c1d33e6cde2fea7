/**
 * The rules fitted to the seventieth blind Việt Nam–Russia set (894–905): from a
 * Russian weekly's page (904), a lede whose full stop the copy lost, ending with
 * the outlet it was read in after a comma (`…, пишет газета «Зан чи»`), is text,
 * not a headline; from a Moscow paper's column (905), a Vietnamese person's given
 * name is the last word in Russian too, so `Нгуен Шинь Кунг` (Hồ Chí Minh's birth
 * name) is no typo of `Нгуен Шинь Хунг` (but `Соном` still is `Шон`: Russian writes a
 * Vietnamese `s` both ways). With the real lines they were written for and lines
 * they must not take.
 */
import { describe, expect, it } from "vitest";
import { isTitleLine } from "../../src/ingest/headline.ts";
import { endsWithSourceAttribution } from "../../src/ingest/source-attribution.ts";
import { compilePeople, matchNames } from "../../src/taxonomy/match-names.ts";
import { tokenize } from "../../src/taxonomy/tokenize.ts";
import { realTaxonomy } from "../taxonomy/fixtures.ts";

const LEDE =
  "В ближайшее время Вьетнам начнет применять российскую вакцину «Спутник V» в ходе общенациональной кампании вакцинации от COVID-19, пишет газета «Зан чи»";

describe("a lede that names its source after a comma is no headline (blind-vnru-70, 904)", () => {
  it("reads the source at the end of the real lede and of other such sentences", () => {
    expect(endsWithSourceAttribution(LEDE)).toBe(true);
    expect(isTitleLine(LEDE)).toBe(false);
    expect(endsWithSourceAttribution("Путин прибыл в Ханой с государственным визитом, сообщает ТАСС")).toBe(true);
    expect(endsWithSourceAttribution("Стороны подписали 11 документов, передают РИА Новости ")).toBe(true);
    expect(endsWithSourceAttribution("Делегация посетила Хошимин, информирует 1prime.ru")).toBe(true);
  });

  it("leaves headlines that credit their source after a dash or a colon, and sentences that end otherwise", () => {
    expect(endsWithSourceAttribution("Вьетнам начнет применять вакцину «Спутник V» - СМИ")).toBe(false);
    expect(isTitleLine("Вьетнам начнет применять вакцину «Спутник V» - СМИ")).toBe(true);
    expect(endsWithSourceAttribution("СМИ: Вьетнам начнет применять вакцину «Спутник V»")).toBe(false);
    expect(endsWithSourceAttribution("Как сообщает ТАСС, Путин прибыл в Ханой")).toBe(false);
    expect(endsWithSourceAttribution("Газета пишет о визите Путина во Вьетнам")).toBe(false);
    expect(endsWithSourceAttribution("Путин прибыл в Ханой, сообщает ТАСС.")).toBe(false);
    expect(endsWithSourceAttribution("Vietnam to buy Russian jets, reports say")).toBe(false);
    expect(isTitleLine("Vietnam to buy Russian jets, reports say")).toBe(true);
  });
});

const people = compilePeople(realTaxonomy().people);

/** The people named in a text, with `~` after a spelling the taxonomy lacks and `?` after a typo. */
function named(text: string): string[] {
  return matchNames(tokenize([text]), people, []).mentions.map(
    (mention) => `${mention.slug}${mention.variant ? (mention.variant.typo ? "?" : "~") : ""}`,
  );
}

describe("a Vietnamese given name in Cyrillic is no typo of another (blind-vnru-70, 905)", () => {
  it("does not take Hồ Chí Minh's birth name for Nguyễn Sinh Hùng", () => {
    expect(
      named(
        "Хо Ши Мин (его подлинные имена: «молочное», данное при рождении, – Нгуен Шинь Кунг и «книжное» – Нгуен Тат Тхань) едет из Парижа в Москву.",
      ),
    ).toEqual([]);
    expect(named("Нгуен Шинь Кунг родился в 1890 году.")).toEqual([]);
  });

  it("still finds the person under the name as the taxonomy spells it, and a typo in a family name", () => {
    expect(named("Председатель Национального собрания Нгуен Шинь Хунг прибыл в Москву.")).toEqual(["nguyen-sinh-hung"]);
    expect(named("Председатель Национального собрания Нгуен Шинь Хунга встретил Матвиенко.")).toContain("nguyen-sinh-hung");
    expect(named("Chairman Nguyen Sinh Hung arrived in Moscow.")).toEqual(["nguyen-sinh-hung"]);
    // Russian's two renderings of a Vietnamese `s` (с, ш) in the given name are one name (blind-vnru-7, 144).
    expect(named("Лавров выступал на встрече со своим вьетнамским коллегой Буй Тхань Соном в Ханое.")).toEqual(["bui-thanh-son?"]);
  });
});
