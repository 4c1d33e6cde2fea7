/**
 * Date rules fitted to the thirty-eighth blind Việt Nam–Russia set (510–521):
 * a Vietnamese day and month with a full stop between them after the word for
 * a day (`Ngày 18.10, …`), and a day a text reports weeks before the one event
 * it announces, still to come, taken in that event's year. With the reworded
 * real lines they were written for and lines they must not match.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { findEventDay } from "../../src/ingest/infer-date.ts";
import { planEntry, type PlanContext } from "../../src/ingest/plan-entry.ts";
import { loadTaxonomy } from "../../src/taxonomy/load-taxonomy.ts";
import { compileTaxonomy } from "../../src/taxonomy/tag-article.ts";

let context: PlanContext;

beforeAll(async () => {
  const { taxonomy, hash } = await loadTaxonomy("content/taxonomy");
  context = { matcher: compileTaxonomy(taxonomy), taxonomyHash: hash, today: "2026-12-03" };
});

const PARAGRAPH_514 =
  "Ngày 18.10, một đại diện của Đại sứ quán Liên bang Nga tại Việt Nam cho hay Tổng thống Nga Vladimir Putin đã nhận lời mời của lãnh đạo Việt Nam sang dự Tuần lễ cấp cao Diễn đàn Hợp tác Kinh tế Châu Á - Thái Bình Dương APEC, được tổ chức tại thành phố Đà Nẵng từ ngày 6-11.11.";

describe("a day and month with a full stop between them (blind-vnru-38, 514)", () => {
  it("reads `Ngày 18.10, …` as the day the paragraph reports", () => {
    expect(findEventDay([PARAGRAPH_514])).toMatchObject({ day: { month: 10, day: 18 }, phrase: true });
    expect(findEventDay(["Sáng 18.10.2017, đoàn đã tới Đà Nẵng."])?.day).toEqual({ year: 2017, month: 10, day: 18 });
  });

  it("does not read a number's thousands or a decimal after the word for a day", () => {
    expect(findEventDay(["Mỗi ngày 2.500 tấn hàng được chuyển đi."])).toBeUndefined();
    expect(findEventDay(["Mỗi ngày 1.25 triệu thùng dầu được khai thác."])).toBeUndefined();
  });
});

const SOURCE_514 = [
  "Tổng thống Vladimir Putin sẽ tới Việt Nam dự APEC",
  "",
  "Theo Đại sứ quán Nga tại Hà Nội, Tổng thống Nga Vladimir Putin đã nhận lời lãnh đạo Việt Nam mời sang dự Tuần lễ cấp cao APEC tại thành phố Đà Nẵng vào tháng 11.",
  "",
  PARAGRAPH_514,
  "",
  "Theo Đại sứ quán, phái đoàn Nga cũng sẽ có mặt tại các hội nghị cấp bộ trưởng ngoại giao và kinh tế.",
  "",
].join("\n");

describe("a day weeks before the one event a text announces (blind-vnru-38, 514)", () => {
  it("dates the announcement `Ngày 18.10` in the year of the APEC week it announces (2017)", () => {
    const { plan } = planEntry("514.txt", SOURCE_514, context);
    expect(plan?.date).toBe("2017-10-18");
    expect(plan?.data.events).toContain("apec-summit-da-nang-2017");
  });

  it("does not take that year for a day the text tells only as past, with nothing to come", () => {
    const past = SOURCE_514.replace(
      "Tổng thống Vladimir Putin sẽ tới Việt Nam dự APEC",
      "Tổng thống Vladimir Putin đã tới Việt Nam dự APEC",
    ).replace("phái đoàn Nga cũng sẽ có mặt", "phái đoàn Nga cũng đã có mặt");
    expect(planEntry("514-past.txt", past, context).plan?.date).not.toBe("2017-10-18");
  });
});
