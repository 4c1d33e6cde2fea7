/**
 * The rule fitted to the fifty-fifth blind Việt Nam–Russia set (714–725): a
 * day the text brings in as coming right after what it has just told (`Сразу
 * вслед за этим, 11 сентября, …`) is the next step of the same story, so the
 * text was written on it at the earliest (725). With the reworded real lines
 * it was written for and lines it must not match.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { dayRightAfter } from "../../src/ingest/day-right-after.ts";
import { isAboutFuture } from "../../src/ingest/infer-date.ts";
import { planEntry, type PlanContext } from "../../src/ingest/plan-entry.ts";
import { loadTaxonomy } from "../../src/taxonomy/load-taxonomy.ts";
import { compileTaxonomy } from "../../src/taxonomy/tag-article.ts";

let context: PlanContext;

beforeAll(async () => {
  const { taxonomy, hash } = await loadTaxonomy("content/taxonomy");
  context = { matcher: compileTaxonomy(taxonomy), taxonomyHash: hash, today: "2026-12-07" };
});

const TITLE_725 = "Остается большой потенциал для развития вьетнамско-российских отношений";
const LEDE_725 =
  "После 25-го заседания Межправительственной вьетнамско-российской комиссии по торгово-экономическому и научно-техническому сотрудничеству Заместитель министра иностранных дел Вьетнама Ле Тхи Тху Ханг в интервью рассказала о главных итогах, которых стороны добились на заседании.";
const STEPS_725 =
  "Председатель Национального собрания (НС) Вьетнама Чан Тхань Ман с 8 по 10 сентября находился в Российской Федерации с официальным визитом и вместе с российской стороной председательствовал на 3-м заседании Межпарламентской комиссии по сотрудничеству между НС Вьетнама и Государственной Думой России. Сразу вслед за этим, 11 сентября, Вице-премьер Чан Хонг Ха и Заместитель председателя Правительства России Дмитрий Николаевич Чернышенко стали сопредседателями 25-го заседания Межправительственной вьетнамско-российской комиссии по торгово-экономическому и научно-техническому сотрудничеству.";

/** Where `10 сентября` stands: the day found first. */
const at = (paragraph: string, day: string) => paragraph.indexOf(day);

describe("a day brought in right after what the text told (blind-vnru-55, 725)", () => {
  it("is the later step the text reports", () => {
    expect(dayRightAfter(STEPS_725, at(STEPS_725, "10 сентября"), { month: 9, day: 10 }, isAboutFuture)?.day).toEqual({
      month: 9,
      day: 11,
    });
    const english = "The delegation was in Moscow on May 20. Right after that, on May 21, it flew to Saint Petersburg.";
    expect(dayRightAfter(english, at(english, "May 20"), { month: 5, day: 20 }, isAboutFuture)?.day).toEqual({ month: 5, day: 21 });
    const vietnamese = "Đoàn thăm Moskva ngày 20/5. Ngay sau đó, ngày 22/5, đoàn tới Saint Petersburg.";
    expect(dayRightAfter(vietnamese, at(vietnamese, "20/5"), { month: 5, day: 20 }, isAboutFuture)?.day).toEqual({
      month: 5,
      day: 22,
    });
    // Across New Year.
    const newYear = "Встреча прошла 30 декабря. Сразу после этого, 2 января, стороны подписали протокол.";
    expect(dayRightAfter(newYear, at(newYear, "30 декабря"), { month: 12, day: 30 }, isAboutFuture)?.day).toEqual({
      month: 1,
      day: 2,
    });
  });

  it("not a day still to come, one before or far after the day found, one not right after the words, nor a day with no such words", () => {
    const future = "Визит прошел 10 сентября. Сразу после этого, 11 сентября, состоится заседание комиссии.";
    expect(dayRightAfter(future, at(future, "10 сентября"), { month: 9, day: 10 }, isAboutFuture)).toBeUndefined();
    const before = "Визит прошел 10 сентября. Сразу после этого, 9 сентября, начались переговоры.";
    expect(dayRightAfter(before, at(before, "10 сентября"), { month: 9, day: 10 }, isAboutFuture)).toBeUndefined();
    const far = "The talks were held on May 20. Right after that, on June 30, the fleet sailed.";
    expect(dayRightAfter(far, at(far, "May 20"), { month: 5, day: 20 }, isAboutFuture)).toBeUndefined();
    const notRightAfter = "Визит прошел 10 сентября. Сразу после этого делегация уехала, а 11 сентября открылась выставка.";
    expect(dayRightAfter(notRightAfter, at(notRightAfter, "10 сентября"), { month: 9, day: 10 }, isAboutFuture)).toBeUndefined();
    const plain = "Визит прошел 10 сентября, а 11 сентября открылась выставка.";
    expect(dayRightAfter(plain, at(plain, "10 сентября"), { month: 9, day: 10 }, isAboutFuture)).toBeUndefined();
    // The words before the day found do not count.
    const earlier = "Right after that, on May 21, they met. The talks were held on May 20.";
    expect(dayRightAfter(earlier, at(earlier, "May 20"), { month: 5, day: 20 }, isAboutFuture)).toBeUndefined();
  });

  it("end to end: the interview is dated on the later step, in the year of the events it reports", () => {
    const source = `${TITLE_725}\n\n${LEDE_725}\n\n${STEPS_725}`;
    const { plan } = planEntry("725.txt", source, context);
    expect(plan?.date).toBe("2024-09-11");
    expect(plan?.data.dateInferred).toBe(true);
  });
});
