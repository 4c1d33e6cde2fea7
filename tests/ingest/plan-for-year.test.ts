/**
 * A year a plan is adopted for is still to come, not a time the text speaks of
 * (infer-date.ts, `PLAN_FOR_YEAR`): the Tropical Centre's session (blind-vnru-53,
 * 695), reworded as in the corpus, and years it must still count.
 */
import { describe, expect, it } from "vitest";
import { inferYear, yearsMentioned } from "../../src/ingest/infer-date.ts";

const SESSION =
  "Tại kỳ họp, Ủy ban Phối hợp liên Chính phủ đã đánh giá kết quả hoạt động năm 2018 của Trung tâm Nhiệt đới Việt-Nga, thông qua kế hoạch nghiên cứu khoa học cho năm 2019 và chương trình nghiên cứu khoa học của giai đoạn 5 năm tới.";

describe("a year a plan is made for (blind-vnru-53, 695)", () => {
  it("leaves out `kế hoạch nghiên cứu khoa học cho năm 2019`, so `ngày 4-12` is in 2018", () => {
    expect(yearsMentioned(SESSION)).toEqual([2018]);
    expect(inferYear({ month: 12, day: 4 }, `Ngày 4-12, kỳ họp đã diễn ra tại Moskva. ${SESSION}`)?.year).toBe(2018);
  });

  it("leaves out the plan's year in English and Russian", () => {
    expect(yearsMentioned("The committee adopted the work plan for 2019.")).toEqual([]);
    expect(yearsMentioned("Стороны утвердили план работы на 2019 год.")).toEqual([]);
  });

  it("still counts the year of a plan being carried out (blind-vnru-30, 416)", () => {
    expect(
      yearsMentioned("He asked both sides to implement effectively the defence cooperation plan for 2023 and the agreements reached."),
    ).toEqual([2023]);
  });

  it("still counts a year said of what was done, or a year after `for` with no plan", () => {
    expect(yearsMentioned("The plan was adopted in 2019.")).toEqual([2019]);
    expect(yearsMentioned("Giải thưởng cho năm 2018 đã được trao.")).toEqual([2018]);
    expect(yearsMentioned("Thanks for 2018, the partners said.")).toEqual([2018]);
  });
});

describe("a year a figure is to be raised to (blind-vnru-58, 751)", () => {
  it("is a target, not a year the text speaks of", () => {
    expect(
      yearsMentioned(
        "With the free trade agreement between Vietnam and the EAEU now in force, they agreed to raise two-way trade to USD 10 billion in 2020.",
      ),
    ).toEqual([]);
    expect(yearsMentioned("Hai bên nhất trí nâng kim ngạch thương mại song phương lên 10 tỷ USD vào năm 2020.")).toEqual([]);
    expect(yearsMentioned("Стороны договорились довести товарооборот до 10 млрд долларов в 2020 году.")).toEqual([]);
  });

  it("keeps the year of a figure reached, of a forecast for the year, and of a figure with no verb of raising", () => {
    expect(yearsMentioned("Arrivals are expected to hit 4 million in 2019, up 20% on 2018.")).toEqual([2019, 2018]);
    expect(yearsMentioned("Two-way trade reached USD 4.57 billion in 2024, up 26% year-on-year.")).toEqual([2024]);
    expect(yearsMentioned("Kim ngạch thương mại đạt 4,57 tỷ USD năm 2024.")).toEqual([2024]);
    expect(yearsMentioned("Товарооборот вырос до 6 млрд долларов в 2024 году.")).toEqual([2024]);
  });
});
