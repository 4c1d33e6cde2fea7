/**
 * Rules fitted to the thirty-first blind Việt Nam–Russia set (426–437): a year
 * read from the plans a text makes, and a body paragraph above a bare photo
 * credit line. Each with the reworded real line it was written for and a line
 * it must not match.
 */
import { describe, expect, it } from "vitest";
import { inferYear } from "../../src/ingest/infer-date.ts";
import { parseSource } from "../../src/ingest/parse-source.ts";

const parse = (text: string) => parseSource(text, { today: "2026-12-03" });

describe("a year worked out from the plans a text makes (blind-vnru-31, 427)", () => {
  const banquet = [
    "Hanoi (VNA) – On June 14 the Russian Embassy inVietnam gave a State banquet in Hanoi to celebrate Russia Day(June 12, 1990).",
    "The ambassador recalled that the two countries have agreed to hold the RussiaYear in Vietnam and the Vietnam Year in Russia in 2019.",
    "He voiced confidence that the country will reach the goals it set for 2018and keep thriving on the world stage.",
    "He noted that the Russia Year in Vietnam and the Vietnam Year in Russia will take place in 2019.",
  ].join("\n");

  it("dates a day in the year before the one a plan names, when the text names that year", () => {
    expect(inferYear({ month: 6, day: 14 }, banquet)).toEqual({ year: 2018, confirmed: true });
  });

  it("reads `agreed to hold … in 2019` as a plan, not as a year that was", () => {
    // Without the year before the plan's anywhere in the text, the plan alone dates nothing new.
    const noYearBefore = banquet.replace("set for 2018and", "set");
    expect(inferYear({ month: 6, day: 14 }, noYearBefore)?.year).not.toBe(2019);
  });

  it("keeps a later year the text speaks of as past", () => {
    const later = `${banquet}\nTwo-way trade reached 4.57 billion USD in 2018, and the embassy opened a new office in 2020.`;
    expect(inferYear({ month: 6, day: 14 }, later)?.year).toBe(2020);
    // `agreed to` with another verb is what was agreed, not a plan's year.
    expect(inferYear({ month: 6, day: 14 }, "On June 14 they met. In 2019 the two sides agreed to boost trade.")?.year).toBe(2019);
  });
});

describe("a body paragraph above a bare photo credit (blind-vnru-31, 434)", () => {
  const page = [
    "Phó Thủ tướng Vương Đình Huệ tiếp Phó Chủ tịch Ủy ban Đối ngoại Duma Quốc gia Nga",
    "",
    "07:24 | 08/06/2016",
    "Ngày 7/6, tại Trụ sở Chính phủ, Phó Thủ tướng Chính phủ Vương Đình Huệ đã tiếp ông Leonid Kalashnikov, Phó Chủ tịch Ủy ban Đối ngoại Duma Quốc gia Nga.",
    "",
    "Phó Thủ tướng cho rằng khi Hiệp định liên minh thuế quan giữa Việt Nam với Nga-Belarus-Kazakhstan có hiệu lực, hai nước cần đẩy mạnh hơn nữa trao đổi kinh tế thương mại, bởi đây là cửa ngõ quan trọng để Nga vào thị trường ASEAN.",
    "",
    "(Ảnh: VGP)",
  ].join("\n");

  it("keeps a sentence that reports what someone said in the body", () => {
    const parsed = parse(page);
    expect(parsed.captions).toEqual([]);
    expect(parsed.paragraphs.join("\n")).toContain("bởi đây là cửa ngõ quan trọng để Nga vào thị trường ASEAN");
  });

  it("still reads a short line above the credit as its caption", () => {
    const captioned = page.replace(
      /Phó Thủ tướng cho rằng[^\n]*/u,
      "Phó Thủ tướng Vương Đình Huệ tiếp ông Leonid Kalashnikov tại Trụ sở Chính phủ.",
    );
    expect(parse(captioned).captions).toEqual(["Phó Thủ tướng Vương Đình Huệ tiếp ông Leonid Kalashnikov tại Trụ sở Chính phủ."]);
  });
});
