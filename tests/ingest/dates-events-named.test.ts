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

const SOURCE_598 = [
  "Tổng Bí thư Tô Lâm cùng Phu nhân sang thăm chính thức Liên bang Nga và tham dự Lễ kỷ niệm 80 năm Ngày Chiến thắng trong Chiến tranh Vệ quốc vĩ đại.",
  "",
  "Sau chuyến thăm cấp Nhà nước tới Cộng hòa Kazakhstan và Cộng hòa Azerbaijan, Tổng Bí thư Tô Lâm và Phu nhân cùng Đoàn đại biểu cấp cao Việt Nam sẽ có chuyến thăm chính thức Liên bang Nga và dự Lễ kỷ niệm 80 năm Ngày Chiến thắng trong chiến tranh Vệ quốc vĩ đại từ ngày 8 đến 11/5/2025, nhận lời mời của Tổng thống Liên bang Nga Vladimir Putin.",
  "",
].join("\n");

describe("the one event an undated text announces with its days (blind-vnru-45, 598)", () => {
  it("dates the preview on the eve of the visit it announces (7 May 2025)", () => {
    expect(planEntry("598.txt", SOURCE_598, context).plan?.date).toBe("2025-05-07");
  });

  it("takes the visit's last day when the future sentence does not write the visit's days", () => {
    const report = SOURCE_598.replace(
      "sẽ có chuyến thăm chính thức Liên bang Nga và dự Lễ kỷ niệm 80 năm Ngày Chiến thắng trong chiến tranh Vệ quốc vĩ đại từ ngày 8 đến 11/5/2025, nhận lời mời",
      "đã có chuyến thăm chính thức Liên bang Nga và dự Lễ kỷ niệm 80 năm Ngày Chiến thắng trong chiến tranh Vệ quốc vĩ đại, nhận lời mời",
    ).concat("Hai bên sẽ tiếp tục hợp tác.\n");
    expect(planEntry("598-report.txt", report, context).plan?.date).toBe("2025-05-11");
  });
});

const SOURCE_323 = [
  "Россия пустит Вьетнам добывать углеводороды в ЯНАО",
  "",
  "Ханой. 7 ноября. INTERFAX.RU - Вьетнаму разрешат работать в Ямало-Ненецком округе на добыче энергоносителей: такое решение принято, рассказал журналистам в среду глава правительства РФ Дмитрий Медведев.",
  "",
  "Премьер увидел в этом признак исключительного характера отношений между Россией и Вьетнамом.",
  "",
].join("\n");

describe("a weekday's years narrowed by an event of the text's people (blind-vnru-22, 323)", () => {
  it("takes 2012 (Medvedev's visit of 6–7 November) of the years whose 7 November is a Wednesday", () => {
    expect(planEntry("323.txt", SOURCE_323, context).plan?.date).toBe("2012-11-07");
  });

  it("does not take the visit's year for a day its days do not hold", () => {
    const later = SOURCE_323.replace("Ханой. 7 ноября.", "Ханой. 14 ноября.");
    expect(planEntry("323-later.txt", later, context).plan?.date).not.toBe("2012-11-14");
  });
});
