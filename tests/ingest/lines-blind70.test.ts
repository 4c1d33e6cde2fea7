/**
 * The rule fitted to the seventieth blind Việt Nam–Russia set (894–905), from a
 * Russian weekly's page (904): a lede whose full stop the copy lost, ending with
 * the outlet it was read in after a comma (`…, пишет газета «Зан чи»`), is text,
 * not a headline. With the real line it was written for, the headline above it,
 * and lines it must not take.
 */
import { describe, expect, it } from "vitest";
import { isTitleLine } from "../../src/ingest/headline.ts";
import { endsWithSourceAttribution } from "../../src/ingest/source-attribution.ts";

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
