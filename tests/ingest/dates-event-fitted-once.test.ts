/**
 * The last resort for a text that writes no day and names no event: the one
 * event that a sentence of it fits, told apart from the person's other visits
 * by a host the text names (blind-vnru-25, 355) or the people it names
 * (blind-vnru-48, 633), with two of the event's people in the text and the
 * event's own year left unwritten (a text that writes it recalls the event).
 * With the reworded real lines and lines it must not date.
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

const SOURCE_355 = [
  "Russian President Vladimir Putin has said Russia will widen the range of military hardware it sells to the Vietnamese army.",
  "The statement follows Putin's one-day trip to Hanoi, where he held meetings with President Truong Tan Sang and other leaders.",
  "According to the Russian president, the two countries today signed a new military agreement under which Russia will train Vietnam's navy and armed forces.",
  "Putin said Gazprom would supply oil to the Dung Quat refinery and help it sell its output.",
  "Source: Voice of Russia",
].join("\n");

const SOURCE_633 = [
  "Putin, Vietnam’s Lam sign new deals to deepen strategic partnership",
  "",
  "ISTANBUL",
  "In Moscow, Russian President Vladimir Putin and Vietnamese Communist Party chief To Lam signed a joint declaration to take their comprehensive strategic partnership further, promising closer cooperation in energy, defense and the economy, the Kremlin said.",
  "After talks in the Kremlin, Putin pointed to growing trade between the two countries and said mutual settlements were moving over to national currencies.",
  "He said trade turnover had risen by 20% in 2024 to $6 billion, which he called a good figure.",
  "He added that the friendship of the two countries goes back to the Great Patriotic War, and that Vietnam's presence at the Victory anniversary shows a bond that has stood the test of time, pointing also to cooperation in security and defense.",
].join("\n");

describe("the one event a sentence of an undated text fits (blind-vnru-25, 355; blind-vnru-48, 633)", () => {
  it("dates Putin's one-day trip to Hanoi with President Truong Tan Sang on its day (12 November 2013), flagged", () => {
    const { plan, problems } = planEntry("355.txt", SOURCE_355, context);
    expect(plan?.date).toBe("2013-11-12");
    expect(plan?.data.dateInferred).toBe(true);
    expect(problems.map((problem) => problem.rule)).toContain("source-date-uncertain");
  });

  it("dates the Kremlin talks with To Lam after the Victory anniversary on the visit's last day (11 May 2025)", () => {
    expect(planEntry("633.txt", SOURCE_633, context).plan?.date).toBe("2025-05-11");
  });

  it("does not date the trip when no host tells Putin's visits to Hanoi apart", () => {
    const noHost = SOURCE_355.replace(" with President Truong Tan Sang and other leaders", " with the country's leaders");
    expect(planEntry("355-no-host.txt", noHost, context).plan).toBeUndefined();
  });

  it("does not date a text that writes the event's year: it recalls the trip, it does not report it", () => {
    const recalled = SOURCE_355.replace("one-day trip to Hanoi,", "one-day trip to Hanoi in 2013,").replace("today signed", "signed");
    expect(planEntry("355-recalled.txt", recalled, context).plan).toBeUndefined();
  });

  it("does not date a text with one person of the event only", () => {
    const onePerson = SOURCE_633.replace("Vietnamese Communist Party chief To Lam", "the Vietnamese party chief").replace(
      "Lam sign",
      "Vietnam sign",
    );
    expect(planEntry("633-one.txt", onePerson, context).plan).toBeUndefined();
  });
});
