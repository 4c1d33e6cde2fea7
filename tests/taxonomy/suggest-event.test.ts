import { describe, expect, it } from "vitest";
import { reportsHappening, statedDays, suggestEvent } from "../../src/taxonomy/suggest-event.ts";

describe("reportsHappening", () => {
  it("reads visits, meetings, talks, calls, summits and anniversaries in headlines", () => {
    // Dev corpus headlines, and the site articles'.
    for (const headline of [
      "Xi holds phone talks with To Lam",
      "PM holds talks with Japanese counterpart",
      "General Secretary To Lam meets with Russian Prime Minister Mikhail Mishustin",
      "Biden will visit Hanoi next month as he seeks to strengthen US-Vietnam relations",
      "Telephone conversation with General Secretary of the Communist Party of Vietnam To Lam",
      "Lavrov congratulates Vietnamese counterpart on 75th anniversary of diplomatic relations",
      "Thủ tướng Phạm Minh Chính hội kiến Nhà vua và Hoàng hậu Nhật Bản",
      "Bộ trưởng Ngoại giao Bùi Thanh Sơn điện đàm với Ngoại trưởng Nga Sergey Lavrov",
      "Tổng Bí thư Tô Lâm sắp thăm cấp Nhà nước tới Cộng hòa Dân chủ Nhân dân Lào",
      "Как проходят переговоры Путина и Си Цзиньпина в Пекине",
    ]) {
      expect(reportsHappening(headline), headline).toBe(true);
    }
  });

  it("does not read other headlines so", () => {
    for (const headline of [
      "PM: Vietnam always treasures special ties with Laos",
      "Does the alliance between Vladimir Putin and Kim Jong Un spell doom for the US?",
      "Vietnam-focused TV channel to be launched in South Korea",
      "Thủ tướng Phạm Minh Chính gửi thư chúc mừng Thủ tướng Nhật Bản",
      "Thủ tướng tham gia hội nghị trực tuyến", // "tham" without its breve is not "thăm"
      "Russian troops advancing closer to Kyiv, US says",
    ]) {
      expect(reportsHappening(headline), headline).toBe(false);
    }
  });
});

describe("statedDays", () => {
  it("takes the day the lede states, in the year nearest the article's date", () => {
    expect(statedDays("BEIJING, Jan. 26 (Xinhua) -- Chinese President Xi Jinping held phone talks", "2026-01-27")).toEqual({
      start: "2026-01-26",
    });
    expect(statedDays("Mishustin's official visit to Việt Nam from January 14-15 at the invitation", "2025-01-11")).toEqual({
      start: "2025-01-14",
      end: "2025-01-15",
    });
    expect(statedDays("on 30 December, the leaders met", "2026-01-02")).toEqual({ start: "2025-12-30" });
    expect(statedDays("Встреча прошла 8 мая в Москве", "2025-05-09")).toEqual({ start: "2025-05-08" });
    expect(statedDays("Sáng ngày 8/5, tại Moskva, Tổng Bí thư Tô Lâm", "2025-05-09")).toEqual({ start: "2025-05-08" });
  });

  it("ignores a month and year, and a day far from the article's date", () => {
    expect(statedDays("the state visit in June 2024 was recalled", "2025-01-11")).toBeUndefined();
    expect(statedDays("ties established on January 30, 1950", "2025-06-01")).toBeUndefined();
    expect(statedDays("no date here", "2025-06-01")).toBeUndefined();
  });
});

describe("suggestEvent", () => {
  const base = {
    lede: ["Chinese President Xi Jinping held phone talks on Monday.", "BEIJING, Jan. 26 (Xinhua) -- Chinese President"],
    date: "2026-01-27",
    people: ["to-lam"],
  };

  it("suggests the headline as an event, dated as the lede says, with the people tagged", () => {
    expect(suggestEvent({ ...base, title: "Xi holds phone talks with To Lam.", events: [] })).toEqual({
      name: "Xi holds phone talks with To Lam",
      start: "2026-01-26",
      people: ["to-lam"],
    });
    expect(suggestEvent({ ...base, lede: ["The two leaders spoke."], title: "Xi holds phone talks with To Lam", events: [] })?.start).toBe(
      "2026-01-27",
    );
  });

  it("suggests nothing when an event of the taxonomy was tagged, or the headline reports no happening", () => {
    expect(suggestEvent({ ...base, title: "Xi holds phone talks with To Lam", events: ["some-event"] })).toBeUndefined();
    expect(suggestEvent({ ...base, title: "Vietnam always treasures special ties with Laos", events: [] })).toBeUndefined();
    expect(suggestEvent({ ...base, title: "", events: [] })).toBeUndefined();
  });
});
