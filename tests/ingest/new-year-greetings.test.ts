/**
 * Greetings for the New Year of a year date a text that dates nothing else to
 * that year's first day, or the last day of the year before when the greeting
 * says the year is still to come (new-year-greetings.ts), on lines reworded from
 * VOV World's report of Putin's message for 2020, VTC News's for 2022
 * (blind-vnru-69, 887), and lines it must not take.
 */
import { describe, expect, it } from "vitest";
import { newYearGreeting } from "../../src/ingest/new-year-greetings.ts";
import { parseSource } from "../../src/ingest/parse-source.ts";

const newYearGreeted = (paragraphs: readonly string[]) => newYearGreeting(paragraphs)?.year;

describe("newYearGreeting", () => {
  it("reads greetings for the New Year of a year, in English, Russian and Vietnamese", () => {
    expect(
      newYearGreeted([
        "(VOVWORLD) - Russian President Vladimir Putin has sent a message of congratulations to Vietnamese Party General Secretary and President Nguyen Phu Trong for the Solar and Lunar New Year 2020.",
        "Vietnam and Russia will mark 70 years of diplomatic relations in 2020.",
      ]),
    ).toBe(2020);
    expect(newYearGreeted(["Владимир Путин поздравил Нгуен Фу Чонга с Новым 2020 годом."])).toBe(2020);
    expect(newYearGreeted(["Tổng thống Putin gửi thư chúc mừng năm mới 2020 tới Tổng Bí thư Nguyễn Phú Trọng."])).toBe(2020);
    expect(newYearGreeted(["Leaders exchanged greetings on the 2025 New Year."])).toBe(2025);
  });

  it("takes no Lunar New Year alone, no New Year without greetings, and no greetings recalled later", () => {
    // Tết falls from late January to mid-February: its greetings are not at the turn of the year.
    expect(newYearGreeted(["Putin sent greetings to Vietnamese leaders for the Lunar New Year 2018."])).toBeUndefined();
    expect(newYearGreeted(["Traffic rose sharply over the New Year 2020 holiday."])).toBeUndefined();
    expect(
      newYearGreeted(["Putin's New Year 2020 message of greetings was recalled.", "The two sides met again in March 2021."]),
    ).toBeUndefined();
  });

  it("dates an undated page to the first day of the year greeted", () => {
    const page = `Putin extends New Year congratulations to Vietnamese leader

(VOVWORLD) - Russian President Vladimir Putin has sent a message of congratulations to Vietnamese Party General Secretary and President Nguyen Phu Trong for the Solar and Lunar New Year 2020.

Putin pointed to the progress of the comprehensive strategic partnership.`;
    expect(parseSource(page, { today: "2026-12-03" })).toMatchObject({ date: "2020-01-01", dateInferred: true });
  });
});

describe("greetings for a New Year still to come (blind-vnru-69, 887)", () => {
  it("say so, and date the text the last day of the year before", () => {
    const text =
      "Nhân dịp sắp bước sang năm mới 2022 và Tết cổ truyền, Tổng thống Nga Putin đã gửi lời chúc mừng tới Tổng Bí thư Nguyễn Phú Trọng và Chủ tịch nước Nguyễn Xuân Phúc.";
    expect(newYearGreeting([text])).toEqual({ year: 2022, ahead: true });
    expect(newYearGreeting(["Путин поздравил Нгуен Фу Чонга с наступающим Новым 2020 годом."])).toEqual({ year: 2020, ahead: true });
    expect(parseSource(`Tổng thống Nga Putin chúc mừng năm mới Việt Nam\n${text}`, { today: "2026-12-07" }).date).toBe("2021-12-31");
  });

  it("not greetings for a year already begun", () => {
    expect(newYearGreeting(["Tổng thống Putin gửi thư chúc mừng năm mới 2020 tới Tổng Bí thư Nguyễn Phú Trọng."])).toEqual({
      year: 2020,
      ahead: false,
    });
    expect(newYearGreeting(["Leaders exchanged greetings on the 2025 New Year."])).toEqual({ year: 2025, ahead: false });
  });
});
