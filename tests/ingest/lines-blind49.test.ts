/**
 * The rule fitted to the forty-ninth blind Việt Nam–Russia set (642–653): a
 * text that names the year it is in, in the present tense, was written in that
 * year. With the reworded real line it was written for and lines it must not
 * match.
 */
import { describe, expect, it } from "vitest";
import { presentYearStated } from "../../src/ingest/present-year.ts";

const OPENING_647 =
  "TCCS - Năm 2020 là năm hai nước Việt Nam - Nga kỷ niệm 70 năm ngày thiết lập quan hệ ngoại giao (1950 - 2020), đồng thời cũng là năm hai bên đang tổ chức Năm Việt Nam tại Nga và Năm Nga tại Việt Nam (2019 - 2020) với nhiều hoạt động phong phú, đa dạng.";

describe("the year a text names as the present one (blind-vnru-49, 647)", () => {
  it("is the year it was written in", () => {
    expect(presentYearStated([OPENING_647])).toBe(2020);
    expect(presentYearStated(["Năm 2020 đánh dấu 70 năm quan hệ ngoại giao Việt Nam - Nga."])).toBe(2020);
    expect(presentYearStated(["This year, 2025, marks the 75th anniversary of diplomatic ties."])).toBe(2025);
  });

  it("not a year to come, nor one a text naming a later year looks back on", () => {
    expect(presentYearStated(["Năm 2020 sẽ là năm hai nước kỷ niệm 70 năm quan hệ ngoại giao."])).toBeUndefined();
    expect(presentYearStated(["This year 2020 will mark the 70th anniversary of the ties."])).toBeUndefined();
    expect(presentYearStated([OPENING_647, "Đến năm 2025, kim ngạch thương mại đạt 10 tỷ USD."])).toBeUndefined();
  });

  it("not a year named inside a sentence, nor a year of history or a count of years", () => {
    expect(presentYearStated(["Hai nước thiết lập quan hệ ngoại giao ngày 30-1-1950; năm 2020 là năm kỷ niệm."])).toBeUndefined();
    expect(presentYearStated(["Năm 1991, Liên Xô giải thể, Liên bang Nga là nước kế thừa."])).toBeUndefined();
    expect(presentYearStated(["Năm 2019 hai nước ký 10 văn kiện hợp tác."])).toBeUndefined();
    expect(presentYearStated(["In 2020 the two countries marked 70 years of ties."])).toBeUndefined();
    expect(presentYearStated(["Năm mới 2020 là dịp hai bên trao đổi thư chúc mừng."])).toBeUndefined();
  });
});

describe("the year a Russian text says is having an anniversary (blind-vnru-43, 579)", () => {
  it("is the year it was written in", () => {
    expect(
      presentYearStated(["В 2024 году соглашению о принципах дружественных отношений между Россией и Вьетнамом исполняется 30 лет."]),
    ).toBe(2024);
  });

  it("not an anniversary to come or one past, nor a year inside the sentence", () => {
    expect(presentYearStated(["В 2024 году соглашению исполнится 30 лет."])).toBeUndefined();
    expect(presentYearStated(["В 2024 году соглашению исполнилось 30 лет."])).toBeUndefined();
    expect(presentYearStated(["Соглашение подписано в 1994 году; в 2024 году ему исполняется 30 лет."])).toBeUndefined();
  });
});
