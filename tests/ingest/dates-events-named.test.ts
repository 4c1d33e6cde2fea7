/**
 * Two last resorts for an undated text, fitted across the blind Việt
 * Nam–Russia sets: the one event the text names outright (not only the one
 * its evidence decides) dates a text that writes no day (blind-vnru-52, 679),
 * and a day written without a year takes the year of the one event of the
 * text's people whose days hold it (blind-vnru-53, 693). With the reworded
 * real lines they were written for and lines they must not date.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { planEntry, type PlanContext } from "../../src/ingest/plan-entry.ts";
import { loadTaxonomy } from "../../src/taxonomy/load-taxonomy.ts";
import { compileTaxonomy } from "../../src/taxonomy/tag-article.ts";

let context: PlanContext;

beforeAll(async () => {
  const { taxonomy, hash } = await loadTaxonomy("content/taxonomy");
  context = { matcher: compileTaxonomy(taxonomy), taxonomyHash: hash, today: "2026-12-03" };
});

const SOURCE_679 = [
  "Gen. Giang is heading a high-level delegation of the Ministry of National Defense to the 10th International Military-Technical Forum ARMY-2024 in Russia and to the unveiling of the monument to the Vietnamese volunteer troops who fought to defend Moscow in the Great Patriotic War (1941-1945).",
  "",
  "In the talks, the Vietnamese defense chief stressed that his delegation came this time to carry out the policy of deepening the traditional friendship and comprehensive strategic partnership.",
  "",
].join("\n");

describe("the one event an undated text names, and no day of its own (blind-vnru-52, 679)", () => {
  it("dates the text on the last day of the Army-2024 visit it names (14 August 2024), flagged as inferred", () => {
    const { plan } = planEntry("679.txt", SOURCE_679, context);
    expect(plan?.date).toBe("2024-08-14");
    expect(plan?.data.dateInferred).toBe(true);
  });

  it("does not date a text that names no event", () => {
    const plain = SOURCE_679.replace("the 10th International Military-Technical Forum ARMY-2024 in Russia", "a forum abroad");
    expect(planEntry("679-plain.txt", plain, context).plan).toBeUndefined();
  });
});

const SOURCE_693 = [
  "Russian Foreign Minister shakes hands with Vietnamese leaders",
  "",
  "On July 6 the Russian Foreign Minister met Vietnam's Communist Party General Secretary, its Prime Minister and its Foreign Minister, the media of the two countries reported. Foreign Minister Sergey Lavrov was in Vietnam on July 5-6 at a time when many Western countries are isolating Moscow.",
  "",
  "The Russian foreign minister's separate meetings with Prime Minister Pham Minh Chinh and then with Party General Secretary Nguyen Phu Trong took place on the afternoon of July 6.",
  "",
].join("\n");

describe("a day without a year that one event of the text's people holds (blind-vnru-53, 693)", () => {
  it("takes the year of Lavrov's visit of 5–6 July 2022 for `On July 6`", () => {
    const { plan } = planEntry("693.txt", SOURCE_693, context);
    expect(plan?.date).toBe("2022-07-06");
    expect(plan?.data.dateInferred).toBe(true);
  });

  it("does not take a year when no event of the text's people holds the day", () => {
    const otherDay = SOURCE_693.replaceAll("July 6", "August 20").replace("July 5-6", "August 19-20");
    expect(planEntry("693-other.txt", otherDay, context).plan).toBeUndefined();
  });

  it("does not take a year from an event of a person the text does not name", () => {
    const nobody = SOURCE_693.replace("Foreign Minister Sergey Lavrov", "The minister")
      .replace("Prime Minister Pham Minh Chinh", "the Prime Minister")
      .replace("Party General Secretary Nguyen Phu Trong", "the Party leader");
    expect(planEntry("693-nobody.txt", nobody, context).plan).toBeUndefined();
  });
});
