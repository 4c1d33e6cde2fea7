/**
 * Date rules fitted to the fortieth blind Việt Nam–Russia set (534–545):
 * messages of congratulation exchanged for an anniversary whose span the text
 * brackets are sent on the anniversary itself. With the reworded real text it
 * was written for and texts it must not date.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findEventDay } from "../../src/ingest/infer-date.ts";
import { parseSource } from "../../src/ingest/parse-source.ts";

const page = (name: string): string => readFileSync(`tests/ingest/corpus/blind-vnru-40/${name}`, "utf8");

describe("messages for an anniversary, on its day (blind-vnru-40, 545)", () => {
  const paragraph =
    "В связи с 25-летием подписания Договора об основах дружественных отношений между Социалистической Республикой Вьетнам и Российской Федерацией (16 июня 1994 г. — 16 июня 2019 г.) Генеральный секретарь, Президент Нгуен Фу Чонг и Президент Российской Федерации Владимир Путин обменялись посланиями, в которых подчеркнули, что эта дата - важное событие.";
  const lead = "Генеральный секретарь и президент Нгуен Фу Чонг и президент России Путин направили друг другу поздравительные послания.";

  it("dates the messages to the span's last day", () => {
    expect(findEventDay([lead, paragraph])?.day).toEqual({ year: 2019, month: 6, day: 16 });
  });

  it("dates nothing without messages, for messages still to come, or for a span of two different days", () => {
    expect(findEventDay([paragraph])).toBeUndefined();
    expect(findEventDay(["Лидеры двух стран будут обмениваться поздравительными посланиями.", paragraph])).toBeUndefined();
    expect(
      findEventDay(["Hai bên trao đổi điện mừng nhân kỷ niệm ngày thành lập (30/1/1950 - 2/9/2025), khẳng định quan hệ tốt đẹp."]),
    ).toBeUndefined();
  });

  it("reads the Vietnamese messages the same way", () => {
    expect(
      findEventDay([
        "Nhân dịp kỷ niệm 75 năm Ngày thiết lập quan hệ ngoại giao (30/1/1950 - 30/1/2025), lãnh đạo hai nước đã trao đổi điện mừng.",
      ])?.day,
    ).toEqual({ year: 2025, month: 1, day: 30 });
  });

  it("gives the page the anniversary's day, inferred", () => {
    const parsed = parseSource(page("545-baonghean-ru-nguyen-phu-trong-putin-treaty-25th-anniversary-2019.txt"), {
      today: "2026-12-06",
    });
    expect(parsed.date).toBe("2019-06-16");
    expect(parsed.dateInferred).toBe(true);
  });
});
