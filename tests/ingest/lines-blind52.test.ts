/**
 * What was fitted to the fifty-second blind Việt Nam–Russia set (678–689): the
 * taxonomy writes the Sputnik V vaccine among the words only reports of
 * Patrushev's visit of March 2021 write (686), so that an undated report of it
 * is placed on that visit and not on his visits of 2016 or 2017. With the
 * reworded real lines it was written for and texts it must not place.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { planEntry, type PlanContext } from "../../src/ingest/plan-entry.ts";
import { loadTaxonomy } from "../../src/taxonomy/load-taxonomy.ts";
import { compileTaxonomy } from "../../src/taxonomy/tag-article.ts";

let context: PlanContext;

beforeAll(async () => {
  const { taxonomy, hash } = await loadTaxonomy("content/taxonomy");
  context = { matcher: compileTaxonomy(taxonomy), taxonomyHash: hash, today: "2026-12-07" };
});

const SOURCE_686 = [
  "Делегация российских силовиков, которую возглавлял секретарь Совета безопасности Николай Патрушев, закончила свой визит во Вьетнам. Поскольку из-за пандемии коронавируса контакты поневоле стали реже, программу визита сделали как можно более плотной. Кроме того, в Ханой доставили первую партию вакцины «Спутник V».",
  "",
  "Секретарь Совбеза РФ Николай Патрушев (в центре) и министр общественной безопасности Вьетнама То Лам (справа)",
].join("\n");

describe("the Sputnik V vaccine, a word only reports of Patrushev's visit of March 2021 write (blind-vnru-52, 686)", () => {
  it("places an undated text on that visit", () => {
    const { plan } = planEntry("686.txt", SOURCE_686, context);
    expect(plan?.date).toBe("2021-03-17");
    expect(plan?.data.dateInferred).toBe(true);
    expect(plan?.data.events).toContain("patrushev-visit-vietnam-2021");
  });

  it("in English as in Russian", () => {
    const english = [
      "Nikolai Patrushev, Secretary of Russia's Security Council, has wrapped up his working visit to Việt Nam. His delegation brought the first batch of the Sputnik V vaccine to Hà Nội as a gift.",
      "",
      "During the visit to Việt Nam, Patrushev held talks on security cooperation at the Ministry of Public Security.",
    ].join("\n");
    const { plan } = planEntry("686-en.txt", english, context);
    expect(plan?.date).toBe("2021-03-17");
    expect(plan?.data.events).toContain("patrushev-visit-vietnam-2021");
  });

  it("not the vaccine without Patrushev: a defence minister thanking Russia for it is no report of his visit", () => {
    const giang =
      "Defence Minister Gen. Phan Van Giang thanked Russia for the Sputnik V vaccine it gave Vietnam. He received the Russian Deputy Minister of Defence in Hanoi.";
    const { plan } = planEntry("678-undated.txt", `A defence meeting\n\n${giang}`, context);
    expect(plan?.data.events ?? []).not.toContain("patrushev-visit-vietnam-2021");
  });

  it("not without the vaccine: his visits of 2016, 2017 and 2021 fit the text alike", () => {
    const noVaccine = SOURCE_686.replace(" Кроме того, в Ханой доставили первую партию вакцины «Спутник V».", "");
    expect(planEntry("686-no-vaccine.txt", noVaccine, context).plan).toBeUndefined();
  });
});
